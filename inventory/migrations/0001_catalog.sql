-- Products as the store's feed describes them. Prices are integer cents.
CREATE TABLE products (
	sku         TEXT PRIMARY KEY,
	gtin        TEXT NOT NULL DEFAULT '',
	gtin_key    TEXT NOT NULL DEFAULT '',   -- 14-digit form for scanner lookup
	name        TEXT NOT NULL,
	brand       TEXT NOT NULL DEFAULT '',
	department  TEXT NOT NULL,
	category    TEXT NOT NULL,
	price_cents INTEGER NOT NULL CHECK (price_cents >= 0),
	quantity    INTEGER NOT NULL CHECK (quantity >= 0),
	aisle       TEXT NOT NULL DEFAULT '',
	side        TEXT NOT NULL DEFAULT '',
	bay         TEXT NOT NULL DEFAULT '',
	description TEXT NOT NULL DEFAULT '',
	unit        TEXT NOT NULL DEFAULT '',
	tags        TEXT NOT NULL DEFAULT '',   -- '; '-separated attributes
	updated_at  TEXT NOT NULL               -- RFC 3339, UTC
);

CREATE INDEX products_gtin_key ON products (gtin_key) WHERE gtin_key <> '';
CREATE INDEX products_place ON products (department, category, name);

-- Full-text index with display-cleaned text; rowid is products.rowid. Kept in step by the Go
-- code that writes products (see tx.go), so bulk loads can rebuild it in one pass.
CREATE VIRTUAL TABLE products_fts USING fts5 (
	name, brand, category, department, description, tags,
	tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Catalog-wide facts: store name, catalog version, freshness.
CREATE TABLE meta (
	key   TEXT PRIMARY KEY,
	value TEXT NOT NULL
);
