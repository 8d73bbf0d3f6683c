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
	rep := &Report{}
	dec, err := NewDecoder(r, f, gzipped)
	if err != nil {
		return rep, fmt.Errorf("read %s catalog: %w", f, err)
	}
	now := time.Now()
	if opts.AsOf.IsZero() {
		opts.AsOf = now
	}
	if opts.Version == "" {
		opts.Version = now.UTC().Format("20060102T150405Z")
	}
	addBad := func(e RowError) {
		rep.BadCount++
		if len(rep.Bad) < maxReported {
			rep.Bad = append(rep.Bad, e)
		}
	}

	err = db.Update(ctx, func(tx *Tx) error {
		if err := tx.DeleteAll(); err != nil {
			return err
		}
		seen := map[string]int{} // sku → line
		for {
			p, err := dec.Next()
			if err == io.EOF {
				break
			}
			var re *RowError
			if errors.As(err, &re) {
				rep.Rows++
				addBad(*re)
				continue
			}
			if err != nil {
				return fmt.Errorf("read %s catalog: %w", f, err)
			}
			rep.Rows++
			if first, dup := seen[p.SKU]; dup {
				addBad(RowError{Line: dec.Line(), SKU: p.SKU, Field: "sku",
					Reason: fmt.Sprintf("duplicate of the product on line %d", first)})
				continue
			}
			seen[p.SKU] = dec.Line()
			if rep.BadCount > 0 && !opts.SkipBad {
				continue // keep reading to report every bad row; this import will not commit
			}
			if p.UpdatedAt.IsZero() {
				p.UpdatedAt = now
			}
			if err := tx.Put(p); err != nil {
				return err
			}
			rep.Imported++
			if rep.Rows%4096 == 0 {
				if err := ctx.Err(); err != nil {
					return err
				}
			}
		}
		if rep.BadCount > 0 && !opts.SkipBad {
			return fmt.Errorf("%w: %d of %d rows are bad; nothing was changed (use --skip-bad to import the good rows)",
				ErrRejected, rep.BadCount, rep.Rows)
		}
		if rep.Imported == 0 {
			return fmt.Errorf("%w: the file has no usable products; nothing was changed", ErrRejected)
		}
		return setCatalogMeta(tx, opts, now)
	})
	rep.Elapsed = time.Since(start)
	if err != nil {
		rep.Imported = 0 // rolled back
		return rep, err
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
