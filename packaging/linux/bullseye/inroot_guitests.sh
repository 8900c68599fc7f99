#!/usr/bin/env bash
# Runs INSIDE the Debian 11 build root (called by gui_tests.sh): the GUI tests (tests/gui) on the
# self-built Python 3.11 with PySide6-Essentials 6.9.3, offscreen plus the real-window test on Xvfb.
set -euo pipefail
cd /src
export DEBIAN_FRONTEND=noninteractive
apt-get install -y -qq --no-install-recommends xvfb xauth libgl1 libegl1 libglib2.0-0 libfontconfig1 \
  libdbus-1-3 libx11-xcb1 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-shape0 libxcb-shm0 libxcb-sync1 \
  libxcb-xfixes0 libxcb-xkb1 >/tmp/apt-gui.log 2>&1 || { tail -20 /tmp/apt-gui.log; exit 1; }
venv=/opt/venv-test
grep -v '^PySide6-Essentials==' requirements.txt > /tmp/requirements-bullseye.txt
grep -v '^#' packaging/linux/bullseye/overrides.txt >> /tmp/requirements-bullseye.txt
grep -v '^-r ' requirements-dev.txt > /tmp/requirements-dev-bullseye.txt
stamp="$venv/.installed-$(cat /tmp/requirements-bullseye.txt /tmp/requirements-dev-bullseye.txt | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  rm -rf "$venv"
  /opt/py311/bin/python3.11 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q --only-binary=:all: \
    -r /tmp/requirements-bullseye.txt -r /tmp/requirements-dev-bullseye.txt
  touch "$stamp"
fi
"$venv/bin/python" -c 'import PySide6, sys; print("python", sys.version.split()[0], "PySide6", PySide6.__version__)'
QT_QPA_PLATFORM=offscreen "$venv/bin/python" -m pytest -q -p no:cacheprovider tests/gui "$@"
