#!/usr/bin/env bash
# Accessibility gate: run axe-core (WCAG 2.0/2.1 A + AA rules) against pages of a built site.
#
#   .ci/axe.sh SITE_DIR PATH [PATH...]      e.g. .ci/axe.sh public / /tips/ /tips/flu-shots/ /404.html
#   .ci/axe.sh http://127.0.0.1:PORT PATH...  pages of a server already running (`carepress watch`)
#
# Installs what it needs when missing: Debian chromium + chromium-driver, and @axe-core/cli into a
# cache folder (CAREPRESS_AXE_DIR, default /tmp/carepress-axe) without any browser/driver downloads.
# Serves SITE_DIR on a free loopback port and exits non-zero on any violation or unreachable page.
set -euo pipefail

if [ "$#" -lt 2 ]; then
  echo "usage: $0 SITE_DIR PATH [PATH...]" >&2
  exit 2
fi
site_dir=$1; shift
served=
case "$site_dir" in
  http://*) served=${site_dir%/} ;;
  *)
    if [ ! -d "$site_dir" ]; then
      echo "axe.sh: no such folder: $site_dir" >&2
      exit 2
    fi
    site_dir=$(cd "$site_dir" && pwd)
    ;;
esac

cache=${CAREPRESS_AXE_DIR:-/tmp/carepress-axe}
axe_version=${CAREPRESS_AXE_VERSION:-4.13.0}

sudo_cmd=()
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null 2>&1; then sudo_cmd=(sudo); fi

if ! command -v chromium >/dev/null 2>&1 || [ ! -x /usr/bin/chromedriver ]; then
  echo "axe.sh: installing chromium and chromium-driver" >&2
  "${sudo_cmd[@]}" apt-get update
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
fi

axe_bin=$cache/node_modules/.bin/axe
if [ ! -x "$axe_bin" ]; then
  echo "axe.sh: installing @axe-core/cli@$axe_version into $cache" >&2
  mkdir -p "$cache"
  [ -f "$cache/package.json" ] || echo '{"name":"carepress-axe","private":true}' > "$cache/package.json"
  # The chromedriver package's install script would try to download a driver (blocked offline):
  # skip it and use Debian's /usr/bin/chromedriver instead. Same for any puppeteer browser.
  (cd "$cache" && PUPPETEER_SKIP_DOWNLOAD=1 CHROMEDRIVER_SKIP_DOWNLOAD=true \
     npm install --no-audit --no-fund --loglevel=error "@axe-core/cli@$axe_version")
fi

if [ -n "$served" ]; then
  base=$served
else
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
  python3 -m http.server --bind 127.0.0.1 --directory "$site_dir" "$port" >/dev/null 2>&1 &
  server_pid=$!
  cleanup() { kill "$server_pid" 2>/dev/null || true; wait "$server_pid" 2>/dev/null || true; }
  trap cleanup EXIT INT TERM
  base="http://127.0.0.1:$port"
fi
for _ in $(seq 1 50); do
  if python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=1)' "$base/" >/dev/null 2>&1; then
    break
  fi
  sleep 0.1
done

urls=()
status=0
for p in "$@"; do
  case "$p" in /*) ;; *) p="/$p" ;; esac
  url="$base$p"
  if ! python3 -c 'import sys, urllib.request; urllib.request.urlopen(sys.argv[1], timeout=5)' "$url" >/dev/null 2>&1; then
    echo "axe.sh: cannot fetch $p from $site_dir" >&2
    status=1
    continue
  fi
  urls+=("$url")
done
[ "${#urls[@]}" -gt 0 ] || exit 1

chrome_opts="no-sandbox,headless=new,disable-gpu,disable-dev-shm-usage,disable-quic,no-first-run,disable-background-networking,disable-component-update,disable-sync"
if ! "$axe_bin" "${urls[@]}" \
    --tags wcag2a,wcag2aa,wcag21a,wcag21aa \
    --chromedriver-path /usr/bin/chromedriver \
    --chrome-options="$chrome_opts" \
    --exit; then
  status=1
fi

if [ "$status" -ne 0 ]; then
  echo "axe.sh: accessibility violations or unreachable pages (see above)" >&2
else
  echo "axe.sh: ${#urls[@]} page(s), no WCAG 2.1 A/AA violations"
fi
exit "$status"
