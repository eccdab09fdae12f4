#!/usr/bin/env bash
# Browser tests drive Debian's Chromium (never a downloaded browser build).
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing Debian's chromium for the browser tests…"
  export DEBIAN_FRONTEND=noninteractive
  # A failed install (offline, no mirror) falls through to the one-line message below.
  if apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null && [ -x "$CHROMIUM" ]; then exit 0; fi
fi
echo "Chromium not found at $CHROMIUM: install it with 'sudo apt-get install -y chromium' (or set CHROMIUM_PATH)." >&2
exit 1
