#!/bin/sh
# Builds the kiosk root filesystem (packaging/image/build.sh) from a fresh package: make image.
# Downloads Debian from the mirror (several hundred MB), so it is not part of the test suite.
#   scripts/image.sh [ROOTFS]       default dist/image/rootfs; settings: see packaging/image/build.sh
set -eu
cd "$(dirname "$0")/.."
scripts/deps.sh image
deb=$(scripts/deb.sh)
exec packaging/image/build.sh "$deb" "${1:-dist/image/rootfs}"
