#!/usr/bin/env bash
# nginx for the test of the site's proxy configuration (frontend/nginx.conf): Debian's package where
# apt is available. Without it that test fails and says so; it is never skipped.
set -euo pipefail
if command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ]; then
  exit 0
fi
if command -v apt-get >/dev/null 2>&1; then
  sudo_cmd=""
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd="sudo"; fi
  echo "Installing Debian's nginx-light for the site's proxy test..."
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq nginx-light >/dev/null
  exit 0
fi
echo "No nginx and no apt: install nginx for tests/integration/foundation/test_site_proxy.py." >&2
