package inventory

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"time"
)

// ImportOptions control a catalog import.
type ImportOptions struct {
	SkipBad   bool      // import the good rows of a file that has bad ones
	StoreName string    // recorded in Meta when not empty
	Version   string    // catalog version; defaults to the import time
	AsOf      time.Time // when the data was true; defaults to now
}

// Report says what an import did.
type Report struct {
	Rows     int        // data rows read
	Imported int        // products now in the catalog from this file
	Bad      []RowError // bad rows, at most maxReported of them
	BadCount int        // all bad rows, including those not kept in Bad
	Elapsed  time.Duration
}

// maxReported bounds the bad rows kept in memory; a file that bad needs fixing at source.
const maxReported = 10_000

// addBad counts a bad row and keeps it if there is room.
func (r *Report) addBad(e RowError) {
	r.BadCount++
	if len(r.Bad) < maxReported {
		r.Bad = append(r.Bad, e)
	}
}

// ErrRejected is wrapped by the error returned when a file with bad rows is refused as a whole.
var ErrRejected = errors.New("catalog rejected")

// ImportFile replaces the whole catalog with the products in the named file.
func (db *DB) ImportFile(ctx context.Context, path string, opts ImportOptions) (*Report, error) {
	f, gz, err := FormatOf(path)
	if err != nil {
		return nil, err
	}
	file, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer file.Close()
	return db.Import(ctx, file, f, gz, opts)
}

// Import replaces the whole catalog with the products read from r, in one transaction. If any
// row is bad and opts.SkipBad is false, nothing changes and the error wraps ErrRejected; the
// report lists every bad row either way. Duplicate SKUs are bad rows (the first one wins).
func (db *DB) Import(ctx context.Context, r io.Reader, f Format, gzipped bool, opts ImportOptions) (*Report, error) {
	start := time.Now()
	dec, err := NewDecoder(r, f, gzipped)
	if err != nil {
		return &Report{}, fmt.Errorf("read %s catalog: %w", f, err)
	}
	now := time.Now()
	if opts.AsOf.IsZero() {
		opts.AsOf = now
	}
	if opts.Version == "" {
		opts.Version = now.UTC().Format("20060102T150405Z")
	}
	rep := &Report{}
	// Statements run under a context that is never cancelled (go-sqlite3 watches cancellable
	// ones with a goroutine per statement, four times slower in bulk); cancellation is
	// checked between batches of rows instead.
	bulk := BulkOptions{SkipBad: opts.SkipBad, Every: func(int) error { return ctx.Err() }}
	err = db.BulkUpdate(context.WithoutCancel(ctx), bulk, func(tx *Tx) error {
		var err error
		rep, err = tx.ReplaceAll(dec, bulk)
		if err != nil {
			return err
		}
		return setCatalogMeta(tx, opts, now)
	})
	if rep == nil {
		rep = &Report{}
	}
	rep.Elapsed = time.Since(start)
	if err != nil {
		if !errors.Is(err, ErrRejected) {
			err = fmt.Errorf("import %s catalog: %w", f, err)
		}
		rep.Imported = 0 // rolled back
		return rep, err
	}
	if err := db.Checkpoint(context.WithoutCancel(ctx)); err != nil {
		db.Logger.Warn("checkpoint after import", "err", err)
	}
	db.Logger.Info("catalog imported", "rows", rep.Rows, "imported", rep.Imported,
		"bad", rep.BadCount, "elapsed", rep.Elapsed)
	return rep, nil
}

func setCatalogMeta(tx *Tx, opts ImportOptions, now time.Time) error {
	if opts.StoreName != "" {
		if err := tx.SetMeta(MetaStoreName, opts.StoreName); err != nil {
			return err
		}
	}
	if err := tx.SetMeta(MetaVersion, opts.Version); err != nil {
		return err
	}
	if err := tx.SetMeta(MetaAsOf, opts.AsOf.UTC().Format(time.RFC3339)); err != nil {
		return err
	}
	return tx.SetMeta(MetaSyncedAt, now.UTC().Format(time.RFC3339))
}
