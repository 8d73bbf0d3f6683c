#!/bin/sh
# Soak: the real kiosk (demo store, OpenGL under Xvfb, 1920x1080) is asked QUESTIONS typed
# questions in a loop (default 5000) through xdotool, as a keyboard would type them; every
# 10th answer it opens Help and goes back, every 50th it goes back to the question and clears
# it. Every EVERY questions (default 100) it prints one line: questions, RSS, Go heap in use
# after a GC, all the memory Go holds, the C heap's (the rest of the anonymous memory),
# goroutines and the machine's load average, read from a diagnostic build (-tags pprof: cmd/kiosk/pprof.go).
# Heap profiles at the start and every report (heap-N.pb.gz), the first and the end are kept in OUT
# (default out/soak) for
#   go tool pprof -base OUT/heap-first.pb.gz -top bin/kiosk-pprof OUT/heap-last.pb.gz
#
#   scripts/soak.sh            # 5000 questions
#   scripts/soak.sh 1000       # fewer
#   DELAY=20 scripts/soak.sh   # ms between typed keys (default 12)
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/deps.sh run
n="${1:-5000}"
every="${EVERY:-100}"
delay="${DELAY:-12}"
out="${OUT:-out/soak}"
disp="${SOAK_DISPLAY:-:79}"
port="${SOAK_PPROF_PORT:-6079}"
. scripts/xkiosk.sh
mb() { awk '/^VmRSS/ {printf "%.0f", $2/1024}' "/proc/$kiosk/status"; }
# stats: after a forced GC, the Go heap in use, the memory Go holds from the system (all it
# mapped less what it gave back: heap, its free spans kept for reuse, stacks, GC metadata) and
# the rest of the process's anonymous memory, which is C's (malloc: Mesa, SQLite, ALSA).
stats() {
  curl -fsS "http://127.0.0.1:$port/debug/pprof/heap?gc=1&debug=1" |
    awk -v anon="$(awk '/^Anonymous:/ {print $2 * 1024}' "/proc/$kiosk/smaps_rollup")" '
      /^# HeapInuse = / {inuse = $4} /^# Sys = / {sys = $4} /^# HeapReleased = / {rel = $4}
      END {go = sys - rel; printf "%8.0f %8.0f %8.0f", inuse / 1048576, go / 1048576, (anon - go) / 1048576}'
}
goroutines() { curl -fsS "http://127.0.0.1:$port/debug/pprof/goroutine?debug=1" | awk 'NR==1 {print $4}'; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
report() {
  printf '%6s %8s %s %10s   %s\n' "$1" "$(mb)" "$(stats)" "$(goroutines)" "$(load)"
}

screen attract
window
printf '%6s %8s %8s %8s %8s %10s   %s\n' questions rss_mb heap_mb go_mb c_mb goroutines load
report 0
curl -fsS -o "$out/heap-0.pb.gz" "http://127.0.0.1:$port/debug/pprof/heap?gc=1"
xdotool key Escape # wakes the attract screen
screen home

# Questions from the held-out set, in a loop; none with a barcode: digits typed that fast
# then Enter are a scanner's (a product screen), which the soak does not follow.
qs="$state/questions.txt"
sed -n 's/.*"q": *"\([^"]*\)".*/\1/p' kiosk/answer/testdata/questions-heldout.jsonl |
  grep '^[A-Za-z]' | grep -v '[0-9]\{8\}' >"$qs"
nq=$(wc -l <"$qs")
onask=false
i=1
while [ "$i" -le "$n" ]; do
  q=$(sed -n "$(( (i - 1) % nq + 1 ))p" "$qs")
  xdotool type --delay "$delay" -- "$q"
  $onask || screen ask # a letter typed on any other screen opens the question
  xdotool key Return
  screen 'results|list' # several things in one question make a shopping list
  onask=false
  if [ $((i % 50)) -eq 0 ]; then
    xdotool key Escape # back to the question, cleared for the next one
    screen ask
    xdotool key Delete
    onask=true
  elif [ $((i % 10)) -eq 0 ]; then
    xdotool key F1
    screen help
    xdotool key Escape
    screen 'results|list'
  fi
  if [ $((i % every)) -eq 0 ]; then
    report "$i"
    curl -fsS -o "$out/heap-$i.pb.gz" "http://127.0.0.1:$port/debug/pprof/heap?gc=1"
    [ "$i" -eq "$every" ] && cp "$out/heap-$i.pb.gz" "$out/heap-first.pb.gz"
  fi
  i=$((i + 1))
done
curl -fsS -o "$out/heap-last.pb.gz" "http://127.0.0.1:$port/debug/pprof/heap?gc=1"
echo "heap profiles: $out/heap-first.pb.gz (after $every) and $out/heap-last.pb.gz (after $n)"
