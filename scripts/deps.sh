#!/bin/sh
# Installs, once, the Debian packages a task needs: deps.sh build|run|test|deb|image|cross-arm64.
# Quiet when everything is already there. Needs root or sudo the first time.
set -eu

build="gcc libc6-dev pkg-config git ca-certificates
  libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
  libpocketsphinx-dev libsphinxbase-dev"
runtime="espeak-ng pocketsphinx-en-us sphinxbase-utils libpulse0 fonts-dejavu-core cups-client"
headless="xvfb x11-apps imagemagick xauth xdotool"
test="sox pulseaudio pulseaudio-utils chromium chromium-driver python3 sqlite3
  cage systemd binutils cups-daemon cups-bsd cups-filters poppler-utils zbar-tools"

case "${1:-}" in
  build) pkgs="$build" ;;
  run)   pkgs="$build $runtime $headless" ;;
  test)  pkgs="$build $runtime $headless $test" ;;
  deb)   pkgs="$build dpkg-dev systemd cage" ;;
  image) pkgs="debootstrap" ;;
  cross-arm64) pkgs="gcc-aarch64-linux-gnu libc6-dev-arm64-cross pkg-config
    libgl1-mesa-dev:arm64 libx11-dev:arm64 libxcursor-dev:arm64 libxrandr-dev:arm64 libxinerama-dev:arm64
    libxi-dev:arm64 libxxf86vm-dev:arm64 libpocketsphinx-dev:arm64 libsphinxbase-dev:arm64" ;;
  *) echo "usage: $0 build|run|test|deb|image|cross-arm64" >&2; exit 2 ;;
esac

missing=""
for p in $pkgs; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

echo "Installing Debian packages:$missing"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
# shellcheck disable=SC2086
$sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
