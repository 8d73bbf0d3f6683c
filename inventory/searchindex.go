package inventory

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"
)

// The full-text index (products_fts) serves Search: the assistant's search tool and kioskctl
// search, never the shoppers' own answers. Filling it took about 4 of a million-product
// snapshot's 14 s of CPU, so a feed snapshot commits its products with the index empty and
// marked pending (BulkOptions.DeferSearch), and FillSearch fills it in a transaction of its
// own afterwards. The mark is in the catalog file, committed with the products, so a process
// killed in between leaves it set: Search falls back to reading the products meanwhile (see
// searchProducts), and the next FillSearch (the syncer calls it on every check) fills it.

// metaSearchPending, in the meta table, says the full-text index does not yet cover the
// products committed with it; its value is when it was set.
const metaSearchPending = "search_pending"

// SearchPending reports whether the full-text index waits for FillSearch.
func (db *DB) SearchPending(ctx context.Context) (bool, error) {
	return searchPending(ctx, db.db)
}

type queryRower interface {
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func searchPending(ctx context.Context, q queryRower) (bool, error) {
	var one int
	err := q.QueryRowContext(ctx, `SELECT 1 FROM meta WHERE key = ?`, metaSearchPending).Scan(&one)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	if err != nil {
		return false, fmt.Errorf("read search index state: %w", err)
	}
	return true, nil
}

// emptySearch empties the full-text index by dropping and creating it again (DELETE would
// read and tokenize every old row to take it out) and, when pending, marks it so.
func (tx *Tx) emptySearch(pending bool) error {
	var ddl string
	if err := tx.tx.QueryRowContext(tx.ctx,
		`SELECT sql FROM sqlite_schema WHERE type = 'table' AND name = 'products_fts'`).Scan(&ddl); err != nil {
		return fmt.Errorf("read search index schema: %w", err)
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `DROP TABLE products_fts`); err != nil {
		return fmt.Errorf("drop search index: %w", err)
	}
	if _, err := tx.tx.ExecContext(tx.ctx, ddl); err != nil {
		return fmt.Errorf("create search index: %w", err)
	}
	if !pending {
		_, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM meta WHERE key = ?`, metaSearchPending)
		return err
	}
	return tx.SetMeta(metaSearchPending, time.Now().UTC().Format(time.RFC3339))
}

// FillSearch fills the full-text index if a snapshot left it pending, in one transaction of
// its own run as BulkUpdate runs one (opts.Run runs each step of BulkStep products and the
// commit; opts.Every can stop it, and then it stays pending). It reports whether there was
// anything to fill. Products written meanwhile through Put, Batch or another snapshot are
// covered: the index is made again from the products as this transaction sees them.
func (db *DB) FillSearch(ctx context.Context, opts BulkOptions) (filled bool, err error) {
	if pending, err := db.SearchPending(ctx); err != nil || !pending {
		return false, err
	}
	err = db.BulkUpdate(ctx, opts, func(tx *Tx) error {
		if pending, err := searchPending(tx.ctx, tx.tx); err != nil || !pending {
			return err // another process filled it first
		}
		if err := tx.emptySearch(false); err != nil {
			return err
		}
		// Read and written through the driver's own statements, as ReplaceAll writes: the
		// transaction's connection is held by Raw meanwhile.
		return tx.conn.Raw(func(dc any) error {
			c := dc.(driver.Conn)
			ins, err := prepareRaw(c, insertIndex)
			if err != nil {
				return fmt.Errorf("prepare index insert: %w", err)
			}
			defer ins.close()
			sel, err := c.Prepare(`SELECT rowid, name, brand, category, department, description, tags
				FROM products WHERE rowid > ? ORDER BY rowid LIMIT ?`)
			if err != nil {
				return fmt.Errorf("prepare product read: %w", err)
			}
			defer sel.Close()
			q, ok := sel.(driver.StmtQueryContext)
			if !ok {
				return errors.New("the driver cannot query with a context")
			}
			var after int64
			rows := 0
			for {
				var n int
				opts.run(func() { n, after, err = tx.fillSearchStep(q, ins, after) })
				if err != nil {
					return err
				}
				rows += n
				if opts.Every != nil {
					if err := opts.Every(rows); err != nil {
						return err
					}
				}
				if n < BulkStep {
					return nil
				}
			}
		})
	})
	return err == nil, err
}

// fillSearchStep indexes up to BulkStep products with rowids above after, read through sel,
// and returns how many and the last rowid.
func (tx *Tx) fillSearchStep(sel driver.StmtQueryContext, ins *rawStmt, after int64) (int, int64, error) {
	rows, err := sel.QueryContext(tx.ctx, []driver.NamedValue{{Ordinal: 1, Value: after}, {Ordinal: 2, Value: int64(BulkStep)}})
	if err != nil {
		return 0, after, fmt.Errorf("read products to index: %w", err)
	}
	type doc struct {
		rowid int64
		text  [6]string // name, brand, category, department, description, tags
	}
	docs := make([]doc, 0, BulkStep)
	vals := make([]driver.Value, 7)
	for {
		if err := rows.Next(vals); err == io.EOF {
			break
		} else if err != nil {
			rows.Close()
			return 0, after, fmt.Errorf("read products to index: %w", err)
		}
		d := doc{rowid: vals[0].(int64)}
		for i := range d.text {
			switch v := vals[i+1].(type) {
			case string:
				d.text[i] = v
			case []byte:
				d.text[i] = string(v)
			}
		}
		docs = append(docs, d)
	}
	rows.Close()
	for _, d := range docs {
		// As Put indexes a product: text cleaned for display, tags apart by spaces.
		t := &d.text
		if _, err := ins.run(tx.ctx, d.rowid, CleanText(t[0]), CleanText(t[1]), t[2], t[3],
			CleanText(t[4]), strings.ReplaceAll(t[5], "; ", " ")); err != nil {
			return 0, after, fmt.Errorf("index product: %w", err)
		}
		after = d.rowid
	}
	return len(docs), after, nil
}

// searchProducts answers Search from the products table itself while the full-text index is
// pending: first products whose name has a word starting with each word asked for, then those
// with them anywhere (brand, category, department, description, tags), then, if none, those
// with any of them; in catalog order, each query stopping once it has limit. A word asked for
// loses a plural's ending, as stemming would; accents are not folded. A common word is found
// at once; a rare one reads every product (about a second at a million). It stands in only
// until FillSearch has run.
func searchProducts(ctx context.Context, q querier, words []string, limit int) ([]*Product, error) {
	const name = `(' ' || lower(p.name))`
	const hay = `(' ' || lower(p.name || ' ' || p.brand || ' ' || p.category || ' ' || p.department || ' ' ||
		p.description || ' ' || p.tags))`
	var inName, anywhere []string
	var args []any
	for _, w := range words {
		inName = append(inName, name+` GLOB ?`)
		anywhere = append(anywhere, hay+` GLOB ?`)
		args = append(args, `*[^a-z0-9]`+singularStem(w)+`*`)
	}
	all, some := strings.Join(anywhere, " AND "), strings.Join(anywhere, " OR ")
	named := strings.Join(inName, " AND ")
	var out []*Product
	for i, where := range []string{named, all + ` AND NOT (` + named + `)`, some} {
		if i == 2 && (len(out) > 0 || len(words) == 1) {
			break
		}
		n := strings.Count(where, "?")
		qargs := make([]any, 0, n+1)
		for len(qargs) < n {
			qargs = append(qargs, args...)
		}
		ps, err := queryProducts(ctx, q, `SELECT `+productColumns+` FROM products p WHERE `+where+` LIMIT ?`,
			append(qargs, limit-len(out))...)
		if err != nil {
			return nil, err
		}
		if out = append(out, ps...); len(out) >= limit {
			break
		}
	}
	return out, nil
}

// singularStem cuts a plural ending off a word asked for, so that its prefix still matches
// the singular (berries: berr, tomatoes: tomato, cups: cup), as the full-text index's
// stemming would.
func singularStem(w string) string {
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3]
	case len(w) > 4 && strings.HasSuffix(w, "oes"):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		return w[:len(w)-1]
	}
	return w
}
