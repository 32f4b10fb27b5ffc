"""stack_model.py: the page model's third version (thirty-third session).

Two stages:
1. the second version's logistic regression (`words_model.py`: the 33
   features of feats2 and the words), with 14 more dense features: what the
   rules' name resolver learnt about the page's people (`RESOLVED`, written
   by the `story_dump` export in src/build; see
   src/compliance/phi/resolved.rs);
2. gradient-boosted trees (scikit-learn's HistGradientBoostingClassifier)
   over the 47 dense features and stage 1's score: the trees learn where a
   word-heavy score should be trusted (a page of resolved staff, a public
   figure's page) and where it should not.

  RESOLVED=… python3 stack_model.py cv    nested cross-validation (outer: the
                                          sets in 7 groups and the real sites
                                          in 5; stage 1's scores for the trees'
                                          training rows are out-of-fold inside)
  RESOLVED=… python3 stack_model.py fit   writes data/phi/story_words.tsv and
                                          data/phi/story_trees.tsv, prints the
                                          weights for story/mod.rs

Needs $WORK/X3.npy and RX3.npy from compare.py.
"""
import glob, json, os, pickle, sys
import numpy as np, scipy.sparse as sp
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
import data, feats2, words_model as wm

THRESHOLD = 0.90
# Sets left out of the fit: the fourth fit (thirty-fifth session) read every
# set then under tests/fixtures/phi-heldout* (58); BG, BH and BI were scored
# blind on it afterwards and are left out so that `fit` reproduces the
# committed files (compare.py and stack_model.py leave out the same). The
# unscored sets in tests/fixtures/phi-blind-next are never read.
NOT_FITTED = {f"phi-heldout-{s}" for s in ("bg", "bh", "bi", "bj", "bk", "bl", "bm", "bn", "bo", "bp", "bq", "br", "bs", "bt", "bu", "bv", "bw", "bx", "by", "bz", "ca", "cb", "cc", "cd", "ce", "cf", "cg", "ch", "ci", "cj", "ck", "cl", "cm", "cn", "co", "cp", "cq", "cr", "cs", "ct", "cu", "cv", "cw", "cx", "cy", "cz", "da", "db", "dc", "dd", "de")}
RESOLVED_NAMES = ["person mentions", "distinct people", "lone given names", "people named in full",
                  "a person and a patient cue in one sentence", "a person and a clinical cue in one sentence",
                  "staff mentions", "staff the page introduces", "famous people", "an invented scenario",
                  "names said to be changed", "a page about public figures", "a retold news story", "someone quoted in passing"]

def gb():
    return HistGradientBoostingClassifier(max_iter=300, learning_rate=0.05, max_leaf_nodes=15, class_weight="balanced", random_state=0)

def lr():
    return LogisticRegression(C=wm.C, max_iter=5000, class_weight="balanced")

def inner_scores(L, Y, groups, idx):
    """Stage 1's out-of-fold scores of rows `idx`, 5 folds of whole groups."""
    grp = groups[idx]; ug = sorted(set(grp))
    gf = {u: i % 5 for i, u in enumerate(np.random.RandomState(3).permutation(ug))}
    f = np.array([gf[x] for x in grp]); out = np.zeros(len(idx))
    for k in range(5):
        out[f == k] = lr().fit(L[idx[f != k]], Y[idx[f != k]]).predict_proba(L[idx[f == k]])[:, 1]
    return out

def main():
    assert wm.RESOLVED, "set RESOLVED"
    sets = {os.path.basename(d) for d in glob.glob(f"{data.FX}/phi-heldout*")} - NOT_FITTED
    rows = data.load_sets(only=sets); real = data.load_real()
    K = len(feats2.NAMES2)
    X = np.load(f"{data.WORK}/X3.npy")[:, :K]; RX = np.load(f"{data.WORK}/RX3.npy")[:, :K]
    assert len(X) == len(rows) and len(RX) == len(real)
    D = np.vstack([np.hstack([X, wm.resolved(rows, data.FX)]), np.hstack([RX, wm.resolved(real, f"{data.REAL}/sites")])])
    y = np.array([r["y"] for r in rows]); ry = np.array([r["y"] for r in real]); n = len(y)
    g = np.array([r["group"] for r in rows]); rg = np.array([r["group"] for r in real])
    groups = np.array(list(g) + list(rg))
    texts = [wm.body(r["text"]) for r in rows] + [wm.body(r["text"]) for r in real]
    vocab = wm.vocabulary(texts, list(groups))
    W = CountVectorizer(token_pattern=wm.TOKEN, binary=True, vocabulary=vocab).transform(texts).tocsr().astype(float)
    sc = StandardScaler().fit(D)
    L = sp.hstack([sp.csr_matrix(sc.transform(D)), W]).tocsr()
    Y = np.concatenate([y, ry])
    fi = feats2.NAMES2.index("fired"); fired = X[:, fi].astype(bool); rf = RX[:, fi].astype(bool)
    if sys.argv[1:] == ["cv"]:
        sfold = {s_: i % 7 for i, s_ in enumerate(np.random.RandomState(1).permutation(sorted(set(g))))}
        rfold = {s_: i % 5 for i, s_ in enumerate(np.random.RandomState(0).permutation(sorted(set(rg))))}
        outer = np.array([f"s{sfold[x]}" for x in g] + [f"r{rfold[x]}" for x in rg])
        out = np.zeros(len(Y))
        for h in sorted(set(outer)):
            te = outer == h; tr = np.where(~te)[0]
            s_te = lr().fit(L[tr], Y[tr]).predict_proba(L[te])[:, 1]
            m = gb().fit(np.hstack([D[tr], inner_scores(L, Y, groups, tr)[:, None]]), Y[tr])
            out[te] = m.predict_proba(np.hstack([D[te], s_te[:, None]]))[:, 1]
        cs, rs = out[:n], out[n:]
        print(f"{len(sets)} sets, {len(vocab)} words; rules caught {(fired&(y==1)).sum()}/{(y==1).sum()} clean {(fired&(y==0)).sum()}/{(y==0).sum()}")
        for th in (0.85, 0.9, 0.93, 0.95):
            mp = (cs >= th) & ~fired; rp = (rs >= th) & ~rf
            print(f"@{th} +{(mp&(y==1)).sum()}/+{(mp&(y==0)).sum()} real: no true problem +{(rp&(ry==0)).sum()}, true +{(rp&(ry==1)).sum()}")
        return
    idx = np.arange(len(Y))
    m1 = lr().fit(L, Y); coef = m1.coef_[0]
    m2 = gb().fit(np.hstack([D, inner_scores(L, Y, groups, idx)[:, None]]), Y)
    k = D.shape[1]
    pickle.dump((sc, vocab, coef, float(m1.intercept_[0]), m2), open(f"{data.WORK}/frozen_stack.pkl", "wb"))
    with open(f"{data.REPO}/data/phi/story_words.tsv", "w") as f:
        f.write("# The page model's words and their weights (bench/page-model/stack_model.py fit;\n")
        f.write(f"# {len(sets)} case sets and {len(set(rg))} real sites, {len(Y)} pages). Generated: do not edit.\n")
        for w, c in sorted(zip(vocab, coef[k:]), key=lambda t: t[0]):
            f.write(f"{w}\t{float(c)!r}\n")
    with open(f"{data.REPO}/data/phi/story_trees.tsv", "w") as f:
        f.write("# The page model's trees (bench/page-model/stack_model.py fit). Generated: do not edit.\n")
        f.write(f"# Inputs: the {k} dense features of story/mod.rs, then stage 1's score.\n")
        f.write(f"baseline\t{float(m2._baseline_prediction.ravel()[0])!r}\n")
        f.write("# tree node: feature threshold left right value leaf (go left when x <= threshold)\n")
        for t in m2._predictors:
            nodes = t[0].nodes
            f.write(f"tree\t{len(nodes)}\n")
            for nd in nodes:
                f.write(f"{int(nd['feature_idx'])}\t{float(nd['num_threshold'])!r}\t{int(nd['left'])}\t{int(nd['right'])}\t{float(nd['value'])!r}\t{int(nd['is_leaf'])}\n")
    # The export's own check: walking the written trees gives scikit-learn's probabilities.
    Z = np.hstack([D, m1.predict_proba(L)[:, 1][:, None]])
    raw = np.full(len(Z), float(m2._baseline_prediction.ravel()[0]))
    for t in m2._predictors:
        nodes = t[0].nodes
        for i, z in enumerate(Z):
            j = 0
            while not nodes[j]["is_leaf"]:
                j = nodes[j]["left"] if z[nodes[j]["feature_idx"]] <= nodes[j]["num_threshold"] else nodes[j]["right"]
            raw[i] += nodes[j]["value"]
    assert np.allclose(1 / (1 + np.exp(-raw)), m2.predict_proba(Z)[:, 1]), "tree export differs"
    p = m2.predict_proba(Z)[:, 1]
    print(f"// {len(sets)} sets, {len(set(rg))} real sites, {len(Y)} pages, {len(vocab)} words, {len(m2._predictors)} trees; in-sample flagged beyond rules: sets +{((p[:n]>=THRESHOLD)&~fired&(y==1)).sum()}/+{((p[:n]>=THRESHOLD)&~fired&(y==0)).sum()}, real no true problem +{((p[n:]>=THRESHOLD)&~rf&(ry==0)).sum()}")
    for name, mu, s_, c in zip(list(feats2.NAMES2) + RESOLVED_NAMES, sc.mean_, sc.scale_, coef[:k]):
        print(f"    ({float(mu)!r}, {float(s_)!r}, {float(c)!r}, \"{name}\"),")
    print(f"const INTERCEPT: f64 = {float(m1.intercept_[0])!r};")

def _frozen(d, texts):
    """The frozen model's (`fit`) probabilities for dense rows `d` and the
    pages' `texts`: stage 1 over the features and words, then the trees."""
    sc, vocab, coef, icpt, m2 = pickle.load(open(f"{data.WORK}/frozen_stack.pkl", "rb"))
    w = CountVectorizer(token_pattern=wm.TOKEN, binary=True, vocabulary=vocab).transform([wm.body(t) for t in texts])
    s1 = 1 / (1 + np.exp(-(sc.transform(d) @ coef[:d.shape[1]] + w @ coef[d.shape[1]:] + icpt)))
    return m2.predict_proba(np.hstack([d, np.asarray(s1).reshape(-1, 1)]))[:, 1]

def score(rows):
    """The frozen model's probability for each row of `data`'s case sets
    (their resolver values from `RESOLVED`)."""
    return _frozen(np.hstack([feats2.matrix2(rows), wm.resolved(rows, data.FX)]), [r["text"] for r in rows])

def score_one(path, text, staff, resolved):
    """The frozen model's probability for one page: `staff` the site's
    staff words, `resolved` its resolver values (story_dump's), the rules
    not having fired. The unit test `scores_match_the_fitting_script`
    compares the port with this."""
    d = np.array([feats2.feats2({"text": text, "path": path, "fired": 0, "group": "one"}, staff) + list(resolved)])
    return float(_frozen(d, [text])[0])

if __name__ == "__main__":
    main()
