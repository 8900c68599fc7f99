#!/usr/bin/env bash
# Wraps the PyInstaller bundle (dist/nianbao, from packaging/build_bundle.sh) into a .deb:
# /opt/nianbao, a Chinese-named menu entry and icon, the .nianbao MIME type (double-click opens a
# report), and the libraries the bundle takes from the system (system-libs.txt) as Depends. User data lives in the home folder,
# so removing the package never touches reports or autosaves.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$here"
# Another bundle can be wrapped (packaging/linux/bullseye/build.sh): NIANBAO_BUNDLE is its folder,
# NIANBAO_DEB_DIR where the .deb goes, NIANBAO_LIBC the glibc it needs (glibc_floor.sh measures it).
bundle="${NIANBAO_BUNDLE:-dist/nianbao}"
out="${NIANBAO_DEB_DIR:-dist}"
libc="${NIANBAO_LIBC:-2.36}"
[ -n "${NIANBAO_BUNDLE:-}" ] || [ -x dist/nianbao/nianbao ] || packaging/build_bundle.sh
[ -x "$bundle/nianbao" ] || { echo "no bundle at $bundle" >&2; exit 1; }
version="$(python3 -c 'import sys; sys.path.insert(0, "."); from core.version import __version__; print(__version__)')"
arch="$(dpkg --print-architecture)"
stage="build/deb${NIANBAO_BUNDLE:+-$(basename "$out")}/nianbao_${version}_${arch}"
rm -rf "$stage"
mkdir -p "$stage/DEBIAN" "$stage/opt" "$stage/usr/bin" "$stage/usr/share/applications" \
  "$stage/usr/share/mime/packages" "$stage/usr/share/icons/hicolor/256x256/apps" "$stage/usr/share/doc/nianbao"
cp -a "$bundle" "$stage/opt/nianbao"
ln -s /opt/nianbao/nianbao "$stage/usr/bin/nianbao"
install -m 644 packaging/linux/nianbao.desktop "$stage/usr/share/applications/nianbao.desktop"
install -m 644 packaging/linux/nianbao-mime.xml "$stage/usr/share/mime/packages/nianbao.xml"
install -m 644 packaging/icons/nianbao.png "$stage/usr/share/icons/hicolor/256x256/apps/nianbao.png"
install -m 644 templates/fonts/OFL.txt "$stage/usr/share/doc/nianbao/OFL.txt"
[ -f templates/fonts/LICENSE-DroidSansFallback.txt ] && \
  install -m 644 templates/fonts/LICENSE-DroidSansFallback.txt "$stage/usr/share/doc/nianbao/"
size_kb="$(du -sk "$stage" | cut -f1)"
# The libraries the bundle leaves to the system (build.spec reads the same list).
system_depends="$(sed -e 's/#.*//' packaging/linux/system-libs.txt | awk 'NF { print $1 }' | paste -sd, - | sed 's/,/, /g')"
cat > "$stage/DEBIAN/control" <<CONTROL
Package: nianbao
Version: ${version}
Section: office
Priority: optional
Architecture: ${arch}
Maintainer: 年报编辑器项目组 <nianbao@localhost>
Installed-Size: ${size_kb}
Depends: libc6 (>= ${libc}), ${system_depends}
Recommends: fonts-noto-cjk | fonts-wqy-microhei
Description: 政府信息公开工作年度报告编辑器
 Offline editor for the government information disclosure annual report
 (政府信息公开工作年度报告): the official tables with live totals and the
 arithmetic checks, year-to-year carry-over, and exports to docx, PDF and xlsx.
CONTROL
cat > "$stage/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
command -v update-mime-database >/dev/null && update-mime-database /usr/share/mime || true
command -v update-desktop-database >/dev/null && update-desktop-database -q /usr/share/applications || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
exit 0
POSTINST
cp "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
chmod 755 "$stage/DEBIAN/postinst" "$stage/DEBIAN/postrm"
mkdir -p "$out"
dpkg-deb --root-owner-group -Zxz "-z${DEB_XZ_LEVEL:-9}" --build "$stage" "$out/nianbao_${version}_${arch}.deb" >/dev/null
echo "deb: $(realpath "$out/nianbao_${version}_${arch}.deb") ($(du -h "$out/nianbao_${version}_${arch}.deb" | cut -f1))"
