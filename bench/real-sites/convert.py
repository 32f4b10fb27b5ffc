#!/usr/bin/env python3
"""Convert a Jekyll, Hugo or Stackbit website into a carepress site, the way a
practice would move it by hand.

    convert.py SOURCE OUT [--id ID] [--base-url URL]

SOURCE is a bare git directory (e.g. a ../.mirror/OWNER+NAME/repo snapshot,
read at HEAD or at --commit) or a checked-out folder. OUT is created (and
replaced if it exists) with site.toml and content/.

What is moved:
- site.toml: base_url, title, description, practice name; the practice's
  own phone, fax, e-mail and street address ([practice]) and its further
  numbers, mailboxes and e-mail domains ([compliance] allow), gathered from
  the configuration, settings data files, site-wide templates (tel:/mailto:
  links, schema.org markup, collections a footer loops over) and the
  contact page, never from an article body (see harvest_own).
- Jekyll: _posts (and any */_posts) -> tips; _drafts -> tips with draft = true;
  collections and top folders named like team/staff/doctors/providers ->
  `team` bios; other collections -> a section of the same name; root pages
  and _pages -> pages; _data/<team-like>.yml -> one team bio per entry;
  _data/testimonials|reviews.yml -> one testimonial page per entry; other
  prose data files (faq, services, treatments, conditions, infos...) -> one
  page each.
- Hugo / Stackbit: content/** -> sections by their first folder (posts,
  blog, news, articles -> tips; team-like -> team; reviews, testimonials ->
  testimonials; anything else -> a `pages`-kind section of the same name);
  nested folders are flattened into the slug.
- Front matter: title, description, date, updated, tags (+ categories),
  slug, draft, weight; team pages also name, role, credentials, languages,
  specialties, education. Everything else goes under `extra` (unknown keys
  are errors in carepress). Images are not copied, so `image`/`image_alt`
  go under `extra` too.
- Bodies: Markdown kept as is; HTML kept as raw HTML; Liquid tags and
  output, Hugo shortcodes and kramdown attribute lists are stripped, except
  that a Jekyll loop over a list in the page's own front matter
  (`{% for t in page.testimonials %}`) is first written out once per entry.
- Also MkDocs, Statamic, Gatsby, Astro, Nuxt Content, Phenomic and Pelican
  sites, a Hugo project in a subfolder, and page-builder front matter
  (blocks of headings and text) moved into the body: see README.md,
  "Conversion".
"""
import argparse
import ast
import collections
import datetime as dt
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib

import yaml

TEAM_WORDS = {"team", "team-members", "team_members", "teammembers", "staff", "staff_members", "staff-members",
              "doctors", "doctor", "providers", "physicians", "dentists", "therapists", "members", "our-team",
              "practitioners", "clinicians", "specialists", "vrachi", "staff-bios", "staff_bios", "bios",
              "medewerkers", "medewerker"}
POST_WORDS = {"posts", "post", "blog", "articles", "article", "news", "stati", "statyi"}
TESTIMONIAL_WORDS = {"testimonials", "testimonial", "reviews", "review", "otzyvy", "testamonials"}
PROSE_DATA_WORDS = {"faq", "faqs", "services", "services-details", "treatments", "conditions", "infos", "info",
                    "about", "features", "procedures", "prices"}
# data files of patient stories / case studies (one entry per person): one page each
STORY_DATA_WORDS = {"stories", "story", "success-stories", "success_stories", "patient-stories", "patient_stories",
                    "case-studies", "case_studies", "casestudies"}
SKIP_DIRS = {"_layouts", "_includes", "_sass", "_site", "_plugins", "node_modules", "vendor", "assets", ".github",
             "static", "themes", "layouts", "archetypes", "public", "resources", "_design", "images", "img", "css",
             "js", "fonts", "data", "i18n", ".forestry", "hugo-bin", "scripts"}
SKIP_FILES = {"readme.md", "license.md", "licence.md", "changelog.md", "contributing.md", "404.html", "404.md",
              "claude.md", "code_of_conduct.md", "security.md"}
TEAM_KEYS_DROP = {"layout", "permalink", "template", "type", "output"}
TEXT_EXT = (".md", ".markdown", ".html", ".htm")
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")
# JavaScript site configurations and Vue/Astro components (site name, URL, footer contact details);
# Python files are extracted too (Pelican settings and the modules they import)
CONFIG_EXT = (".js", ".mjs", ".ts", ".vue", ".astro")


# ----------------------------------------------------------------- reading

def with_extra(out, fm, extra):
    """`out` with every remaining front-matter key (but dropped ones and
    empty values) kept under `extra`, as a person moving the site would."""
    for k, v in fm.items():
        if k in TEAM_KEYS_DROP or v is None:
            continue
        extra[k] = v
    if extra:
        out["extra"] = jsonable(extra)
    return out

def extract(source, commit, dest):
    """Copy the source tree into dest (from git when SOURCE is a git dir)."""
    if os.path.isdir(os.path.join(source, ".git")) or not os.path.exists(os.path.join(source, "objects")):
        shutil.copytree(source, dest, ignore=shutil.ignore_patterns(".git", "node_modules"))
        return None
    rev = commit or "HEAD"
    sha = subprocess.run(["git", "-C", source, "rev-parse", rev], capture_output=True, text=True, check=True).stdout.strip()
    # Blob by blob, text files only: a snapshot may lack its largest (binary) files.
    tree = subprocess.run(["git", "-C", source, "ls-tree", "-r", "-z", sha], capture_output=True, check=True).stdout
    wanted = []
    for entry in tree.split(b"\0"):
        if not entry:
            continue
        meta, path = entry.split(b"\t", 1)
        _mode, typ, oid = meta.split()
        path = path.decode("utf-8", errors="replace")
        if typ != b"blob" or "node_modules/" in path or not path.lower().endswith(TEXT_EXT + (".yml", ".yaml", ".toml", ".json") + IMAGE_EXT + CONFIG_EXT + (".py",)):
            continue
        wanted.append((oid.decode(), path))
    proc = subprocess.run(["git", "-C", source, "cat-file", "--batch"], input="".join(o + "\n" for o, _ in wanted).encode(),
                          capture_output=True, check=True)
    buf, pos = proc.stdout, 0
    for oid, path in wanted:
        nl = buf.index(b"\n", pos)
        header = buf[pos:nl].split()
        pos = nl + 1
        if len(header) < 3 or header[1] != b"blob":
            continue  # missing from the snapshot
        size = int(header[2])
        data = buf[pos:pos + size]
        pos += size + 1
        target = os.path.join(dest, path)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "wb") as f:
            f.write(data)
    return sha


def read_text(path):
    with open(path, "rb") as f:
        raw = f.read()
    return raw.decode("utf-8", errors="replace").lstrip("\ufeff")


def split_front_matter(text):
    """(front matter dict or None, body). Handles YAML ---, TOML +++ and JSON {."""
    if text.startswith("---"):
        m = re.match(r"---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(\r?\n|$)", text, re.S)
        if m is None:
            m2 = re.match(r"---[ \t]*\r?\n---[ \t]*(\r?\n|$)", text)
            if m2:
                return {}, text[m2.end():]
            return None, text
        try:
            fm = yaml.safe_load(m.group(1)) or {}
        except yaml.YAMLError:
            fm = lenient_yaml(m.group(1))
        return (fm if isinstance(fm, dict) else {}), text[m.end():]
    if text.startswith("+++"):
        m = re.match(r"\+\+\+[ \t]*\r?\n(.*?)\r?\n\+\+\+[ \t]*(\r?\n|$)", text, re.S)
        if m is None:
            return None, text
        try:
            return tomllib.loads(m.group(1)), text[m.end():]
        except tomllib.TOMLDecodeError:
            return {}, text[m.end():]
    if text.startswith("{"):
        dec = json.JSONDecoder()
        try:
            fm, end = dec.raw_decode(text)
            return fm, text[end:]
        except json.JSONDecodeError:
            return None, text
    return None, text


def lenient_yaml(text):
    """Key: value lines, for front matter YAML that PyYAML rejects."""
    out = {}
    for line in text.splitlines():
        m = re.match(r"([A-Za-z_][\w-]*)\s*:\s*(.*)$", line)
        if m:
            out[m.group(1)] = m.group(2).strip().strip("'\"")
    return out


def load_data_file(path):
    text = read_text(path)
    try:
        if path.endswith((".yml", ".yaml")):
            try:
                return yaml.safe_load(text)
            except yaml.YAMLError:
                if "\t" not in text:
                    raise
                # tabs used for alignment after a key (`wpm:\t\t200`): YAML
                # forbids them as indentation, Jekyll's parser accepts them
                return yaml.safe_load(text.replace("\t", "    "))
        if path.endswith(".json"):
            return json.loads(text)
        if path.endswith(".toml"):
            return tomllib.loads(text)
    except Exception:
        return None
    return None


# ----------------------------------------------------------------- cleaning
def strip_templates(body):
    body = re.sub(r"{%-?\s*comment\s*-?%}.*?{%-?\s*endcomment\s*-?%}", "", body, flags=re.S)
    body = re.sub(r"{%-?\s*(raw|endraw)\s*-?%}", "", body)
    body = re.sub(r"{%.*?%}", "", body, flags=re.S)
    body = re.sub(r"{{<\s*/?.*?>}}", "", body, flags=re.S)
    body = re.sub(r"{{%\s*/?.*?%}}", "", body, flags=re.S)
    body = re.sub(r"{{.*?}}", "", body, flags=re.S)
    body = re.sub(r"^\s*{:[^}\n]*}\s*$", "", body, flags=re.M)
    body = re.sub(r"{:\s*[.#][^}\n]*}", "", body)
    return body.strip() + "\n"


def jsonable(v):
    if isinstance(v, dict):
        return {str(k): jsonable(x) for k, x in v.items() if x is not None}
    if isinstance(v, (list, tuple)):
        return [jsonable(x) for x in v if x is not None]
    if isinstance(v, (dt.date, dt.datetime, dt.time)):
        return v.isoformat()
    if isinstance(v, (str, int, float, bool)):
        return v
    return str(v)


def norm_date(v):
    """A carepress date string, or None."""
    if v is None or v == "":
        return None
    if isinstance(v, dt.datetime):
        if v.tzinfo is None:
            return v.strftime("%Y-%m-%dT%H:%M:%S")
        return v.isoformat()
    if isinstance(v, dt.date):
        return v.isoformat()
    s = str(v).strip()
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?", s)
    if not m:
        return None
    y, mo, d, h, mi, se, tz = m.groups()
    try:
        dt.date(int(y), int(mo), int(d))
    except ValueError:
        return None
    date = f"{int(y):04d}-{int(mo):02d}-{int(d):02d}"
    if h is None:
        return date
    out = f"{date}T{int(h):02d}:{mi}:{se or '00'}"
    if tz:
        if tz != "Z" and ":" not in tz:
            tz = tz[:3] + ":" + tz[3:]
        out += tz
    return out


def slugify(s):
    s = s.lower()
    s = re.sub(r"^\d{4}-\d{2}-\d{2}-", "", s)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


def str_list(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [x for x in re.split(r"[,\s]+", v) if x] if "," not in v else [x.strip() for x in v.split(",") if x.strip()]
    if isinstance(v, (list, tuple)):
        return [str(x) for x in v if isinstance(x, (str, int, float)) and str(x).strip()]
    return []


def as_text(v):
    if v is None:
        return None
    if isinstance(v, str):
        return v.strip()
    if isinstance(v, (list, tuple)):
        parts = [as_text(x) for x in v]
        return ", ".join(p for p in parts if p)
    if isinstance(v, dict):
        for k in ("description", "text", "value", "title", "name"):
            if isinstance(v.get(k), str):
                return v[k].strip()
        return None
    return str(v)


# ----------------------------------------------------------------- mapping
def map_page(fm, kind, fallback_title, fallback_date=None, draft=False):
    """carepress front matter dict from a source front matter dict."""
    fm = dict(fm or {})
    out, extra = {}, {}
    title = fm.pop("title", None)
    name = fm.pop("name", None)
    if name is None and isinstance(fm.get("userName"), str) and fm["userName"].strip():
        name = fm.pop("userName")  # a review's display name (Astro review pages), shown as its signature
    seo = fm.get("seo") if isinstance(fm.get("seo"), dict) else {}
    if not isinstance(title, str) or not title.strip():
        title = name if isinstance(name, str) and name.strip() else (seo.get("title") or fallback_title)
    out["title"] = str(title).strip()
    desc = None
    for k in ("description", "excerpt", "summary", "meta_description", "subtitle", "bio_short"):
        if isinstance(fm.get(k), str) and fm[k].strip():
            desc = fm.pop(k).strip()
            break
    if desc is None and isinstance(seo.get("description"), str):
        desc = seo["description"].strip()
    if desc:
        out["description"] = " ".join(desc.split())
    date = norm_date(fm.pop("date", None))
    for k in ("pubDate", "publishDate", "published_at"):
        if date is None and k in fm:
            date = norm_date(fm.pop(k))
    date = date or fallback_date
    if date:
        out["date"] = date
    upd = None
    for k in ("lastmod", "last_modified_at", "updated", "modified"):
        if k in fm:
            upd = norm_date(fm.pop(k)) or upd
    if upd:
        out["updated"] = upd
    tags = str_list(fm.pop("tags", None)) + str_list(fm.pop("categories", None)) + str_list(fm.pop("category", None))
    # (a Jekyll category "Questions & Answers" splits into words: no tag of punctuation alone)
    tags = [t for t in dict.fromkeys(t.strip() for t in tags) if t and re.search(r"\w", t)]
    if tags:
        out["tags"] = tags
    if isinstance(fm.get("slug"), str) and slugify(fm["slug"]):
        out["slug"] = slugify(fm.pop("slug"))
    is_draft = draft or fm.pop("draft", False) is True or fm.pop("published", True) is False
    if "isVisible" in fm and fm["isVisible"] is False:
        fm.pop("isVisible")
        is_draft = True
    if is_draft:
        out["draft"] = True
    w = fm.pop("weight", None)
    if isinstance(w, int) and not isinstance(w, bool):
        out["weight"] = w
    if kind == "team":
        out["name"] = (name if isinstance(name, str) and name.strip() else out["title"]).strip()
        for k in ("role", "position", "job_title", "jobtitle", "specialty", "specialty_short", "speciality", "designation"):
            v = as_text(fm.get(k))
            if v:
                out["role"] = v
                fm.pop(k)
                break
        for k in ("credentials", "qualifications", "qualification", "degree", "degrees"):
            v = as_text(fm.get(k))
            if v:
                out["credentials"] = v
                fm.pop(k)
                break
        for k in ("languages", "specialties"):
            if k in fm and str_list(fm[k]):
                out[k] = str_list(fm.pop(k))
        if "education" in fm and isinstance(fm["education"], list) and all(isinstance(x, str) for x in fm["education"]):
            out["education"] = fm.pop("education")
    elif name is not None:
        extra["name"] = name
    return with_extra(out, fm, extra)


def dump_page(fm, body):
    text = yaml.safe_dump(fm, allow_unicode=True, sort_keys=False, default_flow_style=False, width=1000)
    return "---\n" + text + "---\n\n" + body


def kind_for(name):
    n = name.lower()
    if n in TEAM_WORDS:
        return "team"
    if n in POST_WORDS:
        return "tips"
    if n in TESTIMONIAL_WORDS:
        return "testimonials"
    return "pages"


def section_name(name):
    k = kind_for(name)
    if k == "team":
        return "team"
    if k == "tips":
        return "tips"
    if k == "testimonials":
        return "testimonials"
    s = slugify(name)
    return s or "pages"


class Site:
    def __init__(self, out):
        self.out = out
        self.pages = {}      # section -> {slug: (fm, body)}
        self.sections = {}   # section -> (fm, body)
        self.home = None
        self.src_dates = {}
        self.assets = {}

    def add(self, section, slug, fm, body, assets=None):
        slug = slugify(slug) or "page"
        sec = self.pages.setdefault(section, {})
        base, n = slug, 2
        while slug in sec:
            slug = f"{base}-{n}"
            n += 1
        sec[slug] = (fm, body)
        if assets:
            self.assets[(section, slug)] = assets  # [(source file, path beside the page)]

    def write(self):
        content = os.path.join(self.out, "content")
        os.makedirs(content, exist_ok=True)
        home_fm, home_body = self.home or ({"title": "Home"}, "")
        with open(os.path.join(content, "_index.md"), "w", encoding="utf-8") as f:
            f.write(dump_page(home_fm, home_body))
        written = 1 if home_body.strip() else 0
        for section in self.sections:
            self.pages.setdefault(section, {})
        for section, pages in sorted(self.pages.items()):
            d = os.path.join(content, section)
            os.makedirs(d, exist_ok=True)
            kind = kind_for(section) if section in ("team", "tips", "testimonials") else "pages"
            sfm, sbody = self.sections.get(section, ({}, ""))
            sfm = dict(sfm)
            sfm.setdefault("title", section.replace("-", " ").title())
            sfm["kind"] = kind
            if kind == "tips" and any("date" not in fm for fm, _ in pages.values()):
                sfm["sort_by"] = "title"
            with open(os.path.join(d, "_index.md"), "w", encoding="utf-8") as f:
                f.write(dump_page(sfm, sbody))
            written += 1 if sbody.strip() else 0
            for slug, (fm, body) in sorted(pages.items()):
                # carepress needs a date on testimonials (they are dated posts);
                # an undated one is dated by the snapshot commit, as data entries are,
                # so that the page loads and its text reaches the guard
                if kind == "testimonials" and "date" not in fm and SNAPSHOT_DATE:
                    fm = dict(fm, date=SNAPSHOT_DATE)
                assets = self.assets.get((section, slug))
                if assets:
                    # a page bundle: its images beside it, where its relative links expect them
                    path = os.path.join(d, slug, "index.md")
                    for src, rel in assets:
                        os.makedirs(os.path.dirname(os.path.join(d, slug, rel)), exist_ok=True)
                        shutil.copyfile(src, os.path.join(d, slug, rel))
                else:
                    path = os.path.join(d, slug + ".md")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(dump_page(fm, body))
                written += 1
        return written


def map_section_fm(fm):
    fm = dict(fm or {})
    out, extra = {}, {}
    if isinstance(fm.get("title"), str):
        out["title"] = fm.pop("title")
    if isinstance(fm.get("description"), str):
        out["description"] = " ".join(fm.pop("description").split())
    return with_extra(out, fm, extra)


# ----------------------------------------------------------------- data files
def data_items(data):
    if isinstance(data, dict):
        for k in ("items", "doctors", "team", "members", "staff", "testimonials", "reviews", "faq", "faqs", "list",
                  "entries", "services", "treatments", "conditions", "selections", "team_members"):
            if isinstance(data.get(k), list):
                return data[k]
        if all(isinstance(v, dict) for v in data.values()):
            return [dict(v, id=k) for k, v in data.items()]
        return [data]
    if isinstance(data, list):
        return [x for x in data if isinstance(x, dict)]
    return []


def long_text(item, keys):
    for k in keys:
        v = item.get(k)
        if isinstance(v, str) and v.strip():
            return v.strip()
        if isinstance(v, list) and v and all(isinstance(x, str) for x in v):
            return "\n\n".join(x.strip() for x in v)
    return None


def data_team(site, items):
    for it in items:
        name = as_text(it.get("name")) or as_text(it.get("title"))
        if not name:
            continue
        body = long_text(it, ("bio_full", "bio", "about", "content", "description", "body", "introduction", "intro",
                              "doctor_introduction", "details", "summary", "bio_html")) or ""
        fm = dict(it)
        for k in ("bio_full", "bio", "about", "content", "body", "introduction", "intro", "details", "bio_html"):
            fm.pop(k, None)
        if "title" in fm and "role" not in fm and fm.get("title") != name:
            fm["role"] = fm.pop("title")
        fm["name"] = name
        fm["title"] = name
        site.add("team", it.get("id") or it.get("slug") or name, map_page(fm, "team", name), strip_templates(body))


SNAPSHOT_DATE = None  # commit date of the snapshot (YYYY-MM-DD), set in main() when read from git


TESTIMONIAL_KEY_PREFIXES = ("testimonial_", "review_", "reviewer_", "quote_", "client_", "patient_")


def unprefixed(item):
    """A data entry whose keys repeat the entry's kind (`testimonial_html`,
    `testimonial_name`, `review_text`, `client_name`) also answers to the
    plain key (`html`, `name`, `text`) when the entry has no such key."""
    out = dict(item)
    for k, v in item.items():
        for p in TESTIMONIAL_KEY_PREFIXES:
            if isinstance(k, str) and k.startswith(p) and k[len(p):] and k[len(p):] not in out:
                out[k[len(p):]] = v
    return out


def html_paragraphs(text):
    """`<p>…</p><p>…</p>` as Markdown paragraphs (a quote kept as HTML in a data file)."""
    text = re.sub(r"\s*</p>\s*<p[^>]*>\s*", "\n\n", text.strip())
    text = re.sub(r"^<p[^>]*>\s*|\s*</p>$", "", text)
    return "\n\n".join(" ".join(p.split()) for p in text.split("\n\n"))


def data_testimonials(site, items, stem):
    for i, it in enumerate(items, 1):
        quote = long_text(it, ("quote", "text", "content", "testimonial", "review", "description", "body", "message"))
        if not quote:
            it = unprefixed(it)
            quote = long_text(it, ("quote", "text", "content", "testimonial", "review", "description", "body",
                                   "message", "html"))
            if quote and quote.lstrip().startswith("<p"):
                quote = html_paragraphs(quote)
        if not quote:
            continue
        who = ", ".join(x for x in (as_text(it.get("name")) or as_text(it.get("author")) or as_text(it.get("source")),
                                    as_text(it.get("title")) or as_text(it.get("role"))) if x)
        body = "\n".join("> " + line if line else ">" for line in quote.splitlines()) + "\n"
        if who:
            body += ">\n> -- " + who + "\n"
        fm = {"title": f"Patient testimonial {i}"}
        if norm_date(it.get("date")):
            fm["date"] = norm_date(it.get("date"))
        elif SNAPSHOT_DATE:
            fm["date"] = SNAPSHOT_DATE  # undated data entries: dated by the snapshot commit (their last edit at most)
        site.add("testimonials", f"{stem}-{i}", fm, body)


def data_stories(site, items, stem):
    """Patient stories / case studies kept as data (`- author: Name` +
    `story:` paragraphs), shown by a page that loops over them: one page each,
    titled by its title, name or author, the story as its body."""
    for i, it in enumerate(items, 1):
        body = long_text(it, ("story", "content", "text", "body", "description", "summary"))
        if not body:
            continue
        title = as_text(it.get("title")) or as_text(it.get("name")) or as_text(it.get("author")) or f"Story {i}"
        site.add("stories", f"{stem}-{i}", {"title": title}, strip_templates(body))


def data_prose(site, items, stem, title):
    lines = []
    for it in items:
        head = as_text(it.get("title")) or as_text(it.get("name")) or as_text(it.get("question")) or as_text(it.get("q"))
        if head:
            lines.append(f"## {head}\n")
        for k, v in it.items():
            if k in ("title", "name", "question", "q", "icon", "image", "img", "url", "link", "id", "slug", "weight", "order", "color", "class"):
                continue
            t = as_text(v) if not isinstance(v, dict) else None
            if t and len(t) > 2 and not re.match(r"^(https?:|/|#)", t):
                lines.append(t + "\n")
    if lines:
        site.add("pages", stem, {"title": title}, strip_templates("\n".join(lines)))


# ----------------------------------------------------------------- site config
# The practice's own contact details, gathered the way a person moving the
# site would: from the configuration and site-wide data files, the literal
# values in templates (includes, partials, layouts: footer, header, contact
# blocks, schema.org markup), the collections a footer loops over (e.g.
# locations) and the contact page. Never from an article body.
def find_key(obj, names, depth=0):
    if depth > 3:
        return None
    if isinstance(obj, dict):
        for k, v in obj.items():
            if str(k).lower() in names and isinstance(v, (str, int)) and str(v).strip():
                return str(v).strip()
        for v in obj.values():
            r = find_key(v, names, depth + 1)
            if r:
                return r
    return None


PHONE_KEY = re.compile(r"(phone|telephone|telefon|tel|mobile|mobil|cell|whatsapp|hotline|emergency|call)", re.I)
FAX_KEY = re.compile(r"fax", re.I)
EMAIL_KEY = re.compile(r"(^|[-_ ])(e-?mail|mail)(\d*|[-_ ].*)$|^email", re.I)
ADDRESS_KEY = re.compile(r"(address|adresse|anschrift|street|strasse|straße)", re.I)
NOT_CONTACT_KEY = re.compile(r"(image|img|icon|path|url|link|label|title|alt|class|style|enabled|show|hide|text)$", re.I)
# data files that hold site-wide settings rather than content
SETTINGS_DATA = re.compile(r"^(contact|contacts|site|settings|config|general|info|practice|clinic|business|company|"
                           r"footer|header|kontakt|praxis|params|metadata|meta|global|organization|organisation)$", re.I)
CONTACT_PAGE = re.compile(r"^(contact|contacts|contact-us|contactus|get-in-touch|kontakt|kontakte|contacto|contato|"
                          r"contatti|contactez-nous|contacts-page|kontakty)$", re.I)
SITEWIDE_TEMPLATE = re.compile(r"(footer|header|nav|contact|call|info|sidebar|top|bottom|floating|baseof|default|head)", re.I)
FREEMAIL = {"gmail.com", "googlemail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "icloud.com",
            "me.com", "aol.com", "gmx.de", "gmx.net", "web.de", "t-online.de", "mail.ru", "yandex.ru", "ya.ru",
            "bk.ru", "list.ru", "inbox.ru", "rambler.ru", "naver.com", "daum.net", "hanmail.net", "proton.me",
            "protonmail.com", "qq.com", "163.com", "rediffmail.com", "hotmail.co.uk", "hotmail.fr", "yahoo.co.uk",
            "yahoo.fr", "outlook.fr", "live.co.uk", "btinternet.com", "orange.fr", "free.fr", "wanadoo.fr",
            "laposte.net", "libero.it", "ziggo.nl", "kpnmail.nl", "bigpond.com"}
EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}(?![\w-])")
# a written phone number: 7-15 digits with separators (+, spaces, dashes, dots, parentheses)
PHONE_RE = re.compile(r"(?<![\w/=.#-])(?:\+|00)?\(?\d[\d \u00a0().\-/]{5,22}\d(?![\w-])")
PHONE_LABEL = re.compile(r"(phone|telephone|tel\.?|telefon|mobil\w*|cell|whatsapp|fax|telefax|hotline|call us|"
                         r"телефон|тел\.?|전화)\s*[:：]?\s*$", re.I)


def digits(s):
    return re.sub(r"\D", "", s)


def phone_like(s, need_sep=True):
    """A phone number as written (not a date, price, year range or ID)."""
    s = s.strip()
    d = digits(s)
    if not 7 <= len(d) <= 15:
        return False
    if re.fullmatch(r"\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}", s):
        return False  # a date
    if re.fullmatch(r"\d{4}\s*[-–]\s*\d{4}", s):
        return False  # a year range
    if need_sep and not re.search(r"[ \u00a0().\-/+]", s):
        return False  # a bare run of digits is more often an ID than a number written for people
    return True


def same_number(a, b):
    """The same number written in another format: trunk prefix vs country
    code (0…/+49…, 8…/+7…, 1-303/303). Used only to avoid listing one number
    twice; telling such variants apart is the guard's job."""
    def core(x):
        d = digits(x)
        if x.strip().startswith("00"):
            d = d[2:]
        if d.startswith("0"):
            d = d[1:]
        elif len(d) == 11 and d[0] in "18" and not x.strip().startswith("+"):
            d = d[1:]
        return d
    x, y = core(a), core(b)
    if min(len(x), len(y)) < 7:
        return digits(a) == digits(b)
    return x.endswith(y) or y.endswith(x)


class Own:
    """The practice's own contact details, in the order found (first wins)."""

    def __init__(self):
        self.phones, self.faxes, self.emails, self.addresses, self.domains = [], [], [], [], []
        self.sources = []

    def _seen_number(self, v):
        return any(same_number(v, x) for x in self.phones + self.faxes)

    def phone(self, v, where, fax=False):
        v = " ".join(str(v).replace("\u00a0", " ").split()).strip(" ,;:|")
        v = re.sub(r"^(tel|phone|fax)[:.]?\s*", "", v, flags=re.I)
        if not phone_like(v, need_sep=False) or self._seen_number(v):
            return
        (self.faxes if fax else self.phones).append(v)
        self.sources.append((("fax" if fax else "phone"), where))

    def email(self, v, where):
        v = str(v).strip().strip("<>").split("?")[0]
        if v.lower().startswith("mailto:"):
            v = v[7:]
        if not EMAIL_RE.fullmatch(v):
            return
        low = v.lower()
        dom = low.split("@")[1]
        if dom in ("example.com", "example.org", "example.net", "domain.com", "email.com", "yourdomain.com") \
                or dom.endswith((".example", ".test", ".invalid")) or low.startswith(("your-", "your_", "you@", "name@")):
            return  # a theme's placeholder
        if low not in (e.lower() for e in self.emails):
            self.emails.append(v)
            self.sources.append(("email", where))
        if dom not in FREEMAIL and dom not in self.domains:
            self.domains.append(dom)

    def address(self, v, where):
        if isinstance(v, str) and v.strip() and "@" not in v and not re.match(r"https?:", v.strip()):
            self.addresses.append(v.strip())
            self.sources.append(("address", where))


def harvest_config(obj, own, where, depth=0):
    """Contact keys anywhere in a configuration / settings data tree."""
    if depth > 5:
        return
    if isinstance(obj, list):
        for v in obj:
            harvest_config(v, own, where, depth + 1)
        return
    if not isinstance(obj, dict):
        return
    addr_parts = {}
    for k, v in obj.items():
        ks = str(k)
        if isinstance(v, (dict, list)):
            if ADDRESS_KEY.search(ks) and isinstance(v, dict):
                # schema.org-like parts (a list of street lines too), not its map link, coordinates or icon
                flat = ", ".join(", ".join(str(y) for y in x if isinstance(y, (str, int))) if isinstance(x, list) else str(x)
                                 for kk, x in v.items()
                                 if (isinstance(x, (str, int)) or (isinstance(x, list) and x and all(isinstance(y, (str, int)) for y in x)))
                                 and str(x).strip() and not re.search(r"(url|link|map|geo|icon|lat|lng|lon)", str(kk), re.I))
                if flat:
                    own.address(flat, where)
            harvest_config(v, own, where, depth + 1)
            continue
        if not isinstance(v, (str, int)) or not str(v).strip():
            continue
        s = str(v).strip()
        if re.match(r"(?i)tel:", s):
            own.phone(s[4:], where)
            continue
        if re.match(r"(?i)mailto:", s):
            own.email(s, where)
            continue
        if NOT_CONTACT_KEY.search(ks) and not re.fullmatch(r"[+\d \u00a0().\-/]+", s):
            continue
        if FAX_KEY.search(ks):
            own.phone(s, where, fax=True)
        elif EMAIL_KEY.search(ks) and "@" in s:
            own.email(s, where)
        elif PHONE_KEY.search(ks) and sum(ch.isdigit() for ch in s) >= 6:
            own.phone(s, where)
        elif ADDRESS_KEY.search(ks) or re.search(r"(city|zip|postal|plz|ort|state|region|locality)", ks, re.I):
            addr_parts[ks] = s
        elif "@" in s and EMAIL_RE.fullmatch(s) and re.search(r"(contact|kontakt|info|owner|author)", ks, re.I):
            own.email(s, where)
        elif ks.lower() in ("label", "text", "title", "value", "content") and phone_like(s) \
                and re.fullmatch(r"[+\d \u00a0().\-/]+", s):
            own.phone(s, where)  # a number shown as a header/footer button
    if addr_parts:
        streets = [v for k, v in addr_parts.items() if ADDRESS_KEY.search(k) and not re.search(r"display", k, re.I)]
        displays = [v for k, v in addr_parts.items() if re.search(r"display", k, re.I)]
        rest = [v for k, v in addr_parts.items() if not ADDRESS_KEY.search(k)]
        if displays:
            own.address(displays[0], where)
        elif streets:
            own.address(", ".join(streets + rest), where)


def strip_markup(text):
    text = re.sub(r"<script[^>]*>.*?</script>", " ", text, flags=re.S | re.I)
    text = re.sub(r"<style[^>]*>.*?</style>", " ", text, flags=re.S | re.I)
    text = re.sub(r"{%.*?%}|{{.*?}}", " ", text, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", text)
    return text


def harvest_markup(text, own, where, free_text):
    """Literal tel:/mailto: links, schema.org values (JSON-LD, microdata) and,
    when free_text (a contact page, a footer), labelled numbers and e-mails."""
    for m in re.finditer(r"""href\s*=\s*["']?\s*tel:([^"'>{}\s][^"'>{}]*)""", text, re.I):
        own.phone(m.group(1), where)
    for m in re.finditer(r"""href\s*=\s*["']?\s*mailto:([^"'>{}\s?]+)""", text, re.I):
        own.email(m.group(1), where)
    for m in re.finditer(r"\]\(\s*tel:([^)\s]+)\)", text):
        own.phone(m.group(1), where)
    for m in re.finditer(r"\]\(\s*mailto:([^)\s?]+)", text):
        own.email(m.group(1), where)
    for m in re.finditer(r'"(telephone|faxNumber|email)"\s*:\s*"([^"{}]+)"', text):
        k, v = m.groups()
        if k == "email":
            own.email(v, where)
        else:
            own.phone(v, where, fax=(k == "faxNumber"))
    for m in re.finditer(r'"streetAddress"\s*:\s*"([^"{}]+)"(.{0,400})', text, re.S):
        tail = m.group(2)
        parts = [m.group(1)]
        for k in ("addressLocality", "addressRegion", "postalCode"):
            mm = re.search(r'"%s"\s*:\s*"([^"{}]+)"' % k, tail)
            if mm:
                parts.append(mm.group(1))
        own.address(", ".join(parts), where)
    for m in re.finditer(r"""itemprop\s*=\s*["'](telephone|faxNumber|email)["'][^>]*?(?:content\s*=\s*["']([^"'{}]+)["'])?[^>]*>([^<{}]*)""", text, re.I):
        k, content, inner = m.groups()
        v = (content or inner or "").strip()
        if v:
            own.email(v, where) if k.lower() == "email" else own.phone(v, where, fax=(k == "faxNumber"))
    if not free_text:
        return
    plain = strip_markup(text)
    for m in EMAIL_RE.finditer(plain):
        own.email(m.group(0), where)
    for line in plain.splitlines():
        for m in PHONE_RE.finditer(line):
            v = m.group(0)
            before = line[:m.start()]
            labelled = PHONE_LABEL.search(re.sub(r"[*_#>\-–|]+", " ", before).rstrip()[-30:] + "")
            if phone_like(v) and not re.search(r"[₽$€£]|руб|rub|eur|usd|inn|инн|iban|ust|steuer", line[m.end():m.end() + 6] + before[-12:], re.I):
                is_fax = bool(re.search(r"fax", before[-30:], re.I))
                if labelled or v.strip().startswith(("+", "(")) or re.search(r"\d[ \u00a0.\-]\d", v):
                    own.phone(v, where, fax=is_fax)


def template_files(tmp):
    """Site-wide templates: Jekyll _includes/_layouts, Hugo layouts and theme layouts."""
    out = []
    roots = [os.path.join(tmp, d) for d in ("_includes", "_layouts", "layouts")]
    themes = os.path.join(tmp, "themes")
    if os.path.isdir(themes):
        roots += [os.path.join(themes, t, "layouts") for t in sorted(os.listdir(themes))]
    # Statamic/Laravel views; Vue (Nuxt) and Astro components and layouts
    roots += [os.path.join(tmp, d) for d in ("resources/views", "components", "src/components", "src/layouts")]
    for r in roots:
        for root, _dirs, files in os.walk(r):
            for fn in sorted(files):
                if fn.lower().endswith((".html", ".htm", ".liquid", ".vue", ".astro")):
                    out.append(os.path.join(root, fn))
    # footers, headers and base layouts first: their numbers are the main ones
    return sorted(out, key=lambda p: (0 if re.search(r"footer|header|contact|call", os.path.basename(p), re.I) else
                                      1 if SITEWIDE_TEMPLATE.search(os.path.basename(p)) else 2, p))


def collection_docs(tmp, name):
    d = os.path.join(tmp, "_" + name)
    docs = []
    if os.path.isdir(d):
        for fn in sorted(os.listdir(d)):
            if fn.lower().endswith(TEXT_EXT):
                fm, _ = split_front_matter(read_text(os.path.join(d, fn)))
                if isinstance(fm, dict):
                    docs.append(fm)
    return docs


def contact_pages(tmp, gen):
    roots = [os.path.join(tmp, "content")] if gen != "jekyll" else [tmp]
    out = []
    for base in roots:
        for root, dirs, files in os.walk(base):
            dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith(".") and d not in ("_posts", "_drafts")]
            for fn in files:
                if not fn.lower().endswith(TEXT_EXT):
                    continue
                stem = os.path.splitext(fn)[0]
                name = os.path.basename(root) if stem in ("index", "_index") else stem
                fm = None
                if not CONTACT_PAGE.match(name.lstrip("_")):
                    fm, _ = split_front_matter(read_text(os.path.join(root, fn)))
                    link = str((fm or {}).get("permalink") or (fm or {}).get("url") or "")
                    if not CONTACT_PAGE.match(link.strip("/").split("/")[-1] if link else ""):
                        continue
                out.append(os.path.join(root, fn))
    return sorted(out)


def harvest_own(tmp, gen, cfg, data_cfgs):
    own = Own()
    harvest_config(cfg, own, "config")
    for name, d in data_cfgs:
        harvest_config(d, own, name)
    for path in template_files(tmp):
        # Go template comments ({{/* an example */}}) are not rendered
        text = re.sub(r"{{-?\s*/\*.*?\*/\s*-?}}", " ", read_text(path), flags=re.S)
        rel = os.path.relpath(path, tmp)
        harvest_markup(text, own, rel, free_text=bool(re.search(r"footer|contact", os.path.basename(path), re.I)))
        # a footer/header that loops over a collection of the practice's
        # offices: the contact fields it prints come from those documents
        if SITEWIDE_TEMPLATE.search(os.path.basename(path)):
            for m in re.finditer(r"{%-?\s*for\s+(\w+)\s+in\s+site\.(\w+)\s*-?%}(.*?){%-?\s*endfor", text, re.S):
                var, coll, loop = m.groups()
                fields = set(re.findall(r"\b%s\.([\w-]+)" % re.escape(var), loop))
                if any(PHONE_KEY.search(f) or EMAIL_KEY.search(f) or FAX_KEY.search(f) for f in fields):
                    for fm in collection_docs(tmp, coll):
                        harvest_config({k: v for k, v in fm.items() if k in fields}, own, f"_{coll} (looped in {rel})")
    if gen == "next":
        # a Next.js site's footer, navigation (schema.org JSON-LD) and contact page are React components
        for path in next_components(tmp):
            rel = os.path.relpath(path, tmp)
            harvest_markup(read_text(path), own, rel, free_text=bool(re.search(r"footer|contact", os.path.basename(path), re.I)))
    for path in contact_pages(tmp, gen):
        fm, body = split_front_matter(read_text(path))
        rel = os.path.relpath(path, tmp)
        if isinstance(fm, dict):
            harvest_config(fm, own, rel)
        harvest_markup(body, own, rel, free_text=True)
    return own


def parse_address(s):
    s = re.sub(r"<br\s*/?>|\r?\n", ",", s)
    parts = [p.strip() for p in s.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    if len(parts) >= 3 and not re.search(r"\d", parts[0]) and re.fullmatch(r"\d+\s?[a-zA-Z]?", parts[1]):
        parts[0:2] = [parts[0] + " " + parts[1]]  # "Street, 1, 1070 City": the house number after the street
    if not re.search(r"\d", parts[0]) and re.search(r"\d", parts[1]):
        parts[0], parts[1] = parts[1], parts[0]  # "City, Street 1"
    street, i = parts[0], 1
    while i < len(parts) - 1 and re.match(r"(?i)^(suite|ste\.?|apt|unit|floor|fl\.|office|room|#|building|bldg|\d+\s*(층|f\b|floor|og|etage))", parts[i]):
        street += ", " + parts[i]
        i += 1
    if i >= len(parts) and re.match(r"(?i)^\d+\s*(층|f\b|floor)", parts[-1]):
        street = parts[0]
        i = len(parts) - 1
    rest = " ".join(parts[i:])
    addr = {"street": street}
    z = re.search(r"\b(\d{5}(?:-\d{4})?)\b", rest)
    r = re.search(r"\b([A-Z]{2})\b", rest)
    city = rest
    if z:
        city = city.replace(z.group(1), " ")
    if r:
        city = re.sub(r"\b%s\b" % r.group(1), " ", city)
    city = " ".join(city.replace(",", " ").split())
    addr["city"] = city or rest
    if r:
        addr["region"] = r.group(1)
    if z:
        addr["postal_code"] = z.group(1)
    return addr


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_site_toml(out, cfg, base_url, lang, own):
    title = find_key({"t": cfg.get("title")}, {"t"}) or find_key(cfg, {"title", "name"}) or "Practice"
    title = " ".join(str(title).split())
    desc = cfg.get("description") if isinstance(cfg.get("description"), str) else ""
    lines = [f"base_url = {toml_str(base_url)}", f"title = {toml_str(title)}"]
    if desc:
        lines.append(f"description = {toml_str(' '.join(desc.split()))}")
    lines.append(f"language = {toml_str(lang)}")
    lines += ["", "[practice]", f"name = {toml_str(title)}"]
    phone = own.phones[0] if own.phones else None
    fax = own.faxes[0] if own.faxes else None
    email = own.emails[0] if own.emails else None
    if phone:
        lines.append(f"phone = {toml_str(phone)}")
    if fax:
        lines.append(f"fax = {toml_str(fax)}")
    if email:
        lines.append(f"email = {toml_str(email)}")
    addr = None
    for a in own.addresses:
        addr = parse_address(a)
        if addr:
            break
    if addr:
        inner = ", ".join(f"{k} = {toml_str(v)}" for k, v in addr.items())
        lines.append(f"address = {{ {inner} }}")
    # The practice's further numbers and mailboxes (second office line, fax,
    # WhatsApp, other addresses) and its own e-mail domains go to the
    # allowlist, as a person moving the site would put them there.
    host = re.sub(r"^https?://(www\.)?", "", base_url).split("/")[0].lower()
    allow = [v for v in own.phones[1:] + own.faxes[1:] + own.emails[1:]]
    allow += [d for d in own.domains if d != host and not host.endswith("." + d)]
    lines += ["", "[compliance]", 'phi = "error"']
    if allow:
        lines.append("allow = [" + ", ".join(toml_str(x) for x in allow) + "]")
    lines.append("")
    with open(os.path.join(out, "site.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def own_domain(tmp, title):
    """The practice's domain when the configuration has no URL: a CNAME file,
    or a host used in the site's own links whose name is the practice's name."""
    p = os.path.join(tmp, "CNAME")
    if os.path.isfile(p):
        h = read_text(p).strip().split()[0] if read_text(p).strip() else ""
        if "." in h:
            return h
    want = re.sub(r"[^a-z0-9]", "", (title or "").lower())
    if len(want) < 6:
        return None
    hosts = collections.Counter()
    for root, dirs, files in os.walk(tmp):
        dirs[:] = [d for d in dirs if d not in ("node_modules", ".git", "public", "_site", "resources")]
        for fn in files:
            if fn.lower().endswith(TEXT_EXT + (".yml", ".yaml", ".toml", ".json")):
                for h in re.findall(r"https?://([A-Za-z0-9.-]+)", read_text(os.path.join(root, fn))):
                    hosts[h.lower()] += 1
    for h, _n in hosts.most_common():
        label = re.sub(r"^www\.", "", h).split(".")[0]
        if re.sub(r"[^a-z0-9]", "", label) == want:
            return h
    return None


def copy_images(tmp, out, gen, cfg=None):
    """Images go to static/ where the pages expect them (Jekyll: site root,
    a collection with `output: true` at its name without the underscore;
    Hugo: static/)."""
    colls = (cfg or {}).get("collections") if gen == "jekyll" else None
    published = {"_" + str(k) for k, v in colls.items() if isinstance(v, dict) and v.get("output") is True} \
        if isinstance(colls, dict) else set()
    roots = [(os.path.join(tmp, "static"), "")] if gen != "jekyll" else [(tmp, "")]
    if gen in ("astro", "nuxt", "statamic"):
        roots.append((os.path.join(tmp, "public"), ""))  # served from the site root
    if gen == "mkdocs":
        roots.append((os.path.join(tmp, "docs"), ""))
    if gen not in ("jekyll", "mkdocs"):
        # Hugo publishes files kept under content/ at the same path (content/uploads/x.jpg -> /uploads/x.jpg)
        roots.append((os.path.join(tmp, "content"), ""))
    for base, _ in roots:
        if not os.path.isdir(base):
            continue
        for root, dirs, files in os.walk(base):
            if gen != "jekyll" and root == base and base.endswith(os.sep + "content"):
                dirs[:] = [d for d in dirs if d in ("uploads", "images", "img", "media", "assets", "i")]
            dirs[:] = [d for d in dirs if d not in ("_site", "node_modules", ".git")]
            for fn in files:
                if fn.lower().endswith(IMAGE_EXT):
                    if fn.lower().endswith(".svg") and svg_font(os.path.join(root, fn)):
                        continue  # an icon font shipped as SVG, not an image
                    rel = os.path.relpath(os.path.join(root, fn), base)
                    top = rel.split(os.sep)[0]
                    if top in published and top[1:] not in ("posts", "drafts"):
                        rel = os.path.join(top[1:], *rel.split(os.sep)[1:])
                    target = os.path.join(out, "static", rel)
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    shutil.copyfile(os.path.join(root, fn), target)


def svg_font(path):
    """An SVG font (`<font>` glyphs, no drawing size), as icon fonts ship."""
    head = read_text(path)[:4000]
    return bool(re.search(r"<font[\s>]", head)) and not re.search(r"<svg[^>]*\b(viewBox|width)\s*=", head)


def git_date(source, sha, rel):
    if not sha:
        return None
    r = subprocess.run(["git", "-C", source, "log", "-1", "--format=%cs", sha, "--", rel], capture_output=True, text=True)
    return r.stdout.strip() or None


# ----------------------------------------------------------------- generators
PAGE_LOOP = re.compile(r"{%-?\s*for\s+(\w+)\s+in\s+page\.(\w+)[^%]*-?%}(.*?){%-?\s*endfor\s*-?%}", re.S)


def unroll_page_loops(fm, body):
    """A Jekyll page whose body loops over a list in its own front matter
    (`{% for t in page.testimonials %}<p>{{ t.text }}</p>{% endfor %}`)
    publishes those entries: the loop is written out once per entry with the
    entry's values, as the page shows them. Returns (front matter without the
    lists so written out, body)."""
    used = set()

    def one(m):
        var, key, tpl = m.group(1), m.group(2), m.group(3)
        items = fm.get(key) if isinstance(fm, dict) else None
        if not isinstance(items, list) or not items or not all(isinstance(it, dict) for it in items):
            return m.group(0)
        used.add(key)
        out = []
        for it in items:
            def val(v):
                x = it.get(v.group(1))
                return "" if x is None or isinstance(x, (dict, list)) else str(x).strip()
            out.append(re.sub(r"{{-?\s*" + var + r"\.(\w+)[^}]*-?}}", val, tpl))
        return "".join(out)

    body = PAGE_LOOP.sub(one, body)
    if used:
        fm = {k: v for k, v in fm.items() if k not in used}
    return fm, body


def convert_jekyll(src, site, cfg, source, sha):
    collections = cfg.get("collections") or {}
    if isinstance(collections, list):
        collections = {c: {} for c in collections}
    for root, dirs, files in os.walk(src):
        rel_root = os.path.relpath(root, src)
        parts = [] if rel_root == "." else rel_root.split(os.sep)
        dirs[:] = [d for d in dirs if d not in SKIP_DIRS and not d.startswith(".") and d != "_data"]
        for fn in files:
            if not fn.lower().endswith(TEXT_EXT) or fn.lower() in SKIP_FILES:
                continue
            rel = os.path.join(*parts, fn) if parts else fn
            fm, body = split_front_matter(read_text(os.path.join(root, fn)))
            if fm is None:
                continue  # Jekyll only renders files with front matter
            fm, body = unroll_page_loops(fm, body)
            stem = os.path.splitext(fn)[0]
            draft = "_drafts" in parts
            if "_posts" in parts or draft:
                m = re.match(r"(\d{4}-\d{2}-\d{2})-", fn)
                fallback = m.group(1) if m else git_date(source, sha, rel)
                site.add("tips", stem, map_page(fm, "tips", stem.replace("-", " "), fallback, draft), strip_templates(body))
                continue
            top = parts[0] if parts else ""
            coll = top[1:] if top.startswith("_") else top
            if top == "" and stem == "index":
                if strip_templates(body).strip():
                    site.home = (map_section_fm(fm) or {"title": "Home"}, strip_templates(body))
                    site.home[0].setdefault("title", "Home")
                continue
            if top == "_pages" or top == "":
                section = "pages"
            else:
                section = section_name(coll)
            kind = "team" if section == "team" else ("tips" if section == "tips" else "pages")
            fallback = git_date(source, sha, rel) if kind == "tips" else None
            slug = "-".join([p for p in parts[1:]] + [stem]) if stem != "index" else ("-".join(parts[1:]) or coll or "index")
            site.add(section, slug, map_page(fm, kind, stem.replace("-", " ").replace("_", " "), fallback), strip_templates(body))


def convert_data_dir(ddir, site):
    if not os.path.isdir(ddir):
        return
    for fn in sorted(os.listdir(ddir)):
        path = os.path.join(ddir, fn)
        if not os.path.isfile(path) or "copy" in fn.lower():
            continue
        stem = os.path.splitext(fn)[0]
        data = load_data_file(path)
        if data is None:
            continue
        items = data_items(data)
        key = stem.lower()
        if key in TEAM_WORDS:
            data_team(site, items)
        elif key in TESTIMONIAL_WORDS or re.split(r"[-_]", key)[-1] in TESTIMONIAL_WORDS:
            # also a review widget's or platform's export named for it (google-reviews.yml, client_testimonials.yml)
            data_testimonials(site, items, stem)
        elif key in STORY_DATA_WORDS:
            data_stories(site, items, stem)
        elif key in PROSE_DATA_WORDS:
            data_prose(site, items, "data-" + slugify(stem), stem.replace("-", " ").replace("_", " ").title())


def bundle_images(folder):
    """Images of a leaf bundle (index.md's folder and its subfolders without pages)."""
    out = []
    for root, dirs, files in os.walk(folder):
        if root != folder and any(f.lower().endswith(TEXT_EXT) for f in files):
            dirs[:] = []
            continue
        for fn in sorted(files):
            if fn.lower().endswith(IMAGE_EXT):
                out.append((os.path.join(root, fn), os.path.relpath(os.path.join(root, fn), folder)))
    return out


# Content folders that hold a CMS's site settings rather than pages
# (Netlify CMS `content/settings/global.yml`, `content/global-content/footer.md`).
SETTINGS_FOLDER = re.compile(r"^(settings|site-?settings|globals?|global[-_].*)$", re.I)
LANG_SUFFIX = re.compile(r"^(.+)\.([a-z]{2}(?:-[a-z]{2})?)\.(md|markdown|html?)$", re.I)


def is_translation(fn, siblings):
    """`about.es.md` beside `about.md`: a translation of a page kept in the
    site's main language (the moved site has one language)."""
    m = LANG_SUFFIX.match(fn)
    if not m:
        return False
    base = m.group(1)
    return any(os.path.splitext(f)[0] == base and f.lower().endswith(TEXT_EXT) for f in siblings if f != fn)


def is_placeholder(body):
    """A page whose only text is filler: it starts with lorem ipsum or
    repeats the quick-brown-fox pangram."""
    text = " ".join(strip_markup(body).split()).lower()
    text = re.sub(r"^[#*\s]+", "", text)
    return text.startswith("lorem ipsum") or text.count("quick brown fox jumps over the lazy dog") >= 2 \
        or text.count("lorem ipsum dolor sit amet") >= 2  # a theme's style-guide page (headings, lists, filler)


def is_partial(fn):
    """`_optional.md`: a file starting with an underscore (other than
    Hugo's `_index`) is a partial or a CMS stub, not a published page."""
    stem = os.path.splitext(fn)[0]
    return stem.startswith("_") and stem != "_index"


# Page-builder front matter (Forestry/Hugo `blocks`, Netlify CMS list
# widgets): the text a page shows sits in lists of blocks with a heading and
# a content field. A person moving such a page puts that text into its body.
FM_TEXT_KEYS = {"content", "body", "text", "shortdescription", "longdescription", "description", "paragraph",
                "quote", "answer", "intro", "introduction", "bio", "blurb", "details", "copy", "message",
                "testimonial", "review", "summary", "excerpt"}
FM_HEADING_KEYS = ("heading", "title", "name", "question", "benefit", "subheading")
FM_SKIP_KEY = re.compile(r"(meta|seo|menu|nav|image|img|photo|icon|logo|link|url|href|button|cta|social|map|"
                         r"sitemap|redirect|alias|script|style|color|colour|class|layout|template|document|file|"
                         r"gallery|slider|video|form|schema)", re.I)
FM_TOP_MAPPED = {"title", "name", "description", "excerpt", "summary", "meta_description", "subtitle", "bio_short",
                 "seo", "date", "lastmod", "updated", "tags", "categories", "category", "slug", "draft", "weight"}


def _fm_key(k):
    return re.sub(r"[-_ ]", "", str(k)).lower()


def _fm_text(v):
    return isinstance(v, str) and v.strip() and not re.match(r"^(https?:|/|#|\{)", v.strip())


def _fm_block(obj, level, out):
    """Markdown lines for one block (dict) or list of blocks; True if any text."""
    found = False
    if isinstance(obj, list):
        for it in obj:
            found |= _fm_block(it, level, out)
        return found
    if not isinstance(obj, dict):
        return False
    heads = [obj[k].strip() for k in FM_HEADING_KEYS if _fm_text(obj.get(k)) and "\n" not in obj[k].strip()]
    # a person's block (name + role heading): "Name, Role"
    heading = ", ".join(dict.fromkeys([obj["name"].strip()] + heads)) if heads and _fm_text(obj.get("name")) \
        and "\n" not in obj["name"] else (heads[0] if heads else None)
    texts, nested = [], []
    # a quote signed by its author (`author: Name` or `author: {name: …}`): the signature follows the quote
    signer = obj.get("author")
    signer = signer.get("name") if isinstance(signer, dict) else signer
    signer = signer.strip() if _fm_text(signer) and "\n" not in signer and _fm_text(obj.get("quote")) else None
    for k, v in obj.items():
        if signer and k == "author":
            continue
        if FM_SKIP_KEY.search(str(k)) and not _fm_key(k) in FM_TEXT_KEYS:
            continue
        if _fm_key(k) in FM_TEXT_KEYS or re.fullmatch(r"paragraph_?\d+", str(k), re.I):
            if _fm_text(v):
                texts.append(v.strip())
            elif isinstance(v, (dict, list)):
                nested.append(v)
        elif isinstance(v, (dict, list)):
            nested.append(v)
    if signer and texts:
        texts.append("— " + signer)
    sub = []
    for v in nested:
        found |= _fm_block(v, min(level + 1, 6), sub)
    if texts or sub:
        if heading:
            out.append("#" * level + " " + heading + "\n")
        out += [t + "\n" for t in texts]
        out += sub
        found = True
    return found


def frontmatter_prose(fm):
    """(front matter without the page-builder fields, Markdown body made from
    them) for a page whose Markdown body is empty."""
    out, rest = [], {}
    for k, v in fm.items():
        if str(k).lower() in FM_TOP_MAPPED or (FM_SKIP_KEY.search(str(k)) and _fm_key(k) not in FM_TEXT_KEYS):
            rest[k] = v
            continue
        lines = []
        if _fm_key(k) in FM_TEXT_KEYS and _fm_text(v):
            lines.append(v.strip() + "\n")
        elif isinstance(v, (dict, list)):
            _fm_block(v, 2, lines)
        if lines:
            out += lines
        else:
            rest[k] = v
    return (rest, "\n".join(out)) if out else (fm, "")


def convert_content_tree(croot, site, source, sha, rel_prefix, clean=None, bundle_assets=False, fm_prose=True,
                         only=None):
    for root, dirs, files in os.walk(croot):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel_root = os.path.relpath(root, croot)
        parts = [] if rel_root == "." else rel_root.split(os.sep)
        if only is not None and (not parts or parts[0] not in only):
            continue  # only the named folders of croot (a Gatsby site's gatsby-source-filesystem paths)
        if parts and SETTINGS_FOLDER.match(parts[0]):
            continue  # CMS settings kept beside the pages (read by settings_data), not pages
        for fn in sorted(files):
            if not fn.lower().endswith(TEXT_EXT) or fn.lower() in SKIP_FILES:
                continue
            if is_translation(fn, files) or is_partial(fn):
                continue
            fm, body = split_front_matter(read_text(os.path.join(root, fn)))
            if fm is None:
                fm, body = {}, read_text(os.path.join(root, fn))
            body = strip_templates(clean(body) if clean else body)
            if fm_prose and isinstance(fm, dict):
                fm, prose = frontmatter_prose(fm)
                if prose:  # after the page's own text, as the page-builder templates show them
                    body = strip_templates(body + "\n" + prose) if body.strip() else strip_templates(prose)
            stem = os.path.splitext(fn)[0]
            rel = os.path.join(rel_prefix, *parts, fn)
            if parts and parts[0].startswith("_"):
                continue  # headless bundle, not published
            if is_placeholder(body):
                continue  # a theme's dummy text (lorem ipsum, a repeated pangram), not the practice's
            if not parts:
                add_top_level(site, stem, fm, body, stem in ("_index", "index"), replace_home=False)
                continue
            if isinstance(fm.get("slug"), str) and fm["slug"].strip() in ("", "/") and "slug" in fm:
                # a CMS page published at the site root (`slug: ''`): the home page
                add_top_level(site, stem, {k: v for k, v in fm.items() if k != "slug"}, body, True, replace_home=False)
                continue
            section, kind = section_and_kind(parts)
            if stem == "_index" and len(parts) == 1:
                site.sections[section] = (map_section_fm(fm), body)
                continue
            sub = parts[1:]
            if stem in ("_index", "index"):
                if not sub:
                    # a leaf bundle directly in the section folder
                    slug = parts[0]
                    site.add("pages" if section == parts[0] and kind == "pages" else section, slug,
                             map_page(fm, kind, slug.replace("-", " ")), body)
                    continue
                slug = "-".join(sub)
            else:
                slug = "-".join(sub + [stem])
            fallback = git_date(source, sha, rel) if kind == "tips" else None
            assets = bundle_images(root) if stem == "index" and bundle_assets else None
            if stem == "index" and not bundle_assets:
                # a Hugo leaf bundle: the images its body links beside it stay beside it
                refs = re.findall(r"!\[[^\]]*\]\(\s*(?:\./)?([^)\s/:]+\.(?:jpe?g|png|gif|webp|svg))", body, re.I)
                assets = [(os.path.join(root, r), r) for r in dict.fromkeys(refs) if os.path.isfile(os.path.join(root, r))] \
                    or None
            if bundle_assets and stem != "index":
                # Gatsby resolves `![](./x.jpg)` beside any Markdown file: the page becomes a bundle
                refs = re.findall(r"!\[[^\]]*\]\(\s*(?:\./)?([^)\s/:]+\.(?:jpe?g|png|gif|webp|svg))", body, re.I)
                assets = [(os.path.join(root, r), r) for r in dict.fromkeys(refs) if os.path.isfile(os.path.join(root, r))] \
                    or None
            site.add(section, slug, map_page(fm, kind, (sub[-1] if stem in ("_index", "index") else stem).replace("-", " "), fallback), body,
                     assets=assets)


# ----------------------------------------------------------------- other generators
# Sites built with MkDocs, Statamic, Gatsby, Astro or Nuxt Content keep their
# pages in Markdown too; moving them by hand means the same mapping as above
# plus undoing each tool's own Markdown extensions.
class LenientLoader(yaml.SafeLoader):
    """YAML with application tags (mkdocs.yml: !!python/name:…) read as null."""


LenientLoader.add_multi_constructor("", lambda loader, suffix, node: None)


def js_config(tmp):
    """Title, URL, description and language from a JavaScript site
    configuration (Gatsby siteMetadata, Astro `site`, Nuxt head)."""
    for name in ("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs", "astro.config.mjs", "astro.config.ts",
                 "astro.config.js", "nuxt.config.js", "nuxt.config.ts"):
        p = os.path.join(tmp, name)
        if not os.path.isfile(p):
            continue
        t = read_text(p)
        m = re.search(r"siteMetadata\s*:\s*{(.*?)\n\s*}", t, re.S)
        scope = m.group(1) if m else ""
        cfg = {}
        for key, pat in (("title", r"\btitle\s*:\s*(['\"`])(.+?)\1"),
                         ("description", r"\bdescription\s*:\s*(['\"`])(.+?)\1"),
                         ("url", r"\b(?:siteUrl|site|url|baseURL)\s*:\s*(['\"`])(https?://[^'\"`]+)\1"),
                         ("lang", r"\blang\s*:\s*(['\"`])([a-z]{2}(?:-[A-Za-z]{2})?)\1")):
            mm = re.search(pat, scope, re.S) or (re.search(pat, t, re.S) if key in ("url", "lang") else None)
            if mm:
                cfg[key] = " ".join(mm.group(2).split())
        return name.split("-")[0].split(".")[0], cfg
    return None, {}


def has_markdown(d):
    """Whether folder d holds a Markdown file anywhere below it."""
    return any(fn.lower().endswith((".md", ".markdown")) for _r, _d, fs in os.walk(d) for fn in fs)


def gatsby_source_dirs(tmp):
    """The folders of src/ that a Gatsby configuration reads with
    gatsby-source-filesystem (`path: `${__dirname}/src/posts``) and that hold
    Markdown, as names relative to src/ (posts, testimonials)."""
    out = []
    for name in ("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs"):
        p = os.path.join(tmp, name)
        if not os.path.isfile(p):
            continue
        for m in re.finditer(r"\bpath\s*:\s*(['\"`])(?:\$\{__dirname\}/|\./)?src/([\w.-]+)/?\1", read_text(p)):
            d = m.group(2)
            if d not in out and d != "pages" and has_markdown(os.path.join(tmp, "src", d)):
                out.append(d)
    return out


ATTR_LIST = re.compile(r"\{\s*(?:[.#][\w-]+|[\w:-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+))"
                       r"(?:\s+(?:[.#][\w-]+|[\w:-]+=(?:\"[^\"]*\"|'[^']*'|[^\s}]+)))*\s*\}")


def mkdocs_body(body):
    """Python-Markdown extensions undone: attribute lists, theme icon
    shortcodes, admonitions (indented blocks) as blockquotes."""
    body = re.sub(r":(?:fontawesome|material|octicons|simple)-[\w-]+:", "", body)
    body = ATTR_LIST.sub("", body)
    lines, out, i = body.split("\n"), [], 0
    while i < len(lines):
        m = re.match(r'^(\s*)(?:!!!|\?\?\?\+?)\s+([\w-]+)(?:\s+"([^"]*)")?\s*$', lines[i])
        if not m:
            out.append(lines[i])
            i += 1
            continue
        ind = m.group(1)
        title = m.group(3) if m.group(3) is not None else m.group(2).title()
        block = []
        i += 1
        while i < len(lines) and (not lines[i].strip() or lines[i].startswith(ind + "    ")):
            block.append(lines[i][len(ind) + 4:] if lines[i].strip() else "")
            i += 1
        while block and not block[-1]:
            block.pop()
        if title:
            out += [ind + "> **" + title + "**", ind + ">"]
        out += [ind + ("> " + b if b else ">") for b in block]
        out.append("")
    return "\n".join(out)


def first_h1(body):
    m = re.search(r"^#\s+(.+?)\s*#*\s*$", body, re.M)
    return m.group(1).strip() if m else None


def mkdocs_url(rel):
    """The converted page URL of a docs-relative Markdown path."""
    parts = rel.replace("\\", "/").split("/")
    stem = os.path.splitext(parts[-1])[0]
    is_index = stem.lower() in ("index", "readme")
    if len(parts) == 1:
        return "/" if is_index else f"/pages/{slugify(stem)}/"
    section = section_name(parts[0])
    if is_index and len(parts) == 2:
        return f"/{section}/"
    return f"/{section}/{slugify('-'.join(parts[1:-1] + ([] if is_index else [stem])))}/"


def mkdocs_links(body, docs, here):
    """Relative links between docs (page.md, ../x.md#a) and to files under
    docs/ rewritten to the converted URLs, as MkDocs resolves them."""
    def fix(m):
        target = m.group(2)
        if re.match(r"^([a-z][a-z0-9+.-]*:|/|#)", target, re.I):
            return m.group(0)
        path, _, frag = target.partition("#")
        rel = os.path.normpath(os.path.join(here, path))
        if rel.startswith(".."):
            return m.group(0)
        if path.lower().endswith((".md", ".markdown")):
            url = mkdocs_url(rel) + ("#" + frag if frag else "")
        elif os.path.isfile(os.path.join(docs, rel)):
            url = "/" + rel.replace(os.sep, "/")
        else:
            return m.group(0)
        return m.group(1) + url + m.group(3)
    return re.sub(r"(\]\()([^)\s]+)(\s*(?:\s\"[^\"]*\")?\))", fix, body)


def add_top_level(site, stem, fm, body, is_index, replace_home):
    """A file at the content root: the home page (the index; an earlier
    home is kept when this one is empty unless `replace_home`) or a page."""
    if is_index:
        hfm = map_section_fm(fm)
        hfm.setdefault("title", "Home")
        if replace_home or site.home is None or body.strip():
            site.home = (hfm, body)
    else:
        site.add("pages", stem, map_page(fm, "pages", stem.replace("-", " ")), body)


def section_and_kind(parts):
    """The carepress section of a content folder path and its kind."""
    section = section_name(parts[0])
    return section, ("team" if section == "team" else ("tips" if section == "tips" else "pages"))


def convert_mkdocs(tmp, site, cfg):
    docs = os.path.join(tmp, str(cfg.get("docs_dir") or "docs"))
    for root, dirs, files in os.walk(docs):
        dirs[:] = sorted(d for d in dirs if not d.startswith((".", "_")))
        rel_root = os.path.relpath(root, docs)
        parts = [] if rel_root == "." else rel_root.split(os.sep)
        for fn in sorted(files):
            if not fn.lower().endswith((".md", ".markdown")):
                continue
            fm, body = split_front_matter(read_text(os.path.join(root, fn)))
            if fm is None:
                fm, body = {}, read_text(os.path.join(root, fn))
            body = strip_templates(mkdocs_links(mkdocs_body(body), docs, os.path.relpath(root, docs)))
            fm = dict(fm)
            if not fm.get("title") and first_h1(body):
                fm["title"] = first_h1(body)  # MkDocs takes the page title from its first heading
            stem = os.path.splitext(fn)[0]
            is_index = stem.lower() in ("index", "readme")
            if not parts:
                add_top_level(site, stem, fm, body, is_index, replace_home=True)
                continue
            section, kind = section_and_kind(parts)
            if is_index and len(parts) == 1:
                site.sections[section] = (map_section_fm(fm), body)
                continue
            slug = "-".join(parts[1:] + ([] if is_index else [stem]))
            site.add(section, slug, map_page(fm, kind, (slug or stem).replace("-", " ")), body)


STATAMIC_BOOKKEEPING = {"id", "blueprint", "updated_by", "updated_at", "template", "parent", "origin"}


def convert_statamic(tmp, site, source, sha):
    """content/collections/NAME/*.md entries (dated ones named
    YYYY-MM-DD.slug.md) and testimonial taxonomy terms."""
    croot = os.path.join(tmp, "content", "collections")
    for coll in sorted(os.listdir(croot)):
        cdir = os.path.join(croot, coll)
        if not os.path.isdir(cdir):
            continue
        section = section_name(coll)
        kind = "team" if section == "team" else ("tips" if section == "tips" else "pages")
        for root, dirs, files in os.walk(cdir):
            dirs.sort()
            for fn in sorted(files):
                if not fn.lower().endswith(TEXT_EXT):
                    continue
                fm, body = split_front_matter(read_text(os.path.join(root, fn)))
                if fm is None:
                    fm, body = {}, read_text(os.path.join(root, fn))
                fm = {k: v for k, v in fm.items() if k not in STATAMIC_BOOKKEEPING}
                body = strip_templates(body)
                stem = os.path.splitext(fn)[0]
                m = re.match(r"(\d{4}-\d{2}-\d{2})(?:-\d{4})?\.(.+)$", stem)
                date, slug = (m.group(1), m.group(2)) if m else (None, stem)
                if coll == "pages" and slug == "home":
                    hfm = map_section_fm(fm)
                    hfm.setdefault("title", "Home")
                    site.home = (hfm, body)
                    continue
                site.add(section, slug, map_page(fm, kind, slug.replace("-", " "), date), body)
    troot = os.path.join(tmp, "content", "taxonomies")
    if os.path.isdir(troot):
        for tax in sorted(os.listdir(troot)):
            tdir = os.path.join(troot, tax)
            if not os.path.isdir(tdir) or tax.lower() not in TESTIMONIAL_WORDS:
                continue
            items = []
            for fn in sorted(os.listdir(tdir)):
                d = load_data_file(os.path.join(tdir, fn)) if fn.endswith((".yaml", ".yml")) else None
                if not isinstance(d, dict):
                    continue
                role = ", ".join(str(v) for k, v in d.items() if re.search(r"organi[sz]ation|role|position", k) and v)
                when = d.get("date")
                if when is None and isinstance(d.get("updated_at"), int):
                    when = dt.datetime.fromtimestamp(d["updated_at"], dt.timezone.utc).date().isoformat()
                items.append({"author": d.get("author") or d.get("title"), "role": role,
                              "quote": d.get("content") or d.get("quote") or d.get("text"), "date": when})
            data_testimonials(site, items, tax)


MDC_TEXT_KEYS = {"title", "description", "caption", "alt", "imgalt", "label", "text", "quote", "subtitle", "heading"}


def strip_mdc(body):
    """Nuxt Content (MDC) component markers and slot names removed; the text
    props of a component (title, description, caption, alt…) kept as text."""
    lines, out, i = body.split("\n"), [], 0
    while i < len(lines):
        line = lines[i]
        if re.match(r"^\s*:{2,}([A-Za-z][\w-]*(\{.*\})?)?\s*$", line):
            i += 1
            if re.match(r"^\s*:{2,}[A-Za-z]", line) and i < len(lines) and lines[i].strip() == "---":
                j = i + 1
                while j < len(lines) and lines[j].strip() != "---":
                    j += 1
                try:
                    props = yaml.safe_load("\n".join(lines[i + 1:j])) or {}
                except yaml.YAMLError:
                    props = {}
                for k, v in (props.items() if isinstance(props, dict) else []):
                    if str(k).lower().replace("-", "") in MDC_TEXT_KEYS and isinstance(v, str) and v.strip():
                        out += [v.strip(), ""]
                i = j + 1
            continue
        if re.match(r"^#[A-Za-z][\w-]*\s*$", line):
            i += 1  # a named slot (#right), not a heading
            continue
        out.append(line)
        i += 1
    return "\n".join(out)


def strip_order_prefixes(croot):
    """Nuxt Content orders files with numeric prefixes (1.services.md,
    2.Leistungen/): the published URL has no prefix."""
    for root, dirs, files in os.walk(croot, topdown=False):
        for name in dirs + files:
            m = re.match(r"^\d+\.(.+)$", name)
            if m and not os.path.exists(os.path.join(root, m.group(1))):
                os.rename(os.path.join(root, name), os.path.join(root, m.group(1)))


HUGO_LIKE_CONFIGS = ("hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "hugo.yml", "config.yml")
JS_CONFIGS = ("gatsby-config.js", "gatsby-config.ts", "gatsby-config.mjs", "astro.config.mjs", "astro.config.ts",
              "astro.config.js", "nuxt.config.js", "nuxt.config.ts")


def project_root(tmp):
    """The folder holding the site: the repository root, or the one
    subfolder that holds a Hugo project (config + content/) when the root has
    no site configuration of its own (the site kept in `site/` beside its
    build tooling), or failing that the one subfolder holding a JavaScript-
    configured project (astro.config.* / gatsby-config.* with src/content or
    content/)."""
    markers = HUGO_LIKE_CONFIGS + JS_CONFIGS + ("_config.yml", "stackbit.yaml", "mkdocs.yml", "pelicanconf.py")
    if any(os.path.exists(os.path.join(tmp, m)) for m in markers) or os.path.isdir(os.path.join(tmp, "content")) \
            or phenomic_config(tmp) is not None:
        return tmp
    dirs = [d for d in sorted(os.listdir(tmp)) if os.path.isdir(os.path.join(tmp, d))
            and not d.startswith((".", "_")) and d != "node_modules"]
    subs = [d for d in dirs if os.path.isdir(os.path.join(tmp, d, "content"))
            and any(os.path.isfile(os.path.join(tmp, d, n)) for n in HUGO_LIKE_CONFIGS)]
    if len(subs) == 1:
        return os.path.join(tmp, subs[0])
    if subs:
        return tmp
    # else one subfolder holding a JavaScript-configured project (an Astro or
    # Gatsby site kept in `astro/` beside other tooling) with its content
    js = [d for d in dirs if any(os.path.isfile(os.path.join(tmp, d, n)) for n in JS_CONFIGS)
          and (os.path.isdir(os.path.join(tmp, d, "src", "content")) or os.path.isdir(os.path.join(tmp, d, "content")))]
    if len(js) == 1:
        return os.path.join(tmp, js[0])
    # else one subfolder holding a Next.js project whose blog posts are
    # Markdown files in src/posts (a dental practice's site kept beside another)
    nx = [d for d in dirs if any(os.path.isfile(os.path.join(tmp, d, n)) for n in NEXT_CONFIGS)
          and os.path.isdir(os.path.join(tmp, d, "src", "posts"))]
    return os.path.join(tmp, nx[0]) if len(nx) == 1 else tmp


# ----------------------------------------------------------------- Next.js
NEXT_CONFIGS = ("next.config.js", "next.config.mjs", "next.config.ts")


def is_next_posts(tmp):
    """A Next.js site whose only Markdown is its blog (src/posts/*.md); its
    other pages are React components."""
    return any(os.path.isfile(os.path.join(tmp, n)) for n in NEXT_CONFIGS) and \
        os.path.isdir(os.path.join(tmp, "src", "posts"))


def is_next_content(tmp):
    """A Next.js site (configuration at the root, no src/posts) whose Markdown
    collections sit in folders of src/content (src/content/blog/*.md,
    src/content/testimonials/*.md), read by its own loader; its pages and the
    other content modules (src/content/*.js) are React code."""
    cdir = os.path.join(tmp, "src", "content")
    if not any(os.path.isfile(os.path.join(tmp, n)) for n in NEXT_CONFIGS) or not os.path.isdir(cdir) \
            or os.path.isdir(os.path.join(tmp, "src", "posts")):
        return False
    return any(fn.lower().endswith((".md", ".markdown")) for d in os.listdir(cdir)
               if os.path.isdir(os.path.join(cdir, d)) for fn in os.listdir(os.path.join(cdir, d)))


def next_components(tmp):
    """The React components and pages of a Next.js site (footer, navigation
    with its schema.org JSON-LD, contact page), footers and contact pages first."""
    out = []
    for d in ("src/components", "src/pages", "components", "pages"):
        for root, _dirs, files in os.walk(os.path.join(tmp, d)):
            out += [os.path.join(root, fn) for fn in sorted(files) if fn.endswith((".js", ".jsx", ".ts", ".tsx"))]
    return sorted(out, key=lambda p: (0 if re.search(r"footer|contact", os.path.basename(p), re.I) else 1, p))


def next_config(tmp):
    """Site name, URL and description from the first schema.org JSON-LD block
    of the components (the practice's own markup)."""
    cfg = {}
    for path in next_components(tmp):
        t = read_text(path)
        m = re.search(r'"@context"\s*:\s*"https?://(?:www\.)?schema\.org/?"(.*?)(?:"address"|"review"|`)', t, re.S)
        if not m:
            continue
        for key, pat in (("title", r'"name"\s*:\s*"([^"{}]+)"'), ("url", r'"url"\s*:\s*"(https?://[^"{}]+)"'),
                         ("description", r'"description"\s*:\s*"([^"{}]+)"')):
            mm = re.search(pat, m.group(1))
            if mm:
                cfg[key] = " ".join(mm.group(1).split())
        if cfg:
            break
    return cfg


def convert_next_posts(tmp, site, source, sha, prefix):
    """The Markdown blog of a Next.js site (src/posts, written with a CMS):
    one tip each, dated by its front matter or its commit."""
    pdir = os.path.join(tmp, "src", "posts")
    for fn in sorted(os.listdir(pdir)):
        if not fn.lower().endswith((".md", ".markdown")):
            continue
        fm, body = split_front_matter(read_text(os.path.join(pdir, fn)))
        if fm is None:
            fm, body = {}, read_text(os.path.join(pdir, fn))
        body = strip_templates(body)
        if is_placeholder(body):
            continue
        stem = os.path.splitext(fn)[0]
        fallback = git_date(source, sha, prefix + "src/posts/" + fn)
        site.add("tips", stem, map_page(fm, "tips", stem.replace("-", " "), fallback), body)


# ----------------------------------------------------------------- Phenomic
def phenomic_config(tmp):
    """A Phenomic site: package.json with a `phenomic` key (content folder)
    and `homepage` (the site's URL); None otherwise."""
    p = os.path.join(tmp, "package.json")
    if not os.path.isfile(p):
        return None
    try:
        pkg = json.loads(read_text(p))
    except json.JSONDecodeError:
        return None
    if not isinstance(pkg, dict) or not isinstance(pkg.get("phenomic"), dict):
        return None
    cfg = {"path": str(pkg["phenomic"].get("source") or "content").strip("/") or "content"}
    if isinstance(pkg.get("homepage"), str) and re.match(r"https?://", pkg["homepage"]):
        cfg["url"] = pkg["homepage"]
    return cfg


SITE_NAME_KEY = re.compile(r"^(site_?name|site_?title|nom_?du_?site|nom_?site|sitename|sitetitle)$", re.I)

# The few most frequent words of some languages: the page language of a site
# whose configuration names none (Phenomic has no such setting).
STOPWORDS = {
    "en": "the and of to is in for you your with are our this that on be",
    "fr": "le la les des et est une un pour vous nous du au avec sur dans",
    "de": "der die das und ist ein eine nicht sie wir mit für auf den dem zu",
    "es": "el la los las y es un una para usted con por del que en",
    "nl": "de het een en is van voor u wij met op te niet zijn",
    "it": "il la le e di per un una con che non sono del della",
    "pt": "o os as do da dos das não um uma com para mais como você são",
}


def guess_language(site):
    words = collections.Counter()
    texts = [b for sec in site.pages.values() for _fm, b in sec.values()] + [(site.home or ({}, ""))[1]]
    for t in texts:
        words.update(w.lower() for w in re.findall(r"[^\W\d_]+", strip_markup(t)))
    score = {lang: sum(words[w] for w in ws.split()) for lang, ws in STOPWORDS.items()}
    best = max(score, key=score.get)
    return best if score[best] else None


# ----------------------------------------------------------------- Pelican
PELICAN_LINK = re.compile(r"\{(static|filename|attach)\}|\|(static|filename)\|")


def pelican_config(tmp):
    """pelicanconf.py read without running it: literal settings (SITENAME,
    SITEURL, DEFAULT_LANG, PATH…), the language subsites' codes, and the
    literal dictionaries of the local modules it imports (contact data)."""
    conf = os.path.join(tmp, "pelicanconf.py")
    vals, settings, subsites = {}, [], []

    def assigns(tree):
        for node in tree.body:
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                try:
                    yield node.targets[0].id, node.value, ast.literal_eval(node.value)
                except (ValueError, TypeError, SyntaxError, RecursionError):
                    yield node.targets[0].id, node.value, None

    try:
        tree = ast.parse(read_text(conf))
    except SyntaxError:
        return {}, []
    for name, node, v in assigns(tree):
        if name == "I18N_SUBSITES" and isinstance(node, ast.Dict):
            subsites = [k.value for k in node.keys if isinstance(k, ast.Constant) and isinstance(k.value, str)]
        if v is not None:
            vals[name] = v
    for node in tree.body:
        mods = [node.module] if isinstance(node, ast.ImportFrom) and node.module else \
            [n.name for n in node.names] if isinstance(node, ast.Import) else []
        for mod in mods:
            path = os.path.join(tmp, *mod.split(".")) + ".py"
            if not os.path.isfile(path):
                continue
            try:
                mtree = ast.parse(read_text(path))
            except SyntaxError:
                continue
            for name, _node, v in assigns(mtree):
                if isinstance(v, dict) and re.search(r"(CONTACT|INFO|PRACTICE|CLINIC|ADDRESS|SOCIAL)", name):
                    settings.append((f"{os.path.relpath(path, tmp)}:{name}", v))
    for name, v in vals.items():
        if isinstance(v, dict) and re.search(r"(CONTACT|INFO|PRACTICE|CLINIC|ADDRESS|SOCIAL)", name):
            settings.append((f"pelicanconf.py:{name}", v))
    lang = str(vals.get("DEFAULT_LANG") or "")
    if not re.fullmatch(r"[a-z]{2,3}", lang):
        lang = subsites[0] if subsites else ""
    url = vals.get("SITEURL") or vals.get("MAIN_SITEURL") or ""
    cfg = {"title": vals.get("SITENAME"), "url": url if isinstance(url, str) else "",
           "path": str(vals.get("PATH") or "content"), "static_paths": vals.get("STATIC_PATHS") or [],
           "page_paths": vals.get("PAGE_PATHS") or ["pages"]}
    if lang:
        cfg["language"] = lang
    if isinstance(vals.get("SITE_DESCRIPTION"), str):
        cfg["description"] = vals["SITE_DESCRIPTION"]
    return {k: v for k, v in cfg.items() if v is not None}, settings


def pelican_meta(text):
    """Pelican's Markdown metadata: `Key: value` lines up to the first blank
    line (keys lower-cased, indented lines continue a value)."""
    lines, meta, i = text.split("\n"), {}, 0
    while i < len(lines):
        m = re.match(r"^([A-Za-z][\w-]*)\s*:\s*(.*)$", lines[i])
        if not m:
            break
        key, val = m.group(1).lower(), m.group(2).strip()
        i += 1
        while i < len(lines) and re.match(r"^(\t| {2,})\S", lines[i]):
            val += " " + lines[i].strip()
            i += 1
        meta[key] = val
    if not meta or "title" not in meta:
        return None, text
    return meta, "\n".join(lines[i:]).lstrip("\n")


def pelican_links(body, lang):
    """Links of the i18n subsite (/de/about/, /de/blog/slug/) to the
    converted pages; Pelican's {static}/{filename} prefixes removed."""
    body = PELICAN_LINK.sub("", body)
    if not lang:
        return body

    def fix(m):
        path, frag = m.group(2), m.group(3) or ""
        parts = [p for p in path.split("/") if p]
        if not parts:
            url = "/"
        elif parts[0] == "blog" and len(parts) == 2:
            url = f"/tips/{slugify(parts[1])}/"
        elif len(parts) == 1:
            url = f"/pages/{slugify(parts[0])}/"
        else:
            return m.group(0)
        return m.group(1) + url + frag
    return re.sub(r"((?:\]\(|href=[\"']))/%s(/[^)\"'#\s]*)?(#[^)\"'\s]*)?" % re.escape(lang), fix, body)


def convert_pelican(tmp, site, cfg, source, sha):
    """Pelican: pages under PAGE_PATHS (pages/) become pages, every other
    Markdown file an article (tips); only the site language's files (`Lang:`
    or a `.xx.md` suffix), the other subsites being translations."""
    croot = os.path.join(tmp, cfg.get("path") or "content")
    lang = cfg.get("language")
    static = {str(p).strip("/") for p in cfg.get("static_paths") or []}
    page_dirs = {str(p).strip("/") for p in cfg.get("page_paths") or ["pages"]}
    for root, dirs, files in os.walk(croot):
        rel_root = os.path.relpath(root, croot)
        parts = [] if rel_root == "." else rel_root.split(os.sep)
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and "/".join(parts + [d]) not in static)
        for fn in sorted(files):
            if not fn.lower().endswith((".md", ".markdown")) or fn.lower() in SKIP_FILES:
                continue
            text = read_text(os.path.join(root, fn))
            fm, body = split_front_matter(text)
            if fm is None:
                fm, body = pelican_meta(text)
            if fm is None:
                continue  # Pelican needs a title
            fm = dict(fm)
            m = LANG_SUFFIX.match(fn)
            flang = str(fm.get("lang") or (m.group(2) if m else "")).lower()
            if lang and flang and flang.split("-")[0] != lang:
                continue
            stem = slugify(str(fm.get("slug") or "")) or slugify(m.group(1) if m else os.path.splitext(fn)[0])
            if str(fm.pop("status", "")).lower() == "draft":
                fm["draft"] = True
            body = strip_templates(pelican_links(body, lang))
            if parts and parts[0] in page_dirs:
                if stem == "index":
                    hfm = map_section_fm(fm)
                    hfm.setdefault("title", "Home")
                    site.home = (hfm, body)
                else:
                    site.add("pages", stem, map_page(fm, "pages", stem.replace("-", " ")), body)
            else:
                rel = os.path.relpath(os.path.join(root, fn), tmp)
                site.add("tips", stem, map_page(fm, "tips", stem.replace("-", " "), git_date(source, sha, rel)), body)


def settings_data(tmp, root_settings=()):
    """Data files holding site-wide settings: named like contact/site/
    settings/footer…, or read by a template for a contact field
    (site.data.NAME….phone)."""
    referenced = set()
    for path in template_files(tmp):
        for m in re.finditer(r"site\.data\.(\w+)((?:\.[\w-]+)*)", read_text(path)):
            if re.search(r"(phone|tel|mail|fax|address|whatsapp)", m.group(2), re.I):
                referenced.add(m.group(1).lower())
    out = []
    for d in ("_data", "data", os.path.join("content", "data"), os.path.join("src", "data"), "content",
              os.path.join("content", "globals")):
        dd = os.path.join(tmp, d)
        if not os.path.isdir(dd):
            continue
        for fn in sorted(os.listdir(dd)):
            stem, ext = os.path.splitext(fn)
            if d == "content":
                # data files beside the pages (Nuxt Content: _name.json), e.g. a contact card
                if not fn.startswith("_"):
                    continue
                stem = stem[1:]
            named = SETTINGS_DATA.match(stem) or re.fullmatch(r"h-?card|v-?card", stem, re.I) \
                or (d in (os.path.join("src", "data"), os.path.join("content", "globals"))
                    and any(SETTINGS_DATA.match(part) for part in re.split(r"[-_]", stem)))
            if ext.lower() in (".yml", ".yaml", ".json", ".toml") and (named or stem.lower() in referenced):
                data = load_data_file(os.path.join(dd, fn))
                if data is not None:
                    out.append((os.path.join(d, fn), data))
    # Further places, after the ones above: settings folders of a data
    # directory (src/data/contact/contact.json), CMS settings folders beside
    # the pages (content/settings/global.yml, content/global-content/*.md,
    # their front matter) and, for generators that keep them there, settings
    # files at the project root (Phenomic's info.yml).
    more = []
    for d in ("_data", "data", os.path.join("src", "data")):
        dd = os.path.join(tmp, d)
        if os.path.isdir(dd):
            more += [os.path.join(d, sub) for sub in sorted(os.listdir(dd))
                     if os.path.isdir(os.path.join(dd, sub)) and SETTINGS_DATA.match(sub)]
    cdir = os.path.join(tmp, "content")
    if os.path.isdir(cdir):
        more += [os.path.join("content", sub) for sub in sorted(os.listdir(cdir))
                 if os.path.isdir(os.path.join(cdir, sub)) and SETTINGS_FOLDER.match(sub) and sub.lower() != "globals"]
    for d in list(more) + list(root_settings):
        dd = os.path.join(tmp, d)
        for fn in (sorted(os.listdir(dd)) if os.path.isdir(dd) else []):
            path, ext = os.path.join(dd, fn), os.path.splitext(fn)[1].lower()
            if d in root_settings and not (SETTINGS_DATA.match(os.path.splitext(fn)[0]) and ext in (".yml", ".yaml")):
                continue
            if ext in (".yml", ".yaml", ".json", ".toml"):
                data = load_data_file(path)
            elif ext in (".md", ".markdown") and d not in root_settings:
                data = split_front_matter(read_text(path))[0]
            else:
                continue
            if data is not None:
                out.append((os.path.join(d, fn), data))
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source")
    ap.add_argument("out")
    ap.add_argument("--commit")
    ap.add_argument("--base-url")
    a = ap.parse_args()

    tmp = a.out.rstrip("/") + ".src"
    for d in (tmp, a.out):
        if os.path.exists(d):
            shutil.rmtree(d)
    if os.path.isdir(os.path.join(a.source, ".git")) and os.listdir(a.source) == [".git"]:
        a.source = os.path.join(a.source, ".git")  # a clone without a checked-out work tree
    sha = extract(a.source, a.commit, tmp)
    if sha:
        global SNAPSHOT_DATE
        SNAPSHOT_DATE = subprocess.run(["git", "-C", a.source, "log", "-1", "--format=%cs", sha],
                                       capture_output=True, text=True).stdout.strip() or None
    os.makedirs(a.out)
    site = Site(a.out)
    extracted, tmp = tmp, project_root(tmp)
    sub = os.path.relpath(tmp, extracted)
    prefix = "" if sub == "." else sub.replace(os.sep, "/") + "/"  # git paths of a site kept in a subfolder

    cfg, gen = {}, None
    for name in ("hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "hugo.yml", "config.yml", "_config.yml", "stackbit.yaml"):
        p = os.path.join(tmp, name)
        if os.path.isfile(p):
            cfg = load_data_file(p) or {}
            gen = "jekyll" if name == "_config.yml" else ("stackbit" if name == "stackbit.yaml" else "hugo")
            break
    for extra_cfg in ("_data/contact.yml", "_data/site.yml", "data/contact.yml", "data/site.yml", "content/data/config.yml",
                      "content/data/config.json"):
        p = os.path.join(tmp, extra_cfg)
        if os.path.isfile(p):
            d = load_data_file(p)
            if isinstance(d, dict):
                cfg = {**d, **cfg}
    if gen is None:
        # Hugo configuration directory (config/_default/hugo.toml or config.yaml,
        # its params file as the [params] table) when the root has none
        cdir = os.path.join(tmp, "config", "_default")
        for name in HUGO_LIKE_CONFIGS:
            p = os.path.join(cdir, name)
            if os.path.isdir(os.path.join(tmp, "content")) and os.path.isfile(p):
                cfg, gen = {**cfg, **(load_data_file(p) or {})}, "hugo"
                for pn in ("params.toml", "params.yaml", "params.yml"):
                    params = load_data_file(os.path.join(cdir, pn)) if os.path.isfile(os.path.join(cdir, pn)) else None
                    if isinstance(params, dict):
                        cfg["params"] = {**params, **(cfg.get("params") or {})}
                        break
                break
    if gen is None and os.path.isfile(os.path.join(tmp, "mkdocs.yml")):
        gen = "mkdocs"
        try:
            cfg = yaml.load(read_text(os.path.join(tmp, "mkdocs.yml")), Loader=LenientLoader) or {}
        except yaml.YAMLError:
            cfg = {}
        cfg = dict(cfg, title=cfg.get("site_name"), url=cfg.get("site_url"), description=cfg.get("site_description"),
                   language=(cfg.get("theme") or {}).get("language") if isinstance(cfg.get("theme"), dict) else None)
    if gen is None and os.path.isdir(os.path.join(tmp, "content", "collections")):
        gen = "statamic"
        gdir = os.path.join(tmp, "content", "globals")
        for fn in sorted(os.listdir(gdir)) if os.path.isdir(gdir) else []:
            d = load_data_file(os.path.join(gdir, fn))
            if isinstance(d, dict) and isinstance(d.get("data"), dict):
                cfg = {**d["data"], **cfg}
        if cfg.get("site_name"):
            cfg["title"] = cfg["site_name"]
    extra_settings, root_settings = [], ()
    if gen is None and os.path.isfile(os.path.join(tmp, "pelicanconf.py")):
        gen = "pelican"
        cfg, extra_settings = pelican_config(tmp)
    if gen is None and phenomic_config(tmp) is not None:
        gen, cfg, root_settings = "phenomic", phenomic_config(tmp), ("",)
    if gen is None:
        jsgen, jscfg = js_config(tmp)
        if jsgen:
            gen, cfg = jsgen, jscfg
    if gen is None and (is_next_posts(tmp) or is_next_content(tmp)):
        gen, cfg = "next", next_config(tmp)
    if gen is None:
        gen = "hugo" if os.path.isdir(os.path.join(tmp, "content")) else "jekyll"

    if gen == "jekyll":
        convert_jekyll(tmp, site, cfg, a.source, sha)
        convert_data_dir(os.path.join(tmp, "_data"), site)
    else:
        croot = os.path.join(tmp, "content")
        if gen == "stackbit" and os.path.isdir(os.path.join(croot, "pages")):
            # Stackbit `sections` stay in front matter as before (the judged gilman figures depend on it)
            convert_content_tree(os.path.join(croot, "pages"), site, a.source, sha, "content/pages", fm_prose=False)
            convert_data_dir(os.path.join(croot, "data"), site)
        elif gen == "stackbit" and not os.path.isdir(croot) and os.path.isdir(os.path.join(tmp, "src", "pages")):
            # a Stackbit Gatsby theme keeping its Markdown pages in src/pages: its `sections`
            # page-builder text becomes the body, as for the other CMS page builders
            convert_content_tree(os.path.join(tmp, "src", "pages"), site, a.source, sha, prefix + "src/pages")
            convert_data_dir(os.path.join(tmp, "src", "data"), site)
        elif gen == "mkdocs":
            convert_mkdocs(tmp, site, cfg)
        elif gen == "statamic":
            convert_statamic(tmp, site, a.source, sha)
        elif gen == "astro":
            if not os.path.isdir(os.path.join(tmp, "src", "content")) and os.path.isdir(os.path.join(tmp, "src", "pages")):
                # no content collections: Astro publishes the Markdown kept among the .astro routes
                # (src/pages/services/*.md) as pages; the .astro components themselves are not moved
                convert_content_tree(os.path.join(tmp, "src", "pages"), site, a.source, sha, prefix + "src/pages")
            else:
                convert_content_tree(os.path.join(tmp, "src", "content"), site, a.source, sha, prefix + "src/content")
            convert_data_dir(os.path.join(tmp, "src", "data"), site)
        elif gen == "nuxt":
            strip_order_prefixes(croot)
            convert_content_tree(croot, site, a.source, sha, "content", clean=strip_mdc)
        elif gen == "gatsby":
            if not os.path.isdir(croot) and os.path.isdir(os.path.join(tmp, "src", "content")):
                convert_content_tree(os.path.join(tmp, "src", "content"), site, a.source, sha, prefix + "src/content",
                                     bundle_assets=True)
            elif not os.path.isdir(croot) and not has_markdown(os.path.join(tmp, "src", "pages")) \
                    and gatsby_source_dirs(tmp):
                # Markdown folders of src/ named by gatsby-source-filesystem (src/posts, src/testimonials…)
                # beside React pages without Markdown: each folder a section, as content/ folders elsewhere
                convert_content_tree(os.path.join(tmp, "src"), site, a.source, sha, prefix + "src",
                                     bundle_assets=True, only=set(gatsby_source_dirs(tmp)))
            elif not os.path.isdir(croot) and os.path.isdir(os.path.join(tmp, "src", "pages")):
                # Markdown kept among the React pages (src/pages/blog/*.md, read by gatsby-source-filesystem
                # over src/); the .js pages themselves are components and are not moved
                convert_content_tree(os.path.join(tmp, "src", "pages"), site, a.source, sha, prefix + "src/pages",
                                     bundle_assets=True)
            else:
                convert_content_tree(croot, site, a.source, sha, "content", bundle_assets=True)
        elif gen == "pelican":
            convert_pelican(tmp, site, cfg, a.source, sha)
        elif gen == "next" and not is_next_posts(tmp):
            # Markdown collections in src/content (blog -> tips, testimonials); the .js modules are not moved
            convert_content_tree(os.path.join(tmp, "src", "content"), site, a.source, sha, prefix + "src/content")
        elif gen == "next":
            convert_next_posts(tmp, site, a.source, sha, prefix)
        elif gen == "phenomic":
            convert_content_tree(os.path.join(tmp, cfg["path"]), site, a.source, sha, prefix + cfg["path"])
        else:
            convert_content_tree(croot, site, a.source, sha, prefix + "content")
            convert_data_dir(os.path.join(tmp, "data"), site)

    sdata = settings_data(tmp, root_settings) + extra_settings
    # A CMS settings file beside the pages (content/settings/global.yml)
    # names the site the CMS publishes; it wins over a starter's config.
    for name, d in sdata:
        if name.startswith("content" + os.sep) and isinstance(d, dict):
            for k, v in d.items():
                if re.fullmatch(r"site_?title|site_?name", str(k), re.I) and isinstance(v, str) and v.strip():
                    cfg["title"] = v.strip()
                elif re.fullmatch(r"site_?url", str(k), re.I) and isinstance(v, str) and re.match(r"https?://", v):
                    cfg["url"] = v.strip()
    if gen == "phenomic":
        for name, d in sdata:
            for k, v in (d.items() if isinstance(d, dict) and os.sep not in name else []):  # root settings files
                if SITE_NAME_KEY.match(str(k)) and isinstance(v, str) and v.strip() and not cfg.get("title"):
                    cfg["title"] = v.strip()
        if not cfg.get("title") and site.home:
            cfg["title"] = site.home[0].get("title")
        if not cfg.get("language"):
            cfg["language"] = guess_language(site)
    if not find_key({"t": cfg.get("title")}, {"t"}) and not find_key(cfg, {"title", "name"}):
        home_title = (site.home or ({}, ""))[0].get("title") or ""
        if " | " in home_title:
            cfg["title"] = home_title.rsplit(" | ", 1)[1].strip(" '\"")
        else:
            for _name, d in sdata:
                n = find_key(d, {"site_name", "name", "title"}) if isinstance(d, dict) else None
                if n:
                    cfg["title"] = n
                    break
    base = a.base_url or cfg.get("url") or cfg.get("baseURL") or cfg.get("baseurl") or ""
    if not isinstance(base, str) or not re.match(r"https?://[^/]+", base):
        base = "https://www.example-practice.test/"
    # Hugo names the site's language defaultContentLanguage when it has
    # several; a site that names none is read for its most frequent words.
    lang = (cfg.get("languageCode") or cfg.get("lang") or cfg.get("locale") or cfg.get("language")
            or cfg.get("defaultContentLanguage") or guess_language(site) or "en")
    lang = str(lang).replace("_", "-").split("-")[0].lower() if lang else "en"
    if base == "https://www.example-practice.test/":
        t = find_key({"t": cfg.get("title")}, {"t"}) or find_key(cfg, {"title", "name"})
        host = own_domain(tmp, t)
        if host:
            base = f"https://{host}/"
    own = harvest_own(tmp, gen, cfg, sdata)
    write_site_toml(a.out, cfg, base, lang if re.match(r"^[a-z]{2,3}$", lang) else "en", own)
    own_summary = {"phones": len(own.phones), "faxes": len(own.faxes), "emails": len(own.emails),
                   "addresses": len(own.addresses), "domains": len(own.domains),
                   "from": sorted(set(w for _k, w in own.sources))}
    n = site.write()
    copy_images(tmp, a.out, gen, cfg)
    shutil.rmtree(extracted)
    print(json.dumps({"out": a.out, "generator": gen, "commit": sha, "pages": n,
                      "sections": {s: len(p) for s, p in sorted(site.pages.items())}, "own_contact": own_summary}))


if __name__ == "__main__":
    main()
