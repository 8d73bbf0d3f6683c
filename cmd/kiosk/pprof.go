//go:build pprof

package main

import (
	"log/slog"
	"net"
	"net/http"
	_ "net/http/pprof" // the handlers, on http.DefaultServeMux
	"os"
)

// A diagnostic build (go build -tags pprof, as scripts/soak.sh makes it) serves Go's
// profiles on KIOSK_PPROF (default 127.0.0.1:6060) and logs at debug level, which names each
// answer shown, so a soak can wait for it. Release builds have neither.
func init() {
	logLevel = slog.LevelDebug
	addr := os.Getenv("KIOSK_PPROF")
	if addr == "" {
		addr = "127.0.0.1:6060"
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		slog.Error("pprof", "addr", addr, "err", err)
		os.Exit(1)
	}
	slog.Info("pprof serving", "addr", ln.Addr().String())
	go func() { _ = http.Serve(ln, nil) }()
}
