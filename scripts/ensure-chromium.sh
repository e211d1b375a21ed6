#!/usr/bin/env bash
# The browser tests drive Debian's Chromium with playwright-core (which cannot download browsers
# here). Installs it when missing and we can (root with apt-get); otherwise says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "Installing Debian's chromium for the browser tests..."
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "The browser tests need Chromium at $CHROMIUM: run 'sudo apt-get install chromium'," >&2
echo "or set CHROMIUM_PATH to a Chromium or Chrome binary." >&2
exit 1
