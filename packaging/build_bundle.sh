#!/usr/bin/env bash
# Builds the one-folder bundle (dist/nianbao/) with PyInstaller in its own virtual environment
# (.venv-build), so the build tools never land in the app's or the tests' environment.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
venv="$here/.venv-build"
python="${PYTHON:-python3}"
if [ ! -x "$venv/bin/python" ]; then
  "$python" -m venv "$venv"
fi
stamp="$venv/.installed-$(cat requirements.txt packaging/requirements-build.txt | sha1sum | cut -c1-12)"
if [ ! -f "$stamp" ]; then
  "$venv/bin/python" -m pip install -q --upgrade pip
  "$venv/bin/python" -m pip install -q -r requirements.txt -r packaging/requirements-build.txt
  rm -f "$venv"/.installed-*
  touch "$stamp"
fi
if [ "$(uname -s)" = Linux ]; then  # build.spec trims ICU's data and reads the libraries' needs
  for tool in icupkg readelf objcopy ld; do
    command -v "$tool" >/dev/null || { echo "缺少 $tool：请先安装 icu-devtools 和 binutils（apt-get install icu-devtools binutils）" >&2; exit 1; }
  done
fi
rm -rf build/nianbao dist/nianbao
"$venv/bin/python" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build build.spec
echo "bundle: $here/dist/nianbao ($(du -sh dist/nianbao | cut -f1))"
