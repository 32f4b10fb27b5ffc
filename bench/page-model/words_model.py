"""words_model.py: the page model's second version (thirty-second session):
the 33 features of feats2 plus the presence of words, fitted on the case
sets AND the real sites' pages (judged: a true finding or a hand-listed
miss is a patient page, every other page is not), so that the real sites
teach the model what a practice's ordinary pages look like.

  python3 words_model.py cv   leave-one-set-out on the case sets, 5 site
                              folds on the real sites: pages added beyond
                              the rules, by threshold
  python3 words_model.py fit  fits on everything, writes
                              $WORK/story_words_v2.tsv, prints the weights
                              (the second version's; the code's model is
                              now stack_model.py's, which writes
                              data/phi/story_words.tsv. With NOT_FITTED set
                              back to AT, AU, AV and AW, in compare.py too,
                              this reproduces the second version exactly)

The words are read from the page without its front matter's keys, HTML
tags or web addresses (`body()`). The vocabulary: lowercase words of two letters or more (no digits, so no
dates), in at least 8 pages of at least 5 different sets or sites (no one
site's staff names, no one case writer's habits), in at most half the
pages, and no given name or surname that is not also an English word (a
name is the dense features' business; a weight on "margaret" would be a
case writer's taste), and no file format word (`FORMAT`). Presence, not counts: a page's score is the dense
part plus the weights of the words it has.

Needs $WORK/X3.npy and RX3.npy from compare.py (the features of the same
rows; RESULTS: the start binary's real-site run).
"""
import glob, json, os, pickle, re, sys
import numpy as np, scipy.sparse as sp
from sklearn.feature_extraction.text import CountVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler
import data, feats2
from feats import D, GIVEN

C, THRESHOLD, K = 0.1, 0.9, len(feats2.NAMES2)
# Sets kept out of the fit to score a version blind once (the second
# version: AT, AU, AV and AW; since the third, every set is fitted).
NOT_FITTED = set()
TOKEN = r"(?u)\b[A-Za-z][A-Za-z]+\b"

def _lines(path):
    return [l.strip() for l in open(path, encoding="utf-8") if l.strip() and not l.startswith("#")]
ENGLISH = set(l for l in _lines(f"{D}/../../src/compliance/phi/english.txt") if not l.startswith("!"))
SURN = set(l.split()[0].lower() for l in _lines(f"{D}/surnames.txt"))

KEY = re.compile(r"^[ \t]*[-\w\"'.\[\]]+[ \t]*[:=]", re.M)
MARKUP = re.compile(r"<[^>]*>|https?://\S+")

def body(text):
    """What the words are read from: the page without the keys of its
    front matter (a file format's words: converted real sites say `extra:`
    and `kind:`, the case sets do not; the values stay), HTML tags or web
    addresses."""
    return MARKUP.sub(" ", KEY.sub(" ", text))

# A file format's words that survive as front matter values or markup
# (converted real sites' `kind: pages`, `draft: true`, image names).
FORMAT = set("pages true false title date draft extra kind null slug tags categories weight layout html md "
             "jpg jpeg png webp svg gif pdf img src alt http https www com org div span class href nbsp amp quot".split())

def vocabulary(texts, groups):
    cv = CountVectorizer(token_pattern=TOKEN, binary=True)
    B = cv.fit_transform(texts).tocsc()
    words = cv.get_feature_names_out()
    g = np.array(groups); n = len(texts); keep = []
    for j, w in enumerate(words):
        idx = B.indices[B.indptr[j]:B.indptr[j + 1]]
        if len(idx) < 8 or len(idx) > n / 2: continue
        if (w in GIVEN or w in SURN) and w not in ENGLISH or w in FORMAT: continue
        if len(set(g[idx])) < 5: continue
        keep.append(w)
    return keep

# RESOLVED: the rules' resolver summary of every page (`story_dump` in
# src/build, one JSON line per page), appended to the dense features.
RESOLVED = os.environ.get("RESOLVED")
RESOLVED_COLS = [int(c) for c in os.environ.get("RESOLVED_COLS", "").split(",") if c]

def resolved(rows, base):
    """The resolver's values of `rows` (root `base/group`), 0 where absent."""
    table = {}
    for l in open(RESOLVED):
        r = json.loads(l); table[(os.path.normpath(r["root"]), r["file"].replace("\\", "/"))] = r["values"]
    width = len(next(iter(table.values())))
    cols = RESOLVED_COLS or list(range(width))
    out = np.zeros((len(rows), len(cols))); miss = 0
    for i, r in enumerate(rows):
        v = table.get((os.path.normpath(f"{base}/{r['group']}"), r["path"]))
        if v is None: miss += 1; continue
        out[i] = [v[c] for c in cols]
    print(f"resolved: {len(rows) - miss}/{len(rows)} rows found", file=sys.stderr)
    return out

def main():
    sets = {os.path.basename(d) for d in glob.glob(f"{data.FX}/phi-heldout*")} - NOT_FITTED
    rows = data.load_sets(only=sets); real = data.load_real()
    X = np.load(f"{data.WORK}/X3.npy")[:, :K]; RX = np.load(f"{data.WORK}/RX3.npy")[:, :K]
    assert len(X) == len(rows) and len(RX) == len(real)
    if RESOLVED:
        X = np.hstack([X, resolved(rows, data.FX)]); RX = np.hstack([RX, resolved(real, f"{data.REAL}/sites")])
    y = np.array([r["y"] for r in rows]); ry = np.array([r["y"] for r in real])
    g = np.array([r["group"] for r in rows]); rg = np.array([r["group"] for r in real])
    texts = [body(r["text"]) for r in rows] + [body(r["text"]) for r in real]
    vocab = vocabulary(texts, list(g) + list(rg))
    vec = CountVectorizer(token_pattern=TOKEN, binary=True, vocabulary=vocab)
    W = vec.transform(texts).tocsr().astype(float)
    sc = StandardScaler().fit(np.vstack([X, RX]))
    A = sp.hstack([sp.csr_matrix(sc.transform(np.vstack([X, RX]))), W]).tocsr()
    Y = np.concatenate([y, ry]); n = len(y)
    fi = feats2.NAMES2.index("fired"); fired = X[:, fi].astype(bool); rf = RX[:, fi].astype(bool)
    lr = lambda: LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    if sys.argv[1:] == ["cv"]:
        sites = sorted(set(rg)); perm = np.random.RandomState(0).permutation(len(sites))
        fold = {sites[i]: k % 5 for k, i in enumerate(perm)}
        folds = np.array([g_ for g_ in g] + [f"real{fold[s]}" for s in rg])
        s = np.zeros(len(Y))
        for h in sorted(set(folds)):
            te = folds == h
            s[te] = lr().fit(A[~te], Y[~te]).predict_proba(A[te])[:, 1]
        cs, rs = s[:n], s[n:]
        print(f"{len(vocab)} words; rules caught {(fired&(y==1)).sum()}/{(y==1).sum()} clean {(fired&(y==0)).sum()}/{(y==0).sum()}")
        for th in (0.8, 0.85, 0.9, 0.93, 0.95):
            mp = (cs >= th) & ~fired; rp = (rs >= th) & ~rf
            print(f"@{th} +{(mp&(y==1)).sum()}/+{(mp&(y==0)).sum()} real: no true problem +{(rp&(ry==0)).sum()}, true +{(rp&(ry==1)).sum()}")
        np.save(f"{data.WORK}/words_cv.npy", s)
        return
    m = lr().fit(A, Y)
    coef = m.coef_[0]
    pickle.dump((sc, vocab, coef, float(m.intercept_[0])), open(f"{data.WORK}/frozen_words.pkl", "wb"))
    with open(f"{data.WORK}/story_words_v2.tsv", "w") as f:
        f.write("# The page model's words and their weights (bench/page-model/words_model.py fit;\n")
        f.write(f"# {len(sets)} case sets and {len(set(rg))} real sites, {len(Y)} pages). Generated: do not edit.\n")
        for w, c in sorted(zip(vocab, coef[K:]), key=lambda t: t[0]):
            f.write(f"{w}\t{float(c)!r}\n")
    print(f"// {len(sets)} sets, {len(set(rg))} real sites, {len(Y)} pages, {len(vocab)} words")
    for name, mu, s_, c in zip(feats2.NAMES2, sc.mean_, sc.scale_, coef[:K]):
        print(f"    ({float(mu)!r}, {float(s_)!r}, {float(c)!r}, \"{name}\"),")
    print(f"const INTERCEPT: f64 = {float(m.intercept_[0])!r};")

def score(rows):
    """The frozen model's (`fit`) probability for each row of `data`."""
    sc, vocab, coef, icpt = pickle.load(open(f"{data.WORK}/frozen_words.pkl", "rb"))
    X = feats2.matrix2(rows)
    W = CountVectorizer(token_pattern=TOKEN, binary=True, vocabulary=vocab).transform([body(r["text"]) for r in rows])
    z = sc.transform(X) @ coef[:K] + W @ coef[K:] + icpt
    return 1 / (1 + np.exp(-z))

if __name__ == "__main__":
    main()
