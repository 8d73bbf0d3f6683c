#!/bin/sh
# Runs the kiosk on the built-in demo store: installs what it needs, builds bin/kiosk and
# starts it fullscreen. With no display it starts a virtual one (Xvfb) and says so.
# Arguments go to the kiosk: scripts/run.sh -window, scripts/run.sh -config my.toml.
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/deps.sh run
mkdir -p bin
go build -trimpath -o bin/kiosk ./cmd/kiosk

# The demo's staff desk and staff mode need secrets; make up demo ones unless given.
if [ -z "${STAFFDESK_TOKEN:-}${STAFFDESK_KIOSK_TOKEN:-}" ]; then
  # A staff code like staffdesk --new-code makes: 12 characters, none that look alike.
  STAFFDESK_TOKEN=$(LC_ALL=C tr -dc '23456789abcdefghjkmnpqrstuvwxyz' </dev/urandom | head -c 12 | sed 's/..../&-/g; s/-$//')
  export STAFFDESK_TOKEN
  echo "Staff page for calls: http://localhost:8090  (staff code: $STAFFDESK_TOKEN)"
fi
if [ -z "${KIOSK_STAFF_PIN:-}" ]; then
  KIOSK_STAFF_PIN=1234
  export KIOSK_STAFF_PIN
  echo "Staff mode: hold the store's name for 3 seconds (or press Ctrl+Shift+S), PIN $KIOSK_STAFF_PIN"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display found: starting a virtual screen (Xvfb :77, 1920x1080)."
  echo "  Look at it with: DISPLAY=:77 import -window root kiosk.png"
  Xvfb :77 -screen 0 1920x1080x24 -nolisten tcp &
  xvfb=$!
  trap 'kill $xvfb 2>/dev/null' EXIT INT TERM
  export DISPLAY=:77
  for _ in 1 2 3 4 5 6 7 8 9 10; do xwd -root -silent >/dev/null 2>&1 && break; sleep 0.3; done
fi
bin/kiosk "$@"
