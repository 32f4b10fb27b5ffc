"""fidelity.py START_OUT NEW_OUT: does the Rust port (`phi/story` in NEW_OUT,
the new binary's gather.sh output) flag exactly the pages the frozen Python
model (stack_model.py fit; RESOLVED as for the fit) flags where the start binary (START_OUT) found
nothing? Pages with an `authorization` are left to the consent rules in
Rust and are listed apart."""
import data, numpy as np, json, re, sys
import stack_model as words_model
start_out, outdir = sys.argv[1], sys.argv[2]
rows0 = data.load_sets(outdir=start_out)
s = words_model.score(rows0)
story = {}
for g in set(r["group"] for r in rows0):
    try: fin = json.load(open(f"{outdir}/{g}.json"))
    except Exception: continue
    for f in fin:
        if f["rule"] == "phi/story": story.setdefault(g, set()).add(data.cp(f["file"]))
agree = dis = auth = 0; diffs = []
for r, p in zip(rows0, s):
    py = (p >= words_model.THRESHOLD) and not r["fired"]
    rs = r["path"] in story.get(r["group"], set())
    if py == rs: agree += 1
    elif py and re.search(r"^\s*\[?authorization", r["text"], re.M): auth += 1
    else: dis += 1; diffs.append((r["group"], r["path"], round(float(p), 3), py, rs))
print("agree", agree, "authorised (skipped in Rust)", auth, "disagree", dis); print("\n".join(map(str, diffs[:40])))
