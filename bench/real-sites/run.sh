#!/usr/bin/env bash
# Convert every site in sites.json and run the PHI guard on it.
#   CAREPRESS_BIN=/path/to/carepress bench/real-sites/run.sh [SITE_ID...]
# Another binary, without touching the baseline results and without
# re-converting (the converted sites are shared, read-only):
#   CAREPRESS_BIN=/path/to/other RESULTS=/dev/shm/real-sites/results-other CONVERT=0 bench/real-sites/run.sh
# Mirrors are read from $MIRROR/OWNER+NAME/repo (default .mirror beside the
# checkout, where the `fetch` tool leaves them) or cloned from GitHub into
# $WORK/src when missing. WORK defaults to $SCRATCH/real-sites (SCRATCH:
# /dev/shm).
# Convert only, without running any check (to prepare a held-out set that
# must not be shown to the guard before it is scored; no binary needed):
#   CONVERT_ONLY=1 bench/real-sites/run.sh SITE_ID...
# Without SITE_IDs, the sites of UNSCORED_SETS (space-separated set names;
# default: none; heldout23 was scored in the twenty-eighth session) are left out, so
# that a routine run never checks a held-out set before it is scored: set it
# to the next blind set's name while that set waits for its scoring run.
set -euo pipefail
HERE="$(cd "$(dirname "$0")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"
CONVERT_ONLY="${CONVERT_ONLY:-0}"
if [ "$CONVERT_ONLY" = 1 ]; then
  BIN=""
else
  BIN="${CAREPRESS_BIN:?set CAREPRESS_BIN to the carepress binary to evaluate}"
fi
WORK="${WORK:-${SCRATCH:-/dev/shm}/real-sites}"
MIRROR="${MIRROR:-$REPO/../.mirror}"
NOW="${NOW:-2026-11-27}"
RESULTS="${RESULTS:-$WORK/results}"
CONVERT="${CONVERT:-1}"
mkdir -p "$WORK/sites" "$WORK/src"
[ "$CONVERT_ONLY" = 1 ] || mkdir -p "$RESULTS"
ids=("$@")
if [ ${#ids[@]} -eq 0 ]; then
  # all sites except those of a held-out set not scored yet (UNSCORED_SETS,
  # space-separated): such a set is only checked when its ids are named
  UNSCORED_SETS="${UNSCORED_SETS-}"
  mapfile -t ids < <(python3 -c 'import json,sys; skip=sys.argv[2].split(); [print(s["id"]) for s in json.load(open(sys.argv[1]))["sites"] if s["set"] not in skip]' "$HERE/sites.json" "$UNSCORED_SETS")
fi
for id in "${ids[@]}"; do
  read -r repo commit < <(python3 -c 'import json,sys; s=[s for s in json.load(open(sys.argv[1]))["sites"] if s["id"]==sys.argv[2]][0]; print(s["repo"], s["commit"])' "$HERE/sites.json" "$id")
  if [ "$CONVERT" = 0 ] && [ "$CONVERT_ONLY" != 1 ] && [ -f "$WORK/sites/$id.convert.json" ]; then
    cp "$WORK/sites/$id.convert.json" "$RESULTS/$id.convert.json"
  else
    src="$MIRROR/${repo/\//+}/repo"
    if [ ! -d "$src" ]; then
      src="$WORK/src/$id"
      [ -d "$src" ] || git clone --quiet --bare "https://github.com/$repo" "$src"
    fi
    python3 "$HERE/convert.py" "$src" "$WORK/sites/$id" --commit "$commit" > "$WORK/sites/$id.convert.json"
    if [ "$CONVERT_ONLY" = 1 ]; then
      echo "$id: converted, $(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["pages"], "pages")' "$WORK/sites/$id.convert.json") (not checked)"
      continue
    fi
    cp "$WORK/sites/$id.convert.json" "$RESULTS/$id.convert.json"
  fi
  # exit status 1 just means there are findings; a crash (panic) leaves an
  # empty ID.json and its message in ID.crash.txt (summarise.py reports it)
  "$BIN" check --root "$WORK/sites/$id" --now "$NOW" --format json --only phi,consent,reply > "$RESULTS/$id.json" 2> "$RESULTS/$id.crash.txt" || true
  "$BIN" check --root "$WORK/sites/$id" --now "$NOW" --format json > "$RESULTS/$id.all.json" 2>/dev/null || true
  if [ -s "$RESULTS/$id.json" ]; then
    rm -f "$RESULTS/$id.crash.txt"
    echo "$id: $(python3 -c 'import json,sys; print(len(json.load(open(sys.argv[1]))), "PHI-family findings")' "$RESULTS/$id.json")"
  else
    echo "$id: the binary crashed, see $RESULTS/$id.crash.txt"
  fi
done
[ "$CONVERT_ONLY" = 1 ] || python3 "$HERE/summarise.py" --results "$RESULTS" --judgments "$HERE/judgments.json"
