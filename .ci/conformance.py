#!/usr/bin/env python3
"""Asserts and report helpers for .ci/conformance.sh (see docs/conformance.md).

Every check prints one line per file: `PASS <check> <file>` or
`FAIL <check> <file>: <reason>` (reasons on further indented lines).
The shell script counts those lines; this script exits non-zero only when it
cannot run at all.

Sub-commands:
  site SITE_OUT SITE_ROOT [--require-entries]
      Atom asserts (RFC 4287 T2, T3, T5, T6 incl. the Appendix B Schematron
      rules jing does not check), sitemap asserts, feedparser on every
      rss.xml/atom.xml, JSON Feed 1.1 parse + version on every feed.json.
  vnu REPORT.json FILE...
      Turns vnu's JSON report into one PASS/FAIL line per HTML file.
  schemaorg REPORT.json NAME EXIT_CODE FILE
      Turns one schemaorg-validate JSON report into a PASS/FAIL line.
"""

import json
import os
import re
import sys
import tomllib
import xml.etree.ElementTree as ET
from urllib.parse import unquote, urlsplit

ATOM = "{http://www.w3.org/2005/Atom}"
SM = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
W3C_DATETIME = re.compile(
    r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?)?)?$"
)
JSONFEED_VERSION = "https://jsonfeed.org/version/1.1"


def report(check, rel, problems):
    if problems:
        print(f"FAIL {check} {rel}: {len(problems)} problem(s)")
        for p in problems[:25]:
            print(f"    - {p}")
        if len(problems) > 25:
            print(f"    - ... and {len(problems) - 25} more")
    else:
        print(f"PASS {check} {rel}")


def walk(out, names):
    found = []
    for d, dirs, files in os.walk(out):
        dirs.sort()
        for f in sorted(files):
            if f in names:
                found.append(os.path.join(d, f))
    return found


def text_of(el):
    return (el.text or "").strip() if el is not None else ""


def check_atom(path):
    problems = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [f"not well-formed XML: {e}"]
    if root.tag != ATOM + "feed":
        return [f"root element is {root.tag}, expected {ATOM}feed"]

    def one(parent, name, where, date=False, iri=False):
        els = parent.findall(ATOM + name)
        if len(els) != 1:
            problems.append(f"{where}: expected exactly one <{name}>, found {len(els)}")
            return
        v = text_of(els[0])
        if not v and name != "title":
            problems.append(f"{where}: <{name}> is empty")
        if date and not RFC3339.match(v):
            problems.append(f"{where}: <{name}> {v!r} is not RFC 3339 (uppercase T, Z or offset)")
        if iri and not re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", v):
            problems.append(f"{where}: <{name}> {v!r} is not an absolute IRI")

    # T2: feed id, title, updated
    one(root, "id", "feed", iri=True)
    one(root, "title", "feed")
    one(root, "updated", "feed", date=True)

    def has_author(el):
        return any(text_of(a.find(ATOM + "name")) for a in el.findall(ATOM + "author"))

    entries = root.findall(ATOM + "entry")
    # T3: feed author unless every entry has its own (Appendix B Schematron rule)
    if not has_author(root):
        missing = [i for i, e in enumerate(entries, 1) if not has_author(e)]
        if missing:
            problems.append(
                f"feed has no <author><name> and entries {missing[:10]} have none either (RFC 4287 4.1.1)"
            )
    for i, e in enumerate(entries, 1):
        where = f"entry {i}"
        ids = e.findall(ATOM + "id")
        if len(ids) == 1:
            where = f"entry {i} ({text_of(ids[0])})"
        # T5: exactly one id, title, updated; published is RFC 3339 when present
        one(e, "id", where, iri=True)
        one(e, "title", where)
        one(e, "updated", where, date=True)
        for p in e.findall(ATOM + "published"):
            if not RFC3339.match(text_of(p)):
                problems.append(f"{where}: <published> {text_of(p)!r} is not RFC 3339")
        # T6: alternate link (we always require one, with an absolute http(s) href)
        alts = [
            l for l in e.findall(ATOM + "link") if l.get("rel") in (None, "alternate")
        ]
        if not alts:
            problems.append(f"{where}: no <link rel=\"alternate\" href=…> (RFC 4287 4.1.2)")
        for l in alts:
            href = l.get("href") or ""
            if not re.match(r"^https?://", href):
                problems.append(f"{where}: alternate link href {href!r} is not absolute http(s)")
    return problems


def local_file_for(out, path):
    p = unquote(path).lstrip("/")
    cand = os.path.join(out, p)
    if path.endswith("/") or path == "":
        cand = os.path.join(cand, "index.html")
    return cand


def check_sitemap(path, out, base_url):
    problems = []
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as e:
        return [f"not well-formed XML: {e}"]
    if root.tag != SM + "urlset":
        return [f"root element is {root.tag}, expected {SM}urlset"]
    base = urlsplit(base_url)
    if base.scheme != "https":
        problems.append(f"base_url {base_url!r} is not https")
    urls = root.findall(SM + "url")
    if not urls:
        problems.append("no <url> entries")
    if len(urls) > 50000:
        problems.append(f"{len(urls)} URLs (> 50,000)")
    if os.path.getsize(path) > 52428800:
        problems.append("file larger than 50 MB")
    seen = set()
    for u in urls:
        loc = text_of(u.find(SM + "loc"))
        parts = urlsplit(loc)
        if parts.scheme != "https" or parts.netloc != base.netloc:
            problems.append(f"<loc> {loc!r} is not an absolute https URL on {base.netloc}")
        elif len(loc) >= 2048:
            problems.append(f"<loc> longer than 2047 chars: {loc[:80]}…")
        else:
            if parts.query or parts.fragment:
                problems.append(f"<loc> {loc!r} has a query or fragment")
            if not os.path.isfile(local_file_for(out, parts.path)):
                problems.append(f"<loc> {loc!r} has no file in the output")
        if loc in seen:
            problems.append(f"<loc> {loc!r} listed twice")
        seen.add(loc)
        lm = u.find(SM + "lastmod")
        if lm is not None and not W3C_DATETIME.match(text_of(lm)):
            problems.append(f"<lastmod> {text_of(lm)!r} for {loc} is not W3C Datetime")
    return problems


def cmd_site(args):
    out, site_root = args[0], args[1]
    require_entries = "--require-entries" in args[2:]
    with open(os.path.join(site_root, "site.toml"), "rb") as f:
        base_url = tomllib.load(f)["base_url"]
    rel = lambda p: os.path.relpath(p, out)

    # Atom asserts (T2, T3, T5, T6)
    for p in walk(out, {"atom.xml"}):
        report("atom-asserts", rel(p), check_atom(p))

    # Sitemap asserts (absolute https loc on the base_url host, W3C lastmod, files exist)
    sitemaps = walk(out, {"sitemap.xml"})
    if not sitemaps:
        report("sitemap-asserts", "sitemap.xml", ["missing"])
    for p in sitemaps:
        report("sitemap-asserts", rel(p), check_sitemap(p, out, base_url))

    # feedparser on every RSS/Atom feed
    import feedparser

    for p in walk(out, {"rss.xml", "atom.xml"}):
        problems = []
        d = feedparser.parse(p)
        if d.bozo:
            problems.append(f"bozo=1: {d.get('bozo_exception')!r}")
        if not d.get("version"):
            problems.append("feedparser did not recognise the feed format")
        is_site_feed = os.path.dirname(p) == os.path.normpath(out)
        if require_entries and is_site_feed and len(d.entries) == 0:
            problems.append("site feed has 0 entries")
        report("feedparser", rel(p), problems)

    # JSON Feed 1.1
    for p in walk(out, {"feed.json"}):
        problems = []
        try:
            with open(p, encoding="utf-8") as f:
                doc = json.load(f)
        except (ValueError, UnicodeDecodeError) as e:
            report("jsonfeed", rel(p), [f"does not parse: {e}"])
            continue
        if not isinstance(doc, dict):
            problems.append("top level is not an object")
        else:
            if doc.get("version") != JSONFEED_VERSION:
                problems.append(f"version is {doc.get('version')!r}, expected {JSONFEED_VERSION!r}")
            if not isinstance(doc.get("title"), str):
                problems.append("title missing or not a string")
            items = doc.get("items")
            if not isinstance(items, list):
                problems.append("items missing or not an array")
            else:
                is_site_feed = os.path.dirname(p) == os.path.normpath(out)
                if require_entries and is_site_feed and not items:
                    problems.append("site feed has 0 items")
                for i, it in enumerate(items, 1):
                    if not isinstance(it, dict) or not isinstance(it.get("id"), str) or not it.get("id"):
                        problems.append(f"item {i} has no string id")
                    elif not (isinstance(it.get("content_html"), str) or isinstance(it.get("content_text"), str)):
                        problems.append(f"item {i} ({it['id']}) has neither content_html nor content_text")
        report("jsonfeed", rel(p), problems)


def cmd_vnu(args):
    report_path, files = args[0], args[1:]
    with open(report_path, encoding="utf-8") as f:
        raw = f.read()
    try:
        msgs = json.loads(raw).get("messages", []) if raw.strip() else []
    except ValueError:
        print(f"FAIL vnu (report): vnu output is not JSON:\n{raw[:2000]}")
        return
    by_file = {}
    global_problems = []
    for m in msgs:
        if m.get("type") not in ("error", "non-document-error") and m.get("subType") != "fatal":
            continue
        url = m.get("url", "")
        path = unquote(url[len("file:"):]) if url.startswith("file:") else url
        path = os.path.normpath(path)
        line = m.get("lastLine") or m.get("firstLine") or "?"
        extract = (m.get("extract") or "").replace("\n", " ")[:120]
        msg = f"line {line}: {m.get('message', '').strip()}"
        if extract:
            msg += f"  [{extract}]"
        if path:
            by_file.setdefault(path, []).append(msg)
        else:
            global_problems.append(msg)
    for f in files:
        report("vnu", f, by_file.pop(os.path.normpath(os.path.abspath(f)), []))
    leftovers = global_problems + [f"{p}: {m}" for p, ms in by_file.items() for m in ms]
    if leftovers:
        report("vnu", "(unattributed)", leftovers)


def cmd_schemaorg(args):
    report_path, page, rc, page_path = args[0], args[1], int(args[2]), args[3]
    with open(report_path, encoding="utf-8") as f:
        raw = f.read()
    problems = []
    try:
        doc = json.loads(raw)
    except ValueError:
        doc = None
    if doc is not None:
        def walk_json(x):
            if isinstance(x, dict):
                sev = str(x.get("severity", x.get("level", ""))).lower()
                if sev == "error" and ("message" in x):
                    loc = x.get("path") or x.get("property") or x.get("type") or ""
                    problems.append(f"{loc}: {x['message']}" if loc else str(x["message"]))
                for v in x.values():
                    walk_json(v)
            elif isinstance(x, list):
                for v in x:
                    walk_json(v)

        walk_json(doc)
        problems = list(dict.fromkeys(problems))  # profile + type_results repeat diagnostics
    nodes = (doc or {}).get("extraction", {}).get("node_count") if isinstance(doc, dict) else None
    if nodes == 0 and not problems:
        # schemaorg-validate exits 1 when a page has no structured data at all.
        # Alias redirect pages (meta refresh + noindex) legitimately carry none;
        # every other page must have its JSON-LD block (SPEC 5).
        with open(page_path, encoding="utf-8", errors="replace") as f:
            head = f.read(4096).lower()
        if 'http-equiv="refresh"' in head:
            print(f"PASS schemaorg {page} (redirect page, no structured data)")
            return
        problems.append("no structured data found (every page needs its JSON-LD block)")
    elif rc != 0 and not problems:
        problems.append(f"exit code {rc}: {raw.strip()[:1500]}")
    report("schemaorg", page, problems)


if __name__ == "__main__":
    cmd, rest = sys.argv[1], sys.argv[2:]
    {"site": cmd_site, "vnu": cmd_vnu, "schemaorg": cmd_schemaorg}[cmd](rest)
