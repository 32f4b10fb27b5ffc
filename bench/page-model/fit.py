"""fit.py: the FIRST version of the page model (thirty-first session; its
weights are in git history before the thirty-second session, which
replaced it with words_model.py). Fits it and prints its weights for
src/compliance/phi/story/mod.rs.

Fitted on the case sets that existed when it was frozen (every set under
tests/fixtures but those in NOT_FITTED, which were written afterwards to
score it blind), with the rules' verdicts of the start binary (gather.sh
output in $WORK/out) as the `fired` feature; the standardisation also sees
the real sites' pages ($REAL/results: a run.sh result folder of the same
binary). Needs: pip install scikit-learn numpy.
"""
import glob, os, pickle
import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
import data, feats2

NOT_FITTED = {f"phi-heldout-a{c}" for c in "nopqrstuvw"}
THRESHOLD = 0.7
sets = {os.path.basename(d) for d in glob.glob(f"{data.FX}/phi-heldout*")} - NOT_FITTED
rows = data.load_sets(only=sets); real = data.load_real()
X = feats2.matrix2(rows); RX = feats2.matrix2(real)
y = np.array([r["y"] for r in rows])
sc = StandardScaler().fit(np.vstack([X, RX]))
m = LogisticRegression(C=1.0, max_iter=3000, class_weight="balanced").fit(sc.transform(X), y)
pickle.dump((sc, m, THRESHOLD), open(f"{data.WORK}/frozen.pkl", "wb"))
print(f"// {len(sets)} sets, {len(rows)} pages")
for n, mu, s, c in zip(feats2.NAMES2, sc.mean_, sc.scale_, m.coef_[0]):
    print(f"    ({float(mu)!r}, {float(s)!r}, {float(c)!r}, \"{n}\"),")
print(f"const INTERCEPT: f64 = {float(m.intercept_[0])!r};")
