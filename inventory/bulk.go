package inventory

import (
	"bytes"
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/mattn/go-sqlite3"
)

// BulkOptions tune DB.BulkUpdate and Tx.ReplaceAll.
type BulkOptions struct {
	// CacheMiB is the page cache the write may use, in MiB; 0 means 64. It keeps index
	// rebuilds, scattered delta updates and the full-text index's merges in memory rather
	// than spilling to the WAL mid-transaction.
	CacheMiB int
	// Every, when set, is called after every BulkStep rows read with the count so far
	// (progress, cancellation); a non-nil error stops the load.
	Every func(rows int) error
	// SkipBad loads the good rows of a file that has bad ones; the bad are still reported.
	SkipBad bool
	// MaxRows, when set, stops the load with ErrTooManyRows as soon as the file has more rows
	// than that (a feed's manifest says how many products its snapshot holds).
	MaxRows int
	// Run, when set, runs each step of the work: every 4,096 rows, each index rebuilt, the
	// commit. The feed runs each on a thread whose CPU priority follows whether a shopper is
	// at the kiosk. nil: each runs on the calling goroutine.
	Run func(step func())
	// DeferSearch has ReplaceAll leave the full-text index empty and marked pending, to be
	// filled by FillSearch after the commit: the products go live sooner (about 4 of a
	// million-product load's 14 s of CPU are the index's), and Search reads the products
	// themselves until then.
	DeferSearch bool
	// Decode, when set, has ReplaceAll read and parse the file on a goroutine of its own, a
	// step ahead of the inserts, running each step's reading through Decode as Run runs the
	// inserts. The feed runs it on a second thread at the sync's priority: parsing is about a
	// fifth of a snapshot's CPU, and two threads get a share of both cores of a busy machine.
	Decode func(step func())
}

// readAhead bounds the text (bytes, roughly) of the rows a Decode step reads, so rows read
// ahead of the inserts never hold much memory however long each is (up to MaxRecord).
const readAhead = 8 << 20

// BulkStep is how many rows one step of a bulk write reads.
const BulkStep = 4096

// run runs step through o.Run, if set.
func (o BulkOptions) run(step func()) {
	if o.Run == nil {
		step()
		return
	}
	o.Run(step)
}

// ErrTooManyRows is wrapped by the error ReplaceAll returns past BulkOptions.MaxRows.
var ErrTooManyRows = errors.New("more rows than expected")

// ReplaceAll empties the catalog and loads every product dec yields, inside tx: the new
// catalog becomes visible all at once when the transaction commits and readers keep the old
// one until then. It is the feed's all-or-nothing rule: if any row is bad (a *RowError from
// the decoder or a SKU seen twice), the error wraps ErrRejected, the report lists the bad
// rows, and the caller's transaction must roll back.
//
// It does what DeleteAll and Put would, tuned for a million products: the products table's
// secondary indexes are dropped and rebuilt once at the end, inside the same transaction (so
// no reader ever sees them missing) and rows go in with a plain INSERT. It runs only inside
// BulkUpdate (the larger page cache, and the connection the rows go in through). Measured on
// 2 cores: 1,000,000 products in about 15 s, against 92 s through DeleteAll and Put.
func (tx *Tx) ReplaceAll(dec *Decoder, opts BulkOptions) (*Report, error) {
	start := time.Now()
	rep := &Report{}
	if tx.conn == nil {
		return rep, errors.New("ReplaceAll runs inside BulkUpdate")
	}
	indexes, err := tx.productIndexes()
	if err != nil {
		return rep, err
	}
	for _, ix := range indexes {
		if _, err := tx.tx.ExecContext(tx.ctx, `DROP INDEX `+quoteIdent(ix.name)); err != nil {
			return rep, fmt.Errorf("drop index %s: %w", ix.name, err)
		}
	}
	if opts.DeferSearch {
		if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM products`); err != nil {
			return rep, fmt.Errorf("clear products: %w", err)
		}
		if err := tx.emptySearch(true); err != nil {
			return rep, err
		}
	} else if err := tx.DeleteAll(); err != nil {
		return rep, err
	}
	now := time.Now().UTC().Format(time.RFC3339)
	// The rows go in through the driver's own statements: database/sql's locking and argument
	// checks on each of two million inserts cost 2 of a 1M snapshot's 18 s of CPU.
	err = tx.conn.Raw(func(dc any) error {
		c := dc.(driver.Conn)
		ins, err := prepareRaw(c, insertProduct)
		if err != nil {
			return fmt.Errorf("prepare product insert: %w", err)
		}
		defer ins.close()
		var fts *rawStmt
		if !opts.DeferSearch {
			if fts, err = prepareRaw(c, insertIndex); err != nil {
				return fmt.Errorf("prepare index insert: %w", err)
			}
			defer fts.close()
		}
		next := func() decoded {
			p, err := dec.Next()
			return decoded{p, err, dec.Line()}
		}
		if opts.Decode != nil {
			rows, stop := decodeAhead(dec, opts.Decode)
			defer stop()
			next = rows
		}
		// load reads up to BulkStep rows, one step of the work; eof says the file is done.
		load := func() (eof bool, err error) {
			for range BulkStep {
				if eof, err := tx.loadRow(next(), opts, rep, now, ins, fts); eof || err != nil {
					return eof, err
				}
			}
			return false, nil
		}
		for {
			var eof bool
			opts.run(func() { eof, err = load() })
			if err != nil || eof {
				return err
			}
		}
	})
	if err != nil {
		return rep, err
	}

	if rep.BadCount > 0 && !opts.SkipBad {
		return rep, fmt.Errorf("%w: %d of %d rows are bad; nothing was changed (use --skip-bad to import the good rows)",
			ErrRejected, rep.BadCount, rep.Rows)
	}
	if rep.Imported == 0 {
		return rep, fmt.Errorf("%w: the file has no usable products; nothing was changed", ErrRejected)
	}
	for _, ix := range indexes {
		opts.run(func() { _, err = tx.tx.ExecContext(tx.ctx, ix.sql) })
		if err != nil {
			return rep, fmt.Errorf("rebuild index %s: %w", ix.name, err)
		}
	}
	rep.Elapsed = time.Since(start)
	return rep, nil
}

const (
	insertProduct = `
		INSERT INTO products (sku, gtin, gtin_key, name, brand, department, category, price_cents,
			quantity, aisle, side, bay, description, unit, tags, updated_at, department_name, category_name)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
	insertIndex = `
		INSERT INTO products_fts (rowid, name, brand, category, department, description, tags)
		VALUES (?, ?, ?, ?, ?, ?, ?)`
)

// rawStmt is a statement prepared on the driver's connection, run with driver values
// (string, int64) in an argument list it reuses from row to row.
type rawStmt struct {
	st   driver.Stmt
	exec driver.StmtExecContext
	args []driver.NamedValue
}

func prepareRaw(c driver.Conn, query string) (*rawStmt, error) {
	st, err := c.Prepare(query)
	if err != nil {
		return nil, err
	}
	exec, ok := st.(driver.StmtExecContext)
	if !ok {
		st.Close()
		return nil, errors.New("the driver cannot run a statement with a context")
	}
	return &rawStmt{st: st, exec: exec}, nil
}

// run runs the statement with args and returns the rowid of the row it inserted.
func (s *rawStmt) run(ctx context.Context, args ...driver.Value) (int64, error) {
	s.args = s.args[:0]
	for i, a := range args {
		s.args = append(s.args, driver.NamedValue{Ordinal: i + 1, Value: a})
	}
	res, err := s.exec.ExecContext(ctx, s.args)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

func (s *rawStmt) close() { s.st.Close() }

// decoded is what Decoder.Next returned for one row, and the line it started on.
type decoded struct {
	p    *Product
	err  error
	line int
}

// decodeAhead reads dec on a goroutine of its own, each batch of up to BulkStep rows (and
// readAhead bytes) through run, one batch ahead of the caller, and returns what yields the rows
// in order (after the end, io.EOF or the error that ended the file, again and again) and
// what stops the goroutine and waits for it.
func decodeAhead(dec *Decoder, run func(step func())) (next func() decoded, stop func()) {
	batches := make(chan []decoded, 1)
	quit := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(batches)
		for end := false; !end; {
			var b []decoded
			run(func() { b, end = readBatch(dec) })
			select {
			case batches <- b:
			case <-quit:
				return
			}
		}
	}()
	var cur []decoded
	var last decoded
	next = func() decoded {
		for len(cur) == 0 {
			b, ok := <-batches
			if !ok {
				return last
			}
			cur = b
		}
		d := cur[0]
		cur = cur[1:]
		if d.p == nil && d.err != nil && !isRowError(d.err) {
			last = d // io.EOF or what stopped the file: the reader has ended
		}
		return d
	}
	stop = func() {
		close(quit)
		<-done
	}
	return next, stop
}

// readBatch reads up to BulkStep rows of dec, or readAhead bytes of them; end says the file
// has ended (its last row is io.EOF or the error that stopped it).
func readBatch(dec *Decoder) (b []decoded, end bool) {
	b = make([]decoded, 0, BulkStep)
	size := 0
	for len(b) < BulkStep && size < readAhead {
		p, err := dec.Next()
		b = append(b, decoded{p, err, dec.Line()})
		if err != nil && !isRowError(err) {
			return b, true
		}
		if p != nil {
			size += 256 + len(p.Name) + len(p.Description) + len(p.Brand) + len(p.Unit)
			for _, t := range p.Tags {
				size += len(t)
			}
		}
	}
	return b, false
}

func isRowError(err error) bool {
	var re *RowError
	return errors.As(err, &re)
}

// loadRow puts one row read from the file into the statements of ReplaceAll (fts nil: the
// full-text index is filled later); eof says the file is done.
func (tx *Tx) loadRow(d decoded, opts BulkOptions, rep *Report, now string, ins, fts *rawStmt) (eof bool, err error) {
	p, err := d.p, d.err
	if err == io.EOF {
		return true, nil
	}
	var re *RowError
	bad := errors.As(err, &re)
	var le *LimitError
	if errors.As(err, &le) {
		return false, err // says where and why itself
	}
	if err != nil && !bad {
		return false, fmt.Errorf("read catalog: %w", err)
	}
	rep.Rows++
	if opts.MaxRows > 0 && rep.Rows > opts.MaxRows {
		return false, fmt.Errorf("%w: more than %d; stopped reading", ErrTooManyRows, opts.MaxRows)
	}
	if bad {
		rep.addBad(*re)
		return false, nil
	}
	if opts.Every != nil && rep.Rows%BulkStep == 0 {
		if err := opts.Every(rep.Rows); err != nil {
			return false, err
		}
	}
	if rep.BadCount > 0 && !opts.SkipBad {
		return false, nil // keep reading to report every bad row; this load will not commit
	}
	updated := now
	if !p.UpdatedAt.IsZero() {
		updated = p.UpdatedAt.UTC().Format(time.RFC3339)
	}
	rowid, err := ins.run(tx.ctx, p.SKU, p.GTIN, GTINKey(p.GTIN), p.Name, p.Brand,
		p.Department, p.Category, int64(p.Price), int64(p.Quantity), p.Location.Aisle, p.Location.Side,
		p.Location.Bay, p.Description, p.Unit, strings.Join(p.Tags, "; "), updated, p.DepartmentName, p.CategoryName)
	if err != nil {
		if isUniqueViolation(err) {
			rep.addBad(RowError{Line: d.line, SKU: p.SKU, Field: "sku", Reason: "appears earlier in the file too"})
			return false, nil
		}
		return false, fmt.Errorf("put product %s: %w", p.SKU, err)
	}
	if fts == nil {
		rep.Imported++
		return false, nil
	}
	if _, err := fts.run(tx.ctx, rowid, CleanText(p.Name), CleanText(p.Brand),
		p.Category, p.Department, CleanText(p.Description), strings.Join(p.Tags, " ")); err != nil {
		return false, fmt.Errorf("index product %s: %w", p.SKU, err)
	}
	rep.Imported++
	return false, nil
}

// BulkUpdate is Update for large writes (a feed snapshot or delta): it runs fn in one
// transaction on a connection whose page cache is enlarged to opts.CacheMiB (0: 64 MiB) and
// whose automatic checkpoint is held back until after the commit, so the new data goes live
// without first copying the whole WAL into the database. Afterwards the connection's cache
// is shrunk back; the caller checkpoints when it suits (see DB.Checkpoint).
func (db *DB) BulkUpdate(ctx context.Context, opts BulkOptions, fn func(*Tx) error) error {
	conn, err := db.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("connect: %w", err)
	}
	defer conn.Close()
	var cache, autock int64
	if err := conn.QueryRowContext(ctx, `PRAGMA cache_size`).Scan(&cache); err != nil {
		return fmt.Errorf("read cache size: %w", err)
	}
	if err := conn.QueryRowContext(ctx, `PRAGMA wal_autocheckpoint`).Scan(&autock); err != nil {
		return fmt.Errorf("read checkpoint setting: %w", err)
	}
	mib := opts.CacheMiB
	if mib <= 0 {
		mib = 64
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf(`PRAGMA cache_size = -%d`, mib*1024)); err != nil {
		return fmt.Errorf("set cache size: %w", err)
	}
	if _, err := conn.ExecContext(ctx, `PRAGMA wal_autocheckpoint = 0`); err != nil {
		return fmt.Errorf("hold checkpoints: %w", err)
	}

	// The connection goes back to the pool: give it back as it was, whatever happens.
	defer func() {
		bg := context.Background()
		conn.ExecContext(bg, fmt.Sprintf(`PRAGMA cache_size = %d`, cache))
		conn.ExecContext(bg, fmt.Sprintf(`PRAGMA wal_autocheckpoint = %d`, autock))
		conn.ExecContext(bg, `PRAGMA shrink_memory`)
	}()

	sqltx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer sqltx.Rollback()
	tx := &Tx{tx: sqltx, ctx: ctx, conn: conn}
	defer tx.closeStmts()
	if err := fn(tx); err != nil {
		return err
	}
	opts.run(func() { err = sqltx.Commit() })
	if err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

// Checkpoint copies the WAL into the database file and truncates it, returning the disk
// space a large write took. Readers are not blocked; if one holds an old snapshot the WAL is
// left for SQLite's automatic checkpoints.
func (db *DB) Checkpoint(ctx context.Context) error {
	_, err := db.db.ExecContext(ctx, `PRAGMA wal_checkpoint(TRUNCATE)`)
	return err
}

// Batch applies many single-product changes inside one transaction, for feed deltas. It
// does what Put and Delete do, but its statements never open a statement journal: SQLite
// opens one for an INSERT ... ON CONFLICT DO UPDATE (Put's upsert), and every statement
// journal makes FTS5 flush its pending index data to disk. Through Put, a 10,000-change
// delta wrote thousands of tiny full-text segments and merged them again; through Batch the
// index is written once, at commit.
type Batch struct {
	tx                                   *Tx
	find, update, insert, ftsDel, ftsIns *sql.Stmt
}

// Batch prepares a batch on tx. Close it before the transaction ends.
func (tx *Tx) Batch() (*Batch, error) {
	b := &Batch{tx: tx}
	for _, s := range []struct {
		dst **sql.Stmt
		sql string
	}{
		{&b.find, `SELECT rowid FROM products WHERE sku = ?`},
		{&b.update, `UPDATE products SET gtin = ?, gtin_key = ?, name = ?, brand = ?, department = ?,
			category = ?, price_cents = ?, quantity = ?, aisle = ?, side = ?, bay = ?, description = ?,
			unit = ?, tags = ?, updated_at = ?, department_name = ?, category_name = ? WHERE rowid = ?`},
		{&b.insert, `INSERT INTO products (gtin, gtin_key, name, brand, department, category, price_cents,
			quantity, aisle, side, bay, description, unit, tags, updated_at, department_name, category_name, sku)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`},
		{&b.ftsDel, `DELETE FROM products_fts WHERE rowid = ?`},
		{&b.ftsIns, `INSERT INTO products_fts (rowid, name, brand, category, department, description, tags)
			VALUES (?, ?, ?, ?, ?, ?, ?)`},
	} {
		st, err := tx.tx.PrepareContext(tx.ctx, s.sql)
		if err != nil {
			b.Close()
			return nil, fmt.Errorf("prepare batch: %w", err)
		}
		*s.dst = st
	}
	return b, nil
}

// Close releases the batch's statements.
func (b *Batch) Close() {
	for _, s := range []*sql.Stmt{b.find, b.update, b.insert, b.ftsDel, b.ftsIns} {
		if s != nil {
			s.Close()
		}
	}
}

func (b *Batch) rowid(sku string) (int64, bool, error) {
	var id int64
	err := b.find.QueryRowContext(b.tx.ctx, sku).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	if err != nil {
		return 0, false, fmt.Errorf("find product %s: %w", sku, err)
	}
	return id, true, nil
}

// Put inserts p or replaces the product with the same SKU, as Tx.Put does.
func (b *Batch) Put(p *Product) error {
	updated := p.UpdatedAt
	if updated.IsZero() {
		updated = time.Now()
	}
	id, found, err := b.rowid(p.SKU)
	if err != nil {
		return err
	}
	args := []any{p.GTIN, GTINKey(p.GTIN), p.Name, p.Brand, p.Department, p.Category, int64(p.Price),
		p.Quantity, p.Location.Aisle, p.Location.Side, p.Location.Bay, p.Description, p.Unit,
		strings.Join(p.Tags, "; "), updated.UTC().Format(time.RFC3339), p.DepartmentName, p.CategoryName}
	if found {
		if _, err := b.update.ExecContext(b.tx.ctx, append(args, id)...); err != nil {
			return fmt.Errorf("put product %s: %w", p.SKU, err)
		}
		if _, err := b.ftsDel.ExecContext(b.tx.ctx, id); err != nil {
			return fmt.Errorf("index product %s: %w", p.SKU, err)
		}
	} else {
		res, err := b.insert.ExecContext(b.tx.ctx, append(args, p.SKU)...)
		if err != nil {
			return fmt.Errorf("put product %s: %w", p.SKU, err)
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
	}
	_, err = b.ftsIns.ExecContext(b.tx.ctx, id, CleanText(p.Name), CleanText(p.Brand), p.Category,
		p.Department, CleanText(p.Description), strings.Join(p.Tags, " "))
	if err != nil {
		return fmt.Errorf("index product %s: %w", p.SKU, err)
	}
	return nil
}

// Delete removes the product with this SKU, as Tx.Delete does.
func (b *Batch) Delete(sku string) error { return b.tx.Delete(sku) }

// Patch applies c to the product with this SKU, or returns ErrNotFound, as Tx.Patch does.
func (b *Batch) Patch(sku string, c Patch) error { return b.tx.Patch(sku, c) }

// Patch changes some of a product's figures without touching its description, so a
// price or stock change costs no full-text indexing. Nil fields stay as they are.
type Patch struct {
	Price     *Money
	Quantity  *int
	UpdatedAt time.Time // zero: now
}

// Patch applies c to the product with this SKU, or returns ErrNotFound.
func (tx *Tx) Patch(sku string, c Patch) error {
	updated := c.UpdatedAt
	if updated.IsZero() {
		updated = time.Now()
	}
	var price *int64
	if c.Price != nil {
		v := int64(*c.Price)
		price = &v
	}
	res, err := tx.tx.ExecContext(tx.ctx, `UPDATE products SET price_cents = coalesce(?, price_cents),
		quantity = coalesce(?, quantity), updated_at = ? WHERE sku = ?`,
		price, c.Quantity, updated.UTC().Format(time.RFC3339), sku)
	if err != nil {
		return fmt.Errorf("update product %s: %w", sku, err)
	}
	if n, err := res.RowsAffected(); err != nil {
		return fmt.Errorf("update product %s: %w", sku, err)
	} else if n == 0 {
		return fmt.Errorf("product %s: %w", sku, ErrNotFound)
	}
	return nil
}

// Count is the number of products as this transaction sees them, so a load can be checked
// before it commits.
func (tx *Tx) Count() (int, error) {
	var n int
	if err := tx.tx.QueryRowContext(tx.ctx, `SELECT count(*) FROM products`).Scan(&n); err != nil {
		return 0, fmt.Errorf("count products: %w", err)
	}
	return n, nil
}

type indexDef struct{ name, sql string }

// productIndexes lists the products table's own indexes (not its primary key's), read from
// the schema so that indexes a later migration adds are rebuilt too.
func (tx *Tx) productIndexes() ([]indexDef, error) {
	rows, err := tx.tx.QueryContext(tx.ctx,
		`SELECT name, sql FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'products' AND sql IS NOT NULL`)
	if err != nil {
		return nil, fmt.Errorf("list indexes: %w", err)
	}
	defer rows.Close()
	var out []indexDef
	for rows.Next() {
		var ix indexDef
		if err := rows.Scan(&ix.name, &ix.sql); err != nil {
			return nil, err
		}
		out = append(out, ix)
	}
	return out, rows.Err()
}

func quoteIdent(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }

func isUniqueViolation(err error) bool {
	var e sqlite3.Error
	return errors.As(err, &e) && (e.ExtendedCode == sqlite3.ErrConstraintUnique || e.ExtendedCode == sqlite3.ErrConstraintPrimaryKey)
}

// ParseProductJSON reads one product from a JSON object with the catalog's field names,
// checking it exactly as the JSON Lines decoder does. line is reported in a *RowError.
func ParseProductJSON(obj []byte, line int) (*Product, error) {
	obj = bytes.TrimSpace(obj)
	fields := map[string]string{}
	if field, reason := jsonFields(obj, fields); reason != "" {
		return nil, &RowError{Line: line, SKU: cleanField(fields["sku"]), Field: field, Reason: reason}
	}
	return productFrom(mapField(fields), line)
}
