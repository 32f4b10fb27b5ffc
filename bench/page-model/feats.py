import re, math, numpy as np, os
D = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "data", "phi")
def words(f):
    s = set()
    for l in open(f"{D}/{f}", encoding="utf-8"):
        l = l.strip()
        if l and not l.startswith("#"): s.add(l.split()[0].split("\t")[0].lower())
    return s
GIVEN = words("given.txt") | words("given_world.txt")
FUNC = words("function.txt")
PLACES = words("places.txt")
COND = set(l.strip().lower() for l in open(f"{D}/conditions.txt") if l.strip() and not l.startswith("#"))
MED = words("medical.txt")
CARE_RE = re.compile(r"\b(surgery|operation|diagnos\w*|treat\w*|recover\w*|hospital\w*|admitted|discharged|therapy|appointment|prescri\w*|medication|cancer|diabet\w*|stroke|fracture\w*|broke|injur\w*|pain|sick|ill|illness|infection|heart|hip|knee|scan|x-ray|biopsy|chemo\w*|symptom\w*|vaccin\w*|jab|clinic|visit\w*|physio\w*|rehab\w*|pregnan\w*|baby|born|birth|test\w*|results?|all-clear|procedure|stitches|cast|wheelchair|walker|crutches)\b", re.I)
PRON = re.compile(r"\b(he|she|his|her|him|hers)\b", re.I)
FIRST = re.compile(r"\b(I|my|me|I'm|I've)\b")
RECENT = re.compile(r"\b(last (week|month|year|spring|summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|this (morning|week|month)|recently|on (monday|tuesday|wednesday|thursday|friday|saturday|sunday)|a few weeks ago|weeks ago|days ago)\b", re.I)
AGE = re.compile(r"\b(\d{1,3}[- ]year[- ]old|aged \d{1,3}|\d{1,3} years old|age \d{1,3})\b", re.I)
PATIENT = re.compile(r"\b(patients?|clients?|resident|our (lady|man|gentleman|friend))\b", re.I)
HYPO = re.compile(r"\b(imagine|for example|e\.g\.|suppose|hypothetical|composite|fictional|fictitious|names? (have|has) been changed|not (a )?real|for illustration|illustrative)\b", re.I)
STATS = re.compile(r"(\d+ ?%|\bper ?cent\b|\b\d+ in \d+\b|\bstatistics?\b|\bsurvey\b|\bnational\b)", re.I)
HIST = re.compile(r"\b1[5-9]\d\d\b")
TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Mx)\.? [A-Z][a-z]+")
DR = re.compile(r"\b(Dr|Doctor|Prof|Nurse)\.? [A-Z][a-z]+")
CAPW = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]{2,}\b")
TOK = re.compile(r"[A-Za-z][A-Za-z'-]+")
STORY_SECT = re.compile(r"^content/(stories|story|testimonials?|reviews?|news|blog|posts?|gallery|events?|memorials?|community|patients?)/", re.I)
INFO_SECT = re.compile(r"^content/(tips|team|staff|policies|policy|services|providers|doctors|health|conditions|treatments|faq|about)", re.I)
NAMES = ["len", "given_unres", "given_staff", "care_words", "cond_words", "pron", "first", "recent", "age", "patient", "hypo", "stats", "hist", "title", "dr", "consent", "story_sect", "info_sect", "quote", "fired", "given_x_care", "med_words"]
def staff_names(rows_of_site):
    s = set()
    for r in rows_of_site:
        if re.search(r"/(team|staff|providers|doctors|our-team|people)/", "/" + r["path"]):
            m = re.search(r"^title\s*[:=]\s*[\"']?(.+?)[\"']?\s*$", r["text"], re.M)
            if m:
                for w in TOK.findall(m.group(1)): s.add(w.lower())
    return s
def feats(r, staff):
    t = r["text"]; toks = TOK.findall(t); n = max(len(toks), 1)
    low = [w.lower() for w in toks]
    caps = CAPW.findall(t)
    gu = sum(1 for w in caps if w.lower() in GIVEN and w.lower() not in staff and w.lower() not in FUNC and w.lower() not in PLACES)
    gs = sum(1 for w in caps if w.lower() in staff)
    care = len(CARE_RE.findall(t)); cond = sum(1 for w in low if w in COND); med = sum(1 for w in low if w in MED and w not in FUNC)
    f = [math.log(n), math.log1p(gu), math.log1p(gs), math.log1p(care), math.log1p(cond), len(PRON.findall(t))/n*100, len(FIRST.findall(t))/n*100,
         math.log1p(len(RECENT.findall(t))), math.log1p(len(AGE.findall(t))), math.log1p(len(PATIENT.findall(t))), math.log1p(len(HYPO.findall(t))),
         math.log1p(len(STATS.findall(t))), math.log1p(len(HIST.findall(t))), math.log1p(len(TITLE.findall(t))), math.log1p(len(DR.findall(t))),
         int("consent" in t.lower()), int(bool(STORY_SECT.search(r["path"]))), int(bool(INFO_SECT.search(r["path"]))), math.log1p(t.count('"') + t.count("“")),
         r["fired"], math.log1p(gu) * math.log1p(care + cond), math.log1p(med)]
    return f
def matrix(rows):
    by = {}
    for r in rows: by.setdefault(r["group"], []).append(r)
    st = {g: staff_names(v) for g, v in by.items()}
    return np.array([feats(r, st[r["group"]]) for r in rows])
