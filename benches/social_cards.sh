#!/usr/bin/env bash
# Generated images (issue 11): build time of the 10,000-page corpus with
# social cards and icons, with a cold cache (every card drawn) and a warm
# one (every card read from .carepress-cache/), against a carepress from
# before cards (BEFORE, e.g. a release build of the previous commit).
# Output and site on $SCRATCH (default /dev/shm). Prints median wall times.
#
#   cargo build --release
#   BEFORE=/path/to/old/carepress bash benches/social_cards.sh [PAGES] [RUNS] [COLD_RUNS]
# Environment: BIN (default the release build), WORK (default
# $SCRATCH/carepress-cards-bench), SCRATCH (default /dev/shm), SHARED (default
# ../shared beside the checkout).
set -euo pipefail
REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
# Where the corpus and the output go: tmpfs by default, as the benchmark guide
# asks (the real disk hides speed on these machines). SHARED is the ../shared
# folder beside the checkout (gen_corpus.py).
SCRATCH=${SCRATCH:-/dev/shm}
SHARED=${SHARED:-$REPO/../shared}
PAGES=${1:-10000}
RUNS=${2:-5}
COLD_RUNS=${3:-1}
BIN=${BIN:-${CARGO_TARGET_DIR:-$REPO/target}/release/carepress}
BEFORE=${BEFORE:-}
WORK=${WORK:-$SCRATCH/carepress-cards-bench}
rm -rf "$WORK" && mkdir -p "$WORK"
python3 "$SHARED/bench/gen_corpus.py" "$PAGES" "$WORK/site" >/dev/null
# A practice has a logo: cards and icons draw it.
cp "$REPO/static/images/logo-mark.svg" "$WORK/site/static/images/logo.svg"
printf '\n[theme]\nlogo = "images/logo.svg"\n' >>"$WORK/site/site.toml"
ms() { local s e; s=$(date +%s%N); "$@" >/dev/null 2>&1 || { echo "failed: $*" >&2; exit 1; }; e=$(date +%s%N); echo $(( (e - s) / 1000000 )); }
COLD=(); WARM=(); OLD=()
for _ in $(seq "$COLD_RUNS"); do
  rm -rf "$WORK/site/.carepress-cache"
  COLD+=("$(ms "$BIN" build --root "$WORK/site" --output "$WORK/out")")
done
cards=$(find "$WORK/out/cards" -name '*.png' | wc -l)
card_bytes=$(du -sb "$WORK/out/cards" | cut -f1)
# Warm and before alternate, so both meet the same load on a shared machine.
for _ in $(seq "$RUNS"); do
  WARM+=("$(ms "$BIN" build --root "$WORK/site" --output "$WORK/out")")
  if [ -n "$BEFORE" ]; then OLD+=("$(ms "$BEFORE" build --root "$WORK/site" --output "$WORK/out-before")"); fi
done
python3 - "$PAGES" "$cards" "$card_bytes" "${COLD[*]}" "${WARM[*]}" "${OLD[*]:-}" <<'PY'
import statistics, sys
pages, cards, card_bytes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
cold, warm = [int(x) for x in sys.argv[4].split()], [int(x) for x in sys.argv[5].split()]
old = [int(x) for x in sys.argv[6].split()] if sys.argv[6].strip() else []
med = statistics.median
line = f"pages={pages} cards={cards} ({card_bytes / cards / 1024:.1f} KiB each) cold_ms={med(cold):.0f} warm_ms={med(warm):.0f}"
if old:
    line += f" before_ms={med(old):.0f} warm/before={med(warm) / med(old):.2f}"
print(line + f" (medians; cold of {len(cold)}, warm/before of {len(warm)} alternating runs; best warm {min(warm)} ms)")
PY
