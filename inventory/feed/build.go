package feed

import (
	"bufio"
	"compress/gzip"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash"
	"io"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
)

// BuildOptions say what feed to build from what export.
type BuildOptions struct {
	From     string // the store's catalog export: CSV or JSON Lines, optionally .gz
	Out      string // feed directory to write (created if needed)
	Previous string // the previous feed directory, to write a delta against; may equal Out
	// StoreID names the store; default: the previous manifest's. A previous feed of another
	// store is refused.
	StoreID   string
	StoreName string
	// Version must exceed the previous one; default: CreatedAt as YYYYMMDDhhmmss (or the
	// previous version + 1 if that is not higher).
	Version int64
	// CreatedAt is when the export's prices and stock were true; default: now.
	CreatedAt time.Time
	// SigningKey signs the manifest; nil writes an unsigned feed (refused if the previous
	// one was signed, so a kiosk holding the key never sees an unsigned feed by accident).
	SigningKey ed25519.PrivateKey
	// KeepDeltas is how many deltas the manifest lists, newest first; default 48.
	KeepDeltas int
	// SkipBad publishes the good rows of an export with bad ones; default: refuse it.
	SkipBad bool
	Logger  *slog.Logger
}

// BuildReport says what Build wrote.
type BuildReport struct {
	Manifest *Manifest
	Rows     int // data rows read from the export
	Products int // products in the snapshot
	Bad      []inventory.RowError
	BadCount int
	// The new delta, when there was a previous feed.
	Upserts, Updates, Deletes int
	Elapsed                   time.Duration
}

const snapshotHeader = "sku,gtin,name,brand,department,category,price,quantity,aisle,side,bay,description,unit,tags,updated_at,department_name,category_name"

// prevRow is what Build remembers of each product: enough to tell an unchanged product, a
// price or stock change, and any other change, for a million products in about 100 MB.
type prevRow struct {
	ident    [16]byte // hash of every field but price, quantity and updated_at
	price    inventory.Money
	qty      int
	updated  int64 // Unix seconds; 0: unknown
	inPrev   bool
	seenLine int32 // line in the new export, 0: not seen
}

// Build writes a feed version from a catalog export: the snapshot, a delta against the
// previous version if there is one, and the (signed) manifest, which is written last so a
// kiosk polling meanwhile sees either the old version or the new one, whole.
func Build(ctx context.Context, opts BuildOptions) (*BuildReport, error) {
	start := time.Now()
	rep := &BuildReport{}
	if opts.From == "" || opts.Out == "" {
		return rep, errors.New("build: give the catalog export and the output directory")
	}
	if opts.KeepDeltas <= 0 {
		opts.KeepDeltas = 48
	}
	if opts.CreatedAt.IsZero() {
		opts.CreatedAt = time.Now()
	}
	opts.CreatedAt = opts.CreatedAt.UTC().Truncate(time.Second)
	log := opts.Logger
	if log == nil {
		log = slog.Default().With("component", "feed")
	}
	if err := os.MkdirAll(opts.Out, 0o755); err != nil {
		return rep, err
	}

	var prev *Manifest
	rows := map[string]*prevRow{}
	if opts.Previous != "" {
		var err error
		prev, err = loadPrevious(ctx, opts.Previous, rows)
		if err != nil {
			return rep, fmt.Errorf("previous feed %s: %w", opts.Previous, err)
		}
		if opts.StoreID == "" {
			opts.StoreID = prev.StoreID
		}
		if opts.StoreID != prev.StoreID {
			return rep, fmt.Errorf("previous feed is store %q, not %q", prev.StoreID, opts.StoreID)
		}
		if opts.StoreName == "" {
			opts.StoreName = prev.StoreName
		}
		if _, err := os.Stat(filepath.Join(opts.Previous, SignatureName)); err == nil && opts.SigningKey == nil {
			return rep, errors.New("the previous feed is signed; give the signing key (--sign) or kiosks holding the public key will refuse this one")
		}
	}
	version := opts.Version
	if version == 0 {
		version, _ = strconv.ParseInt(opts.CreatedAt.Format("20060102150405"), 10, 64)
		if prev != nil && version <= prev.Version {
			version = prev.Version + 1
		}
	}
	if prev != nil && version <= prev.Version {
		return rep, fmt.Errorf("version %d is not above the previous feed's %d", version, prev.Version)
	}

	snap, err := newSumFile(opts.Out, ".snapshot-*.tmp")
	if err != nil {
		return rep, err
	}
	defer snap.discard()
	var delta *sumFile
	if prev != nil {
		if delta, err = newSumFile(opts.Out, ".delta-*.tmp"); err != nil {
			return rep, err
		}
		defer delta.discard()
	}
	if err := writeRows(ctx, opts, rows, prev != nil, snap, delta, rep); err != nil {
		return rep, err
	}

	m := &Manifest{SchemaVersion: SchemaVersion, StoreID: opts.StoreID, StoreName: opts.StoreName,
		Version: version, CreatedAt: opts.CreatedAt, Deltas: []Delta{}}
	snapName := fmt.Sprintf("snapshot-%d.csv.gz", version)
	if m.Snapshot.Size, m.Snapshot.SHA256, err = snap.commit(filepath.Join(opts.Out, snapName)); err != nil {
		return rep, err
	}
	m.Snapshot.URL, m.Snapshot.Products = snapName, rep.Products
	if prev != nil {
		kept, err := carryDeltas(prev, opts.Previous, opts.Out, opts.KeepDeltas-1)
		if err != nil {
			return rep, err
		}
		name := fmt.Sprintf("delta-%d-%d.jsonl.gz", prev.Version, version)
		d := Delta{From: prev.Version, To: version, URL: name, Changes: rep.Upserts + rep.Updates + rep.Deletes}
		if d.Size, d.SHA256, err = delta.commit(filepath.Join(opts.Out, name)); err != nil {
			return rep, err
		}
		m.Deltas = append(kept, d)
	}
	if err := writeManifest(opts.Out, m, opts.SigningKey); err != nil {
		return rep, err
	}
	keep := map[string]bool{}
	if prev != nil && filepath.Clean(opts.Previous) == filepath.Clean(opts.Out) {
		keep[prev.Snapshot.URL] = true // kiosks may be part-way through downloading it
	}
	prune(opts.Out, m, keep, log)
	rep.Manifest = m
	rep.Elapsed = time.Since(start)
	return rep, nil
}

// writeRows streams the export into the snapshot and, against the previous rows, the delta.
func writeRows(ctx context.Context, opts BuildOptions, rows map[string]*prevRow, diff bool, snap, delta *sumFile, rep *BuildReport) error {
	format, gz, err := inventory.FormatOf(opts.From)
	if err != nil {
		return err
	}
	in, err := os.Open(opts.From)
	if err != nil {
		return err
	}
	defer in.Close()
	dec, err := inventory.NewDecoder(in, format, gz)
	if err != nil {
		return fmt.Errorf("%s: %w", filepath.Base(opts.From), err)
	}
	cw := csv.NewWriter(snap.w)
	if err := cw.Write(strings.Split(snapshotHeader, ",")); err != nil {
		return err
	}
	var enc *json.Encoder
	if diff {
		enc = json.NewEncoder(delta.w)
		enc.SetEscapeHTML(false)
	}
	created := opts.CreatedAt.Unix()
	addBad := func(e inventory.RowError) {
		rep.BadCount++
		if len(rep.Bad) < 10_000 {
			rep.Bad = append(rep.Bad, e)
		}
	}
	rec := make([]string, 15)
	for {
		p, err := dec.Next()
		if err == io.EOF {
			break
		}
		var re *inventory.RowError
		if errors.As(err, &re) {
			rep.Rows++
			addBad(*re)
			continue
		}
		if err != nil {
			return fmt.Errorf("%s: %w", filepath.Base(opts.From), err)
		}
		rep.Rows++
		if rep.Rows%4096 == 0 && ctx.Err() != nil {
			return ctx.Err()
		}
		r := rows[p.SKU]
		if r != nil && r.seenLine != 0 {
			addBad(inventory.RowError{Line: dec.Line(), SKU: p.SKU, Field: "sku",
				Reason: fmt.Sprintf("duplicate of the product on line %d", r.seenLine)})
			continue
		}
		if r == nil {
			r = &prevRow{}
			rows[p.SKU] = r
		}
		r.seenLine = int32(min(dec.Line(), 1<<31-1))
		if rep.BadCount > 0 && !opts.SkipBad {
			continue // keep reading to report every bad row; nothing will be published
		}
		ident := identity(p)
		changedText := !r.inPrev || ident != r.ident
		changedFigures := r.inPrev && (p.Price != r.price || p.Quantity != r.qty ||
			!p.UpdatedAt.IsZero() && p.UpdatedAt.Unix() != r.updated)
		// A row without its own updated_at keeps the time it last changed in the feed.
		if p.UpdatedAt.IsZero() {
			if changedText || changedFigures || r.updated == 0 {
				p.UpdatedAt = time.Unix(created, 0)
			} else {
				p.UpdatedAt = time.Unix(r.updated, 0)
			}
		}
		rec = append(rec[:0], p.SKU, p.GTIN, p.Name, p.Brand, p.Department, p.Category,
			p.Price.Decimal(), strconv.Itoa(p.Quantity), p.Location.Aisle, p.Location.Side,
			p.Location.Bay, p.Description, p.Unit, strings.Join(p.Tags, "; "), stamp(p.UpdatedAt),
			p.DepartmentName, p.CategoryName)
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write snapshot: %w", err)
		}
		rep.Products++
		if !diff {
			continue
		}
		switch {
		case changedText:
			rep.Upserts++
			err = enc.Encode(upsertRow(p))
		case changedFigures:
			rep.Updates++
			err = enc.Encode(updateRow(p))
		}
		if err != nil {
			return fmt.Errorf("write delta: %w", err)
		}
	}
	if rep.BadCount > 0 && !opts.SkipBad {
		return fmt.Errorf("%w: %d of %d rows are bad; no feed was written (skip-bad publishes the good rows)",
			inventory.ErrRejected, rep.BadCount, rep.Rows)
	}
	if rep.Products == 0 {
		return fmt.Errorf("%w: the export has no usable products; no feed was written", inventory.ErrRejected)
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write snapshot: %w", err)
	}
	if diff {
		var gone []string
		for sku, r := range rows {
			if r.inPrev && r.seenLine == 0 {
				gone = append(gone, sku)
			}
		}
		slices.Sort(gone)
		for _, sku := range gone {
			if err := enc.Encode(deltaRow{Op: OpDelete, SKU: sku}); err != nil {
				return fmt.Errorf("write delta: %w", err)
			}
		}
		rep.Deletes = len(gone)
	}
	return nil
}

// identity hashes everything about a product except its price, stock and time stamp.
func identity(p *inventory.Product) [16]byte {
	h := sha256.New()
	for _, s := range []string{p.SKU, p.GTIN, p.Name, p.Brand, p.Department, p.Category,
		p.Location.Aisle, p.Location.Side, p.Location.Bay, p.Description, p.Unit, strings.Join(p.Tags, "\x01"),
		p.DepartmentName, p.CategoryName} {
		io.WriteString(h, s)
		h.Write([]byte{0})
	}
	var out [16]byte
	copy(out[:], h.Sum(nil))
	return out
}

// loadPrevious reads the previous feed's manifest and snapshot (checking its SHA-256) into rows.
func loadPrevious(ctx context.Context, dir string, rows map[string]*prevRow) (*Manifest, error) {
	body, err := os.ReadFile(filepath.Join(dir, ManifestName))
	if err != nil {
		return nil, err
	}
	m, err := ParseManifest(body)
	if err != nil {
		return nil, err
	}
	src := &dirSource{dir: dir}
	p, err := src.path(m.Snapshot.URL)
	if err != nil {
		return nil, err
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	format, gz, err := inventory.FormatOf(p)
	if err != nil {
		return nil, err
	}
	dec, err := inventory.NewDecoder(io.TeeReader(f, h), format, gz)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", m.Snapshot.URL, err)
	}
	for n := 0; ; n++ {
		p, err := dec.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("%s: %w", m.Snapshot.URL, err)
		}
		if n%4096 == 0 && ctx.Err() != nil {
			return nil, ctx.Err()
		}
		r := &prevRow{ident: identity(p), price: p.Price, qty: p.Quantity, inPrev: true}
		if !p.UpdatedAt.IsZero() {
			r.updated = p.UpdatedAt.Unix()
		}
		rows[p.SKU] = r
	}
	io.Copy(h, f) // gzip may stop short of the trailer's last bytes
	if got := hex.EncodeToString(h.Sum(nil)); got != m.Snapshot.SHA256 {
		return nil, fmt.Errorf("%s: SHA-256 does not match its manifest; rebuild without --previous", m.Snapshot.URL)
	}
	return m, nil
}

// carryDeltas keeps up to n of the previous manifest's deltas (the newest), copying their
// files when the feed moves to a new directory.
func carryDeltas(prev *Manifest, from, to string, n int) ([]Delta, error) {
	ds := prev.Deltas
	if len(ds) > n {
		ds = ds[len(ds)-n:]
	}
	out := make([]Delta, 0, len(ds)+1)
	same := filepath.Clean(from) == filepath.Clean(to)
	for _, d := range ds {
		if strings.Contains(d.URL, "://") {
			out = append(out, d)
			continue
		}
		src := filepath.Join(from, filepath.FromSlash(d.URL))
		if _, err := os.Stat(src); err != nil {
			continue // gone: kiosks that far behind take the snapshot
		}
		if !same {
			if err := copyFile(src, filepath.Join(to, filepath.FromSlash(d.URL))); err != nil {
				return nil, err
			}
		}
		out = append(out, d)
	}
	return out, nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := newSumFile(filepath.Dir(to), ".copy-*.tmp")
	if err != nil {
		return err
	}
	defer out.discard()
	if _, err := io.Copy(out.file, in); err != nil {
		return err
	}
	out.raw = true
	_, _, err = out.commit(to)
	return err
}

// writeManifest writes the signature, then the manifest, each by atomic rename.
func writeManifest(dir string, m *Manifest, key ed25519.PrivateKey) error {
	body, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		return err
	}
	body = append(body, '\n')
	if key != nil {
		if err := writeAtomic(filepath.Join(dir, SignatureName), Sign(key, body)); err != nil {
			return err
		}
	} else {
		os.Remove(filepath.Join(dir, SignatureName))
	}
	return writeAtomic(filepath.Join(dir, ManifestName), body)
}

func writeAtomic(path string, b []byte) error {
	f, err := newSumFile(filepath.Dir(path), ".manifest-*.tmp")
	if err != nil {
		return err
	}
	defer f.discard()
	if _, err := f.file.Write(b); err != nil {
		return err
	}
	f.raw = true
	_, _, err = f.commit(path)
	return err
}

var feedFile = regexp.MustCompile(`^(snapshot-\d+\.(csv|jsonl)(\.gz)?|delta-\d+-\d+\.jsonl(\.gz)?)$`)

// prune removes the feed files the new manifest no longer names.
func prune(dir string, m *Manifest, keep map[string]bool, log *slog.Logger) {
	keep[m.Snapshot.URL] = true
	for _, d := range m.Deltas {
		keep[d.URL] = true
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		if name := e.Name(); feedFile.MatchString(name) && !keep[name] {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				log.Warn("remove old feed file", "file", name, "err", err)
			}
		}
	}
}

// sumFile is a temporary file written through gzip (unless raw) whose final size and
// SHA-256 are known when it is renamed into place.
type sumFile struct {
	file *os.File
	zw   *gzip.Writer
	bw   *bufio.Writer
	w    io.Writer // where rows go
	h    hash.Hash
	raw  bool
	done bool
}

func newSumFile(dir, pattern string) (*sumFile, error) {
	f, err := os.CreateTemp(dir, pattern)
	if err != nil {
		return nil, err
	}
	s := &sumFile{file: f, h: sha256.New()}
	s.zw, _ = gzip.NewWriterLevel(io.MultiWriter(f, s.h), gzip.DefaultCompression)
	s.bw = bufio.NewWriterSize(s.zw, 256<<10)
	s.w = s.bw
	return s, nil
}

// commit finishes the file, syncs it and renames it to path.
func (s *sumFile) commit(path string) (size int64, sum string, err error) {
	if !s.raw {
		if err := s.bw.Flush(); err != nil {
			return 0, "", err
		}
		if err := s.zw.Close(); err != nil {
			return 0, "", err
		}
	}
	// Temporary files are private; feed files are served by a web server running as another user.
	if err := s.file.Chmod(0o644); err != nil {
		return 0, "", err
	}
	if err := s.file.Sync(); err != nil {
		return 0, "", err
	}
	fi, err := s.file.Stat()
	if err != nil {
		return 0, "", err
	}
	if s.raw {
		if _, err := s.file.Seek(0, io.SeekStart); err != nil {
			return 0, "", err
		}
		if _, err := io.Copy(s.h, s.file); err != nil {
			return 0, "", err
		}
	}
	if err := s.file.Close(); err != nil {
		return 0, "", err
	}
	if err := os.Rename(s.file.Name(), path); err != nil {
		return 0, "", err
	}
	s.done = true
	syncDir(filepath.Dir(path))
	return fi.Size(), hex.EncodeToString(s.h.Sum(nil)), nil
}

func (s *sumFile) discard() {
	if !s.done {
		s.file.Close()
		os.Remove(s.file.Name())
	}
}

func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
