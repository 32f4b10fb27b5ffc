#!/bin/bash
BIN=$1; OUT=$2; mkdir -p $OUT
# gather.sh BIN OUTDIR: `check --format json` of every case set (and of the
# folders in $EXTRA) into OUTDIR/<set>.json, two at a time.
REPO=$(cd "$(dirname "$0")/../.." && pwd)
for d in "$REPO"/tests/fixtures/phi-heldout* $EXTRA; do
  n=$(basename $d)
  now=$(python3 -c "import json;print(json.load(open('$d/expected.json')).get('now','2026-11-27'))")
  ( $BIN check --root $d --now $now --format json --only phi,consent,reply > $OUT/$n.json 2>/dev/null || true ) &
  while [ $(jobs -r | wc -l) -ge 2 ]; do sleep 0.2; done
done; wait
