#!/bin/sh
# Builds the Debian package into dist/: dist/store-kiosk_VERSION_ARCH.deb (make deb).
#   ARCH=arm64 scripts/deb.sh     cross-builds for Raspberry Pi class kiosks (see INSTALL.md)
#   VERSION=1.2.0 scripts/deb.sh  sets the version (default: 0.1.0~git<commit time>.<hash>)
# Prints the package's path last.
set -eu
cd "$(dirname "$0")/.."
. scripts/env.sh

native=$(dpkg --print-architecture)
ARCH=${ARCH:-$native}
if [ -z "${VERSION:-}" ]; then
  if git rev-parse --git-dir >/dev/null 2>&1; then
    VERSION="0.1.0~git$(git log -1 --format=%cd --date=format-local:%Y%m%d%H%M).$(git rev-parse --short=8 HEAD)"
  else
    VERSION="0.1.0~local"
  fi
fi
export ARCH VERSION

if [ "$ARCH" = "$native" ]; then
  scripts/deps.sh deb
else
  # The target's -dev libraries come from Debian's archive for that architecture (multiarch).
  if ! dpkg --print-foreign-architectures | grep -qx "$ARCH"; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    $sudo dpkg --add-architecture "$ARCH"
  fi
  scripts/deps.sh "cross-$ARCH"
  case "$ARCH" in
    arm64) triplet=aarch64-linux-gnu ;;
    *) echo "deb.sh: no cross toolchain set up for $ARCH" >&2; exit 2 ;;
  esac
  export GOARCH="$ARCH" CC="$triplet-gcc" CXX="$triplet-g++"
  export PKG_CONFIG_LIBDIR="/usr/lib/$triplet/pkgconfig:/usr/share/pkgconfig"
  export PKG_CONFIG_PATH=""
fi

# nfpm, pinned: later versions need modules the Go proxy here refuses. Installed once.
NFPM_VERSION=v2.45.2
nfpm="$(go env GOPATH)/bin/nfpm"
if ! go version -m "$nfpm" 2>/dev/null | grep -q "github.com/goreleaser/nfpm/v2[[:space:]]*$NFPM_VERSION"; then
  echo "Installing nfpm $NFPM_VERSION"
  GOARCH= GOOS= CGO_ENABLED=0 CC= go install "github.com/goreleaser/nfpm/v2/cmd/nfpm@$NFPM_VERSION"
fi

BINDIR="dist/$ARCH/bin"
mkdir -p "$BINDIR"
for c in kiosk kioskctl staffdesk; do
  go build -trimpath -ldflags "$RELEASE_LDFLAGS -X main.version=$VERSION" -o "$BINDIR/$c" "./cmd/$c"
done

# nfpm takes the binaries from one fixed place (it expands no variables in paths).
rm -rf dist/stage
mkdir -p dist/stage
cp "$BINDIR/kiosk" "$BINDIR/kioskctl" "$BINDIR/staffdesk" dist/stage/

out="dist/store-kiosk_${VERSION}_${ARCH}.deb"
rm -f "dist/store-kiosk_"*"_${ARCH}.deb"
"$nfpm" package --config packaging/nfpm.yaml --packager deb --target "$out" >&2
echo "$out"
