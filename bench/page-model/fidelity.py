"""fidelity.py START_OUT NEW_OUT: does the Rust port (`phi/story` in NEW_OUT, the
new binary's gather.sh output) flag exactly the pages the frozen Python model
flags where the start binary (START_OUT) found nothing?"""
import data, feats2, numpy as np, pickle, json, sys
start_out, outdir = sys.argv[1], sys.argv[2]
sc, m, th = pickle.load(open(f"{data.WORK}/frozen.pkl", "rb"))
rows0 = data.load_sets(outdir=start_out)
X = feats2.matrix2(rows0); s = m.predict_proba(sc.transform(X))[:,1]
# rust: pages with phi/story
story = {}
for g in set(r["group"] for r in rows0):
    try: fin = json.load(open(f"{outdir}/{g}.json"))
    except Exception: continue
    for f in fin:
        if f["rule"] == "phi/story": story.setdefault(g, set()).add(data.cp(f["file"]))
agree = dis = 0; diffs = []
for r, sc_ in zip(rows0, s):
    py = (sc_ >= th) and not r["fired"]
    rs = r["path"] in story.get(r["group"], set())
    if py == rs: agree += 1
    else: dis += 1; diffs.append((r["group"], r["path"], round(float(sc_),3), py, rs))
print("agree", agree, "disagree", dis); print("\n".join(map(str, diffs[:40])))
