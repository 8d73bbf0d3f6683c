package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"path/filepath"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/feed"
)

func init() {
	commands["feed"] = command{
		usage: "build|keygen|verify [flags]  (kioskctl feed build -h for each)",
		help:  "publish the catalog as a feed kiosks sync from; make signing keys; check a feed",
		run:   runFeed,
	}
}

func runFeed(args []string, stdout, stderr io.Writer) error {
	sub := map[string]func([]string, io.Writer, io.Writer) error{
		"build":  runFeedBuild,
		"keygen": runFeedKeygen,
		"verify": runFeedVerify,
	}
	if len(args) == 0 || sub[args[0]] == nil {
		fmt.Fprintln(stderr, "usage: kioskctl feed build --from CATALOG --out DIR [--previous DIR] [--sign KEYFILE]")
		fmt.Fprintln(stderr, "       kioskctl feed keygen --out PREFIX")
		fmt.Fprintln(stderr, "       kioskctl feed verify --feed URL|DIR [--public-key KEY]")
		return errUsage
	}
	return sub[args[0]](args[1:], stdout, stderr)
}

func subFlags(name, synopsis string, stderr io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet("kioskctl feed "+name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprintf(stderr, "usage: kioskctl feed %s %s\n", name, synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func runFeedBuild(args []string, stdout, stderr io.Writer) error {
	fs := subFlags("build", "--from CATALOG --out DIR [--previous DIR] [--sign KEYFILE]", stderr)
	from := fs.String("from", "", "the store's catalog export `file` (.csv or .jsonl, optionally .gz)")
	out := fs.String("out", "", "feed `directory` to write (served as is by any web server)")
	prev := fs.String("previous", "", "previous feed `directory`, to write a delta against (may be the same as --out)")
	sign := fs.String("sign", "", "signing key `file` from kioskctl feed keygen (env KIOSK_FEED_SIGNING_KEY names it too)")
	store := fs.String("store-id", "", "store `id` kiosks check (default: the previous feed's)")
	storeName := fs.String("store-name", "", "store `name` recorded with the catalog")
	version := fs.Int64("version", 0, "feed `version` (default: the export time as YYYYMMDDhhmmss)")
	asOf := fs.String("as-of", "", "when the export's prices and stock were true, RFC 3339 `time` (default: now)")
	keep := fs.Int("keep-deltas", 48, "how many deltas the manifest keeps for kiosks that are behind")
	skipBad := fs.Bool("skip-bad", false, "publish the good rows of an export with bad ones (bad rows are still listed)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *from == "" || *out == "" {
		fs.Usage()
		return errUsage
	}
	opts := feed.BuildOptions{From: *from, Out: *out, Previous: *prev, StoreID: *store, StoreName: *storeName,
		Version: *version, KeepDeltas: *keep, SkipBad: *skipBad}
	if *asOf != "" {
		t, err := time.Parse(time.RFC3339, *asOf)
		if err != nil {
			return fmt.Errorf("--as-of %q is not a time like 2026-11-24T10:42:00Z", *asOf)
		}
		opts.CreatedAt = t
	}
	if *sign == "" {
		*sign = os.Getenv("KIOSK_FEED_SIGNING_KEY")
	}
	if *sign != "" {
		b, err := os.ReadFile(*sign)
		if err != nil {
			return fmt.Errorf("signing key: %w", err)
		}
		if opts.SigningKey, err = feed.ParsePrivateKey(string(b)); err != nil {
			return fmt.Errorf("%s: %w", *sign, err)
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	rep, err := feed.Build(ctx, opts)
	name := filepath.Base(*from)
	for _, e := range rep.Bad {
		fmt.Fprintf(stderr, "%s: %v\n", name, &e)
	}
	if more := rep.BadCount - len(rep.Bad); more > 0 {
		fmt.Fprintf(stderr, "%s: and %s more bad rows\n", name, thousands(more))
	}
	if err != nil {
		return fmt.Errorf("%s: %w", name, err)
	}
	m := rep.Manifest
	signed := "unsigned"
	if opts.SigningKey != nil {
		signed = "signed"
	}
	fmt.Fprintf(stdout, "feed version %d (%s) written to %s in %.2f s: %s products, snapshot %s (%s bytes)\n",
		m.Version, signed, *out, rep.Elapsed.Seconds(), thousands(rep.Products), m.Snapshot.URL, thousands(int(m.Snapshot.Size)))
	if len(m.Deltas) > 0 {
		d := m.Deltas[len(m.Deltas)-1]
		fmt.Fprintf(stdout, "delta %d→%d: %s upserts, %s price/stock updates, %s deletes (%s bytes); %d deltas kept\n",
			d.From, d.To, thousands(rep.Upserts), thousands(rep.Updates), thousands(rep.Deletes), thousands(int(d.Size)), len(m.Deltas))
	}
	if rep.BadCount > 0 {
		fmt.Fprintf(stdout, "%s bad rows left out\n", thousands(rep.BadCount))
	}
	return nil
}

func runFeedKeygen(args []string, stdout, stderr io.Writer) error {
	fs := subFlags("keygen", "--out PREFIX", stderr)
	out := fs.String("out", "feed-signing", "writes `PREFIX`.key (secret, mode 0600) and PREFIX.pub")
	force := fs.Bool("force", false, "overwrite an existing key")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	pub, priv, err := feed.GenerateKey()
	if err != nil {
		return err
	}
	flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
	if *force {
		flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
	}
	f, err := os.OpenFile(*out+".key", flags, 0o600)
	if errors.Is(err, os.ErrExist) {
		return fmt.Errorf("%s.key exists; a new key would make every kiosk refuse the feed until reconfigured (use --force to replace it)", *out)
	}
	if err != nil {
		return err
	}
	if _, err := fmt.Fprintln(f, priv); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	if err := os.WriteFile(*out+".pub", []byte(pub+"\n"), 0o644); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "signing key: %s.key (keep it secret, on the publishing machine only)\n", *out)
	fmt.Fprintf(stdout, "public key:  %s.pub; put it in each kiosk's config:\n\n[sync]\npublic_key = %q\n", *out, pub)
	return nil
}

// runFeedVerify syncs the feed into a throwaway catalog: every check a kiosk makes, without
// touching a kiosk.
func runFeedVerify(args []string, stdout, stderr io.Writer) error {
	fs := subFlags("verify", "--feed URL|DIR [--public-key KEY]", stderr)
	src := fs.String("feed", "", "feed `URL or directory`")
	key := fs.String("public-key", "", "ed25519 public `key` (base64) the signature must verify with")
	store := fs.String("store-id", "", "store `id` the manifest must carry")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *src == "" {
		fs.Usage()
		return errUsage
	}
	dir, err := os.MkdirTemp("", "kioskctl-verify-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	db, err := inventory.Open(filepath.Join(dir, "catalog.db"))
	if err != nil {
		return err
	}
	defer db.Close()
	s := feed.NewSyncer(db, *src)
	s.Logger = slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelError}))
	s.StoreID = *store
	if *key != "" {
		if s.PublicKey, err = feed.ParsePublicKey(*key); err != nil {
			return err
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	res, err := s.Sync(ctx)
	if err != nil {
		return err
	}
	st := s.Status()
	fmt.Fprintf(stdout, "feed %s is good: version %d, %s products, as of %s", *src, res.Version,
		thousands(res.Products), st.AsOf.Local().Format("2006-01-02 15:04 MST"))
	if *key != "" {
		fmt.Fprint(stdout, ", signature verified")
	}
	fmt.Fprintln(stdout)
	return nil
}

// humanBytes formats a byte count for messages.
func humanBytes(n int64) string {
	switch {
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f kB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d bytes", n)
}
