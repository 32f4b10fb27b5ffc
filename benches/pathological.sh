#!/usr/bin/env bash
# Times a full build of a small `init` site with one pathological page at a
# time (issue 14), release binary, sites and outputs on $SCRATCH (default
# /dev/shm: the real disk hides speed on these machines):
#   - baseline: the starter site with no extra page, the fixed cost;
#   - N and 2N identical headings (each needs its own id: `same-heading-17`);
#   - N `@/` internal links in one paragraph;
#   - 50 tags, the most a page may have;
#   - TAGS (default 5,000) tags: must fail at once with `build/tags` naming the
#     file, the line, the limit and what to do.
# Every case must grow linearly: 2N headings should take about twice the
# extra time of N over the baseline, not four times.
#   benches/pathological.sh [CAREPRESS_BINARY] [N]
# Prints one line per case: wall and CPU seconds and peak RSS (GNU time) of a build
# with a warm card cache, exit status.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRATCH=${SCRATCH:-/dev/shm}
BIN=$(realpath "${1:-${CARGO_TARGET_DIR:-$REPO/target}/release/carepress}")
N=${2:-20000}
TAGS=${TAGS:-5000}
W=$(mktemp -d "$SCRATCH/carepress-patho.XXXXXX")
trap 'rm -rf "$W"' EXIT
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
# case_site NAME BODY_PYTHON [EXTRA_FRONT_MATTER]: an `init` site plus one
# page whose body the Python expression prints.
case_site() {
  local d="$W/$1" status=0
  "$BIN" init "$d" >/dev/null
  if [ -n "$2" ]; then
    printf '+++\ntitle = "Pathological %s"\ndate = 2026-01-01\n%s\n+++\n' "$1" "${3:-}" >"$d/content/tips/patho.md"
    python3 -c "$2" >>"$d/content/tips/patho.md"
  fi
  # The first build draws the social cards (.carepress-cache/); the second,
  # timed, pays only for the page itself.
  "$BIN" build --root "$d" --now 2026-11-27 --output "$W/out-$1" >/dev/null 2>&1 || true
  /usr/bin/time -f "%e s wall, %U+%S s CPU, peak RSS %M KiB" "$BIN" build --root "$d" --now 2026-11-27 --output "$W/out-$1" \
    >/dev/null 2>"$W/$1.err" || status=$?
  printf '%-16s %s, exit %s\n' "$1:" "$(tail -1 "$W/$1.err")" "$status"
  if [ "$status" != 0 ]; then grep -m2 -E '^(error|Error|  *hint)' "$W/$1.err" | cut -c1-160 | sed 's/^/    /'; fi
  rm -rf "$d" "$W/out-$1"
}
tags() { python3 -c "print('tags = [' + ', '.join('\"tag %d\"' % i for i in range($1)) + ']')"; }
case_site baseline ""
case_site "headings-$N" "print('\n\n'.join('## Same heading' for _ in range($N)))"
case_site "headings-$((2 * N))" "print('\n\n'.join('## Same heading' for _ in range($((2 * N)))))"
case_site "links-$N" "print(' '.join('[flu](@/tips/flu-shot.md)' for _ in range($N)))"
case_site "tags-50" "print('Body.')" "$(tags 50)"
case_site "tags-$TAGS" "print('Body.')" "$(tags "$TAGS")"
