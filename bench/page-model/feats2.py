import re, math, numpy as np
from feats import *
import feats as F
PERSON = set(l.strip().lower() for l in open(f"{D}/person_nouns.txt") if l.strip() and not l.startswith("#"))
SENT = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=[-*|#])")
INIT = re.compile(r"\b([A-Z]\.\s?[A-Z]\.|[A-Z]{2}(?=[,.)]|\s(?:from|of|at|in|who|,)))")
ROLE = re.compile(r"\bthe ((?:[A-Za-z'-]+ ){0,4})([a-z]+)\b")
KIN = re.compile(r"\b(his|her|their)\s+(wife|husband|son|daughter|mother|father|mum|mom|dad|brother|sister|grand\w+|partner|baby|twins)\b", re.I)
FIELD = re.compile(r"^\s*(image_alt|alt|description|caption|summary|social_caption|title)\s*[:=]\s*(.+)$", re.M)
NAMES2 = F.NAMES + ["s_given_care", "s_pron_care", "initials", "s_init_care", "roles", "s_role_care", "kin", "field_given", "csv", "nonfunc", "s_given_age"]
def sents(t): return [s for s in SENT.split(t) if s.strip()]
def has_given(s, staff):
    return any(w.lower() in GIVEN and w.lower() not in staff and w.lower() not in FUNC and w.lower() not in PLACES for w in CAPW.findall(s))
def care(s): return bool(CARE_RE.search(s)) or any(w.lower() in COND for w in TOK.findall(s))
def roles(s): return sum(1 for m in ROLE.finditer(s) if m.group(2) in PERSON and m.group(2) not in ("patient","doctor","nurse","staff","team","people","person","family"))
def feats2(r, staff):
    t = r["text"]; base = F.feats(r, staff); ss = sents(t)
    sg = sum(1 for s in ss if has_given(s, staff) and care(s)); sp = sum(1 for s in ss if PRON.search(s) and care(s))
    ini = len(INIT.findall(t)); si = sum(1 for s in ss if INIT.search(s) and care(s))
    ro = roles(t); sr = sum(1 for s in ss if roles(s) and care(s))
    fg = sum(1 for m in FIELD.finditer(t) if has_given(m.group(2), staff))
    toks = [w.lower() for w in TOK.findall(t)]; nf = sum(1 for w in toks if w in FUNC) / max(len(toks), 1)
    sa = sum(1 for s in ss if has_given(s, staff) and AGE.search(s))
    return base + [math.log1p(sg), math.log1p(sp), math.log1p(ini), math.log1p(si), math.log1p(ro), math.log1p(sr), math.log1p(len(KIN.findall(t))), math.log1p(fg), int(r["path"].endswith(".csv")), nf, math.log1p(sa)]
def matrix2(rows):
    by = {}
    for r in rows: by.setdefault(r["group"], []).append(r)
    st = {g: staff_names(v) for g, v in by.items()}
    return np.array([feats2(r, st[r["group"]]) for r in rows])
