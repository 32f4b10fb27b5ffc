#!/usr/bin/env bash
# PHI gate speed (issue 9): `check` against `build` on a 10,000-page corpus,
# with the release binary, output on /dev/shm. Prints best-of-N wall times
# and the ratio (target: check <= 1.5 x build). The incremental watch cost
# of the gate is in the `gate` stage of CAREPRESS_WATCH_TIMINGS
# (benches/watch_latency.py prints those stages and a gate summary; the
# generated corpus has phi = "off", so pass --phi warn: target <= 5 ms).
#
#   python3 benches/watch_latency.py --runs 20 --phi warn
#
# The corpus has `[compliance] phi = "off"`, so `build` here does not run
# the guard while `check` does: the ratio is the full cost of the guard
# plus the HTML rules.
#
#   cargo build --release && bash benches/phi_gate.sh [PAGES] [RUNS]
set -euo pipefail
PAGES=${1:-10000}
RUNS=${2:-3}
BIN=${BIN:-target/release/carepress}
WORK=/dev/shm/carepress-phi-bench
rm -rf "$WORK" && mkdir -p "$WORK"
python3 ../shared/bench/gen_corpus.py "$PAGES" "$WORK/site" >/dev/null 2>&1 || python3 /work/shared/bench/gen_corpus.py "$PAGES" "$WORK/site" >/dev/null
best() { # best wall time in ms of RUNS runs of "$@"
  local b=999999999
  for _ in $(seq "$RUNS"); do
    local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N)
    local t=$(( (e - s) / 1000000 )); (( t < b )) && b=$t
  done
  echo "$b"
}
B=$(best "$BIN" build --root "$WORK/site" --output "$WORK/out")
C=$(best "$BIN" check --root "$WORK/site" --format json)
echo "pages=$PAGES build_ms=$B check_ms=$C ratio=$(python3 -c "print(round($C/$B, 2))")"
