#!/bin/sh
# The full voice evaluation: every dev question spoken by espeak-ng in four voices (en-us and
# en-gb at 150 and 125 words per minute), in a quiet and a noisy copy (488 recordings), run
# through `kioskctl listen` offline and scored with ../shared/eval/score.py per copy and per
# voice; then the end-of-speech-to-answer latency benchmark. Takes a few minutes.
#   scripts/eval-voice.sh [OUTDIR]      (default /tmp/kiosk-voice-eval; WAVs are reused)
# KIOSK_VOICE_QUESTIONS=file.jsonl speaks another question set instead of the dev questions,
# e.g. kiosk/answer/testdata/questions-spoken.jsonl (use another OUTDIR).
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/deps.sh test
out="${1:-/tmp/kiosk-voice-eval}"
mkdir -p "$out"
echo "== voice evaluation (details in $out)"
KIOSK_VOICE_EVAL=full KIOSK_VOICE_OUT="$out" \
  go test -count=1 -timeout 30m -run '^TestListenVoiceQuestions$' -v ./cmd/kioskctl 2>&1 |
  grep -v '^[0-9/]* [0-9:]* \(INFO\|WARN\)' | tee "$out/eval.log"
for c in quiet noisy; do
  echo "== $c: python3 ../shared/eval/score.py (failures in $out/$c.score.txt)"
  tail -6 "$out/$c.score.txt"
done
echo "== latency: end of audio -> answer"
go test -run '^$' -bench '^BenchmarkListenLatency$' -benchtime "${BENCHTIME:-100x}" ./cmd/kioskctl 2>&1 | grep -E 'p50-ms|^ok|FAIL'
