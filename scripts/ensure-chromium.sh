#!/usr/bin/env bash
# A Chromium for the browser tests: one on the PATH, else Debian's package where apt is available.
# Playwright's own browser download is the last resort and does not work on this project's CI.
set -euo pipefail
for candidate in chromium chromium-browser google-chrome; do
  if command -v "$candidate" >/dev/null 2>&1; then
    exit 0
  fi
done
if command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  echo "Installing Debian's chromium for the browser tests..."
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No system Chromium and no apt: falling back to Playwright's download."
npx --prefix "$(dirname "$0")/../frontend" playwright install chromium
