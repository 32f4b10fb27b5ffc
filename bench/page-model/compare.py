"""compare.py: leave-one-set-out on every fitted set, first recipe (feats2)
against the second (feats3), both refitted; pages added beyond the rules
(catches / clean) and real-site pages added without a true problem."""
import glob, os, sys
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
import data, feats2, feats3
# Sets left out of the fit: the fourth fit (thirty-fifth session) read every
# set then under tests/fixtures/phi-heldout* (58); BG, BH and BI were scored
# blind on it afterwards and are left out so that `fit` reproduces the
# committed files (compare.py and stack_model.py leave out the same). The
# unscored sets in tests/fixtures/phi-blind-next are never read.
NOT_FITTED = {f"phi-heldout-{s}" for s in ("bg", "bh", "bi", "bj", "bk", "bl", "bm", "bn", "bo", "bp", "bq", "br", "bs", "bt", "bu", "bv", "bw", "bx", "by", "bz", "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "cl", "cm", "cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy", "cz", "da", "db", "dc", "dd", "de")}
sets = {os.path.basename(d) for d in glob.glob(f"{data.FX}/phi-heldout*")} - NOT_FITTED
rows = data.load_sets(only=sets); real = data.load_real()
y = np.array([r["y"] for r in rows]); g = np.array([r["group"] for r in rows]); ry = np.array([r["y"] for r in real])
X3 = feats3.matrix3(rows); RX3 = feats3.matrix3(real)
np.save(f"{data.WORK}/X3.npy", X3); np.save(f"{data.WORK}/RX3.npy", RX3)
fi = feats2.NAMES2.index("fired"); fired = X3[:, fi].astype(bool); rf = RX3[:, fi].astype(bool)
print(f"{len(sets)} sets, {len(rows)} pages; rules: caught {(fired&(y==1)).sum()}/{(y==1).sum()} clean flagged {(fired&(y==0)).sum()}/{(y==0).sum()}")
for label, k in (("first recipe", len(feats2.NAMES2)), ("second recipe", len(feats3.NAMES3))):
    X, RX = X3[:, :k], RX3[:, :k]
    sc = StandardScaler().fit(np.vstack([X, RX])); Xs, RXs = sc.transform(X), sc.transform(RX)
    s = np.zeros(len(y))
    for h in sorted(set(g)):
        tr = g != h
        s[g == h] = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(Xs[tr], y[tr]).predict_proba(Xs[g == h])[:, 1]
    rs = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(Xs, y).predict_proba(RXs)[:, 1]
    out = []
    for th in (0.6, 0.65, 0.7, 0.75, 0.8):
        mp = (s >= th) & ~fired; rp = (rs >= th) & ~rf
        out.append(f"@{th} +{(mp&(y==1)).sum()}/+{(mp&(y==0)).sum()} real+{(rp&(ry==0)).sum()}")
    print(label, " | ".join(out))
