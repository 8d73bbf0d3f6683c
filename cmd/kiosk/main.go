// Command kiosk is the store kiosk's touchscreen app.
//
//	kiosk [-config /etc/store-kiosk/config.toml] [-window] [-tour DIR]
package main

import (
	"context"
	"flag"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2/app"

	"github.com/storekiosk/storekiosk/kiosk"
)

func main() {
	configPath := flag.String("config", "", "configuration `file` (default /etc/store-kiosk/config.toml if present, else the demo store)")
	window := flag.Bool("window", false, "run in a window rather than fullscreen")
	tour := flag.String("tour", "", "write a screenshot of every screen into `dir`, then quit")
	flag.Parse()
	log := slog.New(slog.NewTextHandler(os.Stderr, nil))
	slog.SetDefault(log)
	cfg, err := kiosk.LoadConfig(*configPath)
	if err != nil {
		log.Error("configuration", "err", err)
		os.Exit(2)
	}
	cfg.Kiosk.Fullscreen = cfg.Kiosk.Fullscreen && !*window
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	a, stop, err := kiosk.Start(ctx, app.NewWithID("org.storekiosk.kiosk"), cfg, log)
	if err != nil {
		log.Error("kiosk cannot start", "err", err)
		os.Exit(1)
	}
	defer stop()
	if *tour != "" {
		a.Tour(*tour)
	}
	a.Run()
}
