#!/usr/bin/env python3
"""Summarise real-site results: pages, findings by rule, and, with a
judgments file, false alarms per 100 pages and missed real problems.

    summarise.py [--results DIR] [--judgments FILE] [--sites FILE] [--list]

A finding is identified by site + file + rule + line. Every error/warning
finding of the phi/, consent/ and reply/ families is looked up in the
judgments: `true` (a patient is identified: a real problem, caught),
`false` (false alarm) or unjudged. A `missed` entry is a real problem in the
content; it counts as caught when the binary reports any finding of those
families on that file within its line range (`line`, or `lines: [a, b]`).

Modes for another binary's results (run.sh with RESULTS=DIR):
    summarise.py --results DIR --unjudged [--set dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23] [--stubs]
        every finding with no judgment yet, one line per site + file + rule +
        line (site, file:line, rule, message; columns if several); --stubs
        prints JSON entries to complete (verdict, reason, category) and
        append to judgments.json "findings".
    summarise.py --results DIR --rates [--set dev|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|heldout9|heldout10|heldout11|heldout12|heldout13|heldout14|heldout15|heldout16|heldout17|heldout18|heldout19|heldout20|heldout21|heldout22|heldout23]
        false alarms per 100 pages per site and per set, with the number of
        unjudged findings (the rate is a lower bound while any are unjudged).
--set dev is what may be shown to whoever tunes the guard."""
import argparse, collections, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
FAMILIES = ("phi/", "consent/", "reply/")
SETS = ("dev", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8", "heldout9", "heldout10", "heldout11", "heldout12", "heldout13", "heldout14", "heldout15", "heldout16", "heldout17", "heldout18", "heldout19", "heldout20", "heldout21", "heldout22", "heldout23")



def line_range(m):
    """A missed entry's line span: "lines": [a, b], "lines": [a] or "line": a."""
    lines = m.get("lines", [m.get("line")])
    return lines[0], lines[-1]

def key(site, f):
    return (site, f["file"], f["rule"], int(f["line"]))


class Crashed(Exception):
    """The result file is empty or not JSON: the binary crashed on the site."""


def load_findings(results, sid):
    path = os.path.join(results, sid + ".json")
    if not os.path.exists(path):
        return None
    try:
        data = json.load(open(path))
    except json.JSONDecodeError:
        raise Crashed(path)
    return [f for f in data if f["rule"].startswith(FAMILIES) and f.get("severity") in ("error", "warning")]


def findings_or_note(results, s):
    """(findings, None) or (None, what to print instead)."""
    try:
        fs = load_findings(results, s["id"])
    except Crashed:
        return None, f"{s['id']:14} {s['set']:8} (binary crashed: empty {s['id']}.json)"
    return (fs, None) if fs is not None else (None, f"{s['id']:14} {s['set']:8} (no results)")


def load_pages(results, sid):
    conv = os.path.join(results, sid + ".convert.json")
    return json.load(open(conv))["pages"] if os.path.exists(conv) else 0


def list_unjudged(a, sites, verdict):
    """One line per unjudged site + file + rule + line: what the team lead
    needs to read the sentence in the converted copy and judge it."""
    groups = collections.OrderedDict()
    for s in sites:
        for f in findings_or_note(a.results, s)[0] or []:
            k = key(s["id"], f)
            if k not in verdict:
                groups.setdefault(k, (s, []))[1].append(f)
    stubs = []
    for (sid, file, rule, line), (s, fs) in groups.items():
        cols = ",".join(str(f.get("column", "")) for f in fs)
        msgs = list(dict.fromkeys(f["message"] for f in fs))
        print(f"{sid:14} {s['set']:8} {file}:{line} {rule} (col {cols}) {' | '.join(msgs)}")
        stubs.append({"site": sid, "set": s["set"], "file": file, "rule": rule, "line": line,
                      "verdict": "true|false", "reason": "", "category": ""})
    n = sum(len(fs) for _s, fs in groups.values())
    sites_dir = os.path.join(os.path.dirname(os.path.abspath(a.results)), "sites")  # run.sh's WORK/sites
    print(f"\n{len(groups)} unjudged site+file+rule+line ({n} findings) in {a.results}; converted pages are in"
          f" {sites_dir}/SITE/FILE. Judge: true = a patient is identified; write reasons in your own"
          f" words, never the flagged text.", file=sys.stderr)
    if a.stubs and stubs:
        print(json.dumps(stubs, indent=1, ensure_ascii=False))
    return 0


def rates(a, sites, verdict):
    print(f"{'site':14} {'set':8} {'pages':>5} {'findings':>8} {'true':>5} {'false':>5} {'unjudged':>8} {'false/100p':>10}")
    tot = collections.defaultdict(collections.Counter)
    for s in sites:
        fs, note = findings_or_note(a.results, s)
        if fs is None:
            print(note)
            continue
        pages = load_pages(a.results, s["id"])
        c = collections.Counter()
        for f in fs:
            j = verdict.get(key(s["id"], f))
            c["unjudged" if j is None else ("true" if j["verdict"] == "true" else "false")] += 1
        per = 100.0 * c["false"] / pages if pages else 0.0
        print(f"{s['id']:14} {s['set']:8} {pages:5} {len(fs):8} {c['true']:5} {c['false']:5} {c['unjudged']:8} {per:10.1f}")
        for t in (tot[s["set"]], tot["total"]):
            t["pages"] += pages; t["findings"] += len(fs)
            for k in ("true", "false", "unjudged"):
                t[k] += c[k]
    print()
    present = {s["set"] for s in sites}
    for st in SETS + ("total",):
        t = tot[st]
        if not t["pages"] or (st == "total" and len(present) < 2):
            continue
        per = 100.0 * t["false"] / t["pages"]
        note = "" if not t["unjudged"] else f" (lower bound: {t['unjudged']} unjudged, at most {100.0 * (t['false'] + t['unjudged']) / t['pages']:.1f})"
        print(f"{st}: {t['pages']} pages, {t['findings']} findings, {t['true']} true, {t['false']} false alarms ="
              f" {per:.1f} per 100 pages, {t['unjudged']} unjudged{note}")
    return 0


def main():
    ap = argparse.ArgumentParser()
    # run.sh's default: $WORK/results, WORK = $SCRATCH/real-sites, SCRATCH = /dev/shm.
    work = os.environ.get("WORK") or os.path.join(os.environ.get("SCRATCH") or "/dev/shm", "real-sites")
    ap.add_argument("--results", default=os.environ.get("RESULTS") or os.path.join(work, "results"))
    ap.add_argument("--judgments", default=os.path.join(HERE, "judgments.json"))
    ap.add_argument("--sites", default=os.path.join(HERE, "sites.json"))
    ap.add_argument("--list", action="store_true", help="list every finding with its judgment")
    ap.add_argument("--unjudged", action="store_true", help="list only the findings that have no judgment yet")
    ap.add_argument("--stubs", action="store_true", help="with --unjudged: print JSON judgment entries to fill in")
    ap.add_argument("--rates", action="store_true", help="false alarms per 100 pages per site and in total")
    ap.add_argument("--set", choices=SETS, help="only the sites of this set")
    a = ap.parse_args()
    sites = json.load(open(a.sites))["sites"]
    if a.set:
        sites = [s for s in sites if s["set"] == a.set]
    judg = json.load(open(a.judgments)) if os.path.exists(a.judgments) else {"findings": [], "missed": []}
    verdict = {(j["site"], j["file"], j["rule"], int(j["line"])): j for j in judg.get("findings", [])}
    if a.unjudged:
        return list_unjudged(a, sites, verdict)
    if a.rates:
        return rates(a, sites, verdict)
    totals = collections.defaultdict(lambda: collections.Counter())
    cats = collections.defaultdict(collections.Counter)
    print(f"{'site':14} {'set':8} {'pages':>5} {'findings':>8} {'true':>5} {'false':>5} {'unjudged':>8}  rules")
    for s in sites:
        sid = s["id"]
        findings, note = findings_or_note(a.results, s)
        if findings is None:
            print(note)
            continue
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
        # A problem in text carepress no longer publishes (an HTML comment)
        # is neither caught nor missed: it is counted on its own.
        t0 = totals[s["set"]]
        t0["unpublished"] += sum(1 for m in judg.get("missed", []) if m["site"] == sid and m.get("unpublished"))
        missed = [m for m in judg.get("missed", []) if m["site"] == sid and not m.get("unpublished")]
        caught_missed = 0
        for m in missed:
            lo, hi = line_range(m)
            if any(f["file"] == m["file"] and lo <= int(f["line"]) <= hi for f in findings):
                caught_missed += 1
            # Looser: the page has some finding (it fails), though not at the problem's lines.
            if any(f["file"] == m["file"] for f in findings):
                totals[s["set"]]["on_page"] += 1
        rules = collections.Counter(f["rule"] for f in findings)
        print(f"{sid:14} {s['set']:8} {pages:5} {len(findings):8} {c['true']:5} {c['false']:5} {c['unjudged']:8}  "
              + ", ".join(f"{r}:{n}" for r, n in rules.most_common()))
        t = totals[s["set"]]
        t["pages"] += pages; t["findings"] += len(findings); t["true"] += c["true"]; t["false"] += c["false"]
        t["unjudged"] += c["unjudged"]; t["missed"] += len(missed) - caught_missed; t["real"] += c["true"] + len(missed)
        t["caught_missed"] += caught_missed
    print()
    for st in SETS:
        t = totals[st]
        if not t["pages"]:
            continue
        per100 = 100.0 * t["false"] / t["pages"]
        print(f"{st}: {t['pages']} pages, {t['findings']} findings, {t['false']} false alarms = {per100:.1f} per 100 pages, "
              f"{t['true']} true findings, {t['unjudged']} unjudged; hand-listed problems still missed: {t['missed']}"
              f" (caught at their lines: {t['caught_missed']}; on a page with some finding: {t['on_page']})"
              + (f"; no longer published: {t['unpublished']}" if t["unpublished"] else ""))
        for cat, n in cats[st].most_common():
            print(f"    false alarms: {cat}: {n}")
    shown = {s["id"] for s in sites}  # only the selected set's hand-listed problems (--set dev shows no held-out text)
    for m in judg.get("missed", []):
        if m["site"] in shown and not m.get("unpublished"):
            findings, _ = findings_or_note(a.results, next(s for s in sites if s["id"] == m["site"]))
            if findings is None:
                # not checked (a held-out set not scored yet): its problems
                # are not shown to whoever runs the evaluation
                continue
            lo, hi = line_range(m)
            hit = any(f["file"] == m["file"] and lo <= int(f["line"]) <= hi for f in findings or [])
            state = "caught" if hit else "MISSED"
            print(f"{state} [{m['site']}] {m['file']}:{m.get('line', m.get('lines'))} {m['reason']}")


if __name__ == "__main__":
    sys.exit(main())
