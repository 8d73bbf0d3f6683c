package feed

import (
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
)

// Errors a sync can end with that call for a person rather than a retry.
var (
	// ErrOlder: the feed offers a version older than the one applied (a stale mirror or a
	// rollback attack). Set Syncer.AllowOlder to roll back on purpose.
	ErrOlder = errors.New("feed is older than the catalog held")
	// ErrWrongStore: the manifest is another store's.
	ErrWrongStore = errors.New("feed is for another store")
	// ErrUnsigned: a public key is configured and the feed has no signature.
	ErrUnsigned = errors.New("feed is not signed")
)

// Actions a sync can take.
const (
	Unchanged       = "unchanged" // the feed holds the version already applied
	AppliedSnapshot = "snapshot"  // the whole catalog was replaced
	AppliedDeltas   = "delta"     // one or more deltas were applied
)

// maxDelta bounds a delta download when the manifest gives no size.
const maxDelta = 2 << 30

// DefaultMaxUnpacked bounds what one feed file may unpack to when Syncer.MaxUnpacked is 0:
// ten times a million-product grocery catalog (some 100 MB of CSV).
const DefaultMaxUnpacked = 1 << 30

// Result says what one sync did.
type Result struct {
	Action   string
	From     int64 // feed version held before (0: none, or data not from this feed)
	Version  int64 // feed version held after
	Products int   // products in the catalog after
	Changes  int   // delta lines applied
	// Changed lists the SKUs the deltas touched (updated, upserted or deleted), in the order
	// applied; nil after a snapshot or when more than MaxChanged lines were applied.
	Changed []string `json:"-"`
	Bytes   int64    // bytes downloaded, manifest excluded
	// Fallback says why the snapshot was fetched although the kiosk already held an earlier
	// version (no delta chain, or the deltas failed).
	Fallback string
	// Live is how long the sync took until the new data was committed and visible; Elapsed
	// adds the checkpoint that follows (folding the WAL back into the database file).
	Live    time.Duration
	Elapsed time.Duration
	// Search is how long filling the full-text search index took after the data went live
	// (a snapshot leaves it to be filled: Syncer.fillSearch); 0 when there was none to fill.
	Search time.Duration
}

// Applied tells the app that a new catalog version is live: indexes built from the catalog
// must follow, patched for the SKUs in Changed or rebuilt.
type Applied struct {
	Version  int64
	Method   string // AppliedSnapshot or AppliedDeltas
	AsOf     time.Time
	Products int
	Changes  int
	// Changed lists the SKUs the deltas touched, so that what was built from the catalog
	// can be patched rather than rebuilt; nil means rebuild (a snapshot, or more than
	// MaxChanged changes).
	Changed   []string
	AppliedAt time.Time
}

// MaxChanged is the most SKUs Applied.Changed lists; a bigger delta is rebuilt from, not
// patched in.
const MaxChanged = 100_000

// Progress reports a long step: bytes downloaded, rows applied, or products indexed for
// search after the commit.
type Progress struct {
	Stage string // "download", "apply", "commit" or "search"
	File  string
	Done  int64
	Total int64 // 0: unknown
}

// Status is what the staff screen and the health endpoint show about sync and freshness.
type Status struct {
	Feed     string    `json:"feed"`
	StoreID  string    `json:"store_id,omitempty"`
	Version  int64     `json:"version"`        // feed version held; 0: none
	AsOf     time.Time `json:"as_of,omitzero"` // prices and stock as of (the feed's created_at)
	SyncedAt time.Time `json:"synced_at,omitzero"`
	Products int       `json:"products"`
	Syncing  bool      `json:"syncing"`
	// LastCheck is the last attempt; LastSuccess the last that ended well (new data or
	// confirmed up to date).
	LastCheck   time.Time `json:"last_check,omitzero"`
	LastSuccess time.Time `json:"last_success,omitzero"`
	// LastError says why the last attempt failed; empty once one succeeds. The catalog held
	// is still the last good one. It, LastErrorAt and Failures are kept in the catalog file,
	// so they outlive a restart.
	LastError   string    `json:"last_error,omitempty"`
	LastErrorAt time.Time `json:"last_error_at,omitzero"`
	Failures    int       `json:"consecutive_failures"`
	NextCheck   time.Time `json:"next_check,omitzero"`
}

// Age is how old the prices and stock are at now; 0 when unknown.
func (s Status) Age(now time.Time) time.Duration {
	if s.AsOf.IsZero() {
		return 0
	}
	return now.Sub(s.AsOf)
}

// Stale reports whether the data is older than limit (or its age is unknown).
func (s Status) Stale(now time.Time, limit time.Duration) bool {
	return s.AsOf.IsZero() || s.Age(now) > limit
}

// Syncer keeps one catalog database in step with one feed. Set the fields before the first
// Sync or Run; Status and Trigger may be called from any goroutine.
type Syncer struct {
	DB   *inventory.DB
	Feed string // http(s) URL of the feed directory, or a local directory
	// PublicKey, when set, makes a valid signature mandatory.
	PublicKey ed25519.PublicKey
	// StoreID, when set, must match the manifest's store_id.
	StoreID string
	// Interval between checks, each moved by up to ±Jitter so a fleet does not poll in step.
	Interval time.Duration
	Jitter   time.Duration
	// Timeout bounds each download as a whole; StallTimeout gives up on a download (or a
	// server that does not answer) after that long with no bytes.
	Timeout      time.Duration
	StallTimeout time.Duration
	// TempDir receives downloads before they are verified; default: the database's directory
	// (same disk, so a full disk shows up before the catalog is touched).
	TempDir string
	// CacheMiB is the SQLite page cache an apply may use; 0: 64 MiB for a snapshot (index
	// rebuilds), 16 MiB for deltas. Measured on 2 cores: a larger cache made a 10,000-change
	// delta slower (allocating and faulting in the cache cost more than the spills it saved).
	CacheMiB int
	// FullPriority runs the sync at the process's own CPU priority. By default (on Linux) it
	// runs at nice +YieldNice, or as Shopper says, so answers to shoppers come first on a busy
	// two-core machine.
	FullPriority bool
	// Shopper, when set, tells whether a shopper is using the kiosk now, and the sync's
	// priority follows it: the process's own while nobody is, so new prices go live as fast as
	// the machine allows, and nice +YieldNice while somebody is, so their answers come first. It is
	// asked before each step of the work (every inventory.BulkStep rows, say), from the
	// syncing goroutine and, during a snapshot, from the one parsing it: it must be safe to
	// call from two goroutines at once. nil: nice +YieldNice throughout (kioskctl sync beside a
	// running kiosk).
	Shopper func() bool
	// AllowOlder applies a feed older than the version held (a deliberate rollback).
	AllowOlder bool
	// MaxUnpacked bounds what one downloaded file (the snapshot, each delta) may unpack to, in
	// bytes; 0: DefaultMaxUnpacked. Each record is bounded too (inventory.MaxRecord), and a
	// file is given up as soon as it holds more products or changes than the manifest says:
	// a gzip bomb costs a refusal, never the kiosk's memory.
	MaxUnpacked int64
	// OnApplied is called after new data is committed, as one step of the sync: at the
	// priority Shopper calls for, from Sync's goroutine or the one at nice +YieldNice.
	OnApplied func(Applied)
	// Progress, when set, is called during long steps, from the goroutine running the step
	// (Sync's, or the one at nice +YieldNice), one call at a time.
	Progress func(Progress)
	Logger   *slog.Logger
	// Client fetches http(s) feeds; default: one with connect, TLS, header and overall timeouts.
	Client *http.Client

	one    sync.Mutex // one sync at a time
	mu     sync.Mutex // guards status, loaded
	status Status
	loaded bool
	wake   chan struct{}
}

// NewSyncer returns a syncer with the default timing: every 5 minutes ±1 minute, downloads
// bounded to 10 minutes and to 30 seconds without data.
func NewSyncer(db *inventory.DB, feed string) *Syncer {
	return &Syncer{
		DB:           db,
		Feed:         feed,
		Interval:     5 * time.Minute,
		Jitter:       time.Minute,
		Timeout:      10 * time.Minute,
		StallTimeout: 30 * time.Second,
		Logger:       slog.Default().With("component", "feed"),
		wake:         make(chan struct{}, 1),
	}
}

func (s *Syncer) logger() *slog.Logger {
	if s.Logger == nil {
		return slog.Default().With("component", "feed")
	}
	return s.Logger
}

func (s *Syncer) client() *http.Client {
	if s.Client == nil {
		s.Client = newClient(s.Timeout, s.StallTimeout)
	}
	return s.Client
}

func (s *Syncer) tempDir() string {
	if s.TempDir != "" {
		return s.TempDir
	}
	return filepath.Dir(s.DB.Path())
}

func (s *Syncer) progress(p Progress) {
	if s.Progress != nil {
		s.Progress(p)
	}
}

// Status returns the current sync status. Cheap: no database access after the first call.
func (s *Syncer) Status() Status {
	s.mu.Lock()
	loaded := s.loaded
	s.mu.Unlock()
	if !loaded {
		s.refresh(context.Background(), -1)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status
}

// refresh reloads the held version and freshness from the database. products < 0 counts
// them; a sync that just applied data knows the count already.
func (s *Syncer) refresh(ctx context.Context, products int) {
	st, err := loadState(ctx, s.DB)
	if err != nil {
		s.logger().Warn("read sync state", "err", err)
	}
	meta, err := readMeta(ctx, s.DB)
	if err != nil {
		s.logger().Warn("read catalog meta", "err", err)
	}
	if products < 0 {
		if m, err := s.DB.Meta(ctx); err == nil {
			products = m.Products
		}
	}
	s.mu.Lock()
	first := !s.loaded
	s.mu.Unlock()
	var fail failure
	if first {
		if fail, err = loadFailure(ctx, s.DB); err != nil {
			s.logger().Warn("read last sync failure", "err", err)
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if first {
		s.status.LastError, s.status.LastErrorAt, s.status.Failures = fail.Err, fail.At, fail.Failures
	}
	s.loaded = true
	s.status.Feed = s.Feed
	if s.Feed == "" {
		s.status.Feed = st.Feed
	}
	s.status.StoreID = st.StoreID
	s.status.Version = 0
	if st.Version != 0 && meta.Version == versionText(st.Version) {
		s.status.Version = st.Version
	}
	s.status.AsOf = meta.AsOf
	s.status.SyncedAt = meta.SyncedAt
	s.status.Products = max(products, 0)
}

// Trigger asks a running Run loop to check now (a staff "sync now" button).
func (s *Syncer) Trigger() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}

// Run checks the feed until ctx ends: first soon after start (at once if the catalog is
// empty), then every Interval ± Jitter, sooner after a failure (backing off from 30 s). Each
// attempt's outcome is in Status; failures are logged and never end the loop.
func (s *Syncer) Run(ctx context.Context) error {
	if s.wake == nil {
		s.wake = make(chan struct{}, 1)
	}
	s.refresh(ctx, -1)
	delay := time.Duration(0)
	if s.Status().Products > 0 && s.Jitter > 0 {
		delay = rand.N(s.Jitter)
	}
	for {
		s.mu.Lock()
		s.status.NextCheck = time.Now().Add(delay)
		s.mu.Unlock()
		t := time.NewTimer(delay)
		select {
		case <-ctx.Done():
			t.Stop()
			return ctx.Err()
		case <-s.wake:
			t.Stop()
		case <-t.C:
		}
		_, err := s.Sync(ctx)
		if ctx.Err() != nil {
			return ctx.Err()
		}
		delay = s.nextDelay(err != nil, s.Status().Failures)
	}
}

// minRetry is the first retry delay after a failure; it doubles up to Interval.
const minRetry = 30 * time.Second

func (s *Syncer) nextDelay(failed bool, failures int) time.Duration {
	if failed {
		backoff := min(s.Interval, minRetry<<min(failures-1, 10))
		return backoff/2 + rand.N(backoff/2+1)
	}
	d := s.Interval
	if s.Jitter > 0 {
		d += rand.N(2*s.Jitter+1) - s.Jitter
	}
	return max(d, time.Second)
}

// Sync checks the feed once and applies what is new. On any error the catalog is exactly as
// it was, and the error (also in Status) says why.
func (s *Syncer) Sync(ctx context.Context) (*Result, error) {
	s.one.Lock()
	defer s.one.Unlock()
	s.mu.Lock()
	loaded := s.loaded
	s.mu.Unlock()
	if !loaded {
		s.refresh(ctx, -1)
	}
	s.mu.Lock()
	s.status.Syncing = true
	s.mu.Unlock()

	start := time.Now()
	p := s.pace()
	defer p.stop()
	res, err := s.sync(ctx, p)
	var full *sqlitedb.FullError
	if sqlitedb.IsDiskFull(err) && !errors.As(err, &full) {
		// ENOSPC from a download, SQLITE_FULL from the apply: one cause, said first.
		err = fmt.Errorf("disk full in %s: %w", s.tempDir(), err)
	}
	applied := err == nil && res.Action != Unchanged
	if res != nil {
		res.Live = time.Since(start)
	}
	if applied {
		s.refresh(ctx, res.Products)
	}
	s.mu.Lock()
	s.status.Syncing = false
	s.status.Feed = s.Feed
	s.status.LastCheck = time.Now()
	if err != nil {
		s.status.LastError = err.Error()
		s.status.LastErrorAt = s.status.LastCheck
		s.status.Failures++
	} else {
		s.status.LastError = ""
		s.status.LastSuccess = s.status.LastCheck
		s.status.Failures = 0
	}
	st := s.status
	s.mu.Unlock()
	s.remember(ctx, err, st)

	switch {
	case err != nil:
		s.logger().Warn("feed sync failed; keeping the catalog held", "feed", s.Feed, "version", st.Version, "err", err)
	case applied:
		s.logger().Info("catalog updated from feed", "method", res.Action, "from", res.From,
			"version", res.Version, "products", res.Products, "changes", res.Changes,
			"bytes", res.Bytes, "live_after", res.Live.Round(time.Millisecond), "fallback", res.Fallback)
		if s.OnApplied != nil {
			// A step like the apply: what the app rebuilds from the catalog (the answers
			// index) yields to a shopper too.
			p.step(func() {
				s.OnApplied(Applied{Version: res.Version, Method: res.Action, AsOf: st.AsOf,
					Products: res.Products, Changes: res.Changes, Changed: res.Changed, AppliedAt: st.SyncedAt})
			})
		}
	default:
		s.logger().Debug("feed unchanged", "version", res.Version)
	}
	// The data is live and the app told; fill the search index this snapshot (or one a killed
	// process applied) left to be filled, then return the disk space the WAL took.
	t := time.Now()
	filled := s.fillSearch(ctx, p)
	if filled && res != nil {
		res.Search = time.Since(t)
	}
	if applied || filled {
		p.step(func() { s.checkpoint(ctx) })
	}
	if res != nil {
		res.Elapsed = time.Since(start)
	}
	return res, err
}

// remember records the outcome of a sync in the catalog file: the failure (and from the
// file, how many in a row), or that the last check went well. An attempt cut short because
// the process is stopping is not the feed's failure and is not recorded.
func (s *Syncer) remember(ctx context.Context, err error, st Status) {
	if s.DB == nil || ctx.Err() != nil {
		return
	}
	if err == nil {
		if err := clearFailure(ctx, s.DB); err != nil {
			s.logger().Warn("forget the last sync failure", "err", err)
		}
		return
	}
	n, rerr := recordFailure(ctx, s.DB, st.LastError, st.LastErrorAt)
	if rerr != nil {
		s.logger().Warn("record the sync failure", "err", rerr)
		return
	}
	s.mu.Lock()
	s.status.Failures = n
	s.mu.Unlock()
}

func (s *Syncer) sync(ctx context.Context, p *pace) (*Result, error) {
	if s.DB == nil || s.Feed == "" {
		return nil, errors.New("no feed configured")
	}
	s.removeStaleDownloads()
	// A catalog read-only for want of space cannot take a new version: say so before
	// downloading one. (Once there is room this makes it writable again.)
	if err := s.DB.Writable(); err != nil {
		return nil, err
	}
	src, err := newSource(s.Feed, s.client(), s.StallTimeout)
	if err != nil {
		return nil, err
	}
	if err := ensureState(ctx, s.DB); err != nil {
		return nil, err
	}
	st, err := loadState(ctx, s.DB)
	if err != nil {
		return nil, err
	}
	meta, err := readMeta(ctx, s.DB)
	if err != nil {
		return nil, err
	}
	s.mu.Lock()
	products := s.status.Products
	s.mu.Unlock()
	// held: the products in the file are the feed version recorded (not, say, a manual
	// import since), so deltas may be applied on top and a 304 means up to date.
	held := st.Version != 0 && meta.Version == versionText(st.Version)
	var cond validators
	if held && st.Feed == src.String() {
		cond = st.Validators
	}
	body, got, notModified, err := src.manifest(ctx, cond)
	if err != nil {
		return nil, fmt.Errorf("fetch manifest: %w", err)
	}
	if notModified {
		return &Result{Action: Unchanged, From: st.Version, Version: st.Version, Products: products}, nil
	}
	m, err := s.verify(ctx, src, body)
	if err != nil {
		return nil, err
	}
	manSum := sum(body)

	if st.Version != 0 && m.Version < st.Version && !s.AllowOlder {
		return nil, fmt.Errorf("%w: the feed offers version %d, but version %d is already applied (a stale mirror, or a rollback); keeping version %d",
			ErrOlder, m.Version, st.Version, st.Version)
	}
	if held && m.Version == st.Version {
		if m.Snapshot.SHA256 != st.SnapshotSHA256 {
			return nil, fmt.Errorf("the feed republished version %d with a different snapshot; the publisher must raise the version. Keeping what was applied", m.Version)
		}
		// Same version; remember the new validators (and manifest) so the next poll is a 304.
		if got != st.Validators || manSum != st.ManifestSHA256 || st.Feed != src.String() {
			st.Validators, st.ManifestSHA256, st.Feed = got, manSum, src.String()
			if err := s.DB.Update(ctx, func(tx *inventory.Tx) error { return saveState(tx, st) }); err != nil {
				return nil, err
			}
		}
		return &Result{Action: Unchanged, From: st.Version, Version: st.Version, Products: products}, nil
	}

	next := state{Feed: src.String(), StoreID: m.StoreID, Version: m.Version, CreatedAt: m.CreatedAt,
		SnapshotSHA256: m.Snapshot.SHA256, ManifestSHA256: manSum, Validators: got}
	res := &Result{Version: m.Version}
	if held {
		res.From = st.Version
	}
	if held && m.Version > st.Version {
		chain := m.chain(st.Version)
		var size int64
		for _, d := range chain {
			size += d.Size
		}
		switch {
		case chain == nil && len(m.Deltas) == 0:
			// A feed without deltas: the snapshot is the only way, nothing to explain.
		case chain == nil:
			res.Fallback = fmt.Sprintf("the feed has no delta chain from version %d to %d", st.Version, m.Version)
		case size > m.Snapshot.Size:
			res.Fallback = fmt.Sprintf("the deltas (%d bytes) are larger than the snapshot (%d bytes)", size, m.Snapshot.Size)
		default:
			err := s.applyDeltas(ctx, p, src, m, chain, next, res)
			if err == nil {
				return res, nil
			}
			if ctx.Err() != nil || sqlitedb.IsDiskFull(err) {
				return nil, err // the snapshot, bigger, would not fit either
			}
			s.logger().Warn("deltas failed; fetching the snapshot instead", "err", err)
			res.Fallback = "deltas failed: " + err.Error()
			res.Changes = 0
		}
	}
	if err := s.applySnapshot(ctx, p, src, m, next, res); err != nil {
		if res.Fallback != "" {
			return nil, fmt.Errorf("%w (snapshot fetched because %s)", err, res.Fallback)
		}
		return nil, err
	}
	return res, nil
}

// verify checks the signature (if a key is configured), the manifest's form and its store.
func (s *Syncer) verify(ctx context.Context, src source, body []byte) (*Manifest, error) {
	if s.PublicKey != nil {
		sig, err := src.signature(ctx)
		if errors.Is(err, errNoSignature) {
			return nil, fmt.Errorf("%w: a public key is configured but %s is missing; refusing the feed", ErrUnsigned, SignatureName)
		}
		if err != nil {
			return nil, fmt.Errorf("fetch signature: %w", err)
		}
		if err := Verify(s.PublicKey, body, sig); err != nil {
			return nil, err
		}
	}
	m, err := ParseManifest(body)
	if err != nil {
		return nil, err
	}
	if s.StoreID != "" && m.StoreID != s.StoreID {
		return nil, fmt.Errorf("%w: the manifest is for store %q, this kiosk is in store %q", ErrWrongStore, m.StoreID, s.StoreID)
	}
	return m, nil
}

func (s *Syncer) applySnapshot(ctx context.Context, p *pace, src source, m *Manifest, next state, res *Result) error {
	name := refName(m.Snapshot.URL)
	format, _, err := inventory.FormatOf(name)
	if err != nil {
		return fmt.Errorf("snapshot: %w", err)
	}
	var tmp string
	p.step(func() {
		tmp, err = download(ctx, src, m.Snapshot.URL, m.Snapshot.Size, m.Snapshot.SHA256, 0, s.tempDir(), func(n int64) {
			s.progress(Progress{Stage: "download", File: name, Done: n, Total: m.Snapshot.Size})
		})
	})
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	res.Bytes += m.Snapshot.Size
	f, err := os.Open(tmp)
	if err != nil {
		return err
	}
	defer f.Close()
	u, err := unpackFile(f, name, s.maxUnpacked())
	if err != nil {
		return fmt.Errorf("snapshot %s: %w", name, err)
	}
	dec, err := inventory.NewDecoder(u, format, false)
	if err != nil {
		return fileError("snapshot "+name, err)
	}
	next.Method = AppliedSnapshot
	// The file is parsed on a second thread, at the priority the shopper calls for like the
	// inserts' (its own pace): at nice +5 a thread gets a quarter of a busy core, two get a
	// quarter of each.
	dp := s.pace()
	defer dp.stop()
	err = s.DB.BulkUpdate(uncancelled(ctx), inventory.BulkOptions{CacheMiB: s.cache(64), Run: p.step}, func(tx *inventory.Tx) error {
		// The search index is filled after the commit (fillSearch): shoppers' answers do not
		// use it, and the catalog goes live a quarter sooner.
		rep, err := tx.ReplaceAll(dec, inventory.BulkOptions{MaxRows: m.Snapshot.Products, Run: p.step, Decode: dp.step, DeferSearch: true, Every: func(rows int) error {
			s.progress(Progress{Stage: "apply", File: name, Done: int64(rows), Total: int64(m.Snapshot.Products)})
			return ctx.Err()
		}})
		if errors.Is(err, inventory.ErrTooManyRows) {
			return fmt.Errorf("snapshot %s has more than the %d products the manifest says; stopped reading", name, m.Snapshot.Products)
		}
		var le *inventory.LimitError
		if errors.As(err, &le) {
			return fileError("snapshot "+name, err) // the rows before it matter less
		}
		if err != nil {
			return fmt.Errorf("snapshot %s: %w", name, describeBad(rep, err))
		}
		if m.Snapshot.Products > 0 && rep.Imported != m.Snapshot.Products {
			return fmt.Errorf("snapshot %s holds %d products, the manifest says %d", name, rep.Imported, m.Snapshot.Products)
		}
		res.Products = rep.Imported
		if err := ctx.Err(); err != nil {
			return err
		}
		return s.finishTx(tx, m, next)
	})
	if err != nil {
		return err
	}
	res.Action = AppliedSnapshot
	return nil
}

func (s *Syncer) applyDeltas(ctx context.Context, p *pace, src source, m *Manifest, chain []Delta, next state, res *Result) error {
	var files []string
	defer func() {
		for _, f := range files {
			os.Remove(f)
		}
	}()
	var bytes int64
	for _, d := range chain {
		name := refName(d.URL)
		var tmp string
		var err error
		p.step(func() {
			tmp, err = download(ctx, src, d.URL, d.Size, d.SHA256, maxDelta, s.tempDir(), func(n int64) {
				s.progress(Progress{Stage: "download", File: name, Done: n, Total: d.Size})
			})
		})
		if err != nil {
			return err
		}
		files = append(files, tmp)
		if fi, err := os.Stat(tmp); err == nil {
			bytes += fi.Size()
		}
	}
	next.Method = AppliedDeltas
	changes := 0
	var changed []string
	err := s.DB.BulkUpdate(uncancelled(ctx), inventory.BulkOptions{CacheMiB: s.cache(16), Run: p.step}, func(tx *inventory.Tx) error {
		b, err := tx.Batch()
		if err != nil {
			return err
		}
		defer b.Close()
		for i, d := range chain {
			name := refName(d.URL)
			if err := s.applyDelta(ctx, p, b, files[i], name, d.Changes, &changes, &changed); err != nil {
				return fileError(fmt.Sprintf("delta %d→%d (%s)", d.From, d.To, name), err)
			}
		}
		n, err := tx.Count()
		if err != nil {
			return err
		}
		if m.Snapshot.Products > 0 && n != m.Snapshot.Products {
			return fmt.Errorf("after the deltas the catalog holds %d products, the manifest says %d", n, m.Snapshot.Products)
		}
		res.Products = n
		if err := ctx.Err(); err != nil {
			return err
		}
		return s.finishTx(tx, m, next)
	})
	if err != nil {
		return err
	}
	res.Action = AppliedDeltas
	res.Changes = changes
	if changes <= MaxChanged {
		res.Changed = changed
	}
	res.Bytes += bytes
	return nil
}

// applyDelta applies one downloaded delta file; declared is the number of changes its
// manifest entry gives (0: not given), beyond which the file is not read; changed collects
// the SKUs it touches, up to MaxChanged.
func (s *Syncer) applyDelta(ctx context.Context, p *pace, b *inventory.Batch, file, name string, declared int, changes *int, changed *[]string) error {
	f, err := os.Open(file)
	if err != nil {
		return err
	}
	defer f.Close()
	u, err := unpackFile(f, name, s.maxUnpacked())
	if err != nil {
		return err
	}
	r := newDeltaReader(u)
	n := 0
	// one reads and applies one change; eof says the file is done.
	one := func() (eof bool, err error) {
		c, err := r.next()
		if err == io.EOF {
			return true, nil
		}
		if err != nil {
			return false, err
		}
		if n++; declared > 0 && n > declared {
			return false, fmt.Errorf("has more than the %d changes the manifest says; stopped reading", declared)
		}
		if err := c.apply(b); err != nil {
			return false, fmt.Errorf("line %d: %w", r.line, err)
		}
		*changes++
		if *changes <= MaxChanged {
			*changed = append(*changed, c.sku)
		} else {
			*changed = nil
		}
		if *changes%4096 == 0 {
			s.progress(Progress{Stage: "apply", File: name, Done: int64(*changes)})
			return false, ctx.Err()
		}
		return false, nil
	}
	for {
		var eof bool
		p.step(func() {
			for range inventory.BulkStep {
				if eof, err = one(); eof || err != nil {
					return
				}
			}
		})
		if eof || err != nil {
			return err
		}
	}
}

func (s *Syncer) maxUnpacked() int64 {
	if s.MaxUnpacked > 0 {
		return s.MaxUnpacked
	}
	return DefaultMaxUnpacked
}

// unpackFile is how every downloaded feed file is read: gunzipped when its name ends in
// .gz, and cut off with an *inventory.LimitError past max unpacked bytes.
func unpackFile(r io.Reader, name string, max int64) (io.Reader, error) {
	return inventory.Unpack(r, strings.HasSuffix(strings.ToLower(name), ".gz"), max)
}

// fileError names the file (what) an error came from, and for a file that unpacks to more
// than the kiosk allows, the setting that raises the limit.
func fileError(what string, err error) error {
	var le *inventory.LimitError
	if errors.As(err, &le) && !le.Record {
		return fmt.Errorf("%s %w (the kiosk's limit: raise sync.max_unpacked_mb if the file really is this large)", what, err)
	}
	return fmt.Errorf("%s: %w", what, err)
}

func (s *Syncer) cache(def int) int {
	if s.CacheMiB > 0 {
		return s.CacheMiB
	}
	return def
}

// uncancelled is ctx without its cancellation, for the statements of an apply: the SQLite
// driver starts a watcher goroutine for every statement run under a cancellable context,
// which made a million-row snapshot four times slower (measured: 131 s against 32 s). The
// apply loops check ctx themselves every 4,096 rows and roll back when it ends.
func uncancelled(ctx context.Context) context.Context { return context.WithoutCancel(ctx) }

// finishTx records freshness and bookkeeping in the transaction that carries the data.
func (s *Syncer) finishTx(tx *inventory.Tx, m *Manifest, next state) error {
	now := time.Now()
	next.AppliedAt = now
	if err := setMeta(tx, m, now); err != nil {
		return err
	}
	if err := saveState(tx, next); err != nil {
		return err
	}
	s.progress(Progress{Stage: "commit"})
	return nil
}

// fillSearch fills the full-text search index if a snapshot left it to be filled (see
// inventory.FillSearch), step by step at the priority the shopper calls for, and reports
// whether it did. A failure leaves it pending for the next check (Search reads the products
// meanwhile) and is only logged: the catalog itself is live and right.
func (s *Syncer) fillSearch(ctx context.Context, p *pace) bool {
	if ctx.Err() != nil || s.DB == nil {
		return false
	}
	filled, err := s.DB.FillSearch(uncancelled(ctx), inventory.BulkOptions{CacheMiB: s.cache(64), Run: p.step,
		Every: func(rows int) error {
			s.progress(Progress{Stage: "search", Done: int64(rows)})
			return ctx.Err()
		}})
	if err != nil {
		s.logger().Warn("fill the search index; searches read the products until the next check", "err", err)
		return false
	}
	return filled
}

// checkpoint folds the WAL back into the database after a large commit so the disk space a
// snapshot's WAL took is returned; readers are not blocked, and a busy database just leaves
// it to SQLite's automatic checkpoints.
func (s *Syncer) checkpoint(ctx context.Context) {
	if err := s.DB.Checkpoint(ctx); err != nil {
		s.logger().Debug("checkpoint after sync", "err", err)
	}
}

// removeStaleDownloads deletes downloads a killed process left behind. A live download
// writes at least once per StallTimeout, so an older file is nobody's.
func (s *Syncer) removeStaleDownloads() {
	old, _ := filepath.Glob(filepath.Join(s.tempDir(), ".feed-download-*"))
	limit := max(2*s.StallTimeout, time.Minute)
	for _, f := range old {
		if fi, err := os.Stat(f); err == nil && time.Since(fi.ModTime()) > limit {
			os.Remove(f)
		}
	}
}

// describeBad lists the first bad rows of a rejected file, enough for store IT to act on.
func describeBad(rep *inventory.Report, err error) error {
	if rep == nil || len(rep.Bad) == 0 {
		return err
	}
	var b strings.Builder
	for i, e := range rep.Bad {
		if i == 5 {
			fmt.Fprintf(&b, "; and %d more", rep.BadCount-5)
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(e.Error())
	}
	return fmt.Errorf("%w: %s", err, b.String())
}

// refName is the file name a reference points at, for format detection and messages.
func refName(ref string) string {
	if u, err := url.Parse(ref); err == nil {
		return path.Base(u.Path)
	}
	return path.Base(ref)
}

func sum(b []byte) string {
	h := sha256.Sum256(b)
	return hex.EncodeToString(h[:])
}
