#!/bin/sh
# Idle CPU: the real kiosk (demo store, OpenGL under Xvfb, 1920x1080) left alone for SECONDS
# (default 60) on the attract, home and results screens; prints the kiosk process's CPU time
# over that span as a share of one core, and the machine's load average (other work on the
# machine does not count against the kiosk, but it does make the kiosk's own work slower).
#
#   scripts/idle-cpu.sh        # 60 s on each screen
#   SECONDS_EACH=20 scripts/idle-cpu.sh
#   QUIET=1 scripts/idle-cpu.sh  # attract also once nobody has touched it for 5 minutes
#
# The attract screen's example changes every 20 s for the first 5 minutes after the last
# touch (kiosk/ui/idle.go, attractBusy), then once a minute ("quiet"). Nothing shortens
# those 5 minutes, so QUIET=1 waits them out: 5 minutes more per run.
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/deps.sh run
span="${SECONDS_EACH:-60}"
out="${OUT:-out/idle-cpu}"
disp="${SOAK_DISPLAY:-:80}"
port="${SOAK_PPROF_PORT:-6080}"
. scripts/xkiosk.sh

hz=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$kiosk/stat"; } # user + system
measure() {
  sleep 3 # let the screen's first frames and its announcement settle
  t0=$(ticks) s0=$(date +%s.%N)
  sleep "$span"
  t1=$(ticks) s1=$(date +%s.%N)
  awk -v n="$1" -v t="$((t1 - t0))" -v hz="$hz" -v s0="$s0" -v s1="$s1" -v l="$(cut -d' ' -f1-3 /proc/loadavg)" \
    'BEGIN { printf "%-8s %5.2f %% of a core over %.0f s   load %s\n", n, t / hz / (s1 - s0) * 100, s1 - s0, l }'
}

screen attract
started=$(date +%s) # the kiosk's last input: it has had none since it started
window
measure attract
if [ -n "${QUIET:-}" ]; then
  # Quiet from attractBusy (5 minutes) after the start; measure's 3 s settle comes on top.
  left=$((started + 300 - $(date +%s)))
  if [ "$left" -gt 0 ]; then sleep "$left"; fi
  measure quiet
fi
xdotool key Escape
screen home
measure home
xdotool type --delay 12 -- "where is the jam"
screen ask
xdotool key Return
screen results
measure results
