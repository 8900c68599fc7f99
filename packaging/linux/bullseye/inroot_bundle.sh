#!/usr/bin/env bash
# Runs INSIDE the Debian 11 build root (called by build.sh) on the copy of the repository in /src:
# a venv from the self-built /opt/py311, the app's requirements with PySide6-Essentials pinned by
# overrides.txt, then PyInstaller with the repository's own build.spec into /src/dist-bullseye.
set -euo pipefail
cd /src
venv=/opt/venv-bundle
grep -v '^PySide6-Essentials==' requirements.txt > /tmp/requirements-bullseye.txt
grep -v '^#' packaging/linux/bullseye/overrides.txt >> /tmp/requirements-bullseye.txt
stamp="$venv/.installed-$(cat /tmp/requirements-bullseye.txt packaging/requirements-build.txt | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  rm -rf "$venv"
  /opt/py311/bin/python3.11 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  # Wheels only: an sdist would compile against this root and hide a missing binary release.
  "$venv/bin/python" -m pip install -q --only-binary=:all: \
    -r /tmp/requirements-bullseye.txt -r packaging/requirements-build.txt
  touch "$stamp"
fi
rm -rf build/bullseye dist-bullseye/nianbao
mkdir -p dist-bullseye
"$venv/bin/python" -m pip freeze > dist-bullseye/freeze.txt
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist-bullseye \
  --workpath build/bullseye build.spec
