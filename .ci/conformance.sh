#!/usr/bin/env bash
# Output conformance gate (docs: shared/docs/conformance.md, section (b)).
#
#   .ci/conformance.sh            (run from anywhere; CI runs it after `cargo test`)
#
# Builds the example site (the repository root) and, when present, the fixture
# tests/fixtures/awkward with the release binary into temp folders, then runs:
#   1. vnu (Nu Html Checker, npm vnu-jar + Java) on every .html page: zero errors
#   2. schemaorg-validate --profile google on every .html page: zero errors
#   3. jing with RFC 4287 Appendix B RELAX NG (.ci/schemas/atom.rnc) on every
#      atom.xml, plus python asserts T2, T3, T5, T6 (Schematron rules jing skips)
#   4. xmllint well-formedness on every .xml; sitemap.xml against the
#      sitemaps.org 0.9 XSD (.ci/schemas/sitemap.xsd) plus asserts (absolute
#      https loc on the base_url host, W3C Datetime lastmod, file exists)
#   5. feedparser on every rss.xml/atom.xml (bozo == 0, site feeds have
#      entries); every feed.json parses and is JSON Feed 1.1
# Installs what it lacks (idempotent, quiet; cached under ~/.cache/carepress-ci):
#   apt: libxml2-utils, jing (and a JRE if java is missing); npm: vnu-jar;
#   PyPI (venv): feedparser; crates.io: schemaorg-validate (cargo install).
# Prints `conformance: N passed, M failed` and exits non-zero on any failure.
#
# Environment: CAREPRESS_CI_CACHE (cache dir), CAREPRESS_BIN (skip the release
# build and use this binary), CAREPRESS_NOW (default 2026-11-27).
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cache=${CAREPRESS_CI_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/carepress-ci}
now=${CAREPRESS_NOW:-2026-11-27}
vnu_version=26.9.27
feedparser_version=6.0.14
sov_version=0.3.0
started=$SECONDS

log() { echo "conformance: $*" >&2; }
die() { log "ERROR: $*"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/carepress-conformance.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$cache"

sudo_cmd=()
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); fi

# quiet: run a command with output to a log, show the log only on failure.
quiet() {
  local name=$1; shift
  if ! "$@" >"$work/$name.log" 2>&1; then
    cat "$work/$name.log" >&2
    die "$name failed: $*"
  fi
}

# ---------------------------------------------------------------- installs
apt_pkgs=()
command -v xmllint >/dev/null 2>&1 || apt_pkgs+=(libxml2-utils)
[ -f /usr/share/java/jing.jar ] || apt_pkgs+=(jing)
command -v java >/dev/null 2>&1 || apt_pkgs+=(default-jre-headless)
if [ "${#apt_pkgs[@]}" -gt 0 ]; then
  log "installing ${apt_pkgs[*]} (apt)"
  quiet apt-update "${sudo_cmd[@]}" apt-get update -qq
  quiet apt-install "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -qq --no-install-recommends "${apt_pkgs[@]}"
fi

vnu_jar=$cache/npm/node_modules/vnu-jar/build/dist/vnu.jar
if [ ! -f "$vnu_jar" ] || ! grep -q "\"version\": \"$vnu_version\"" "$cache/npm/node_modules/vnu-jar/package.json" 2>/dev/null; then
  log "installing vnu-jar@$vnu_version (npm)"
  mkdir -p "$cache/npm"
  [ -f "$cache/npm/package.json" ] || echo '{"name":"carepress-ci","private":true}' >"$cache/npm/package.json"
  # --ignore-scripts: the postinstall only looks for a JRE (and would try to
  # download one when missing); the jar itself ships in the package.
  quiet npm-vnu bash -c "cd '$cache/npm' && npm install --no-audit --no-fund --loglevel=error --ignore-scripts vnu-jar@$vnu_version"
fi

venv=$cache/venv
if ! "$venv/bin/python" -c "import feedparser, sys; sys.exit(feedparser.__version__ != '$feedparser_version')" 2>/dev/null; then
  log "installing feedparser==$feedparser_version (PyPI, venv $venv)"
  rm -rf "$venv"
  quiet venv python3 -m venv "$venv"
  quiet pip-feedparser "$venv/bin/pip" install -q --disable-pip-version-check "feedparser==$feedparser_version"
fi
"$venv/bin/python" -c 'import tomllib' 2>/dev/null || die "python in $venv lacks tomllib (needs Python >= 3.11)"

sov=$cache/cargo/bin/schemaorg-validate
if [ ! -x "$sov" ] || ! "$sov" --version 2>/dev/null | grep -q "$sov_version"; then
  log "installing schemaorg-validate $sov_version (crates.io; ~1-2 min compile)"
  quiet cargo-install-sov cargo install --quiet --locked --root "$cache/cargo" \
    schemaorg-validate --version "$sov_version" --features cli
fi
log "tools ready after $((SECONDS - started))s"

# ---------------------------------------------------------------- results
results=$work/results.txt
: >"$results"
pass() { echo "PASS $1 $2" >>"$results"; }
fail() {
  local check=$1 file=$2; shift 2
  { echo "FAIL $check $file: $1"; shift; for l in "$@"; do echo "    $l"; done; } >>"$results"
}
record_lines() { cat >>"$results"; }  # already in PASS/FAIL form (from conformance.py)

# ---------------------------------------------------------------- build
checks_started=$SECONDS
if [ -n "${CAREPRESS_BIN:-}" ]; then
  bin=$CAREPRESS_BIN
else
  log "building the release binary"
  quiet cargo-build bash -c "cd '$root' && cargo build --release --quiet"
  bin=${CARGO_TARGET_DIR:-$root/target}/release/carepress
fi
[ -x "$bin" ] || die "no carepress binary at $bin"
log "binary ready after $((SECONDS - checks_started))s"
checks_started=$SECONDS

sites=()  # entries "name|site_root|out_dir|require_entries"
build_site() {
  local name=$1 site_root=$2 require=$3
  local out=$work/$name
  if "$bin" build --root "$site_root" --now "$now" --output "$out" >"$work/build-$name.log" 2>&1; then
    pass build "$name"
    sites+=("$name|$site_root|$out|$require")
  else
    fail build "$name" "carepress build --root $site_root --now $now failed:" \
      "$(tail -n 40 "$work/build-$name.log")"
  fi
}
build_site example "$root" --require-entries
if [ -d "$root/tests/fixtures/awkward" ]; then
  build_site awkward "$root/tests/fixtures/awkward" ""
else
  log "tests/fixtures/awkward absent: skipped"
fi

for entry in ${sites[@]+"${sites[@]}"}; do
  IFS='|' read -r name site_root out require <<<"$entry"
  log "checking $name ($out)"
  mapfile -t html < <(cd "$out" && find . -type f -name '*.html' | sed 's|^\./||' | LC_ALL=C sort)
  mapfile -t xmls < <(cd "$out" && find . -type f -name '*.xml' | sed 's|^\./||' | LC_ALL=C sort)
  mapfile -t atoms < <(printf '%s\n' ${xmls[@]+"${xmls[@]}"} | grep -E '(^|/)atom\.xml$' || true)
  [ "${#html[@]}" -gt 0 ] || fail html "$name" "no .html pages in the output"

  # 1. vnu on every HTML page (one JVM for all pages).
  if [ "${#html[@]}" -gt 0 ]; then
    (cd "$out" && java -Xss4m -jar "$vnu_jar" --errors-only --format json --stdout --exit-zero-always \
      "${html[@]}" >"$work/vnu-$name.json" 2>"$work/vnu-$name.err") || true
    if [ -s "$work/vnu-$name.err" ]; then cat "$work/vnu-$name.err" >&2; fi
    (cd "$out" && "$venv/bin/python" "$root/.ci/conformance.py" vnu "$work/vnu-$name.json" "${html[@]}") \
      | sed -E "s#^(PASS|FAIL) vnu #&$name/#" | record_lines
  fi

  # 2. schemaorg-validate (Google profile) on every HTML page, 2 at a time.
  if [ "${#html[@]}" -gt 0 ]; then
    mkdir -p "$work/sov-$name"
    export sov out work name root venv
    printf '%s\0' "${html[@]}" | xargs -0 -n 1 -P 2 bash -c '
      page=$1; rep=$work/sov-$name/$(echo "$page" | tr "/" "_").json
      rc=0; "$sov" --file "$out/$page" --profile google --format json --no-color >"$rep" 2>&1 || rc=$?
      "$venv/bin/python" "$root/.ci/conformance.py" schemaorg "$rep" "$name/$page" "$rc" "$out/$page" >"$rep.result"
    ' _
    cat "$work/sov-$name"/*.result | record_lines
  fi

  # 3. jing: RFC 4287 RELAX NG on every atom.xml (one JVM; errors are "file:line:col: error: ...").
  if [ "${#atoms[@]}" -gt 0 ]; then
    (cd "$out" && java -cp /usr/share/java/jing.jar com.thaiopensource.relaxng.util.Driver -c \
      "$root/.ci/schemas/atom.rnc" "${atoms[@]}" >"$work/jing-$name.txt" 2>&1) || true
    # Lines jing prints are "/abs/path:line:col: error: ..." (or "fatal: ...").
    if grep -v -q -F "$out/" "$work/jing-$name.txt"; then
      fail jing "$name" "jing did not run cleanly:" "$(grep -v -F "$out/" "$work/jing-$name.txt" | head -n 20)"
    fi
    for f in "${atoms[@]}"; do
      errs=$(awk -v p="$out/$f:" 'index($0, p) == 1' "$work/jing-$name.txt")
      if [ -n "$errs" ]; then fail jing "$name/$f" "RFC 4287 RELAX NG errors:" "$errs"; else pass jing "$name/$f"; fi
    done
  else
    fail atom "$name" "no atom.xml in the output"
  fi

  # 4. xmllint: well-formedness of every .xml; sitemap against the 0.9 XSD.
  for f in ${xmls[@]+"${xmls[@]}"}; do
    if msg=$(xmllint --noout "$out/$f" 2>&1); then pass xmllint "$name/$f"; else fail xmllint "$name/$f" "not well-formed:" "$msg"; fi
  done
  if [ -f "$out/sitemap.xml" ]; then
    if msg=$(xmllint --noout --schema "$root/.ci/schemas/sitemap.xsd" "$out/sitemap.xml" 2>&1); then
      pass sitemap-xsd "$name/sitemap.xml"
    else
      fail sitemap-xsd "$name/sitemap.xml" "sitemaps.org 0.9 XSD:" "$msg"
    fi
  fi

  # 3b/4b/5. Atom asserts, sitemap asserts, feedparser, JSON Feed (python).
  "$venv/bin/python" "$root/.ci/conformance.py" site "$out" "$site_root" $require \
    | sed -E "s#^(PASS|FAIL) ([a-z-]+) #\1 \2 $name/#" | record_lines
done

# ---------------------------------------------------------------- summary
grep -E '^FAIL|^    ' "$results" >&2 || true
echo "--- per check:"
awk '/^(PASS|FAIL) / { k=$2; if ($1=="PASS") p[k]++; else f[k]++; seen[k]=1 }
     END { for (k in seen) printf "  %-16s %4d passed, %d failed\n", k, p[k], f[k] }' "$results" | LC_ALL=C sort
npass=$(grep -c '^PASS ' "$results" || true)
nfail=$(grep -c '^FAIL ' "$results" || true)
log "checks took $((SECONDS - checks_started))s (total $((SECONDS - started))s)"
echo "conformance: $npass passed, $nfail failed"
[ "$nfail" -eq 0 ]
