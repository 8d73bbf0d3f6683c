#!/bin/sh
# Benchmarks with the figures the issues ask for (p50/p95 latencies, import rates).
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh
scripts/deps.sh build
go test -run '^$' -bench "${BENCH:-.}" -benchtime "${BENCHTIME:-1s}" ./... "$@"
