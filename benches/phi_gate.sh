#!/usr/bin/env bash
# PHI gate speed (issue 9): `check` against `build` on a 10,000-page corpus,
# with the release binary, output on $SCRATCH (default /dev/shm). Prints the
# median wall times of RUNS alternating runs and their ratio (target: check
# <= 1.5 x build), in two configurations of the same corpus:
#
#   guard on  (`[compliance] phi = "error"`, the default of `carepress init`
#             and of every site that keeps the guard): `build` runs the same
#             PHI gate as `check` ("one verdict everywhere"), so the ratio is
#             what `check` adds: the HTML rules and the report.
#   guard off (`phi = "off"`, as gen_corpus.py writes it): `build` skips the
#             guard and `check` still runs it, so the ratio is the whole cost
#             of the guard plus the HTML rules. This is the stricter figure.
#
# The incremental watch cost of the gate is in the `gate` stage of
# CAREPRESS_WATCH_TIMINGS (benches/watch_latency.py prints those stages and
# a gate summary; the generated corpus has phi = "off", so pass --phi warn:
# target <= 5 ms).
#
#   python3 benches/watch_latency.py --runs 20 --phi warn
#
#   cargo build --release && bash benches/phi_gate.sh [PAGES] [RUNS]
# Environment: BIN (default the release build), WORK (default
# $SCRATCH/carepress-phi-bench), SCRATCH (default /dev/shm), SHARED (default
# ../shared beside the checkout).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Where the corpus and the output go: tmpfs by default, as the benchmark guide
# asks (the real disk hides speed on these machines). SHARED is the ../shared
# folder beside the checkout (gen_corpus.py).
SCRATCH=${SCRATCH:-/dev/shm}
SHARED=${SHARED:-$REPO/../shared}
PAGES=${1:-10000}
RUNS=${2:-3}
BIN=${BIN:-${CARGO_TARGET_DIR:-$REPO/target}/release/carepress}
WORK=${WORK:-$SCRATCH/carepress-phi-bench}
rm -rf "$WORK" && mkdir -p "$WORK"
python3 "$SHARED/bench/gen_corpus.py" "$PAGES" "$WORK/site" >/dev/null
# The machine is shared: run the two commands alternately, so both meet the
# same load, and compare medians (a best-of block per command catches a
# quiet minute for one and a busy one for the other).
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || true; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
# The same corpus with the guard on (phi = "error").
cp -r "$WORK/site" "$WORK/site-on"
sed -i 's/^phi = "off"/phi = "error"/' "$WORK/site-on/site.toml"
for mode in on off; do
  site="$WORK/site"; [ "$mode" = on ] && site="$WORK/site-on"
  BT=(); CT=()
  for _ in $(seq "$RUNS"); do
    BT+=("$(ms "$BIN" build --root "$site" --output "$WORK/out")")
    CT+=("$(ms "$BIN" check --root "$site" --format json)")
  done
  python3 - "$PAGES" "$mode" "${BT[*]}" "${CT[*]}" <<'PY'
import statistics, sys
pages, mode, b, c = sys.argv[1], sys.argv[2], [int(x) for x in sys.argv[3].split()], [int(x) for x in sys.argv[4].split()]
mb, mc = statistics.median(b), statistics.median(c)
print(f"guard {mode:3}: pages={pages} build_ms={mb:.0f} check_ms={mc:.0f} ratio={mc / mb:.2f} (medians of {len(b)} alternating runs; best {min(b)}/{min(c)} ms)")
PY
done
