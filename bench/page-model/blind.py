"""blind.py SETDIR OUTJSON: a new case set's score by the rules alone (a
`carepress check --format json` run of the start binary saved as OUTJSON,
named after SETDIR) and by the rules or the frozen model (words_model.py
fit). For the first version's model, see this file in git history."""
import sys, os, numpy as np, data, words_model
d, outj = sys.argv[1], sys.argv[2]
outdir = os.path.dirname(outj); name = os.path.basename(d)
rows = data.load_sets(outdir=outdir, extra=[d]); rows = [r for r in rows if r["group"] == name]
s = words_model.score(rows)
y = np.array([r["y"] for r in rows]); f = np.array([r["fired"] for r in rows]).astype(bool); mp = s >= words_model.THRESHOLD
def rt(mask, lab): return f"{(mask&(y==lab)).sum()}/{(y==lab).sum()} = {100*(mask&(y==lab)).sum()/(y==lab).sum():.1f} %"
print(f"{name}: rules caught {rt(f,1)} clean flagged {rt(f,0)} | rules OR model caught {rt(f|mp,1)} clean flagged {rt(f|mp,0)}")
