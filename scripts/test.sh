#!/bin/sh
# The whole test suite, from a clean clone: installs what it needs, checks formatting and vet,
# runs every test (the UI, audio and browser tests start their own Xvfb, PulseAudio and
# Chromium), and fuzzes the catalog parsers briefly.
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/deps.sh test

echo "== gofmt"
unformatted=$(gofmt -l $(git ls-files '*.go' 2>/dev/null || find . -name '*.go'))
if [ -n "$unformatted" ]; then
  echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test"
go test -count=1 -timeout 25m ./...

echo "== fuzz (short)"
for f in FuzzDecodeCSV FuzzDecodeJSONL; do
  go test -run '^$' -fuzz "^$f\$" -fuzztime "${FUZZTIME:-10s}" ./inventory
done
echo "== all tests passed"
