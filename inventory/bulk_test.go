package inventory_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
)

func decoder(t *testing.T, path string) *inventory.Decoder {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { f.Close() })
	format, gz, _ := inventory.FormatOf(path)
	dec, err := inventory.NewDecoder(f, format, gz)
	if err != nil {
		t.Fatal(err)
	}
	return dec
}

// TestReplaceAll: the bulk load gives the same catalog as an import (indexes rebuilt, search
// and barcode lookup working), and a file with a bad row or a duplicate SKU changes nothing.
func TestReplaceAll(t *testing.T) {
	ctx := context.Background()
	imported := MustOpenDB(t)
	MustImport(t, imported, "testdata/good.csv")
	db := MustOpenDB(t)
	MustImport(t, db, "testdata/good.jsonl") // something to replace
	err := db.BulkUpdate(ctx, inventory.BulkOptions{}, func(tx *inventory.Tx) error {
		rep, err := tx.ReplaceAll(decoder(t, "testdata/good.csv"), inventory.BulkOptions{})
		if err == nil && rep.Imported != 7 {
			t.Errorf("report = %+v", rep)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	strip := func(db *inventory.DB) []string {
		var out []string
		for p, err := range db.All(ctx) {
			if err != nil {
				t.Fatal(err)
			}
			p.UpdatedAt = time.Time{}
			out = append(out, strings.Join([]string{p.SKU, p.Name, p.Price.String(), p.Location.String()}, "|"))
		}
		return out
	}
	if a, b := strings.Join(strip(db), "\n"), strings.Join(strip(imported), "\n"); a != b {
		t.Fatalf("bulk load:\n%s\nimport:\n%s", a, b)
	}
	if p, err := db.ByGTIN(ctx, "0059039817523"); err != nil || p.SKU != "2" {
		t.Fatalf("barcode lookup after the index rebuild: %v, %v", p, err)
	}
	if ps, err := db.Search(ctx, "salt", 5); err != nil || len(ps) == 0 {
		t.Fatalf("search after the bulk load: %v, %v", ps, err)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}

	before, sum := fingerprint(t, db)
	dup := t.TempDir() + "/dup.csv"
	os.WriteFile(dup, []byte("sku,name,department,category,price,quantity\n1,A,d,c,1.00,1\n2,B,d,c,bad,1\n1,C,d,c,1.00,1\n"), 0o644)
	err = db.BulkUpdate(ctx, inventory.BulkOptions{}, func(tx *inventory.Tx) error {
		rep, err := tx.ReplaceAll(decoder(t, dup), inventory.BulkOptions{})
		if rep.BadCount != 1 || rep.Bad[0].Line != 3 {
			t.Errorf("bad rows = %+v", rep.Bad)
		}
		return err
	})
	if !errors.Is(err, inventory.ErrRejected) {
		t.Fatalf("bad file: %v", err)
	}
	os.WriteFile(dup, []byte("sku,name,department,category,price,quantity\n1,A,d,c,1.00,1\n1,C,d,c,1.00,1\n"), 0o644)
	err = db.BulkUpdate(ctx, inventory.BulkOptions{}, func(tx *inventory.Tx) error {
		rep, err := tx.ReplaceAll(decoder(t, dup), inventory.BulkOptions{})
		if rep.BadCount != 1 || rep.Bad[0].SKU != "1" || rep.Bad[0].Field != "sku" {
			t.Errorf("duplicate = %+v", rep.Bad)
		}
		return err
	})
	if !errors.Is(err, inventory.ErrRejected) {
		t.Fatalf("duplicate SKU: %v", err)
	}
	if n, s := fingerprint(t, db); n != before || s != sum {
		t.Fatal("a rejected bulk load changed the catalog")
	}
}

// TestBatch: Batch.Put, Delete and Patch do what Tx.Put, Delete and Patch do, keeping the
// full-text index in step.
func TestBatch(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	MustImport(t, db, "testdata/good.csv")
	price := inventory.Money(99)
	err := db.BulkUpdate(ctx, inventory.BulkOptions{}, func(tx *inventory.Tx) error {
		b, err := tx.Batch()
		if err != nil {
			return err
		}
		defer b.Close()
		p, _ := db.BySKU(ctx, "2")
		p.Name = "Seasoned Sea Salt"
		if err := b.Put(p); err != nil {
			return err
		}
		if err := b.Put(&inventory.Product{SKU: "new", Name: "Kiosk Test Tea", Department: "beverages", Category: "tea", Price: 200, Quantity: 4}); err != nil {
			return err
		}
		if err := b.Delete("3"); err != nil {
			return err
		}
		if err := b.Delete("no-such-sku"); err != nil {
			return err
		}
		if err := b.Patch("1", inventory.Patch{Price: &price}); err != nil {
			return err
		}
		if err := b.Patch("no-such-sku", inventory.Patch{Price: &price}); !errors.Is(err, inventory.ErrNotFound) {
			t.Errorf("patch of a missing SKU: %v", err)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if ps, _ := db.Search(ctx, "seasoned sea salt", 5); len(ps) == 0 || ps[0].SKU != "2" {
		t.Fatalf("renamed product not found by its new name: %v", ps)
	}
	if ps, _ := db.Search(ctx, "all", 5); len(ps) != 0 {
		t.Fatalf("old name still indexed: %v", ps)
	}
	if ps, _ := db.Search(ctx, "kiosk tea", 5); len(ps) != 1 || ps[0].SKU != "new" {
		t.Fatalf("new product: %v", ps)
	}
	if _, err := db.BySKU(ctx, "3"); !errors.Is(err, inventory.ErrNotFound) {
		t.Fatalf("deleted product: %v", err)
	}
	if p, _ := db.BySKU(ctx, "1"); p.Price != 99 || p.Quantity == 0 {
		t.Fatalf("patched product: %+v", p)
	}
	if err := db.IntegrityCheck(ctx); err != nil {
		t.Fatal(err)
	}
}

// TestReplaceAllDecodeAhead: read ahead on a goroutine of its own (BulkOptions.Decode), a bulk
// load reports the same rows, bad rows and lines as read in step, across several steps.
func TestReplaceAllDecodeAhead(t *testing.T) {
	ctx := context.Background()
	var b strings.Builder
	b.WriteString("sku,name,department,category,price,quantity\n")
	for i := 1; i <= 3*inventory.BulkStep+100; i++ {
		switch i {
		case 5000:
			b.WriteString("5000,Bad Price,d,c,lots,1\n")
		case 9000:
			b.WriteString("17,Second Seventeen,d,c,1.00,1\n")
		default:
			fmt.Fprintf(&b, "%d,Product %d,d,c,1.00,1\n", i, i)
		}
	}
	path := t.TempDir() + "/many.csv"
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	load := func(decode func(func()), skipBad bool) (*inventory.Report, error) {
		db := MustOpenDB(t)
		var rep *inventory.Report
		var steps atomic.Int32
		err := db.BulkUpdate(ctx, inventory.BulkOptions{}, func(tx *inventory.Tx) error {
			var err error
			opts := inventory.BulkOptions{SkipBad: skipBad}
			if decode != nil {
				opts.Decode = func(step func()) { steps.Add(1); decode(step) }
			}
			rep, err = tx.ReplaceAll(decoder(t, path), opts)
			return err
		})
		if decode != nil && steps.Load() < 4 {
			t.Errorf("%d read-ahead steps, want at least 4", steps.Load())
		}
		if err == nil {
			if n, _ := fingerprint(t, db); n != rep.Imported {
				t.Errorf("%d products in the catalog, the report says %d", n, rep.Imported)
			}
		}
		return rep, err
	}
	for _, skip := range []bool{false, true} {
		want, werr := load(nil, skip)
		got, gerr := load(func(step func()) { step() }, skip)
		if fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Fatalf("skip bad %v: read ahead: %v, in step: %v", skip, gerr, werr)
		}
		if got.Rows != want.Rows || got.Imported != want.Imported || fmt.Sprint(got.Bad) != fmt.Sprint(want.Bad) {
			t.Fatalf("skip bad %v: read ahead: %+v, in step: %+v", skip, got, want)
		}
		// Past the first bad row nothing is inserted, so only SkipBad meets the second SKU 17.
		if skip && (want.BadCount != 2 || want.Bad[1].Line != 9001) || !skip && want.BadCount != 1 {
			t.Fatalf("skip bad %v: bad rows %+v", skip, want.Bad)
		}
	}
}

// TestDeferSearch: a bulk load that leaves the full-text index pending is found by Search
// from the products meanwhile, and by the index once FillSearch has run.
func TestDeferSearch(t *testing.T) {
	ctx := context.Background()
	db := MustOpenDB(t)
	MustImport(t, db, "testdata/good.jsonl")
	err := db.BulkUpdate(ctx, inventory.BulkOptions{}, func(tx *inventory.Tx) error {
		_, err := tx.ReplaceAll(decoder(t, "testdata/good.csv"), inventory.BulkOptions{DeferSearch: true})
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	for _, stage := range []string{"pending", "filled"} {
		if pending, err := db.SearchPending(ctx); err != nil || pending != (stage == "pending") {
			t.Fatalf("%s: SearchPending = %v, %v", stage, pending, err)
		}
		if ps, err := db.Search(ctx, "oolong teas", 10); err != nil || len(ps) == 0 || ps[0].SKU != "3" {
			t.Fatalf("%s: search: %v, %v", stage, ps, err)
		}
		if ps, err := db.Search(ctx, "pizza", 10); err != nil || len(ps) != 0 {
			t.Fatalf("%s: search for what the catalog lacks: %v, %v", stage, ps, err)
		}
		if stage == "pending" {
			// Searches while the fill's transaction is open (its index half made) neither wait
			// for it nor read its index: they read the products, as the mark they see says.
			during := inventory.BulkOptions{Every: func(int) error {
				wait, cancel := context.WithTimeout(ctx, time.Minute) // fails, not hangs, if it waits
				defer cancel()
				ps, err := db.Search(wait, "oolong teas", 10)
				if err != nil || len(ps) == 0 || ps[0].SKU != "3" {
					return fmt.Errorf("search during the fill: %v, %v", ps, err)
				}
				return nil
			}}
			if filled, err := db.FillSearch(ctx, during); err != nil || !filled {
				t.Fatalf("FillSearch = %v, %v", filled, err)
			}
		}
	}
	if filled, err := db.FillSearch(ctx, inventory.BulkOptions{}); err != nil || filled {
		t.Fatalf("FillSearch with nothing pending = %v, %v", filled, err)
	}
}
