"""The pages of the case sets and of the real sites, with their labels and
whether the rules (a `carepress check` run saved as JSON) flagged them."""
import json, os, glob, re
REPO = os.environ.get("REPO", os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
WORK = os.environ.get("WORK", "/dev/shm/page-model")
REAL = os.environ.get("REAL", "/dev/shm/real-sites")
FX = f"{REPO}/tests/fixtures"
def cp(f):
    f = f.replace("\\", "/"); i = f.find("content/")
    return f[i:] if i >= 0 else f
def load_sets(outdir=f"{WORK}/out", extra=(), only=None):
    rows = []
    # `only`: the fixture names to read (default: every set under tests/fixtures)
    dirs = sorted(d for d in glob.glob(f"{FX}/phi-heldout*") if only is None or os.path.basename(d) in only) + list(extra)
    for d in dirs:
        n = os.path.basename(d)
        exp = json.load(open(f"{d}/expected.json"))
        try: fin = json.load(open(f"{outdir}/{n}.json"))
        except Exception: fin = []
        fired = {}
        for f in fin:
            if f["severity"] in ("error", "warning") and not f["rule"].startswith("build/"):
                fired.setdefault(cp(f["file"]), []).append(f)
        for path, c in exp["files"].items():
            p = f"{d}/{path}"
            try: text = open(p, encoding="utf-8", errors="replace").read()
            except Exception: text = ""
            rows.append(dict(group=n, path=path, text=text, y=int(c["expect"] == "flag"),
                             fired=int(path in fired), rules=sorted(set(h["rule"] for h in fired.get(path, [])))))
    return rows
def load_real(results=os.environ.get("RESULTS", f"{REAL}/results")):
    J = json.load(open(f"{REPO}/bench/real-sites/judgments.json"))
    sites = json.load(open(f"{REPO}/bench/real-sites/sites.json"))["sites"]
    true = {}; false = {}
    for f in J["findings"]:
        (true if f["verdict"] == "true" else false).setdefault((f["site"], f["file"]), []).append(f)
    missed = set((m["site"], m["file"]) for m in J["missed"])
    rows = []
    for s in sites:
        sid = s["id"]; root = f"{REAL}/sites/{sid}"
        try: fin = json.load(open(f"{results}/{sid}.json"))
        except Exception: fin = []
        fired = set(cp(f["file"]) for f in fin if f["severity"] in ("error","warning") and not f["rule"].startswith("build/"))
        for p in glob.glob(f"{root}/content/**/*", recursive=True):
            if os.path.isdir(p) or not re.search(r"\.(md|csv|txt|json|ya?ml)$", p): continue
            rel = cp(p)
            text = open(p, encoding="utf-8", errors="replace").read()
            rows.append(dict(group=sid, set=s["set"], path=rel, text=text, y=int((sid, rel) in true or (sid, rel) in missed),
                             fired=int(rel in fired), falsefind=int((sid, rel) in false)))
    return rows
