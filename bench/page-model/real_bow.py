"""real_bow.py: the bag-of-words model fitted on all case sets, run on the real
sites: the pages it adds beyond the rules, by threshold."""
import data, numpy as np, pickle
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
rows = data.load_sets(); real = data.load_real()
y = np.array([r["y"] for r in rows])
vec = TfidfVectorizer(ngram_range=(1,2), min_df=3, sublinear_tf=True)
X = vec.fit_transform([r["text"] for r in rows])
m = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(X, y)
pickle.dump((vec, m), open("model_word.pkl", "wb"))
s = m.predict_proba(vec.transform([r["text"] for r in real]))[:,1]
np.save("real_scores.npy", s)
ry = np.array([r["y"] for r in real]); rf = np.array([r["fired"] for r in real])
for th in (0.5,0.6,0.7,0.8,0.9,0.95):
    mp = s >= th
    print(f"th {th}: flagged {mp.sum()} pages; of them positive {(mp&(ry==1)).sum()}/{(ry==1).sum()}; negative {(mp&(ry==0)).sum()} (new beyond rules: {(mp&(ry==0)&(rf==0)).sum()}); new positives beyond rules {(mp&(ry==1)&(rf==0)).sum()}")
