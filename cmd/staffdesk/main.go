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

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stderr))
}

func run(args []string, stderr io.Writer) int {
	fs := flag.NewFlagSet("staffdesk", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: staffdesk [--listen ADDR] [--db FILE] [--token TOKEN | --kiosk-token T --staff-token T]")
		fmt.Fprintln(stderr, "  Serves the staff page and the kiosks' call API. Tokens may also come from the environment")
		fmt.Fprintln(stderr, "  (STAFFDESK_TOKEN, STAFFDESK_KIOSK_TOKEN, STAFFDESK_STAFF_TOKEN) or systemd credentials of the")
		fmt.Fprintln(stderr, "  same names in lower case with dashes (staffdesk-token, ...).")
		fs.PrintDefaults()
	}
	listen := fs.String("listen", envOr("STAFFDESK_LISTEN", ":8090"), "`address` to serve on (env STAFFDESK_LISTEN)")
	db := fs.String("db", envOr("STAFFDESK_DB", "/var/lib/store-kiosk/staffdesk.db"), "database `file` (env STAFFDESK_DB)")
	token := fs.String("token", "", "`token` for both kiosks and staff, when one is enough")
	kioskToken := fs.String("kiosk-token", "", "`token` kiosks present to submit calls")
	staffToken := fs.String("staff-token", "", "`token` (the staff code) staff log in with")
	verbose := fs.Bool("v", false, "log every request-level event (debug)")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 {
		fs.Usage()
		return 2
	}
	level := slog.LevelInfo
	if *verbose {
		level = slog.LevelDebug
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level})).With("component", "staffdesk")

	both := first(*token, config.Secret("staffdesk-token", "STAFFDESK_TOKEN"))
	opt := staffdesk.Options{
		KioskToken: first(*kioskToken, config.Secret("staffdesk-kiosk-token", "STAFFDESK_KIOSK_TOKEN"), both),
		StaffToken: first(*staffToken, config.Secret("staffdesk-staff-token", "STAFFDESK_STAFF_TOKEN"), both),
		Logger:     log,
	}
	if opt.KioskToken == "" || opt.StaffToken == "" {
		fmt.Fprintln(stderr, "staffdesk: no token: give --token (or --kiosk-token and --staff-token), or set STAFFDESK_TOKEN;")
		fmt.Fprintln(stderr, "  the desk is never open to anonymous writes")
		return 2
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := staffdesk.Run(ctx, *listen, *db, opt); err != nil {
		fmt.Fprintf(stderr, "staffdesk: %v\n", err)
		return 1
	}
	return 0
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
