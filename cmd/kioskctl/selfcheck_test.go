package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSelfcheckAsksTheCatalogForItself imports a small store and asks it for its own
// products and shelves. A shelf the kiosk takes for a place in the store ("restrooms") is
// listed with what the kiosk said, and the command fails, so that store IT see it before
// shoppers do.
func TestSelfcheckAsksTheCatalogForItself(t *testing.T) {
	dir := t.TempDir()
	csv, db := filepath.Join(dir, "catalog.csv"), filepath.Join(dir, "catalog.db")
	write := func(rows string) {
		t.Helper()
		if err := os.WriteFile(csv, []byte("sku,name,department,category,price,quantity,aisle,side,bay\n"+rows), 0o644); err != nil {
			t.Fatal(err)
		}
		if code, _, errs := kctl(t, "import", "--db", db, csv); code != 0 {
			t.Fatalf("import: %s", errs)
		}
	}
	write(`1,Merck Safe-Guard Goat Dewormer Suspension,animal health,dewormers,24.99,17,Aisle 5,right,2
2,"Ball Regular Mouth Mason Jars, 16 oz, 12 Pack",kitchen,food storage,14.99,5,Aisle 11,right,3
3,"Threshold Ceramic Vase, Large, White",home,vases,25.00,5,Aisle 15,left,1
4,"Threshold Ceramic Vase, Small, White",home,vases,15.00,5,Aisle 15,left,1
`)
	code, out, errs := kctl(t, "selfcheck", "--db", db, "--sample", "0")
	for _, want := range []string{"name   4 of 4 answered", "words  3 of 3 answered", "shelf  3 of 3 answered"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if code != 0 {
		t.Fatalf("exit %d, err %q, out:\n%s", code, errs, out)
	}

	// A new catalog, in place of the first.
	write(`5,Portable Toilet Seat Cover,bath,restrooms,9.99,3,Aisle 2,left,1
`)
	code, out, errs = kctl(t, "selfcheck", "--db", db, "--sample", "0")
	if code != 1 || !strings.Contains(out, `shelf "where are the restrooms" → I can only find products`) ||
		!strings.Contains(errs, "1 of 3 questions not answered") {
		t.Errorf("exit %d, err %q, out:\n%s", code, errs, out)
	}
}
