#!/bin/sh
# Builds every binary into bin/.
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/deps.sh build
mkdir -p bin
for c in cmd/*/; do
  [ -f "$c/main.go" ] || continue
  go build -trimpath -o "bin/$(basename "$c")" "./$c"
done
