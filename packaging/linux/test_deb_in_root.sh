#!/usr/bin/env bash
# Installs the .deb into a fresh Debian root (debootstrap, as root), starts the installed app under
# Xvfb as an ordinary user, runs its self-test, takes a screenshot, removes the package and checks
# the user's report and autosave folder are still there.
#   packaging/linux/test_deb_in_root.sh [DEB] [SUITE] [SCREENSHOT.png]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
deb="$(realpath "${1:-$(ls "$here"/dist/nianbao_*.deb | tail -1)}")"
suite="${2:-bookworm}"
shot="${3:-}"
cache="${NIANBAO_ROOTS:-$here/build/roots}"
base="$cache/$suite"
if [ ! -d "$base/usr" ]; then
  mkdir -p "$cache"
  debootstrap --variant=minbase "$suite" "$base" http://deb.debian.org/debian >/dev/null
fi
root="$(mktemp -d "$cache/test-XXXX")"
cleanup() { umount "$root/proc" 2>/dev/null || true; rm -rf "$root"; }
trap cleanup EXIT
cp -a "$base/." "$root/"
mount -t proc proc "$root/proc"
cp "$deb" "$root/tmp/nianbao.deb"
cp "$here/templates/samples/selftest.nianbao" "$root/tmp/sample.nianbao"
chroot "$root" bash -c "apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  /tmp/nianbao.deb xvfb xauth x11-apps x11-utils >/tmp/apt.log 2>&1" || { tail -20 "$root/tmp/apt.log"; exit 1; }
echo "installed: $(chroot "$root" dpkg-query -W nianbao)"
# Every library the app loads resolves with only the package's Depends installed. Wayland and EGL
# plugins may miss theirs: Qt skips a plugin that does not load, and X11 is what a clerk runs.
unresolved="$(chroot "$root" bash -c "find /opt/nianbao -name '*.so*' -type f | grep -v -i -E 'wayland|egl' | \
  xargs ldd 2>/dev/null | grep 'not found' | sort -u" || true)"
[ -z "$unresolved" ] || { echo "unresolved libraries in the installed app:"; echo "$unresolved"; exit 1; }
echo "libraries: every one the app loads resolves"
chroot "$root" bash -c "useradd -m clerk && install -o clerk -m 644 /tmp/sample.nianbao /home/clerk/报告.nianbao"
# The self-test (offscreen), then the real window on Xvfb with the report opened by its file name.
chroot "$root" su clerk -c "cd ~ && /opt/nianbao/nianbao --selftest 2>/dev/null"
chroot "$root" su clerk -c "cd ~ && xdg_mime=\$(grep -c nianbao /usr/share/mime/packages/nianbao.xml); \
  test \$xdg_mime -gt 0 && grep -q 'MimeType=application/x-nianbao' /usr/share/applications/nianbao.desktop"
cat > "$root/tmp/show.sh" <<'SHOW'
# Start the installed app on the report, wait until its window is mapped, let it paint, dump the screen.
export QT_QPA_PLATFORM=xcb  # a real X window even when the caller runs its own tests offscreen
nianbao ~/报告.nianbao 2>/dev/null &
app=$!
for _ in $(seq 90); do
  xwininfo -root -tree 2>/dev/null | grep -q '"nianbao"' && break
  sleep 1
done
sleep 3
xwd -root -silent > /tmp/shot.xwd
kill "$app" || { echo "the app exited before the screenshot" >&2; exit 1; }
SHOW
chroot "$root" su clerk -c "cd ~ && xvfb-run -a -s '-screen 0 1400x900x24' bash /tmp/show.sh"
if [ -n "$shot" ]; then
  "$here/.venv/bin/python" "$here/packaging/linux/xwd_to_png.py" "$root/tmp/shot.xwd" "$shot"
  echo "screenshot: $shot"
fi
# Chinese input as on a 统信UOS / 银河麒麟 desktop: fcitx5 with pinyin, QT_IM_MODULE=fcitx. Typed
# "zhongwen" + space must arrive in the start page's organ field as 中文 (gui/input_method.py).
if [ "${NIANBAO_IM_TEST:-1}" = 1 ]; then
  chroot "$root" bash -c "DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
    fcitx5 fcitx5-chinese-addons dbus xdotool xclip >/tmp/apt-im.log 2>&1" || { tail -20 "$root/tmp/apt-im.log"; exit 1; }
  mkdir -p "$root/home/clerk/.config/fcitx5"
  printf '%s\n' '[Groups/0]' 'Name=Default' 'Default Layout=us' 'DefaultIM=pinyin' '[Groups/0/Items/0]' \
    'Name=keyboard-us' '[Groups/0/Items/1]' 'Name=pinyin' '[GroupOrder]' '0=Default' > "$root/home/clerk/.config/fcitx5/profile"
  chroot "$root" chown -R clerk /home/clerk/.config
  cat > "$root/tmp/type.sh" <<'TYPE'
export QT_QPA_PLATFORM=xcb QT_IM_MODULE=fcitx XMODIFIERS=@im=fcitx NIANBAO_DATA_DIR=/tmp/im-data  # no recovery offer
fcitx5 -d >/tmp/fcitx5.log 2>&1
# fcitx5-remote prints 1 (inactive) or 2 (active) once the daemon answers: wait for it, not a fixed time
for _ in $(seq 60); do s="$(fcitx5-remote 2>/dev/null)"; { [ "$s" = 1 ] || [ "$s" = 2 ]; } && break; sleep 0.5; done
nianbao 2>/dev/null &
app=$!
for _ in $(seq 60); do xdotool search --name "年报编辑器" >/dev/null 2>&1 && break; sleep 1; done
sleep 2
# On a loaded machine the first keys can reach the window before fcitx5 has attached to it: the
# word is typed again (field cleared first) up to three times; what it must become is unchanged.
for attempt in 1 2 3; do
  xdotool windowfocus --sync "$(xdotool search --name "年报编辑器" | head -1)"
  fcitx5-remote -o; sleep 1
  xdotool type --delay 100 zhongwen; sleep 1; xdotool key space; sleep 1
  xdotool key ctrl+a ctrl+c; sleep 1
  xclip -o -selection clipboard > /tmp/typed.txt
  echo "$attempt" > /tmp/attempts.txt
  [ "$(cat /tmp/typed.txt)" = "中文" ] && break
  xdotool key ctrl+a BackSpace; sleep 1
done
kill "$app"
TYPE
  chroot "$root" su clerk -c "cd ~ && dbus-run-session -- xvfb-run -a -s '-screen 0 1280x900x24' bash /tmp/type.sh" >/dev/null 2>&1 || true
  typed="$(cat "$root/tmp/typed.txt" 2>/dev/null || true)"
  [ "$typed" = "中文" ] || { echo "fcitx5 pinyin input: typed zhongwen, the field holds '$typed'"; exit 1; }
  echo "input method: fcitx5 pinyin typed 中文 into the installed app (attempt $(cat "$root/tmp/attempts.txt" 2>/dev/null || echo ?))"
fi
# Autosave and settings are written under the home folder; removing the package keeps them.
chroot "$root" su clerk -c "mkdir -p ~/.local/share/nianbao/autosave && touch ~/.local/share/nianbao/autosave/x.autosave.json"
chroot "$root" bash -c "DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq nianbao >/dev/null 2>&1"
chroot "$root" bash -c "test ! -e /opt/nianbao && test -f /home/clerk/报告.nianbao && \
  test -f /home/clerk/.local/share/nianbao/autosave/x.autosave.json"
echo "removed: program gone, the clerk's report and autosave folder kept"
