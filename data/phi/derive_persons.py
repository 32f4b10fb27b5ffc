#!/usr/bin/env python3
"""Derive person_nouns.txt: English nouns that name a person.

Source: Debian's `wordnet-base` (WordNet 3.0, /usr/share/wordnet), whose
lexicographer file 18 is `noun.person`. A noun is kept when it is written in
lower case (no proper names: "Proust"), is one word of letters or hyphens,
and names a person in its first (most frequent) sense or in at least half of
its senses: "foreman", "goalkeeper", "bosun", "principal" are kept; "head",
"office", "star" and "lock" are not.

    apt-get install wordnet-base
    python3 data/phi/derive_persons.py

The guard uses it to tell a description of one person ("the Kalk Bay harbour
master", "the night-shift foreman at Table Bay Stevedores") from one of a
thing ("the Cape Town flu season"): see src/compliance/phi/soft/unique.rs.
"""
import re
from pathlib import Path

WN = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parent / "person_nouns.txt"
PERSON = 18


# Adjectives that are roles first: "the Kalk Bay harbour master", "the
# principal of Ikhwezi Primary", "the fire chief".
ROLE_ADJECTIVES = {"master", "principal", "chief", "boss", "champion", "freshman", "mechanic"}

# Person nouns of WordNet that name an idea or a sort more than someone:
# "the modern incarnation of PEMF therapy", "the ultimate guide on …".
ABSTRACT = {"incarnation", "personification", "embodiment", "guide", "type", "example", "model", "case", "figure", "character", "soul", "being", "creature", "mortal", "entity"}


def main() -> None:
    lex, written = {}, {}
    for line in (WN / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        p = line.split(" ")
        lex[p[0]] = int(p[1])
        for i in range(int(p[3], 16)):
            w = p[4 + 2 * i]
            written.setdefault(w.lower(), set()).add(w)
    keep = set()
    for line in (WN / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        p = line.split(" ")
        lemma, n, ptrs = p[0], int(p[2]), int(p[3])
        offsets = p[6 + ptrs : 6 + ptrs + n]
        people = sum(lex[o] == PERSON for o in offsets)
        if not re.fullmatch(r"[a-z][a-z-]*[a-z]", lemma) or lemma not in written.get(lemma, set()):
            continue
        if lex[offsets[0]] == PERSON or 2 * people >= n:
            keep.add(lemma)
    # A noun that is also an adjective ("immune", "modern", "native",
    # "elder") modifies the next word more often than it names someone:
    # "the Higherdose PEMF Mat also promotes improved immune system
    # responses". The roles among them stay.
    adjectives = {l.split(" ")[0] for l in (WN / "index.adj").read_text(encoding="latin-1").splitlines() if not l.startswith("  ")}
    keep -= adjectives - ROLE_ADJECTIVES
    keep -= ABSTRACT
    OUT.write_text("".join(f"{w}\n" for w in sorted(keep)))
    print(f"{OUT.name}: {len(keep)} entries")


if __name__ == "__main__":
    main()
