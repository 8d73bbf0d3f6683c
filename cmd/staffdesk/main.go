// Command staffdesk is the staff desk: the store's kiosks send it calls for help, and staff
// answer them from a web page on their phones.
//
//	staffdesk --listen :8090 --db /var/lib/store-kiosk/staffdesk.db --token TOKEN
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// settings are what the flags and the environment ask for.
type settings struct {
	listen, db string
	opt        staffdesk.Options
	newCode    bool
}

func run(args []string, stdout, stderr io.Writer) int {
	s, code := parse(args, stderr)
	if code != 0 {
		return code
	}
	if s.newCode {
		fmt.Fprintln(stdout, staffdesk.NewCode())
		return 0
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := staffdesk.Run(ctx, s.listen, s.db, s.opt); err != nil {
		fmt.Fprintf(stderr, "staffdesk: %v\n", err)
		return 1
	}
	return 0
}

// parse reads the flags, the environment and the credentials; a non-zero code is the exit
// status, the reason already written to stderr.
func parse(args []string, stderr io.Writer) (settings, int) {
	fs := flag.NewFlagSet("staffdesk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: staffdesk [--listen ADDR] [--db FILE] [--token TOKEN | --kiosk-token T --staff-token T]")
		fmt.Fprintln(stderr, "                 [--tls-cert FILE --tls-key FILE] [--trust-proxy]")
		fmt.Fprintln(stderr, "       staffdesk --new-code")
		fmt.Fprintln(stderr, "  Serves the staff page and the kiosks' call API. Tokens may also come from the environment")
		fmt.Fprintln(stderr, "  (STAFFDESK_TOKEN, STAFFDESK_KIOSK_TOKEN, STAFFDESK_STAFF_TOKEN) or systemd credentials of the")
		fmt.Fprintln(stderr, "  same names in lower case with dashes (staffdesk-token, ...).")
		fs.PrintDefaults()
	}
	var s settings
	fs.StringVar(&s.listen, "listen", envOr("STAFFDESK_LISTEN", ":8090"), "`address` to serve on (env STAFFDESK_LISTEN)")
	fs.StringVar(&s.db, "db", envOr("STAFFDESK_DB", "/var/lib/store-kiosk/staffdesk.db"), "database `file` (env STAFFDESK_DB)")
	token := fs.String("token", "", "`token` for both kiosks and staff, when one is enough")
	kioskToken := fs.String("kiosk-token", "", "`token` kiosks present to submit calls")
	staffToken := fs.String("staff-token", "", "`token` (the staff code) staff log in with")
	closeAcked := fs.String("close-acknowledged-after", envOr("STAFFDESK_CLOSE_ACKNOWLEDGED_AFTER", staffdesk.DefaultCloseAcknowledgedAfter.String()),
		"`duration` after \"I'm coming\" when a call nobody marked done closes itself, 1m to 24h (env STAFFDESK_CLOSE_ACKNOWLEDGED_AFTER)")
	fs.StringVar(&s.opt.TLSCertFile, "tls-cert", os.Getenv("STAFFDESK_TLS_CERT"), "serve HTTPS with this certificate `file` (PEM; env STAFFDESK_TLS_CERT), reread when renewed")
	fs.StringVar(&s.opt.TLSKeyFile, "tls-key", os.Getenv("STAFFDESK_TLS_KEY"), "the certificate's key `file` (PEM; env STAFFDESK_TLS_KEY)")
	fs.BoolVar(&s.opt.TrustProxy, "trust-proxy", os.Getenv("STAFFDESK_TRUST_PROXY") == "1",
		"behind a reverse proxy on this machine: take client addresses from X-Forwarded-For (env STAFFDESK_TRUST_PROXY=1)")
	fs.BoolVar(&s.newCode, "new-code", false, "print a new staff code (12 letters and digits, easy to type) and exit")
	verbose := fs.Bool("v", false, "log every request-level event (debug)")
	if err := fs.Parse(args); err != nil {
		return s, 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return s, 2
	}
	if s.newCode {
		return s, 0
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})).With("component", "staffdesk")

	d, err := time.ParseDuration(*closeAcked)
	if err != nil || d < staffdesk.MinCloseAcknowledgedAfter || d > staffdesk.MaxCloseAcknowledgedAfter {
		fmt.Fprintf(stderr, "staffdesk: --close-acknowledged-after must be a duration from %s to %s, like 2h (got %q)\n",
			staffdesk.MinCloseAcknowledgedAfter, staffdesk.MaxCloseAcknowledgedAfter, *closeAcked)
		return s, 2
	}
	if (s.opt.TLSCertFile == "") != (s.opt.TLSKeyFile == "") {
		fmt.Fprintln(stderr, "staffdesk: --tls-cert and --tls-key go together: give both or neither")
		return s, 2
	}
	both := first(*token, config.Secret("staffdesk-token", "STAFFDESK_TOKEN"))
	s.opt.KioskToken = first(*kioskToken, config.Secret("staffdesk-kiosk-token", "STAFFDESK_KIOSK_TOKEN"), both)
	s.opt.StaffToken = first(*staffToken, config.Secret("staffdesk-staff-token", "STAFFDESK_STAFF_TOKEN"), both)
	s.opt.Logger = log
	s.opt.CloseAcknowledgedAfter = d
	if s.opt.KioskToken == "" || s.opt.StaffToken == "" {
		fmt.Fprintln(stderr, "staffdesk: no token: give --token (or --kiosk-token and --staff-token), or set STAFFDESK_TOKEN;")
		fmt.Fprintln(stderr, "  the desk is never open to anonymous writes")
		return s, 2
	}
	return s, 0
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

func first(vs ...string) string {
	for _, v := range vs {
		if v != "" {
			return v
		}
	}
	return ""
}
