#!/usr/bin/env bash
# Install everything the project and its tests need on a fresh Debian machine:
# raptor2-utils (rapper, an independent Turtle parser), Debian's Chromium for the
# browser tests, and the Python package with its test extra.
set -euo pipefail
cd "$(dirname "$0")"
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
need=""
command -v rapper >/dev/null 2>&1 || need="$need raptor2-utils"
command -v chromium >/dev/null 2>&1 || need="$need chromium"
if [ -n "$need" ]; then
  echo "installing Debian packages:$need"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $need >/dev/null
fi
python3 -m pip install -q --disable-pip-version-check -e '.[test]'
echo "installed: $(python3 -m kg --help >/dev/null && echo 'kg ready')"
