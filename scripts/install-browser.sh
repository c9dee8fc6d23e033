#!/usr/bin/env bash
# Installs what the browser tests need and a fresh machine lacks: Debian's Chromium.
# playwright-core drives it; browser downloads (npx playwright install) do not work on these machines.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "${CHROMIUM_PATH}" ]; then
  echo "Chromium: ${CHROMIUM_PATH}"; exit 0
fi
for c in /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome; do
  if [ -x "$c" ]; then echo "Chromium: $c"; exit 0; fi
done
if command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium fonts-dejavu-core >/dev/null
  echo "Chromium: $(command -v chromium)"
else
  echo "No Chromium found and no apt-get to install it: install Chromium and set CHROMIUM_PATH." >&2
  exit 1
fi
