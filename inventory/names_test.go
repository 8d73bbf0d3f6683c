package inventory_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
)

// Departments and categories read as people write them: the feed's display name when it
// gives one (CSV column or JSON field department_name / category_name), else a readable
// name made from the slug.
func TestDisplayNames(t *testing.T) {
	ctx := context.Background()
	dir := t.TempDir()
	csv := filepath.Join(dir, "catalog.csv")
	os.WriteFile(csv, []byte(`sku,name,department,category,price,quantity,department_name,category_name
1,Whole Milk,dairy eggs,milk,3.49,4,Dairy & Eggs,
2,Clover Honey,pantry,honeys syrups nectars,5.99,2,,"Honey, Syrups & Nectars"
3,Garden Hose,lawn and garden,hoses watering,19.99,1,,
4,Salmon Fillet,meat seafood,seafood counter,12.99,1,,
`), 0o644)
	jsonl := filepath.Join(dir, "catalog.jsonl")
	os.WriteFile(jsonl, []byte(`{"sku":"5","name":"Shrimp","department":"meat seafood","category":"seafood counter","price":9.99,"quantity":3,"department_name":"Meat & Seafood","category_name":"Seafood Counter"}
`), 0o644)
	db := MustOpenDB(t)
	MustImport(t, db, csv)
	ds, err := db.Departments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	labels := func(ds []inventory.Department) string {
		var s []string
		for _, d := range ds {
			s = append(s, d.Name+"="+d.Label)
		}
		return strings.Join(s, "; ")
	}
	if got, want := labels(ds), "dairy eggs=Dairy & Eggs; lawn and garden=Lawn & Garden; meat seafood=Meat Seafood; pantry=Pantry"; got != want {
		t.Errorf("departments:\n%s\nwant\n%s", got, want)
	}
	cs, err := db.Categories(ctx, "pantry")
	if err != nil || len(cs) != 1 || cs[0].Label != "Honey, Syrups & Nectars" {
		t.Errorf("pantry's categories: %+v, %v", cs, err)
	}
	p, err := db.BySKU(ctx, "1")
	if err != nil || p.DepartmentLabel() != "Dairy & Eggs" || p.CategoryLabel() != "Milk" {
		t.Errorf("product 1: %q / %q, %v", p.DepartmentLabel(), p.CategoryLabel(), err)
	}

	// A JSON Lines feed gives them too; a product put alone keeps them.
	db2 := MustOpenDB(t)
	MustImport(t, db2, jsonl)
	ds, _ = db2.Departments(ctx)
	if got := labels(ds); got != "meat seafood=Meat & Seafood" {
		t.Errorf("departments from JSON Lines: %s", got)
	}
	if err := db2.Update(ctx, func(tx *inventory.Tx) error {
		return tx.Put(&inventory.Product{SKU: "6", Name: "Eggs", Department: "dairy eggs", Category: "eggs",
			DepartmentName: "Dairy & Eggs", Price: 399, Quantity: 1})
	}); err != nil {
		t.Fatal(err)
	}
	if p, err := db2.BySKU(ctx, "6"); err != nil || p.DepartmentName != "Dairy & Eggs" {
		t.Errorf("put product: %+v, %v", p, err)
	}
}

func TestReadableName(t *testing.T) {
	for slug, want := range map[string]string{
		"canned goods":          "Canned Goods",
		"lawn & garden":         "Lawn & Garden",
		"lawn and garden":       "Lawn & Garden",
		"food for cats":         "Food for Cats",
		"BBQ sauces":            "BBQ Sauces",
		"  personal   care ":    "Personal Care",
		"and more":              "& More",
		"honeys syrups nectars": "Honeys Syrups Nectars", // the slug lost its commas: the feed's name says them
		"":                      "",
	} {
		if got := inventory.ReadableName(slug); got != want {
			t.Errorf("ReadableName(%q) = %q, want %q", slug, got, want)
		}
	}
}

// A catalog made before display names (the first schema only) opens, gains the columns, and
// its products read with names made from their slugs.
func TestOldCatalogGainsDisplayNames(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "catalog.db")
	old, err := sqlitedb.Open(path, sqlitedb.Options{Migrations: os.DirFS("."), Pattern: "migrations/0001_*.sql"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := old.ExecContext(ctx, `INSERT INTO products (sku, name, department, category, price_cents, quantity, updated_at)
		VALUES ('1', 'Whole Milk', 'dairy eggs', 'milk', 349, 4, '2026-12-01T00:00:00Z')`); err != nil {
		t.Fatal(err)
	}
	old.Close()
	db, err := inventory.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ds, err := db.Departments(ctx)
	if err != nil || len(ds) != 1 || ds[0].Label != "Dairy Eggs" {
		t.Errorf("departments after the upgrade: %+v, %v", ds, err)
	}
	var n int
	if err := db.SQL().QueryRowContext(ctx, `SELECT count(*) FROM pragma_table_info('products') WHERE name IN ('department_name', 'category_name')`).Scan(&n); err != nil || n != 2 {
		t.Errorf("new columns: %d, %v", n, err)
	}
}
