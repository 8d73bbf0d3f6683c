# Sourced by soak.sh and idle-cpu.sh: builds the diagnostic kiosk (-tags pprof, which serves
# Go's profiles and logs each screen shown), starts it on the demo store under Xvfb at
# 1920x1080 and gives the caller `screen NAME` to wait for the next screen and `window` to
# wait for the kiosk's window to show and give it the keyboard.
# Needs: out (a directory for kiosk.log), disp (X display), port (pprof port).
#
# KIOSK_BIN runs another diagnostic build instead (before/after a change).
mkdir -p bin "$out"
bin="${KIOSK_BIN:-bin/kiosk-pprof}"
if [ -z "${KIOSK_BIN:-}" ]; then
  # The project's build tags plus pprof.
  GOFLAGS=$(echo "$GOFLAGS" | sed 's/-tags=\([^ ]*\)/-tags=\1,pprof/') go build -trimpath -o "$bin" ./cmd/kiosk
fi

state=$(mktemp -d)
xvfb="" kiosk=""
# At the end the kiosk is stopped as systemd stops it (SIGTERM), and the script says how long
# it took to exit.
running() { [ -e "/proc/$1" ] && ! grep -q '^[^)]*) Z' "/proc/$1/stat" 2>/dev/null; }
cleanup() {
  if [ -n "$kiosk" ] && running "$kiosk"; then
    kill -TERM "$kiosk"
    t0=$(date +%s.%N)
    for _ in $(seq 150); do running "$kiosk" || break; sleep 0.1; done
    if running "$kiosk"; then
      echo "the kiosk was still running 15 s after SIGTERM; killed" >&2
      kill -KILL "$kiosk"
    else
      awk -v a="$t0" -v b="$(date +%s.%N)" 'BEGIN { printf "the kiosk exited %.1f s after SIGTERM\n", b - a }' >&2
    fi
  fi
  [ -n "$xvfb" ] && kill "$xvfb" 2>/dev/null
  rm -rf "$state"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
Xvfb "$disp" -screen 0 1920x1080x24 -nolisten tcp 2>/dev/null &
xvfb=$!
for _ in $(seq 50); do xwd -display "$disp" -root -silent >/dev/null 2>&1 && break; sleep 0.2; done
export DISPLAY="$disp"

log="$out/kiosk.log"
# Without a sound card every sentence the kiosk tries to say logs ~35 lines of ALSA errors:
# kept out of the log, which `screen` reads again and again (a 5,000-question soak's log grew
# to a million lines and the script's greps to much of the machine's CPU).
: >"$log"
mkfifo "$state/stderr"
grep --line-buffered -v '^ALSA lib ' <"$state/stderr" >>"$log" &
# FYNE_CACHE as the systemd unit sets it (how long Fyne keeps what it drew), unless given.
HOME="$state" XDG_STATE_HOME="$state/state" FYNE_SCALE=1 KIOSK_PPROF="127.0.0.1:$port" \
  FYNE_CACHE="${FYNE_CACHE-20s}" "$bin" 2>"$state/stderr" &
kiosk=$!

# Every screen shown logs one "screen name=..." line (at debug level). screen NAME waits for
# the next one and checks it is NAME (an extended regular expression: 'results|list'). The
# same screen shown again is passed over: the kiosk lays out the screen it shows anew when its
# window goes fullscreen, which may come after the first keys. The limit is only there so a stuck kiosk fails the run instead of hanging it.
shown=0 last=""
screen() {
  while :; do
    shown=$((shown + 1))
    tries=0
    while [ "$(grep -c 'msg=screen ' "$log" || true)" -lt "$shown" ]; do
      if ! kill -0 "$kiosk" 2>/dev/null; then echo "the kiosk exited; see $log" >&2; exit 1; fi
      tries=$((tries + 1))
      if [ "$tries" -gt 1200 ]; then echo "no screen $1 (#$shown) after 120 s; see $log" >&2; tail -5 "$log" >&2; exit 1; fi
      sleep 0.1
    done
    got=$(grep 'msg=screen ' "$log" | sed -n "${shown}p" | sed 's/.*name=//')
    echo "$got" | grep -Eqx "$1" && break
    [ "$got" = "$last" ] && continue
    echo "screen #$shown is $got, want $1; see $log" >&2
    exit 1
  done
  last=$got
}

# window waits (up to 120 s) for the kiosk's window to be mapped and gives it the keyboard
# focus: keys typed before that go nowhere. (No window manager: the pointer over it helps too.)
window() {
  w=$(timeout 120 xdotool search --sync --onlyvisible --pid "$kiosk" | head -1)
  [ -n "$w" ] || { echo "no kiosk window after 120 s; see $log" >&2; exit 1; }
  xdotool mousemove 960 540 windowfocus --sync "$w"
}
