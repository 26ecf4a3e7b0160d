#!/usr/bin/env bash
# Builds the .deb with CPack and checks it as a user's machine would meet it: its control fields
# and file list, the shipped .desktop and AppStream files, that apt can install it, and that the
# unpacked binary runs (--version, and --headless until it answers on the API).
#
# usage: check-package.sh BUILD_DIR VERSION
set -euo pipefail
build=$1
version=$2
arch=$(dpkg --print-architecture)
deb="$(realpath "$build")/pingpanda_${version}_${arch}.deb"
scratch=$(mktemp -d)
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$scratch"
}
trap cleanup EXIT
fail() { echo "check-package: $*" >&2; exit 1; }

rm -f "$deb"
(cd "$build" && cpack -G DEB >"$scratch/cpack.log" 2>&1) || { cat "$scratch/cpack.log"; fail "cpack -G DEB failed"; }
[ -f "$deb" ] || fail "no $deb after cpack"

field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = pingpanda ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', CMake says $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Description)" ] || fail "no Description"
depends=$(field Depends)
# Found by dpkg-shlibdeps, and the run-time pieces it cannot see.
for needed in libqt6core6 libqt6widgets6 libqt6keychain1 libqt6sql6-sqlite libqt6svg6 \
  qt6-qpa-plugins libsecret-1-0; do
  grep -qE "(^|, )$needed( |,|$)" <<<"$depends" || fail "Depends lacks $needed: $depends"
done
grep -q gnome-keyring <<<"$(field Recommends)" || fail "Recommends lacks gnome-keyring"

files=$(dpkg-deb -c "$deb" | awk '{print $6}')
for wanted in ./usr/bin/pingpanda ./usr/libexec/pingpanda/pingpanda-desktop \
  ./usr/share/applications/com.pingpanda.Desktop.desktop \
  ./usr/share/metainfo/com.pingpanda.Desktop.metainfo.xml \
  ./usr/share/icons/hicolor/scalable/apps/pingpanda.svg \
  ./usr/lib/systemd/user/pingpanda.service; do
  grep -qxF "$wanted" <<<"$files" || fail "the package lacks $wanted"
done
for size in 16 22 24 32 48 64 128 256 512; do
  grep -qxF "./usr/share/icons/hicolor/${size}x${size}/apps/pingpanda.png" <<<"$files" \
    || fail "the package lacks the ${size}px icon"
done
if grep -E '/(tst_|bench_|rendericons)' <<<"$files"; then
  fail "the package ships build or test tools"
fi

dpkg -x "$deb" "$scratch/root"
desktop-file-validate "$scratch/root/usr/share/applications/com.pingpanda.Desktop.desktop"
appstreamcli validate --no-net --strict \
  "$scratch/root/usr/share/metainfo/com.pingpanda.Desktop.metainfo.xml" >/dev/null \
  || appstreamcli validate --no-net --strict \
       "$scratch/root/usr/share/metainfo/com.pingpanda.Desktop.metainfo.xml"
grep -q "<release version=\"$version\"" \
  "$scratch/root/usr/share/metainfo/com.pingpanda.Desktop.metainfo.xml" \
  || fail "the metainfo's release is not $version"
file "$scratch/root/usr/share/icons/hicolor/48x48/apps/pingpanda.png" | grep -q "48 x 48" \
  || fail "the 48px icon is not 48 x 48"

# apt resolves its dependencies (a simulation: nothing is installed).
apt-get install -s "$deb" >"$scratch/apt.log" 2>&1 || { cat "$scratch/apt.log"; fail "apt cannot install it"; }

bin="$scratch/root/usr/bin/pingpanda"
[ "$("$bin" --version)" = "pingpanda $version" ] || fail "--version says '$("$bin" --version)'"

"$bin" --headless --port 0 --data-dir "$scratch/data" >"$scratch/out" 2>"$scratch/err" &
server=$!
for _ in $(seq 100); do
  grep -q "^PingPanda listening on " "$scratch/out" && break
  kill -0 "$server" 2>/dev/null || { cat "$scratch/err"; fail "the unpacked binary stopped"; }
  sleep 0.1
done
url=$(sed -n 's/^PingPanda listening on //p' "$scratch/out")
[ -n "$url" ] || { cat "$scratch/err"; fail "no ready line within 10 s"; }
curl -fsS "$url/api/v1/health" >/dev/null || fail "the unpacked server does not answer"
kill -TERM "$server"
wait "$server" || fail "the unpacked server did not stop cleanly"
server=""

# With a display, the installed pingpanda hands over to the installed pingpanda-desktop (same
# process): the relative path between them is right.
xvfb-run -a "$bin" --port 0 --data-dir "$scratch/gui" >"$scratch/gui.out" 2>"$scratch/gui.err" &
gui=""
for _ in $(seq 100); do
  gui=$(pgrep -f -- "--data-dir $scratch/gui" | while read -r p; do
    case "$(readlink "/proc/$p/exe")" in */usr/libexec/pingpanda/pingpanda-desktop) echo "$p" ;; esac
  done | head -1)
  [ -n "$gui" ] && grep -q "^PingPanda listening on " "$scratch/gui.out" && break
  sleep 0.1
done
[ -n "$gui" ] || { cat "$scratch/gui.err"; fail "pingpanda did not hand over to pingpanda-desktop"; }
kill -TERM "$gui"
wait 2>/dev/null || true
echo "check-package: $deb is fine ($(du -k "$deb" | cut -f1) KB)"
