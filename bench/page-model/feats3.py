"""The second feature recipe (thirty-first session, tried after the first
model was committed): feats2 plus what the first recipe missed - names
that open a sentence, full names, famous people, the reader addressed,
past-tense narration and calendar dates."""
import math, re
import numpy as np
from feats import D, GIVEN, FUNC, PLACES, TOK, CAPW, staff_names
import feats2

def _lines(path):
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
SURN = set(l.split()[0] for l in _lines(f"{D}/surnames.txt"))
FAMOUS = set(_lines(f"{D}/famous.txt"))
ENGLISH = set(l for l in _lines(f"{D}/../../src/compliance/phi/english.txt") if not l.startswith("!"))
FIRSTCAP = re.compile(r"^\W*([A-Z][a-z]{2,})\b")
PAIR = re.compile(r"\b([A-Z][a-z]{2,}) ([A-Z][a-z]{2,})\b")
YOU = re.compile(r"\b(you|your|yours|yourself)\b", re.I)
PAST = re.compile(r"\b(was|were|had|did|came|went|said|told|got|felt|took|gave|made|found|left)\b", re.I)
DATE = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}\b|\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December)\b")
NAMES3 = feats2.NAMES2 + ["s_initial_given", "full_unres", "famous", "you", "past", "dates"]

def unres(w, staff):
    l = w.lower()
    return l in GIVEN and l not in staff and l not in FUNC and l not in PLACES

def feats3(r, staff):
    t = r["text"]; base = feats2.feats2(r, staff)
    n = max(len(TOK.findall(t)), 1)
    si = 0
    for s in feats2.sents(t):
        m = FIRSTCAP.match(s)
        if m and unres(m.group(1), staff) and m.group(1).lower() not in ENGLISH:
            si += 1
    full = sum(1 for m in PAIR.finditer(t) if unres(m.group(1), staff) and m.group(2).lower() not in staff
               and (m.group(2).lower() in SURN or m.group(2).lower() in GIVEN) and m.group(2).lower() not in PLACES)
    low = [w.lower() for w in TOK.findall(t)]
    fam = sum(1 for i in range(len(low) - 1) if " ".join(low[i:i + 2]) in FAMOUS or " ".join(low[i:i + 3]) in FAMOUS)
    return base + [math.log1p(si), math.log1p(full), math.log1p(fam), len(YOU.findall(t)) / n * 100, len(PAST.findall(t)) / n * 100, math.log1p(len(DATE.findall(t)))]

def matrix3(rows):
    by = {}
    for r in rows: by.setdefault(r["group"], []).append(r)
    st = {g: staff_names(v) for g, v in by.items()}
    return np.array([feats3(r, st[r["group"]]) for r in rows])
