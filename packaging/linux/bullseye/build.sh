#!/usr/bin/env bash
# Builds the Linux package for old systems: the bundle is frozen inside a Debian 11 (bullseye, glibc
# 2.31) root with a CPython 3.11 built there from Debian's copy of the upstream source (its libm
# calls bound to pre-2.29 symbol versions, glibc_2_28.h) and PySide6-Essentials 6.9.3
# (manylinux_2_28 wheels), so no file in it needs a glibc symbol newer than 2.28. As root.
#   packaging/linux/bullseye/build.sh          -> dist-bullseye/nianbao/, dist-bullseye/nianbao_*.deb
# NIANBAO_ROOTS caches the roots (default build/roots): bullseye (pristine, as test_deb_in_root.sh
# uses it), bullseye-build (compilers, /opt/py311, the build venv) and src/ (the Python tarball).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../../.." && pwd)"
cd "$here"
me=packaging/linux/bullseye
roots="$(realpath -m "${NIANBAO_ROOTS:-$here/build/roots}")"
base="$roots/bullseye"
broot="$roots/bullseye-build"
# The highest glibc symbol version allowed in the bundle; the .deb depends on the one measured.
limit=2.28
start=$SECONDS
step() { echo "[$((SECONDS - start))s] $*"; }

if [ ! -d "$base/usr" ]; then
  step "debootstrap bullseye -> $base"
  mkdir -p "$roots"
  debootstrap --variant=minbase bullseye "$base" http://deb.debian.org/debian >/dev/null
fi
if [ ! -d "$broot/usr" ]; then
  step "build root $broot (copy of $base)"
  mkdir -p "$broot" && cp -a "$base/." "$broot/"
fi

# CPython 3.11's upstream tarball as Debian ships it (python3.11 source package of bookworm); apt
# checks it against the signed Sources index. A private apt state keeps the host's untouched.
src="$roots/src"
tarball="$(ls "$src"/python3.11_3.11.*.orig.tar.* 2>/dev/null | tail -1 || true)"
if [ -z "$tarball" ]; then
  step "apt-get source python3.11 (bookworm) -> $src"
  apt_dir="$(mktemp -d)"; mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$src"
  echo "deb-src [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian bookworm main" \
    > "$apt_dir/sources.list"
  apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o Dir::Etc::SourceParts=/dev/null
            -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache" -o APT::Sandbox::User=root)
  apt-get "${apt_opts[@]}" update -qq
  (cd "$src" && apt-get "${apt_opts[@]}" source --download-only -qq python3.11 2>/dev/null)
  rm -rf "$apt_dir" "$src"/*.dsc "$src"/*.debian.tar.*
  tarball="$(ls "$src"/python3.11_3.11.*.orig.tar.* | tail -1)"
fi

# The chroot gets a clean environment: the host's PIP_* settings must not leak into the build. pip
# there trusts the host's CA bundle (PyPI may be reached through a TLS-inspecting proxy).
mounted=""
cleanup() { [ -z "$mounted" ] || umount "$broot/proc" 2>/dev/null || true; }
trap cleanup EXIT
mountpoint -q "$broot/proc" || { mount -t proc proc "$broot/proc"; mounted=1; }
in_root() { chroot "$broot" /usr/bin/env -i HOME=/root LANG=C.UTF-8 JOBS="${JOBS:-2}" \
  PIP_CERT=/tmp/in/host-ca.crt PIP_DISABLE_PIP_VERSION_CHECK=1 \
  PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "$@"; }

step "CPython from $(basename "$tarball") in the build root"
mkdir -p "$broot/tmp/in"
cp "$tarball" "$me/inroot_python.sh" "$me/inroot_bundle.sh" "$me/glibc_2_28.h" "$broot/tmp/in/"
cp "${PIP_CERT:-/etc/ssl/certs/ca-certificates.crt}" "$broot/tmp/in/host-ca.crt"
in_root nice bash /tmp/in/inroot_python.sh "/tmp/in/$(basename "$tarball")" /tmp/in/glibc_2_28.h

step "copy the repository to $broot/src"
rm -rf "$broot/src" && mkdir -p "$broot/src"
tar -C "$here" --exclude=./.git --exclude='./.venv*' --exclude=./build --exclude='./dist*' \
  --exclude='__pycache__' --exclude=.mypy_cache --exclude=.pytest_cache -cf - . | tar -C "$broot/src" -xf -

step "requirements and PyInstaller in the build root"
in_root nice bash /tmp/in/inroot_bundle.sh
rm -rf dist-bullseye/nianbao && mkdir -p dist-bullseye
cp -a "$broot/src/dist-bullseye/." dist-bullseye/

step "glibc symbol versions"
"$me/glibc_floor.sh" dist-bullseye/nianbao "$limit" | tee build/bullseye-glibc.txt
floor="$(sed -n '1s/.*: //p' build/bullseye-glibc.txt)"
echo "bundle: $here/dist-bullseye/nianbao ($(du -sh dist-bullseye/nianbao | cut -f1))"
NIANBAO_BUNDLE=dist-bullseye/nianbao NIANBAO_DEB_DIR=dist-bullseye NIANBAO_LIBC="$floor" \
  packaging/linux/build_deb.sh
step "done"
