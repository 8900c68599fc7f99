#!/usr/bin/env bash
# Runs INSIDE the Debian 11 build root (called by build.sh): installs the -dev libraries from
# bullseye and builds CPython 3.11 from the upstream tarball into /opt/py311, shared, with an rpath,
# so PyInstaller finds libpython3.11.so and every extension links against glibc 2.31 at most.
# With glibc_2_28.h force-included and sem_clockwait off, it needs glibc 2.28 symbols at most (the
# header goes in CFLAGS_NODIST: in CPPFLAGS it would also land in configure's probes and break them).
#   inroot_python.sh /path/to/python3.11_X.orig.tar.gz /path/to/glibc_2_28.h
set -euo pipefail
tarball="$1"
prefix=/opt/py311
compat=/usr/local/include/nianbao-glibc-2.28.h
install -D -m 644 "$2" "$compat"
variant="$(basename "$tarball")-$(sha1sum "$compat" | cut -c1-8)"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends build-essential pkg-config ca-certificates binutils icu-devtools \
  libssl-dev libffi-dev zlib1g-dev libbz2-dev liblzma-dev libsqlite3-dev uuid-dev libreadline-dev \
  >/tmp/apt-build.log 2>&1 || { tail -20 /tmp/apt-build.log; exit 1; }
if [ -x "$prefix/bin/python3.11" ] && [ -f "$prefix/.built-from-$variant" ]; then
  echo "python: $prefix/bin/python3.11 already built"; exit 0
fi
rm -rf /tmp/pysrc "$prefix" && mkdir -p /tmp/pysrc
tar -xf "$tarball" -C /tmp/pysrc --strip-components=1
cd /tmp/pysrc
# No --enable-optimizations: PGO triples the build time on this shared 2-core machine for a few
# percent of speed an editor does not need.
ac_cv_func_sem_clockwait=no ./configure --prefix="$prefix" --enable-shared --with-ensurepip=install \
  CFLAGS_NODIST="-include $compat" LDFLAGS="-Wl,-rpath,$prefix/lib" >/tmp/py-configure.log 2>&1 || { tail -30 /tmp/py-configure.log; exit 1; }
make -j"${JOBS:-2}" >/tmp/py-make.log 2>&1 || { tail -40 /tmp/py-make.log; exit 1; }
grep -A6 'necessary bits to build these optional modules were not found' /tmp/py-make.log || true
make install >/tmp/py-install.log 2>&1 || { tail -30 /tmp/py-install.log; exit 1; }
touch "$prefix/.built-from-$variant"
"$prefix/bin/python3.11" -c 'import ssl, ctypes, lzma, bz2, zlib, sqlite3, uuid, sys; print("python:", sys.version.split()[0], ssl.OPENSSL_VERSION)'
rm -rf /tmp/pysrc
