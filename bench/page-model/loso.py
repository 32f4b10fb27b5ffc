"""loso.py [lr|gb]: leave-one-set-out scores of the feature model on the case
sets (each set scored by a model fitted on the others) and the pages it
would add on the real sites at several thresholds."""
import data, feats, feats2, numpy as np, sys
from sklearn.linear_model import LogisticRegression
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.preprocessing import StandardScaler
rows = data.load_sets(); real = data.load_real()
X = feats2.matrix2(rows); RX = feats2.matrix2(real)
y = np.array([r["y"] for r in rows]); fired = X[:, feats2.NAMES2.index("fired")].astype(bool); g = np.array([r["group"] for r in rows])
ry = np.array([r["y"] for r in real]); rf = RX[:, feats2.NAMES2.index("fired")].astype(bool)
kind = sys.argv[1] if len(sys.argv) > 1 else "lr"
def mk():
    return HistGradientBoostingClassifier(max_iter=200, learning_rate=0.05, max_leaf_nodes=15) if kind == "gb" else LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced")
sc = StandardScaler().fit(np.vstack([X, RX]))
Xs, RXs = sc.transform(X), sc.transform(RX)
scores = np.zeros(len(rows))
for hold in sorted(set(g)):
    tr = g != hold
    m = mk().fit(Xs[tr], y[tr]); scores[g == hold] = m.predict_proba(Xs[g == hold])[:, 1]
m = mk().fit(Xs, y); rs = m.predict_proba(RXs)[:, 1]
if kind == "lr": print(dict(zip(feats2.NAMES2, np.round(m.coef_[0], 2))))
def rate(mask, lab, yy): return 100 * (mask & (yy == lab)).sum() / max((yy == lab).sum(), 1)
for th in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95):
    mp = scores >= th; rp = rs >= th
    print(f"th {th}: LOSO model {rate(mp,1,y):.1f}/{rate(mp,0,y):.1f} OR {rate(mp|fired,1,y):.1f}/{rate(mp|fired,0,y):.1f} | real: new FA pages {(rp&~rf&(ry==0)).sum()} new catches {(rp&~rf&(ry==1)).sum()}")
    for s in ("phi-heldout-al", "phi-heldout-am"):
        te = g == s
        print(f"    {s}: rules {rate(fired&te,1,y*te+(~te)*9):.1f} OR {rate((mp|fired)&te,1,np.where(te,y,9)):.1f}/{rate((mp|fired)&te,0,np.where(te,y,9)):.1f}")
