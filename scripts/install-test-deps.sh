#!/usr/bin/env bash
# Installs what the test suite needs on a Debian machine: Debian's Chromium
# (the browser tests drive /usr/bin/chromium; no browser is ever downloaded by
# npm) and the project's npm packages. Works as root or as a user with sudo,
# with or without a terminal.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

if [ ! -x /usr/bin/chromium ]; then
  echo "== installing Debian's chromium (apt-get)"
  if [ "$(id -u)" -eq 0 ]; then
    sudo_cmd=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo_cmd=(sudo)
  else
    echo "install-test-deps: /usr/bin/chromium is missing and this user is not root and has no sudo." >&2
    echo "Install Debian's 'chromium' package, then run this script again." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends chromium
else
  echo "== chromium already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
fi

echo "== npm install"
npm install --no-audit --no-fund
