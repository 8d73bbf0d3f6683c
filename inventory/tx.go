package inventory

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"
)

// Tx is a write transaction on the catalog. Everything written through one Tx becomes
// visible at once when Update returns, or not at all.
type Tx struct {
	tx        *sql.Tx
	conn      *sql.Conn // BulkUpdate's: ReplaceAll inserts through its driver connection
	ctx       context.Context
	put       *sql.Stmt
	ftsDelete *sql.Stmt
	ftsInsert *sql.Stmt
	emptied   bool // after DeleteAll, puts need not clear old index rows
}

// Update runs fn in one transaction and commits if fn returns nil.
func (db *DB) Update(ctx context.Context, fn func(*Tx) error) error {
	sqltx, err := db.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin: %w", err)
	}
	defer sqltx.Rollback()
	tx := &Tx{tx: sqltx, ctx: ctx}
	defer tx.closeStmts()
	if err := fn(tx); err != nil {
		return err
	}
	if err := sqltx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", err)
	}
	return nil
}

func (tx *Tx) closeStmts() {
	for _, s := range []*sql.Stmt{tx.put, tx.ftsDelete, tx.ftsInsert} {
		if s != nil {
			s.Close()
		}
	}
}

func (tx *Tx) prepare() error {
	if tx.put != nil {
		return nil
	}
	var err error
	tx.put, err = tx.tx.PrepareContext(tx.ctx, `
		INSERT INTO products (sku, gtin, gtin_key, name, brand, department, category, price_cents,
			quantity, aisle, side, bay, description, unit, tags, updated_at, department_name, category_name)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
		ON CONFLICT (sku) DO UPDATE SET gtin = excluded.gtin, gtin_key = excluded.gtin_key,
			name = excluded.name, brand = excluded.brand, department = excluded.department,
			category = excluded.category, price_cents = excluded.price_cents,
			quantity = excluded.quantity, aisle = excluded.aisle, side = excluded.side,
			bay = excluded.bay, description = excluded.description, unit = excluded.unit,
			tags = excluded.tags, updated_at = excluded.updated_at,
			department_name = excluded.department_name, category_name = excluded.category_name
		RETURNING rowid`)
	if err != nil {
		return fmt.Errorf("prepare product insert: %w", err)
	}
	tx.ftsDelete, err = tx.tx.PrepareContext(tx.ctx, `DELETE FROM products_fts WHERE rowid = ?`)
	if err != nil {
		return fmt.Errorf("prepare index delete: %w", err)
	}
	tx.ftsInsert, err = tx.tx.PrepareContext(tx.ctx, `
		INSERT INTO products_fts (rowid, name, brand, category, department, description, tags)
		VALUES (?, ?, ?, ?, ?, ?, ?)`)
	if err != nil {
		return fmt.Errorf("prepare index insert: %w", err)
	}
	return nil
}

// Put inserts p or replaces the product with the same SKU.
func (tx *Tx) Put(p *Product) error {
	if err := tx.prepare(); err != nil {
		return err
	}
	updated := p.UpdatedAt
	if updated.IsZero() {
		updated = time.Now()
	}
	var rowid int64
	err := tx.put.QueryRowContext(tx.ctx, p.SKU, p.GTIN, GTINKey(p.GTIN), p.Name, p.Brand,
		p.Department, p.Category, int64(p.Price), p.Quantity, p.Location.Aisle, p.Location.Side,
		p.Location.Bay, p.Description, p.Unit, strings.Join(p.Tags, "; "),
		updated.UTC().Format(time.RFC3339), p.DepartmentName, p.CategoryName).Scan(&rowid)
	if err != nil {
		return fmt.Errorf("put product %s: %w", p.SKU, err)
	}
	if !tx.emptied {
		if _, err := tx.ftsDelete.ExecContext(tx.ctx, rowid); err != nil {
			return fmt.Errorf("index product %s: %w", p.SKU, err)
		}
	}
	_, err = tx.ftsInsert.ExecContext(tx.ctx, rowid, CleanText(p.Name), CleanText(p.Brand),
		p.Category, p.Department, CleanText(p.Description), strings.Join(p.Tags, " "))
	if err != nil {
		return fmt.Errorf("index product %s: %w", p.SKU, err)
	}
	return nil
}

// Delete removes the product with this SKU. Deleting a SKU that is not there is not an error:
// feeds replay deltas.
func (tx *Tx) Delete(sku string) error {
	var rowid int64
	err := tx.tx.QueryRowContext(tx.ctx, `DELETE FROM products WHERE sku = ? RETURNING rowid`, sku).Scan(&rowid)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return fmt.Errorf("delete product %s: %w", sku, err)
	}
	if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM products_fts WHERE rowid = ?`, rowid); err != nil {
		return fmt.Errorf("unindex product %s: %w", sku, err)
	}
	return nil
}

// DeleteAll empties the catalog, ready for a full snapshot. The full-text index is emptied
// too and no longer pending: every Put from here on keeps it in step.
func (tx *Tx) DeleteAll() error {
	if _, err := tx.tx.ExecContext(tx.ctx, `DELETE FROM products`); err != nil {
		return fmt.Errorf("clear products: %w", err)
	}
	if err := tx.emptySearch(false); err != nil {
		return fmt.Errorf("clear index: %w", err)
	}
	tx.emptied = true
	return nil
}

// SetMeta records one catalog-wide fact (see the Meta* keys).
func (tx *Tx) SetMeta(key, value string) error {
	_, err := tx.tx.ExecContext(tx.ctx,
		`INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
		key, value)
	if err != nil {
		return fmt.Errorf("set %s: %w", key, err)
	}
	return nil
}

// Exec runs a statement inside the transaction, for packages that keep their own tables in the
// catalog file (sync bookkeeping) and must commit them together with the products.
func (tx *Tx) Exec(query string, args ...any) (sql.Result, error) {
	return tx.tx.ExecContext(tx.ctx, query, args...)
}

// Meta keys.
const (
	MetaStoreName = "store_name"
	MetaVersion   = "catalog_version"
	MetaAsOf      = "as_of"     // RFC 3339
	MetaSyncedAt  = "synced_at" // RFC 3339
)
