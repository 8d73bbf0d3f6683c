package inventory

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"iter"
	"strings"
	"time"
	"unicode"
)

const productColumns = `p.sku, p.gtin, p.name, p.brand, p.department, p.category, p.price_cents,
	p.quantity, p.aisle, p.side, p.bay, p.description, p.unit, p.tags, p.updated_at,
	p.department_name, p.category_name`

type scanner interface{ Scan(dest ...any) error }

func scanProduct(s scanner) (*Product, error) {
	var p Product
	var tags, updated string
	err := s.Scan(&p.SKU, &p.GTIN, &p.Name, &p.Brand, &p.Department, &p.Category, (*int64)(&p.Price),
		&p.Quantity, &p.Location.Aisle, &p.Location.Side, &p.Location.Bay, &p.Description, &p.Unit,
		&tags, &updated, &p.DepartmentName, &p.CategoryName)
	if err != nil {
		return nil, err
	}
	if tags != "" {
		p.Tags = strings.Split(tags, "; ")
	}
	p.UpdatedAt, _ = time.Parse(time.RFC3339, updated)
	return &p, nil
}

func (db *DB) queryProducts(ctx context.Context, query string, args ...any) ([]*Product, error) {
	return queryProducts(ctx, db.db, query, args...)
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func queryProducts(ctx context.Context, q querier, query string, args ...any) ([]*Product, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*Product
	for rows.Next() {
		p, err := scanProduct(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// BySKU returns the product with this SKU, or ErrNotFound.
func (db *DB) BySKU(ctx context.Context, sku string) (*Product, error) {
	p, err := scanProduct(db.db.QueryRowContext(ctx,
		`SELECT `+productColumns+` FROM products p WHERE p.sku = ?`, sku))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("product %s: %w", sku, err)
	}
	return p, nil
}

// BySKUs returns the products with these SKUs, in no particular order; SKUs the catalog does
// not have are left out (compare lengths to find them). It reads them a few hundred to a query,
// for whatever must follow a sync's changes without reading the whole catalog.
func (db *DB) BySKUs(ctx context.Context, skus []string) ([]*Product, error) {
	const chunk = 500
	out := make([]*Product, 0, len(skus))
	args := make([]any, 0, chunk)
	for len(skus) > 0 {
		n := min(chunk, len(skus))
		args = args[:0]
		for _, s := range skus[:n] {
			args = append(args, s)
		}
		ps, err := db.queryProducts(ctx, `SELECT `+productColumns+` FROM products p WHERE p.sku IN (?`+
			strings.Repeat(",?", n-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("products by sku: %w", err)
		}
		out = append(out, ps...)
		skus = skus[n:]
	}
	return out, nil
}

// ByGTIN returns the product with this barcode (any of EAN-8, UPC-A, EAN-13, GTIN-14 forms),
// or ErrNotFound.
func (db *DB) ByGTIN(ctx context.Context, code string) (*Product, error) {
	key := GTINKey(code)
	if key == "" {
		return nil, ErrNotFound
	}
	p, err := scanProduct(db.db.QueryRowContext(ctx,
		`SELECT `+productColumns+` FROM products p WHERE p.gtin_key = ? ORDER BY p.sku LIMIT 1`, key))
	if errors.Is(err, sql.ErrNoRows) {
		return nil, ErrNotFound
	}
	if err != nil {
		return nil, fmt.Errorf("barcode %s: %w", code, err)
	}
	return p, nil
}

// Search returns up to limit products matching the words of text, best first (BM25 with the
// name weighted most). Products matching every word come first; if none do, products matching
// any word. Text is never passed to FTS5 as syntax, so any input is safe. While a snapshot's
// full-text index is still to be filled (FillSearch) it reads the products instead: slower,
// and cruder in its ranking, but never out of step with the catalog.
func (db *DB) Search(ctx context.Context, text string, limit int) ([]*Product, error) {
	words := searchWords(text)
	if len(words) == 0 {
		return nil, nil
	}
	if limit <= 0 {
		limit = 20
	}
	quoted := make([]string, len(words))
	for i, w := range words {
		quoted[i] = `"` + w + `"*`
	}
	var ps []*Product
	err := db.readSnapshot(ctx, func(c *sql.Conn) error {
		pending, err := searchPending(ctx, c)
		if err != nil {
			return err
		}
		if pending {
			ps, err = searchProducts(ctx, c, words, limit)
			return err
		}
		for _, op := range []string{" AND ", " OR "} {
			ps, err = queryProducts(ctx, c, `
				SELECT `+productColumns+` FROM products_fts f JOIN products p ON p.rowid = f.rowid
				WHERE products_fts MATCH ?
				ORDER BY bm25(products_fts, 10.0, 3.0, 5.0, 2.0, 1.0, 2.0), p.sku
				LIMIT ?`, strings.Join(quoted, op), limit)
			if err != nil || len(ps) > 0 || len(words) == 1 {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return nil, fmt.Errorf("search %q: %w", text, err)
	}
	return ps, nil
}

// readSnapshot runs read on one connection inside a deferred transaction, so that all it
// reads is of one catalog: the pending mark and the index it vouches for. (BeginTx begins
// IMMEDIATE here, and would wait out a sync's write; a plain BEGIN takes no lock until it
// reads, and in WAL mode a reader never waits for a writer nor holds one up.)
func (db *DB) readSnapshot(ctx context.Context, read func(c *sql.Conn) error) error {
	c, err := db.db.Conn(ctx)
	if err != nil {
		return err
	}
	defer c.Close()
	if _, err := c.ExecContext(ctx, `BEGIN DEFERRED`); err != nil {
		return err
	}
	err = read(c)
	// Ended whatever became of ctx: the connection goes back to the pool.
	if _, cerr := c.ExecContext(context.WithoutCancel(ctx), `COMMIT`); cerr != nil {
		c.ExecContext(context.WithoutCancel(ctx), `ROLLBACK`)
		if err == nil {
			err = cerr
		}
	}
	return err
}

// searchWords keeps the letters and digits of text as lower-case words, at most 16 of them.
func searchWords(text string) []string {
	words := strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	if len(words) > 16 {
		words = words[:16]
	}
	return words
}

// Department is a department with the number of products in it.
type Department struct {
	Name     string // as in the feed: the key to its categories
	Label    string // as shoppers read and hear it: "Dairy & Eggs"
	Products int
}

// Category is a category within a department.
type Category struct {
	Department string
	Name       string
	Label      string // as shoppers read and hear it: "Honey, Syrups & Nectars"
	Products   int
}

// Departments lists the store's departments by name, each with its label: the display name
// the feed gave one of its products, else one made from its name (ReadableName).
func (db *DB) Departments(ctx context.Context) ([]Department, error) {
	rows, err := db.db.QueryContext(ctx,
		`SELECT department, max(department_name), count(*) FROM products GROUP BY department ORDER BY department`)
	if err != nil {
		return nil, fmt.Errorf("departments: %w", err)
	}
	defer rows.Close()
	var out []Department
	for rows.Next() {
		var d Department
		if err := rows.Scan(&d.Name, &d.Label, &d.Products); err != nil {
			return nil, err
		}
		d.Label = labelOf(d.Label, d.Name)
		out = append(out, d)
	}
	return out, rows.Err()
}

// Categories lists the categories of one department by name, each with its label.
func (db *DB) Categories(ctx context.Context, department string) ([]Category, error) {
	rows, err := db.db.QueryContext(ctx, `SELECT category, max(category_name), count(*) FROM products
		WHERE department = ? GROUP BY category ORDER BY category`, department)
	if err != nil {
		return nil, fmt.Errorf("categories of %s: %w", department, err)
	}
	defer rows.Close()
	var out []Category
	for rows.Next() {
		c := Category{Department: department}
		if err := rows.Scan(&c.Name, &c.Label, &c.Products); err != nil {
			return nil, err
		}
		c.Label = labelOf(c.Label, c.Name)
		out = append(out, c)
	}
	return out, rows.Err()
}

// InCategory lists a page of the products in one category, by name.
func (db *DB) InCategory(ctx context.Context, department, category string, offset, limit int) ([]*Product, error) {
	ps, err := db.queryProducts(ctx, `SELECT `+productColumns+` FROM products p
		WHERE p.department = ? AND p.category = ? ORDER BY p.name, p.sku LIMIT ? OFFSET ?`,
		department, category, limit, offset)
	if err != nil {
		return nil, fmt.Errorf("products in %s/%s: %w", department, category, err)
	}
	return ps, nil
}

// All yields every product, in SKU order, for building in-memory indexes.
func (db *DB) All(ctx context.Context) iter.Seq2[*Product, error] {
	return func(yield func(*Product, error) bool) {
		rows, err := db.db.QueryContext(ctx, `SELECT `+productColumns+` FROM products p ORDER BY p.rowid`)
		if err != nil {
			yield(nil, fmt.Errorf("read products: %w", err))
			return
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanProduct(rows)
			if !yield(p, err) || err != nil {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(nil, err)
		}
	}
}

// Meta returns what is known about the catalog as a whole.
func (db *DB) Meta(ctx context.Context) (Meta, error) {
	var m Meta
	rows, err := db.db.QueryContext(ctx, `SELECT key, value FROM meta`)
	if err != nil {
		return m, fmt.Errorf("catalog meta: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return m, err
		}
		switch k {
		case MetaStoreName:
			m.StoreName = v
		case MetaVersion:
			m.Version = v
		case MetaAsOf:
			m.AsOf, _ = time.Parse(time.RFC3339, v)
		case MetaSyncedAt:
			m.SyncedAt, _ = time.Parse(time.RFC3339, v)
		}
	}
	if err := rows.Err(); err != nil {
		return m, err
	}
	if err := db.db.QueryRowContext(ctx, `SELECT count(*) FROM products`).Scan(&m.Products); err != nil {
		return m, fmt.Errorf("count products: %w", err)
	}
	return m, nil
}
