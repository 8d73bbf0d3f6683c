#!/bin/sh
# Screenshots of every screen of the real app, drawn by OpenGL under Xvfb: both colour
# schemes, normal and extra-large text, at 1920x1080, 1280x800 and 800x1280. Writes
# out/screenshots/<size>/<screen>-<look>-<text>.png (out/ is not committed) and refreshes
# the README's screenshot in packaging/screenshots/.
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/deps.sh run
mkdir -p bin
go build -trimpath -o bin/kiosk ./cmd/kiosk

out=out/screenshots
rm -rf "$out"
mkdir -p "$out"
state=$(mktemp -d)
trap 'rm -rf "$state"' EXIT
for size in 1920x1080 1280x800 800x1280; do
  Xvfb :78 -screen 0 "${size}x24" -nolisten tcp &
  xvfb=$!
  for _ in 1 2 3 4 5 6 7 8 9 10; do xwd -display :78 -root -silent >/dev/null 2>&1 && break; sleep 0.3; done
  echo "== $size"
  # FYNE_SCALE=1: sizes are pixels, as on a 1080p kiosk screen. The tour names each screen
  # in next.txt; we capture the X screen (what a shopper sees) and remove the file.
  mkdir -p "$out/$size"
  DISPLAY=:78 FYNE_SCALE=1 HOME="$state" XDG_STATE_HOME="$state/state" KIOSK_STAFF_PIN=0000 \
    timeout 600 bin/kiosk -tour "$out/$size" 2>"$out/kiosk-$size.log" &
  kiosk=$!
  while kill -0 "$kiosk" 2>/dev/null; do
    if [ -f "$out/$size/next.txt" ]; then
      name=$(cat "$out/$size/next.txt")
      DISPLAY=:78 import -window root "$out/$size/$name.png"
      rm -f "$out/$size/next.txt"
    fi
    sleep 0.1
  done
  if ! wait "$kiosk"; then
    echo "the kiosk failed at $size; see $out/kiosk-$size.log" >&2
    kill "$xvfb"
    exit 1
  fi
  kill "$xvfb"
  wait "$xvfb" 2>/dev/null || true
done
mkdir -p packaging/screenshots
cp "$out/1920x1080/home-standard-normal.png" packaging/screenshots/home.png
cp "$out/1920x1080/product-standard-normal.png" packaging/screenshots/product-map.png
cp "$out/800x1280/results-high-contrast-xlarge.png" packaging/screenshots/answer-high-contrast-extra-large.png
cp "$out/1920x1080/list-standard-normal.png" packaging/screenshots/list-route.png
echo "$(find "$out" -name '*.png' | wc -l) screenshots in $out"
