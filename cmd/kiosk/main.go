// Command kiosk is the store kiosk's touchscreen app.
//
//	kiosk [-config /etc/store-kiosk/config.toml] [-window] [-tour DIR]
//	kiosk -check-config [FILE]
package main

import (
	"context"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"os/signal"
	"syscall"

	"fyne.io/fyne/v2/app"

	"github.com/storekiosk/storekiosk/kiosk"
	"github.com/storekiosk/storekiosk/kiosk/sdnotify"
)

// version is set by the package build (scripts/deb.sh: -X main.version=...).
var version = "dev"

// logLevel is Info; a diagnostic build (pprof.go) lowers it.
var logLevel = slog.LevelInfo

func main() {
	configPath := flag.String("config", "", "configuration `file` (default /etc/store-kiosk/config.toml if present, else the demo store)")
	window := flag.Bool("window", false, "run in a window rather than fullscreen")
	tour := flag.String("tour", "", "write a screenshot of every screen into `dir`, then quit")
	showVersion := flag.Bool("version", false, "print the version and exit")
	check := flag.Bool("check-config", false, "check the configuration file (-config, the argument, or the packaged one) and exit: 0 valid, 2 not; opens no window")
	flag.Parse()
	if *showVersion {
		fmt.Println("kiosk", version)
		return
	}
	if *check {
		path := *configPath
		if path == "" {
			path = flag.Arg(0)
		}
		os.Exit(checkConfig(path, os.Stdout, os.Stderr))
	}
	kiosk.Version = version
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: logLevel}))
	slog.SetDefault(log)
	kiosk.LimitMemory(log)
	cfg, err := kiosk.LoadConfig(*configPath)
	if err != nil {
		log.Error("configuration", "err", err)
		os.Exit(2)
	}
	cfg.Kiosk.Fullscreen = cfg.Kiosk.Fullscreen && !*window
	ctx, cancel := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer cancel()
	fa := app.NewWithID("org.storekiosk.kiosk")
	a, stop, err := kiosk.Start(ctx, fa, cfg, log)
	if err != nil {
		log.Error("kiosk cannot start", "err", err)
		os.Exit(1)
	}
	defer stop()
	// systemd (store-kiosk.service) learns the kiosk is up once its window runs, and keeps
	// hearing from the UI goroutine itself: a hung UI misses the watchdog and is restarted.
	notify := sdnotify.FromEnv()
	fa.Lifecycle().SetOnStarted(func() {
		if err := notify.Ready("Serving shoppers: " + cfg.Kiosk.Name + ", " + cfg.Kiosk.Location); err != nil {
			log.Warn("systemd notification", "err", err)
		}
		go notify.Watch(ctx, a.OnUI)
	})
	defer notify.Stopping()
	if *tour != "" {
		a.Tour(*tour)
	}
	a.Run()
}
