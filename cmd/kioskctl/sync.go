package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/kiosk/config"
)

func init() {
	commands["sync"] = command{
		usage: "--feed URL|DIR --db FILE [--public-key KEY] [--store-id ID] [--watch] [--status] [--config FILE]",
		help:  "bring the catalog up to date from the store's feed (verified, all or nothing)",
		run:   runSync,
	}
}

func runSync(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("sync", stderr)
	db := dbFlag(fs)
	src := fs.String("feed", "", "feed `URL or directory` holding manifest.json")
	cfgPath := fs.String("config", "", "read the [sync] section (and catalog.db) from this config `file`; flags override it")
	key := fs.String("public-key", "", "ed25519 public `key` (base64) the manifest must be signed with")
	keyFile := fs.String("public-key-file", "", "`file` holding the public key (a .pub from kioskctl feed keygen)")
	store := fs.String("store-id", "", "store `id` the manifest must carry")
	allowOlder := fs.Bool("allow-older", false, "apply a feed older than the version held (a deliberate rollback)")
	watch := fs.Bool("watch", false, "keep syncing every --interval until interrupted, as the kiosk does")
	interval := fs.Duration("interval", 5*time.Minute, "time between checks with --watch")
	jitter := fs.Duration("jitter", time.Minute, "random shift of each check with --watch")
	timeout := fs.Duration("timeout", 10*time.Minute, "longest one download may take")
	stall := fs.Duration("stall-timeout", 30*time.Second, "give up on a download with no data for this long")
	maxUnpacked := fs.Int("max-unpacked-mb", 1024, "refuse a feed file that unpacks to more than this many `MiB`")
	status := fs.Bool("status", false, "print what the catalog holds (version, freshness) and exit")
	progress := fs.Bool("progress", false, "report download and apply progress on stderr")
	fullPriority := fs.Bool("full-priority", false, "apply at normal CPU priority (default: nice +5, so a running kiosk's answers come first)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return errUsage
	}
	set := map[string]bool{}
	fs.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if *cfgPath != "" {
		cfg, err := config.Load(*cfgPath)
		if err != nil {
			return err
		}
		sc := cfg.Sync
		if !set["db"] && cfg.Catalog.DB != "" {
			*db = cfg.Catalog.DB
		}
		if !set["feed"] {
			*src = sc.Feed
		}
		if !set["public-key"] && !set["public-key-file"] {
			*key = sc.PublicKey
		}
		if !set["store-id"] {
			*store = sc.StoreID
		}
		if !set["interval"] {
			*interval = sc.Interval.Duration
		}
		if !set["jitter"] {
			*jitter = sc.Jitter.Duration
		}
		if !set["timeout"] {
			*timeout = sc.Timeout.Duration
		}
		if !set["stall-timeout"] {
			*stall = sc.StallTimeout.Duration
		}
		if !set["max-unpacked-mb"] {
			*maxUnpacked = sc.MaxUnpackedMB
		}
	}
	if *keyFile != "" {
		b, err := os.ReadFile(*keyFile)
		if err != nil {
			return fmt.Errorf("public key: %w", err)
		}
		*key = strings.TrimSpace(string(b))
	}

	cat, err := openDB(*db)
	if err != nil {
		return err
	}
	defer cat.Close()
	s := feed.NewSyncer(cat, *src)
	if *status {
		pending, err := cat.SearchPending(context.Background())
		if err != nil {
			return err
		}
		return printSyncStatus(stdout, syncStatus{s.Status(), pending})
	}
	if *src == "" {
		fs.Usage()
		return errUsage
	}
	s.StoreID, s.AllowOlder, s.FullPriority = *store, *allowOlder, *fullPriority
	s.Interval, s.Jitter, s.Timeout, s.StallTimeout = *interval, *jitter, *timeout, *stall
	if *maxUnpacked < 1 {
		return fmt.Errorf("--max-unpacked-mb must be at least 1 (got %d)", *maxUnpacked)
	}
	s.MaxUnpacked = int64(*maxUnpacked) << 20
	if *key != "" {
		if s.PublicKey, err = feed.ParsePublicKey(*key); err != nil {
			return err
		}
	}
	if *progress {
		var last time.Time
		s.Progress = func(p feed.Progress) {
			if p.Stage != "commit" && time.Since(last) < time.Second {
				return
			}
			last = time.Now()
			switch p.Stage {
			case "download":
				fmt.Fprintf(stderr, "downloading %s: %s of %s\n", p.File, humanBytes(p.Done), humanBytes(p.Total))
			case "apply":
				fmt.Fprintf(stderr, "applying %s: %s rows\n", p.File, thousands(int(p.Done)))
			default:
				fmt.Fprintln(stderr, "committing")
			}
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if *watch {
		s.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo})).With("component", "feed")
		s.OnApplied = func(a feed.Applied) {
			fmt.Fprintf(stdout, "%s catalog version %d live (%s, %s products, as of %s)\n",
				a.AppliedAt.Local().Format("15:04:05"), a.Version, a.Method, thousands(a.Products), a.AsOf.Local().Format("2006-01-02 15:04"))
		}
		err := s.Run(ctx)
		if ctx.Err() != nil {
			return nil
		}
		return err
	}

	// The outcome is printed below; the syncer's own warnings would say it twice.
	s.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	res, err := s.Sync(ctx)
	st := s.Status()
	if err != nil {
		held := "no feed version"
		if st.Version != 0 {
			held = fmt.Sprintf("version %d", st.Version)
		}
		return fmt.Errorf("%w\nthe catalog is unchanged (%s, %s products)", err, held, thousands(st.Products))
	}
	asOf := st.AsOf.Local().Format("2006-01-02 15:04 MST")
	switch res.Action {
	case feed.Unchanged:
		fmt.Fprintf(stdout, "up to date: version %d, %s products, prices and stock as of %s\n", res.Version, thousands(res.Products), asOf)
	case feed.AppliedDeltas:
		fmt.Fprintf(stdout, "catalog updated from version %d to %d by %s delta changes (%s downloaded), live in %.2f s (%.2f s with the checkpoint): %s products, as of %s\n",
			res.From, res.Version, thousands(res.Changes), humanBytes(res.Bytes), res.Live.Seconds(), res.Elapsed.Seconds(), thousands(res.Products), asOf)
	default:
		fmt.Fprintf(stdout, "catalog replaced by snapshot version %d (%s downloaded), live in %.2f s (%.2f s with the checkpoint): %s products, as of %s\n",
			res.Version, humanBytes(res.Bytes), res.Live.Seconds(), res.Elapsed.Seconds(), thousands(res.Products), asOf)
		if res.Fallback != "" {
			fmt.Fprintf(stdout, "(snapshot rather than deltas: %s)\n", res.Fallback)
		}
	}
	return nil
}

// syncStatus is what --status prints: the syncer's state, and whether the full-text index is
// still to be filled after a snapshot (the products are live; the kiosk fills it at low
// priority).
type syncStatus struct {
	feed.Status
	SearchPending bool `json:"search_pending"`
}

func printSyncStatus(w io.Writer, st syncStatus) error {
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	_, err = fmt.Fprintf(w, "%s\n", b)
	return err
}
