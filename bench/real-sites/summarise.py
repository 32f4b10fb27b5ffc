#!/usr/bin/env python3
"""Summarise real-site results: pages, findings by rule, and, with a
judgments file, false alarms per 100 pages and missed real problems.

    summarise.py [--results DIR] [--judgments FILE] [--sites FILE] [--list]

A finding is identified by site + file + rule + line. Every error/warning
finding of the phi/, consent/ and reply/ families is looked up in the
judgments: `true` (a patient is identified: a real problem, caught),
`false` (false alarm) or unjudged. A `missed` entry is a real problem in the
content; it counts as caught when the binary reports any finding of those
families on that file within its line range (`line`, or `lines: [a, b]`)."""
import argparse, collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("phi/", "consent/", "reply/")


def key(site, f):
    return (site, f["file"], f["rule"], int(f["line"]))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--results", default="/dev/shm/real-sites/results")
    ap.add_argument("--judgments", default=os.path.join(HERE, "judgments.json"))
    ap.add_argument("--sites", default=os.path.join(HERE, "sites.json"))
    ap.add_argument("--list", action="store_true", help="list every finding with its judgment")
    a = ap.parse_args()
    sites = json.load(open(a.sites))["sites"]
    judg = json.load(open(a.judgments)) if os.path.exists(a.judgments) else {"findings": [], "missed": []}
    verdict = {(j["site"], j["file"], j["rule"], int(j["line"])): j for j in judg.get("findings", [])}
    totals = collections.defaultdict(lambda: collections.Counter())
    cats = collections.defaultdict(collections.Counter)
    print(f"{'site':14} {'set':8} {'pages':>5} {'findings':>8} {'true':>5} {'false':>5} {'unjudged':>8}  rules")
    for s in sites:
        sid = s["id"]
        path = os.path.join(a.results, sid + ".json")
        if not os.path.exists(path):
            print(f"{sid:14} {s['set']:8} (no results)")
            continue
        findings = [f for f in json.load(open(path))
                    if f["rule"].startswith(FAMILIES) and f.get("severity") in ("error", "warning")]
        conv = os.path.join(a.results, sid + ".convert.json")
        pages = json.load(open(conv))["pages"] if os.path.exists(conv) else 0
        c = collections.Counter()
        for f in findings:
            j = verdict.get(key(sid, f))
            v = "unjudged" if j is None else ("true" if j["verdict"] == "true" else "false")
            c[v] += 1
            if v == "false":
                cats[s["set"]][j.get("category", "other")] += 1
            if a.list:
                print(f"    {sid} {f['file']}:{f['line']} {f['rule']} [{v}] {(j or {}).get('reason', '')}")
        missed = [m for m in judg.get("missed", []) if m["site"] == sid]
        caught_missed = 0
        for m in missed:
            lo, hi = (m["lines"] if "lines" in m else (m["line"], m["line"]))
            if any(f["file"] == m["file"] and lo <= int(f["line"]) <= hi for f in findings):
                caught_missed += 1
        rules = collections.Counter(f["rule"] for f in findings)
        print(f"{sid:14} {s['set']:8} {pages:5} {len(findings):8} {c['true']:5} {c['false']:5} {c['unjudged']:8}  "
              + ", ".join(f"{r}:{n}" for r, n in rules.most_common()))
        t = totals[s["set"]]
        t["pages"] += pages; t["findings"] += len(findings); t["true"] += c["true"]; t["false"] += c["false"]
        t["unjudged"] += c["unjudged"]; t["missed"] += len(missed) - caught_missed; t["real"] += c["true"] + len(missed)
        t["caught_missed"] += caught_missed
    print()
    for st in ("dev", "heldout"):
        t = totals[st]
        if not t["pages"]:
            continue
        per100 = 100.0 * t["false"] / t["pages"]
        print(f"{st}: {t['pages']} pages, {t['findings']} findings, {t['false']} false alarms = {per100:.1f} per 100 pages, "
              f"{t['true']} true findings, {t['unjudged']} unjudged; hand-listed problems still missed: {t['missed']}"
              f" (caught: {t['caught_missed']})")
        for cat, n in cats[st].most_common():
            print(f"    false alarms: {cat}: {n}")
    for m in judg.get("missed", []):
        print(f"missed [{m['site']}] {m['file']}:{m.get('line', m.get('lines'))} {m['reason']}")


if __name__ == "__main__":
    sys.exit(main())
