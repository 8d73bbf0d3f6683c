package inventory_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb/fulldisk"
)

// On a full disk the catalog opens as it stands: search, barcode lookup and browsing work,
// an import fails saying the disk is full and leaves it as it was, and once there is room
// the same handle imports.
func TestCatalogOnAFullDisk(t *testing.T) {
	fulldisk.Each(t, 8<<20, func(t *testing.T, d *fulldisk.Disk) {
		ctx := context.Background()
		path := filepath.Join(d.Dir, "catalog.db")
		db, err := inventory.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		MustImport(t, db, "testdata/good.csv")
		n, sum := fingerprint(t, db)
		db.Close()

		d.Fill(t)
		db, err = inventory.Open(path)
		if err != nil {
			t.Fatalf("open on a full disk: %v", err)
		}
		defer db.Close()
		if m, p := fingerprint(t, db); m != n || p != sum {
			t.Fatalf("on the full disk the catalog reads %d products, want the %d imported", m, n)
		}
		if ps, err := db.Search(ctx, "oolong tea", 10); err != nil || len(ps) == 0 || ps[0].SKU != "3" {
			t.Errorf("search on the full disk: %v, %v", ps, err)
		}
		if p, err := db.ByGTIN(ctx, "0766775298331"); err != nil || p.SKU != "3" {
			t.Errorf("barcode lookup on the full disk: %v, %v", p, err)
		}
		if deps, err := db.Departments(ctx); err != nil || len(deps) == 0 {
			t.Errorf("departments on the full disk: %v, %v", deps, err)
		}
		_, err = db.Import(ctx, strings.NewReader("sku,name,department,category,price,quantity\n9,Green Tea,beverages,tea,2.00,3\n"),
			inventory.CSV, false, inventory.ImportOptions{})
		if !sqlitedb.IsDiskFull(err) || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("import on the full disk: %v; want a disk-full error", err)
		}
		if err := db.Writable(); !sqlitedb.IsDiskFull(err) {
			t.Errorf("Writable on the full disk: %v", err)
		}
		if m, p := fingerprint(t, db); m != n || p != sum {
			t.Fatal("the refused import changed the catalog")
		}

		d.Free(t)
		if err := db.Writable(); err != nil {
			t.Fatalf("Writable with room again: %v", err)
		}
		if _, err := db.Import(ctx, strings.NewReader("sku,name,department,category,price,quantity\n9,Green Tea,beverages,tea,2.00,3\n"),
			inventory.CSV, false, inventory.ImportOptions{}); err != nil {
			t.Fatalf("import with room again: %v", err)
		}
		if ps, err := db.Search(ctx, "green tea", 10); err != nil || len(ps) != 1 || ps[0].SKU != "9" {
			t.Errorf("after the import: %v, %v", ps, err)
		}
	})
}
