# Build settings for every script and the Makefile: the one place they live.
# Sourced, not run.
export GOFLAGS="-tags=sqlite_fts5,migrated_fynedo -buildvcs=false"
# Release builds (the .deb): no symbol table or DWARF; panics still name functions and lines.
export RELEASE_LDFLAGS="-s -w"
export CGO_ENABLED=1
# Fyne parses LANG and writes settings under $HOME; give both sane values on bare machines.
export LANG="${LANG:-en_US.UTF-8}"
case "$LANG" in C|POSIX|C.*) export LANG=en_US.UTF-8 ;; esac
export HOME="${HOME:-/tmp/kiosk-home}"
