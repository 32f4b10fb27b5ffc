#!/usr/bin/env python3
"""The table of benches/lighthouse.sh: one row per label, site and page.

Usage: python3 benches/lighthouse_summary.py OUT_DIR  (markdown on stdout)

Performance and LCP are medians of the runs; every other figure is the worst run
(a failure in any run shows). Image audits give the bytes Lighthouse says
would be saved; "pass" when the audit passed or found nothing to report.
"""
import json
import pathlib
import statistics
import sys

out = pathlib.Path(sys.argv[1])
CATS = ["performance", "accessibility", "best-practices", "seo"]
IMAGE_AUDITS = ["uses-responsive-images", "modern-image-formats", "uses-optimized-images", "offscreen-images"]
SHORT = {"uses-responsive-images": "responsive imgs", "modern-image-formats": "modern formats",
         "uses-optimized-images": "optimized imgs", "offscreen-images": "offscreen imgs"}


def audit_cell(audit):
    if audit is None:
        return "n/a"
    if audit.get("scoreDisplayMode") in ("notApplicable", "manual"):
        return "pass (n/a)"
    saved = (audit.get("details") or {}).get("overallSavingsBytes") or 0
    if (audit.get("score") or 0) >= 0.9 and saved == 0:
        return "pass"
    return f"**fail {saved / 1024:.0f} KiB**" if saved else f"**fail** ({audit.get('displayValue', '')})"


# What python3 -m http.server cannot do (compression, cache headers): the
# host's business, not the generator's.
SERVER = {"uses-text-compression", "uses-long-cache-ttl", "cache-insight", "document-latency-insight"}


def failing(report):
    """Audits that count towards a category and did not pass."""
    bad = set()
    for cat in CATS:
        for ref in report["categories"][cat]["auditRefs"]:
            a = report["audits"][ref["id"]]
            mode = a.get("scoreDisplayMode")
            if mode in ("binary", "numeric", "metricSavings") and a.get("score") is not None and a["score"] < 0.9:
                if cat == "performance" and ref.get("weight", 0) > 0:
                    continue  # metrics: the performance score already tells
                bad.add(ref["id"])
    return bad - SERVER


def console_errors(report):
    a = report["audits"].get("errors-in-console")
    items = ((a or {}).get("details") or {}).get("items") or []
    return [f"{i.get('description', '').replace('the server responded with a status of ', '')[:50]}"
            f" (/{(i.get('sourceLocation') or {}).get('url', '?').split('/', 3)[-1]})" for i in items]


rows = []
seen = []
for line in (out / "pages.txt").read_text().splitlines():
    label, site, key, path = line.split(" ", 3)
    reports = [json.loads(p.read_text()) for p in sorted(out.glob(f"{label}.{site}.{key}.*.json"))]
    if not reports:
        rows.append(f"| {label} | {site} | {path} | lighthouse failed |")
        continue
    cats = []
    for c in CATS:
        vals = [round(r["categories"][c]["score"] * 100) for r in reports if r["categories"][c]["score"] is not None]
        cats.append(str(round(statistics.median(vals))) if c == "performance" else str(min(vals)))
    weight = max(r["audits"]["total-byte-weight"]["numericValue"] for r in reports) / 1024
    lcp = statistics.median(r["audits"]["largest-contentful-paint"]["numericValue"] for r in reports) / 1000
    imgs = []
    for aid in IMAGE_AUDITS:
        cells = [audit_cell(r["audits"].get(aid)) for r in reports]
        imgs.append(next((c for c in cells if c.startswith("**")), cells[0]))
    icons = []
    for r in reports:
        errs = console_errors(r)
        icons.extend(e.rsplit("(/", 1)[-1].rstrip(")") for e in errs if "404" in e and ("favicon" in e or "icon" in e))
    manifest = reports[0]["audits"].get("installable-manifest")
    man = "n/a (not in LH 12)" if manifest is None else ("pass" if manifest.get("score") == 1 else "**fail**")
    fails = sorted(set().union(*(failing(r) for r in reports)))
    errs = sorted(set(e for r in reports for e in console_errors(r)))
    rows.append(
        f"| {label} | {site} | `{path}` | " + " | ".join(cats) + f" | {weight:.0f} KiB | {lcp:.2f} s | " + " | ".join(imgs)
        + f" | {'**404 /' + ', /'.join(sorted(set(icons))) + '**' if icons else 'no 404'} | {man}"
        + f" | {', '.join(fails) or '–'} |"
    )
    seen.append((label, site, key, errs))

print(f"Lighthouse {reports[0]['lighthouseVersion']}, mobile (simulated throttling), "
      f"{len(reports)} run(s) per page; performance and LCP are medians, the rest the worst run.\n")
print("| build | site | page | perf | a11y | best pr. | SEO | page weight | LCP | " + " | ".join(SHORT[a] for a in IMAGE_AUDITS)
      + " | favicon / icons | installable-manifest | other audits below 0.9 (server-side ones left out) |")
print("|" + "---|" * (12 + len(IMAGE_AUDITS)))
print("\n".join(rows))
errs = [(l, s, k, e) for l, s, k, e in seen if e]
if errs:
    print("\nConsole errors:\n")
    for label, site, key, e in errs:
        print(f"- {label} {site} {key}: " + "; ".join(e))
