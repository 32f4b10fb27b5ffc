#!/usr/bin/env bash
# Times a full build of a small site with one pathological page at a time
# (issue 14): N identical headings, N `@/` links, and the most tags a page
# may have (50; TAGS=N tries another count: over 50 is an error at the line).
#   benches/pathological.sh [CAREPRESS_BINARY] [N]
# Sites are generated under $TMPDIR; outputs go to $SCRATCH (default /dev/shm: the real disk
# hides speed on these machines). Prints one line per case: seconds, peak RSS.
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SCRATCH=${SCRATCH:-/dev/shm}
BIN=$(realpath "${1:-${CARGO_TARGET_DIR:-$REPO/target}/release/carepress}")
N=${2:-20000}
W=$(mktemp -d "${TMPDIR:-/tmp}/carepress-patho.XXXXXX")
O=$(mktemp -d "$SCRATCH/carepress-patho.XXXXXX")
trap 'rm -rf "$W" "$O"' EXIT
[ -x /usr/bin/time ] || { apt-get update -qq && apt-get install -y -qq time >/dev/null; }
case_site() { # name, body generator
  local d="$W/$1"
  "$BIN" init "$d" >/dev/null
  printf '+++\ntitle = "Pathological %s"\ndate = 2026-01-01\n%s\n+++\n' "$1" "${3:-}" > "$d/content/tips/patho.md"
  python3 -c "$2" >> "$d/content/tips/patho.md"
  /usr/bin/time -f "$1: %e s, peak RSS %M KiB" "$BIN" build --root "$d" --now 2026-11-27 --output "$O/$1" >/dev/null 2>"$W/$1.time" || { cat "$W/$1.time"; return 1; }
  tail -1 "$W/$1.time"
}
case_site headings "print('\n\n'.join('## Same heading' for _ in range($N)))"
case_site links "print(' '.join('[flu](@/tips/flu-shot.md)' for _ in range($N)))"
TAGS=${TAGS:-50}
case_site tags "print('Body.')" "tags = [$(python3 -c "print(', '.join('\"tag %d\"' % i for i in range($TAGS)))")]"
