#!/usr/bin/env bash
# Lighthouse (mobile) on the example site and a fresh `carepress init` site,
# home page and one tip page, for one or two carepress builds (issue 11:
# the figures before and after the image work). Installs what it needs
# (Debian chromium, lighthouse from npm into $LH_DIR) and writes everything
# to $OUT (default $SCRATCH/carepress-lighthouse, SCRATCH default /dev/shm): the built sites, one JSON
# report per page and run, and summary.md (the table in benches/LIGHTHOUSE.md).
#
#   cargo build --release
#   bash benches/lighthouse.sh                        # this checkout only
#   BEFORE_BIN=/dev/shm/before-target/release/carepress BEFORE_ROOT=/dev/shm/before \
#     bash benches/lighthouse.sh                      # and an older checkout
#
# Each label builds its own checkout's example site (ROOT) with its own
# binary, so "before" is the project as it was. RUNS (default 3) reports
# per page; the table shows the median performance score and the
# worst run of every other figure. The network stays closed: Chromium runs
# with background networking, component updates and sync off.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SCRATCH=${SCRATCH:-/dev/shm}
OUT=${OUT:-$SCRATCH/carepress-lighthouse}
LH_DIR=${LH_DIR:-$SCRATCH/lh}
CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
RUNS=${RUNS:-3}
NOW=${NOW:-2026-11-27}
AFTER_BIN=${AFTER_BIN:-${CARGO_TARGET_DIR:-$PWD/target}/release/carepress}
AFTER_ROOT=${AFTER_ROOT:-$PWD}
BEFORE_BIN=${BEFORE_BIN:-}
BEFORE_ROOT=${BEFORE_ROOT:-}

if [ ! -x "$CHROME_PATH" ]; then
  apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
fi
lh=$LH_DIR/node_modules/.bin/lighthouse
if [ ! -x "$lh" ]; then
  mkdir -p "$LH_DIR"
  [ -f "$LH_DIR/package.json" ] || echo '{"name":"lh","private":true}' >"$LH_DIR/package.json"
  (cd "$LH_DIR" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --no-audit --no-fund --loglevel=error lighthouse)
fi
export CHROME_PATH
flags="--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking --disable-component-update --disable-sync"

rm -rf "$OUT" && mkdir -p "$OUT"
servers=()
trap 'for p in "${servers[@]}"; do kill "$p" 2>/dev/null || true; done' EXIT

# site LABEL NAME DIR: serve DIR, run Lighthouse on / and its first tip.
audit_site() {
  local label=$1 name=$2 dir=$3 port tip
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  python3 -m http.server --bind 127.0.0.1 --directory "$dir" "$port" >/dev/null 2>&1 &
  servers+=($!)
  for _ in $(seq 50); do curl -fs "http://127.0.0.1:$port/" >/dev/null && break; sleep 0.1; done
  tip=$(cd "$dir" && ls -d tips/*/ | grep -v '^tips/page/' | sort | head -1)
  for page in home "tip:$tip"; do
    local path=/ key=home
    [ "$page" = home ] || { path="/${page#tip:}"; key=tip; }
    for run in $(seq "$RUNS"); do
      "$lh" "http://127.0.0.1:$port$path" --quiet --form-factor=mobile \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="$flags" --output=json \
        --output-path="$OUT/$label.$name.$key.$run.json" ||
        echo "lighthouse failed: $label $name $path run $run" >&2
    done
    echo "$label $name $key $path" >>"$OUT/pages.txt"
  done
}

# build LABEL BIN ROOT: the example site and a fresh init site.
run_label() {
  local label=$1 bin=$2 root=$3
  echo "== $label: $bin on $root" >&2
  "$bin" build --root "$root" --now "$NOW" --output "$OUT/$label/example" >"$OUT/$label.build.log" 2>&1
  rm -rf "$OUT/$label/fresh"
  "$bin" init "$OUT/$label/fresh" >/dev/null
  "$bin" build --root "$OUT/$label/fresh" --now "$NOW" --output "$OUT/$label/fresh-out" >>"$OUT/$label.build.log" 2>&1
  audit_site "$label" example "$OUT/$label/example"
  audit_site "$label" init "$OUT/$label/fresh-out"
}

[ -n "$BEFORE_BIN" ] && run_label before "$BEFORE_BIN" "$BEFORE_ROOT"
run_label after "$AFTER_BIN" "$AFTER_ROOT"
python3 benches/lighthouse_summary.py "$OUT" | tee "$OUT/summary.md"
