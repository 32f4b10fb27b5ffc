#!/usr/bin/env python3
"""Convert a Jekyll, Hugo or Stackbit website into a carepress site, the way a
practice would move it by hand.

    convert.py SOURCE OUT [--id ID] [--base-url URL]

SOURCE is a bare git directory (e.g. a /work/.mirror/OWNER+NAME/repo snapshot,
read at HEAD or at --commit) or a checked-out folder. OUT is created (and
replaced if it exists) with site.toml and content/.

What is moved:
- site.toml: base_url, title, description, practice name, phone, e-mail and
  street address when the source configuration (or _data/contact.yml,
  _data/site.yml) has them.
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
  output, Hugo shortcodes and kramdown attribute lists are stripped.
"""
import argparse
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
              "practitioners", "clinicians", "specialists", "vrachi"}
POST_WORDS = {"posts", "post", "blog", "articles", "article", "news", "stati", "statyi"}
TESTIMONIAL_WORDS = {"testimonials", "testimonial", "reviews", "review", "otzyvy"}
PROSE_DATA_WORDS = {"faq", "faqs", "services", "services-details", "treatments", "conditions", "infos", "info",
                    "about", "features", "procedures", "prices"}
SKIP_DIRS = {"_layouts", "_includes", "_sass", "_site", "_plugins", "node_modules", "vendor", "assets", ".github",
             "static", "themes", "layouts", "archetypes", "public", "resources", "_design", "images", "img", "css",
             "js", "fonts", "data", "i18n", ".forestry", "hugo-bin", "scripts"}
SKIP_FILES = {"readme.md", "license.md", "licence.md", "changelog.md", "contributing.md", "404.html", "404.md",
              "claude.md", "code_of_conduct.md", "security.md"}
TEAM_KEYS_DROP = {"layout", "permalink", "template", "type", "output"}
TEXT_EXT = (".md", ".markdown", ".html", ".htm")
IMAGE_EXT = (".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg")


# ----------------------------------------------------------------- reading
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
        if typ != b"blob" or "node_modules/" in path or not path.lower().endswith(TEXT_EXT + (".yml", ".yaml", ".toml", ".json") + IMAGE_EXT):
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
            return yaml.safe_load(text)
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
    date = norm_date(fm.pop("date", None)) or fallback_date
    if date:
        out["date"] = date
    upd = None
    for k in ("lastmod", "last_modified_at", "updated", "modified"):
        if k in fm:
            upd = norm_date(fm.pop(k)) or upd
    if upd:
        out["updated"] = upd
    tags = str_list(fm.pop("tags", None)) + str_list(fm.pop("categories", None)) + str_list(fm.pop("category", None))
    tags = [t for t in dict.fromkeys(t.strip() for t in tags) if t]
    if tags:
        out["tags"] = tags
    if isinstance(fm.get("slug"), str) and slugify(fm["slug"]):
        out["slug"] = slugify(fm.pop("slug"))
    is_draft = draft or fm.pop("draft", False) is True or fm.pop("published", True) is False
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
    for k, v in fm.items():
        if k in TEAM_KEYS_DROP or v is None:
            continue
        extra[k] = v
    if extra:
        out["extra"] = jsonable(extra)
    return out


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

    def add(self, section, slug, fm, body):
        slug = slugify(slug) or "page"
        sec = self.pages.setdefault(section, {})
        base, n = slug, 2
        while slug in sec:
            slug = f"{base}-{n}"
            n += 1
        sec[slug] = (fm, body)

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
                with open(os.path.join(d, slug + ".md"), "w", encoding="utf-8") as f:
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
    for k, v in fm.items():
        if k in TEAM_KEYS_DROP or v is None:
            continue
        extra[k] = v
    if extra:
        out["extra"] = jsonable(extra)
    return out


# ----------------------------------------------------------------- data files
def data_items(data):
    if isinstance(data, dict):
        for k in ("items", "doctors", "team", "members", "staff", "testimonials", "reviews", "faq", "faqs", "list",
                  "entries", "services", "treatments", "conditions"):
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
                              "doctor_introduction", "details", "summary")) or ""
        fm = dict(it)
        for k in ("bio_full", "bio", "about", "content", "body", "introduction", "intro", "details"):
            fm.pop(k, None)
        if "title" in fm and "role" not in fm and fm.get("title") != name:
            fm["role"] = fm.pop("title")
        fm["name"] = name
        fm["title"] = name
        site.add("team", it.get("id") or it.get("slug") or name, map_page(fm, "team", name), strip_templates(body))


def data_testimonials(site, items, stem):
    for i, it in enumerate(items, 1):
        quote = long_text(it, ("quote", "text", "content", "testimonial", "review", "description", "body", "message"))
        if not quote:
            continue
        who = ", ".join(x for x in (as_text(it.get("name")) or as_text(it.get("author")), as_text(it.get("title")) or as_text(it.get("role"))) if x)
        body = "\n".join("> " + line if line else ">" for line in quote.splitlines()) + "\n"
        if who:
            body += ">\n> -- " + who + "\n"
        site.add("testimonials", f"{stem}-{i}", {"title": f"Patient testimonial {i}"}, body)


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


PHONE_KEYS = {"phone", "site_phone", "telephone", "tel", "phone_display", "telefon", "phone2", "phone_2", "mobile",
              "whatsapp", "site_whatsapp", "phone_human", "phone2_human", "emergency"}
FAX_KEYS = {"fax", "fax_display", "telefax"}
EMAIL_KEYS = {"email", "site_email", "e-mail", "mail"}


def find_all(obj, names, depth=0, out=None):
    out = [] if out is None else out
    if depth > 3:
        return out
    if isinstance(obj, dict):
        for k, v in obj.items():
            if str(k).lower() in names and isinstance(v, (str, int)) and str(v).strip():
                out.append(str(v).strip())
            else:
                find_all(v, names, depth + 1, out)
    elif isinstance(obj, list):
        for v in obj:
            find_all(v, names, depth + 1, out)
    return out


def parse_address(s):
    s = re.sub(r"<br\s*/?>", ",", s)
    parts = [p.strip() for p in s.split(",") if p.strip()]
    if len(parts) < 2:
        return None
    addr = {"street": parts[0], "city": parts[1]}
    rest = " ".join(parts[2:])
    m = re.search(r"\b([A-Z]{2})\b", parts[1] + " " + rest)
    if m and len(parts) >= 2:
        addr["region"] = m.group(1)
        addr["city"] = re.sub(r"\s+\b[A-Z]{2}\b.*$", "", parts[1]).strip() or parts[1]
    z = re.search(r"\b(\d{5}(?:-\d{4})?)\b", rest + " " + parts[1])
    if z:
        addr["postal_code"] = z.group(1)
    return addr


def toml_str(s):
    return json.dumps(s, ensure_ascii=False)


def write_site_toml(out, cfg, base_url, lang):
    title = find_key({"t": cfg.get("title")}, {"t"}) or find_key(cfg, {"title", "name"}) or "Practice"
    title = " ".join(str(title).split())
    desc = cfg.get("description") if isinstance(cfg.get("description"), str) else ""
    phone = find_key(cfg, {"phone", "site_phone", "telephone", "tel", "phone_display", "telefon"})
    email = find_key(cfg, EMAIL_KEYS)
    addr_s = find_key(cfg, {"address_display", "address", "street_address", "adresse", "street"})
    lines = [f"base_url = {toml_str(base_url)}", f"title = {toml_str(title)}"]
    if desc:
        lines.append(f"description = {toml_str(' '.join(desc.split()))}")
    lines.append(f"language = {toml_str(lang)}")
    lines += ["", "[practice]", f"name = {toml_str(title)}"]
    if phone:
        lines.append(f"phone = {toml_str(phone)}")
    if email and "@" in email:
        lines.append(f"email = {toml_str(email)}")
    addr = parse_address(addr_s) if addr_s else None
    if addr:
        inner = ", ".join(f"{k} = {toml_str(v)}" for k, v in addr.items())
        lines.append(f"address = {{ {inner} }}")
    # Other numbers and addresses of the practice found in the configuration
    # (second lines, fax, WhatsApp, other mailboxes) go to the allowlist, as
    # a user moving the site would put them there.
    allow = []
    for v in find_all(cfg, PHONE_KEYS | FAX_KEYS) + find_all(cfg, EMAIL_KEYS):
        if v not in allow and v != phone and v != email and (("@" in v) or sum(ch.isdigit() for ch in v) >= 6):
            allow.append(v)
    lines += ["", "[compliance]", 'phi = "error"']
    if allow:
        lines.append("allow = [" + ", ".join(toml_str(x) for x in allow) + "]")
    lines.append("")
    with open(os.path.join(out, "site.toml"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def copy_images(tmp, out, gen):
    """Images go to static/ where the pages expect them (Jekyll: site root;
    Hugo: static/)."""
    roots = [(os.path.join(tmp, "static"), "")] if gen != "jekyll" else [(tmp, "")]
    for base, _ in roots:
        if not os.path.isdir(base):
            continue
        for root, dirs, files in os.walk(base):
            dirs[:] = [d for d in dirs if d not in ("_site", "node_modules", ".git")]
            for fn in files:
                if fn.lower().endswith(IMAGE_EXT):
                    rel = os.path.relpath(os.path.join(root, fn), base)
                    target = os.path.join(out, "static", rel)
                    os.makedirs(os.path.dirname(target), exist_ok=True)
                    shutil.copyfile(os.path.join(root, fn), target)


def git_date(source, sha, rel):
    if not sha:
        return None
    r = subprocess.run(["git", "-C", source, "log", "-1", "--format=%cs", sha, "--", rel], capture_output=True, text=True)
    return r.stdout.strip() or None


# ----------------------------------------------------------------- generators
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
        elif key in TESTIMONIAL_WORDS:
            data_testimonials(site, items, stem)
        elif key in PROSE_DATA_WORDS:
            data_prose(site, items, "data-" + slugify(stem), stem.replace("-", " ").replace("_", " ").title())


def convert_content_tree(croot, site, source, sha, rel_prefix):
    for root, dirs, files in os.walk(croot):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        rel_root = os.path.relpath(root, croot)
        parts = [] if rel_root == "." else rel_root.split(os.sep)
        for fn in sorted(files):
            if not fn.lower().endswith(TEXT_EXT) or fn.lower() in SKIP_FILES:
                continue
            fm, body = split_front_matter(read_text(os.path.join(root, fn)))
            if fm is None:
                fm, body = {}, read_text(os.path.join(root, fn))
            body = strip_templates(body)
            stem = os.path.splitext(fn)[0]
            rel = os.path.join(rel_prefix, *parts, fn)
            if parts and parts[0].startswith("_"):
                continue  # headless bundle, not published
            if not parts:
                if stem in ("_index", "index"):
                    hfm = map_section_fm(fm)
                    hfm.setdefault("title", "Home")
                    if site.home is None or body.strip():
                        site.home = (hfm, body)
                else:
                    site.add("pages", stem, map_page(fm, "pages", stem.replace("-", " ")), body)
                continue
            section = section_name(parts[0])
            kind = "team" if section == "team" else ("tips" if section == "tips" else "pages")
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
            site.add(section, slug, map_page(fm, kind, (sub[-1] if stem in ("_index", "index") else stem).replace("-", " "), fallback), body)


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
    sha = extract(a.source, a.commit, tmp)
    os.makedirs(a.out)
    site = Site(a.out)

    cfg, gen = {}, None
    for name in ("hugo.toml", "config.toml", "hugo.yaml", "config.yaml", "hugo.yml", "config.yml", "_config.yml", "stackbit.yaml"):
        p = os.path.join(tmp, name)
        if os.path.isfile(p):
            cfg = load_data_file(p) or {}
            gen = "jekyll" if name == "_config.yml" else ("stackbit" if name == "stackbit.yaml" else "hugo")
            break
    for extra_cfg in ("_data/contact.yml", "_data/site.yml", "data/contact.yml", "data/site.yml", "content/data/config.yml"):
        p = os.path.join(tmp, extra_cfg)
        if os.path.isfile(p):
            d = load_data_file(p)
            if isinstance(d, dict):
                cfg = {**d, **cfg}
    if gen is None:
        gen = "hugo" if os.path.isdir(os.path.join(tmp, "content")) else "jekyll"

    if gen == "jekyll":
        convert_jekyll(tmp, site, cfg, a.source, sha)
        convert_data_dir(os.path.join(tmp, "_data"), site)
    else:
        croot = os.path.join(tmp, "content")
        if gen == "stackbit" and os.path.isdir(os.path.join(croot, "pages")):
            convert_content_tree(os.path.join(croot, "pages"), site, a.source, sha, "content/pages")
            convert_data_dir(os.path.join(croot, "data"), site)
        else:
            convert_content_tree(croot, site, a.source, sha, "content")
            convert_data_dir(os.path.join(tmp, "data"), site)

    base = a.base_url or cfg.get("url") or cfg.get("baseURL") or cfg.get("baseurl") or ""
    if not isinstance(base, str) or not re.match(r"https?://[^/]+", base):
        base = "https://www.example-practice.test/"
    lang = cfg.get("languageCode") or cfg.get("lang") or cfg.get("locale") or cfg.get("language") or "en"
    lang = str(lang).replace("_", "-").split("-")[0].lower() if lang else "en"
    write_site_toml(a.out, cfg, base, lang if re.match(r"^[a-z]{2,3}$", lang) else "en")
    n = site.write()
    copy_images(tmp, a.out, gen)
    shutil.rmtree(tmp)
    print(json.dumps({"out": a.out, "generator": gen, "commit": sha, "pages": n,
                      "sections": {s: len(p) for s, p in sorted(site.pages.items())}}))


if __name__ == "__main__":
    main()
