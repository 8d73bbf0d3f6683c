#!/bin/sh
# The whole test suite, from a clean clone: installs what it needs, checks formatting, vet,
# module tidiness and staticcheck, runs every test under the race detector (the UI, audio and
# browser tests start their own Xvfb, PulseAudio and Chromium), and fuzzes the catalog
# parsers, the feed's unpack-and-decode path and the staff desk's JSON endpoints briefly.
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

echo "== go mod tidy"
go mod tidy -diff

echo "== staticcheck"
# Installed through the Go module proxy once, into the Go bin directory; pinned so a new
# release's new checks do not fail an old commit. The module proxy knows the release by its
# module version (v0.8.2), not by its name (2026.2.2).
staticcheck="$(go env GOPATH)/bin/staticcheck"
if ! "$staticcheck" -version 2>/dev/null | grep -q "(0.8.2)"; then
  GOFLAGS= go install honnef.co/go/tools/cmd/staticcheck@v0.8.2
fi
"$staticcheck" ./...

echo "== go test -race"
# Every test runs once, under the race detector (the whole tree takes ~9 minutes on 2 busy
# cores, against ~4 without it). RACE=0 runs them without, for a quick local pass.
race=-race
[ "${RACE:-1}" = 0 ] && race=
go test $race -count=1 -timeout 25m ./...

echo "== fuzz (short)"
# FuzzDecodeFeed: the path a downloaded feed file takes (gunzip within the limits, then decode).
# A count of inputs, not a time: with a time, Go's fuzz coordinator (before Go 1.27) can fail a
# run that found nothing with "context deadline exceeded" as the time runs out on a loaded
# machine (go.dev/issue/75804); a count has no deadline. 50,000 inputs take 2-15 s each.
for f in FuzzDecodeCSV:./inventory FuzzDecodeJSONL:./inventory FuzzDecodeFeed:./inventory/feed FuzzDeskAPI:./kiosk/staffdesk; do
  go test -run '^$' -fuzz "^${f%%:*}\$" -fuzztime "${FUZZTIME:-50000x}" "${f#*:}"
done
echo "== all tests passed"
