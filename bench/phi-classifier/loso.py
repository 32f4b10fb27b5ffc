#!/usr/bin/env python3
"""loso.py VERDICTS.json: leave-one-set-out test of a bag-of-words sentence classifier OR-ed with the rules (see README.md here)."""
import json, re, glob, sys, os, collections, random
import numpy as np
from sklearn.feature_extraction.text import HashingVectorizer
from sklearn.linear_model import LogisticRegression
try: import tomllib
except: tomllib=None
R = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '/dev/shm/phi-classifier/verdicts.json'))
FM_KEYS = ('title','description','image_alt','caption','summary','alt')
def split_fm(t):
    if t.startswith('+++'):
        e = t.find('\n+++', 3); return t[3:e], t[e+4:]
    if t.startswith('---'):
        e = t.find('\n---', 3); return t[3:e], t[e+4:]
    return '', t
def fm_strings(fm):
    out=[]
    for line in fm.splitlines():
        m = re.match(r'\s*([A-Za-z_]+)\s*[:=]\s*(.+)$', line)
        if m and m.group(1).lower() not in ('date','draft','template','weight','slug','layout','reviewed','authorization','id','form','signed','expires'):
            v = m.group(2).strip().strip('"\'')
            if re.search(r'[A-Za-z]{3}', v): out.append(v)
    return out
def sentences(text):
    text = re.sub(r'```.*?```', ' ', text, flags=re.S)
    text = re.sub(r'!\[([^\]]*)\]\([^)]*\)', r'\1. ', text)
    text = re.sub(r'\[([^\]]*)\]\([^)]*\)', r'\1', text)
    text = re.sub(r'<[^>]+>', ' ', text)
    text = re.sub(r'[*_#>|`]', ' ', text)
    parts = re.split(r'(?<=[.!?])\s+|\n\s*\n|\n(?=\s*[-+]\s)', text)
    return [p.strip() for p in parts if len(p.strip()) > 3]
def norm(s):
    toks = re.findall(r"[A-Za-zÀ-ÿ\u0100-\u024F']+|\d+", s)
    out=[]
    for i,t in enumerate(toks):
        if t.isdigit(): out.append('<num%d>' % min(len(t),5)); continue
        if t[0].isupper() and i>0 and not t.isupper(): out.append('<cap>')
        out.append(t.lower())
    return ' '.join(out)
pages=[]  # (set, file, label, rules_flag, [sentences])
for s,d in R.items():
    for k,v in d.items():
        p = os.path.join(s,k)
        try: t=open(p,encoding='utf-8').read()
        except: continue
        fm, body = split_fm(t)
        sents = [norm(x) for x in fm_strings(fm)] + [norm(x) for x in sentences(body)]
        sents = [x for x in sents if x]
        if not sents: sents=['<empty>']
        pages.append((s,k,v['expect']=='flag',bool(v['rules']),sents))
print(len(pages), file=sys.stderr)
hv = HashingVectorizer(n_features=2**18, ngram_range=(1,2), token_pattern=r"\S+", lowercase=False, alternate_sign=False, norm='l2')
sets = sorted(R)
def train(tr, mil_iters=2, C=1.0):
    X=[];y=[];owner=[]
    for pi,(s,k,lab,rf,sents) in enumerate(tr):
        for x in sents: X.append(x); y.append(int(lab)); owner.append(pi)
    M = hv.transform(X); y=np.array(y); owner=np.array(owner)
    w = np.ones(len(y))
    clf = LogisticRegression(C=C, max_iter=300, class_weight='balanced')
    clf.fit(M, y, sample_weight=w)
    for it in range(mil_iters):
        p = clf.predict_proba(M)[:,1]
        y2 = np.zeros(len(y),dtype=int)
        # positives: top-2 sentences of each flag page
        for pi,(s,k,lab,rf,sents) in enumerate(tr):
            if not lab: continue
            idx = np.where(owner==pi)[0]
            top = idx[np.argsort(-p[idx])[:2]]
            y2[top]=1
        # drop other sentences of flag pages (unknown)
        keep = np.array([ (not tr[o][2]) or y2[i]==1 for i,o in enumerate(owner)])
        clf = LogisticRegression(C=C, max_iter=300, class_weight='balanced')
        clf.fit(M[keep], y2[keep])
    return clf
def page_score(clf, pg):
    return float(clf.predict_proba(hv.transform(pg[4]))[:,1].max())
scores={}
for s in sets:
    tr=[p for p in pages if p[0]!=s]; te=[p for p in pages if p[0]==s]
    clf=train(tr)
    for p in te: scores[(p[0],p[1])]=page_score(clf,p)
    print(s, file=sys.stderr)
json.dump({f"{a}|{b}":v for (a,b),v in scores.items()}, open(os.path.join(os.path.dirname(os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else '/dev/shm/phi-classifier/verdicts.json')), 'loso.json'),'w'))
for t in (0.5,0.6,0.7,0.8,0.85,0.9,0.95,0.97,0.99):
    F=C=fc=cc=0; m_only=0
    for (s,k,lab,rf,_) in pages:
        fl = rf or scores[(s,k)]>t
        if lab: F+=1; fc+=fl
        else: C+=1; cc+=fl
    print(f"t={t}: caught {100*fc/F:.1f} clean flagged {100*cc/C:.1f}")
