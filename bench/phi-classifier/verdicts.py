#!/usr/bin/env python3
"""verdicts.py BIN OUT.json: per set, per file: expect, rule-flagged (error/warning phi/consent/reply)."""
import json, subprocess, sys, glob, collections, os
bin_, outp = sys.argv[1], sys.argv[2]
res = {}
for fx in sorted(glob.glob(os.path.join(os.path.dirname(os.path.abspath(__file__)), '../../tests/fixtures/phi-heldout*'))) + sys.argv[3:]:
    exp = json.load(open(f"{fx}/expected.json"))
    now = exp.get("now", "2026-12-01")
    out = subprocess.run([bin_, "check", "--root", fx, "--now", now, "--format", "json", "--only", "phi,consent,reply"], capture_output=True, text=True)
    fs = json.loads(out.stdout)
    by = collections.defaultdict(list)
    for f in fs:
        p = f.get("file", "").replace("\\", "/"); i = p.find("content/"); p = p[i:] if i >= 0 else p
        if f.get("severity") in ("error", "warning"): by[p].append(f.get("rule"))
    res[fx] = {k: {"expect": v["expect"], "hard": v.get("hard"), "rules": by.get(k, [])} for k, v in exp["files"].items()}
json.dump(res, open(outp, "w"))
