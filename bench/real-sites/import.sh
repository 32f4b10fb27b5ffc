#!/usr/bin/env bash
# `carepress import` on real public sites, then `carepress build` on each
# result, without hand edits. Prints one Markdown table row per site: pages,
# TODOs left (IMPORT-REPORT.md), seconds for import and build, and whether
# the build succeeded. The sites' content stays out of the repository: each
# is extracted from a bare mirror into $WORK (default $SCRATCH/import-sites,
# SCRATCH default /dev/shm).
#
#   CAREPRESS_BIN=target/release/carepress bench/real-sites/import.sh [ID...]
#
# Mirrors are read from $MIRROR/OWNER+NAME/repo (default .mirror beside the
# checkout, where the session's `fetch` tool leaves them); give another folder of bare
# clones with MIRROR=..., named the same way. Files a mirror lacks (large
# binaries left out of a snapshot) are skipped when extracting.
set -euo pipefail
BIN="${CAREPRESS_BIN:?set CAREPRESS_BIN to the carepress binary}"
BIN="$(cd "$(dirname "$BIN")" && pwd)/$(basename "$BIN")"
REPO="$(cd "$(dirname "$0")/../.." && pwd)"
MIRROR="${MIRROR:-$REPO/../.mirror}"
WORK="${WORK:-${SCRATCH:-/dev/shm}/import-sites}"
NOW="${NOW:-2026-11-27}"

# id kind owner/repo commit path-inside-the-repo (the site folder or WXR file)
SITES="
bodywise jekyll zac-heisey/bodywise-v2 f1c3d5bab814b9b7d94eee24263ccfbb4f7a5090 .
asksurgeons jekyll drrajarameshd/asksurgeons-site a063dda42fc553867292fd694394eacf81bc3eff .
mainvital jekyll m-martin-j/physiotherapy-practice-web b5d7a24c82ea0bd07ac352c7f887bfb04403ea58 .
rehab hugo DimaFi/rehab-site e2e4ef4eaaaa559a3d4b1e766fd153d2625ff0e4 .
herzlunge hugo Bussmeyer/herzlungenpraxis-cloppenburg 4d47800d9c236ba4073ed576695ac3d2613f79b9 .
lolaryan hugo LolaRyanLCSW/lolaryan-lcsw.github.io 4f777caafb2fb80c2bc2e21781349f7064620d5e .
lastingchange jekyll Lasting-Change-Counseling/lasting-change-counseling.github.io 78125eb25143f7827a440899c57ea49343bf7943 .
firstclinic jekyll TheFirstClinic/thefirstclinic.github.io 4c036294357742decf2b9eb305615427b5d534fb .
wptest wordpress WPTT/theme-unit-test b9752e0533a5acbb876951a8cbb5bcc69a56474c themeunittestdata.wordpress.xml
zoladocs zola getzola/zola b2242262b1df3e238b0b70dce3ae3a5bf3a042e9 docs
paralisia wordpress artigos/paralisiafacial.com dfea8b1b9bb90069f506153f9eac9aad077688e9 wordpress.xml
psychonautic zola korczis/psychonautic 48f1f676e33d708fa28d13f75ea5c3811a49f097 .
cardiffmassage hugo Vitality-Fitness/cardiffsportsmassage.co.uk 40f9c677b44aa163872a00e640bfdeab9fd8e73f .
bodymechanic jekyll nzbodymechanic/scaling-waffle 2d9bf50dfb496aded08f98ade96f9d851a3226c2 .
mentemirror jekyll mentemirror/mentemirror 5ad85d85aef34dde0e47d1568536dfd995b5ad59 .
hypnotherapy hugo SouthwestKoala/hypnotherapyhealthcare.co.uk 826d8a9f13b6037865b8cc0a60ee17a3b0227667 .
kwmassage jekyll Jeremykw/kwmassage ef96f554e530db06c01c198813a8a13bf42ab654 .
therapynottingham hugo TherapyNottingham/TN2021 8fcafea1ccf83e6bc5e2d28ea8060ba08e1d2e0e .
"

extract() { # repo-dir commit dest: every file of the commit the mirror holds
  python3 - "$@" <<'PY'
import os, subprocess, sys
git, commit, dest = sys.argv[1:4]
tree = subprocess.run(["git", "-C", git, "ls-tree", "-r", "-z", commit], capture_output=True, check=True).stdout
entries = []
for rec in tree.split(b"\0"):
    if not rec:
        continue
    meta, path = rec.split(b"\t", 1)
    mode, kind, oid = meta.split()
    if kind == b"blob" and mode != b"120000":
        entries.append((oid, path.decode("utf-8", "replace")))
cat = subprocess.Popen(["git", "-C", git, "cat-file", "--batch"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for oid, path in entries:
    cat.stdin.write(oid + b"\n"); cat.stdin.flush()
    header = cat.stdout.readline().split()
    if len(header) < 3 or header[1] == b"missing":
        continue  # left out of the snapshot
    data = cat.stdout.read(int(header[2])); cat.stdout.read(1)
    if ".." in path.split("/") or path.startswith("/"):
        continue
    out = os.path.join(dest, path)
    os.makedirs(os.path.dirname(out), exist_ok=True)
    with open(out, "wb") as f:
        f.write(data)
PY
}

want=("$@")
echo "| site | repo | format | pages | TODOs | import s | build s | builds |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- |"
while read -r id kind repo commit inner; do
  [ -n "$id" ] || continue
  if [ ${#want[@]} -gt 0 ] && [[ ! " ${want[*]} " == *" $id "* ]]; then continue; fi
  git="$MIRROR/${repo/\//+}/repo"
  if [ ! -d "$git" ]; then echo "| $id | $repo | $kind | - | - | - | - | no mirror |"; continue; fi
  src="$WORK/src/$id"; out="$WORK/site/$id"; pub="$WORK/public/$id"
  rm -rf "$src" "$out" "$pub"
  extract "$git" "$commit" "$src"
  t0=$(date +%s.%N)
  if ! "$BIN" import "$kind" "$src/$inner" "$out" > "$WORK/$id.import.txt" 2>&1; then
    echo "| $id | $repo | $kind | - | - | - | - | import failed: $(head -c 120 "$WORK/$id.import.txt" | tr '\n|' '  ') |"; continue
  fi
  t1=$(date +%s.%N)
  ok=yes
  "$BIN" build --root "$out" --output "$pub" --now "$NOW" > "$WORK/$id.build.txt" 2>&1 || ok=no
  t2=$(date +%s.%N)
  pages=$(sed -n 's/^Imported \([0-9]*\) pages.*/\1/p' "$WORK/$id.import.txt")
  todos=$(sed -n 's/.*; \([0-9]*\) things to do.*/\1/p' "$WORK/$id.import.txt")
  printf '| %s | %s | %s | %s | %s | %.1f | %.1f | %s |\n' "$id" "$repo" "$kind" "$pages" "$todos" \
    "$(echo "$t1 - $t0" | bc)" "$(echo "$t2 - $t1" | bc)" "$ok"
done <<< "$SITES"
