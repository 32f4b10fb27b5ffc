"""loso_bow.py: the rejected bag-of-words model (tf-idf of words and word pairs,
logistic regression), leave-one-set-out on the case sets."""
import data, numpy as np, sys, re
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
rows = data.load_sets()
groups = sorted(set(r["group"] for r in rows))
def strip_fm(t): return t
X_text = [r["text"] for r in rows]
y = np.array([r["y"] for r in rows]); fired = np.array([r["fired"] for r in rows]); g = np.array([r["group"] for r in rows])
analyzer = sys.argv[1] if len(sys.argv) > 1 else "word"
scores = np.zeros(len(rows))
for hold in groups:
    tr = g != hold; te = g == hold
    if analyzer == "word":
        vec = TfidfVectorizer(ngram_range=(1,2), min_df=3, sublinear_tf=True, lowercase=True)
    else:
        vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3,5), min_df=5, sublinear_tf=True, max_features=300000)
    Xtr = vec.fit_transform([X_text[i] for i in np.where(tr)[0]]); Xte = vec.transform([X_text[i] for i in np.where(te)[0]])
    m = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(Xtr, y[tr])
    scores[te] = m.predict_proba(Xte)[:,1]
np.save(f"scores_{analyzer}.npy", scores)
for th in (0.5, 0.6, 0.7, 0.8, 0.9):
    mp = scores >= th
    print(f"th {th}: model alone caught {100*(mp&(y==1)).sum()/(y==1).sum():.1f} clean flagged {100*(mp&(y==0)).sum()/(y==0).sum():.1f} | rules {100*(fired&(y==1)).sum()/(y==1).sum():.1f}/{100*(fired&(y==0)).sum()/(y==0).sum():.1f} | OR {100*((mp|fired)&(y==1)).sum()/(y==1).sum():.1f}/{100*((mp|fired)&(y==0)).sum()/(y==0).sum():.1f}")
for s in ("phi-heldout-ak","phi-heldout-al","phi-heldout-am"):
    te = g == s; th=0.8; mp = scores >= th
    print(s, f"rules {100*(fired&te&(y==1)).sum()/(te&(y==1)).sum():.1f}/{100*(fired&te&(y==0)).sum()/(te&(y==0)).sum():.1f}  OR@0.8 {100*((mp|fired)&te&(y==1)).sum()/(te&(y==1)).sum():.1f}/{100*((mp|fired)&te&(y==0)).sum()/(te&(y==0)).sum():.1f}")
