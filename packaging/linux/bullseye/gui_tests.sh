#!/usr/bin/env bash
# Runs the GUI tests (tests/gui) inside the Debian 11 build root that build.sh prepared, on its
# Python 3.11 and PySide6-Essentials 6.9.3: does our code work on the older Qt we ship there? As root.
#   packaging/linux/bullseye/gui_tests.sh [pytest args...]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$here"
broot="$(realpath -m "${NIANBAO_ROOTS:-$here/build/roots}")/bullseye-build"
[ -x "$broot/opt/py311/bin/python3.11" ] || { echo "run packaging/linux/bullseye/build.sh first" >&2; exit 1; }
mounted=""
cleanup() { [ -z "$mounted" ] || umount "$broot/proc" 2>/dev/null || true; }
trap cleanup EXIT
mountpoint -q "$broot/proc" || { mount -t proc proc "$broot/proc"; mounted=1; }
# A fresh copy of the tree (and ../shared, which some tests read, as /shared).
rm -rf "$broot/src" && mkdir -p "$broot/src"
tar -C "$here" --exclude=./.git --exclude='./.venv*' --exclude=./build --exclude='./dist*' \
  --exclude='__pycache__' --exclude=.mypy_cache --exclude=.pytest_cache -cf - . | tar -C "$broot/src" -xf -
if [ -d "$here/../shared" ]; then rm -rf "$broot/shared" && cp -a "$here/../shared" "$broot/shared"; fi
mkdir -p "$broot/tmp/in" && cp packaging/linux/bullseye/inroot_guitests.sh "$broot/tmp/"
cp "${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}" "$broot/tmp/in/host-ca.crt"
chroot "$broot" /usr/bin/env -i HOME=/root LANG=C.UTF-8 PIP_CERT=/tmp/in/host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
  nice bash /tmp/inroot_guitests.sh "$@"
