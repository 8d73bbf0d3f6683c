package inventory_test

import (
	"context"
	"crypto/sha256"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/inventory"
)

// SharedCatalog is the 24k-product grocery catalog kept outside the repository.
const SharedCatalog = "../../shared/data/grocery/catalog.csv"

// MustOpenDB opens a fresh catalog file in a temporary directory.
func MustOpenDB(tb testing.TB) *inventory.DB {
	tb.Helper()
	db, err := inventory.Open(filepath.Join(tb.TempDir(), "catalog.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	return db
}

// MustImport imports a file that must be good.
func MustImport(tb testing.TB, db *inventory.DB, path string) *inventory.Report {
	tb.Helper()
	rep, err := db.ImportFile(context.Background(), path, inventory.ImportOptions{})
	if err != nil {
		tb.Fatalf("import %s: %v (bad rows: %v)", path, err, rep.Bad)
	}
	return rep
}

// sharedCatalog returns the shared catalog's path or skips the test.
func sharedCatalog(tb testing.TB) string {
	tb.Helper()
	if _, err := os.Stat(SharedCatalog); err != nil {
		tb.Skipf("shared catalog %s is absent (it lives beside the repository, not in it): %v", SharedCatalog, err)
	}
	return SharedCatalog
}

// fingerprint sums every product's every field, to prove a catalog did not change.
func fingerprint(tb testing.TB, db *inventory.DB) (int, string) {
	tb.Helper()
	h := sha256.New()
	n := 0
	for p, err := range db.All(context.Background()) {
		if err != nil {
			tb.Fatal(err)
		}
		fmt.Fprintf(h, "%+v\n", *p)
		n++
	}
	return n, fmt.Sprintf("%x", h.Sum(nil))
}

func TestImportCSV(t *testing.T) {
	db := MustOpenDB(t)
	rep := MustImport(t, db, "testdata/good.csv")
	if rep.Rows != 7 || rep.Imported != 7 || rep.BadCount != 0 {
		t.Fatalf("report = %+v, want 7 rows imported", rep)
	}
	ctx := context.Background()

	p, err := db.BySKU(ctx, "2")
	if err != nil {
		t.Fatal(err)
	}
	want := inventory.Product{SKU: "2", GTIN: "0059039817523", Name: "All-Seasons Salt", Brand: "Lawry's",
		Department: "pantry", Category: "spices seasonings", Price: 879, Quantity: 38,
		Location:    inventory.Location{Aisle: "Aisle 9", Side: "left", Bay: "3"},
		Description: "Seasoned salt, for meat and vegetables", Tags: []string{"gluten free"}}
	p.UpdatedAt = want.UpdatedAt
	if fmt.Sprint(*p) != fmt.Sprint(want) {
		t.Errorf("product 2 =\n%+v\nwant\n%+v", *p, want)
	}
	if got := p.Location.String(); got != "Aisle 9, left side, bay 3" {
		t.Errorf("location = %q", got)
	}

	// Quotes and commas survive exactly as the feed wrote them.
	for sku, name := range map[string]string{
		"4": `\"Constant Comment\"" Decaffeinated Black Tea Blend"`,
		"6": `Easy Grab 9"x13" Oblong Glass Bakeware, 2 qt`,
		"7": "Café Crème Brûlée ☕",
		"5": "Brut RosÃ©",
	} {
		p, err := db.BySKU(ctx, sku)
		if err != nil {
			t.Fatal(err)
		}
		if p.Name != name {
			t.Errorf("sku %s name = %q, want %q", sku, p.Name, name)
		}
	}
	p, _ = db.BySKU(ctx, "5")
	if got := p.DisplayName(); got != "Brut Rosé" {
		t.Errorf("display name of mojibake = %q, want Brut Rosé", got)
	}
	p, _ = db.BySKU(ctx, "7")
	if p.Price != 500 || p.Location.Side != "" || p.Location.String() != "Freezer wall, bay 2" {
		t.Errorf("sku 7 = %+v", p)
	}
	p, _ = db.BySKU(ctx, "3")
	if p.InStock() || strings.Join(p.Tags, "|") != "organic|vegan" {
		t.Errorf("sku 3 stock/tags = %v %v", p.InStock(), p.Tags)
	}
	if _, err := db.BySKU(ctx, "999"); !errors.Is(err, inventory.ErrNotFound) {
		t.Errorf("missing sku: err = %v, want ErrNotFound", err)
	}

	m, err := db.Meta(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if m.Products != 7 || m.AsOf.IsZero() || m.SyncedAt.IsZero() || m.Version == "" {
		t.Errorf("meta = %+v", m)
	}
}

func TestImportCRLFAndReplace(t *testing.T) {
	db := MustOpenDB(t)
	MustImport(t, db, "testdata/good.csv")
	MustImport(t, db, "testdata/crlf.csv")
	n, _ := fingerprint(t, db)
	if n != 1 {
		t.Fatalf("after second import: %d products, want the new file's 1", n)
	}
	p, err := db.BySKU(context.Background(), "10")
	if err != nil || p.Name != "Tinfoil Roll" || p.Location.Bay != "2" {
		t.Fatalf("crlf product = %+v, %v", p, err)
	}
	// The full-text index follows the replacement: the old products are gone from it.
	if ps, _ := db.Search(context.Background(), "cookies", 5); len(ps) != 0 {
		t.Errorf("search finds replaced products: %v", ps)
	}
}

func TestImportRejectsBadFileAndKeepsPrevious(t *testing.T) {
	for _, bad := range []string{"testdata/bad.csv", "testdata/bad.jsonl"} {
		t.Run(filepath.Base(bad), func(t *testing.T) {
			db := MustOpenDB(t)
			MustImport(t, db, "testdata/good.csv")
			n0, sum0 := fingerprint(t, db)
			meta0, _ := db.Meta(context.Background())

			rep, err := db.ImportFile(context.Background(), bad, inventory.ImportOptions{})
			if !errors.Is(err, inventory.ErrRejected) {
				t.Fatalf("err = %v, want ErrRejected", err)
			}
			if rep.Imported != 0 || rep.BadCount == 0 {
				t.Errorf("report = %+v", rep)
			}
			n1, sum1 := fingerprint(t, db)
			if n1 != n0 || sum1 != sum0 {
				t.Errorf("previous catalog changed: %d products (%s), had %d (%s)", n1, sum1, n0, sum0)
			}
			if meta1, _ := db.Meta(context.Background()); meta1 != meta0 {
				t.Errorf("meta changed: %+v, had %+v", meta1, meta0)
			}
		})
	}
}

func TestImportReportsEveryBadRow(t *testing.T) {
	db := MustOpenDB(t)
	rep, err := db.ImportFile(context.Background(), "testdata/bad.csv", inventory.ImportOptions{SkipBad: true})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"line 3 (sku 21): price: empty",
		"line 4 (sku 22): quantity: -2 is below zero",
		`line 5 (sku 23): gtin: "12345" is not 8 to 14 digits`,
		"line 6 (sku 20): sku: appears earlier in the file too",
		"line 7: has 4 fields, the header has 10 (an unquoted comma?)",
		"line 8 (sku 25): name: is empty",
		`line 9 (sku 26): price: "three dollars" is not a price like 3.49`,
	}
	var got []string
	for _, e := range rep.Bad {
		got = append(got, e.Error())
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("bad rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if rep.Rows != 9 || rep.Imported != 2 || rep.BadCount != 7 {
		t.Errorf("report = rows %d imported %d bad %d, want 9, 2, 7", rep.Rows, rep.Imported, rep.BadCount)
	}
	p, err := db.BySKU(context.Background(), "20")
	if err != nil || p.Name != "Good Milk" {
		t.Errorf("first of duplicate SKUs should win: %+v %v", p, err)
	}
}

func TestImportJSONL(t *testing.T) {
	db := MustOpenDB(t)
	MustImport(t, db, "testdata/good.jsonl")
	ctx := context.Background()
	p, err := db.BySKU(ctx, "101")
	if err != nil {
		t.Fatal(err)
	}
	if p.Price != 310 || p.Quantity != 0 || p.Location.Bay != "4" || strings.Join(p.Tags, ",") != "gluten free,vegan" {
		t.Errorf("jsonl product = %+v", p)
	}
	p, _ = db.BySKU(ctx, "100")
	if p.Name != `Mini Rigatoni With "Vodka" Cream Sauce` || p.Location.Bay != "2" || p.Price != 819 {
		t.Errorf("jsonl product = %+v", p)
	}

	rep, err := db.ImportFile(ctx, "testdata/bad.jsonl", inventory.ImportOptions{SkipBad: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, e := range rep.Bad {
		got = append(got, fmt.Sprintf("%d:%s", e.Line, e.Field))
	}
	if strings.Join(got, " ") != "2: 3:price 4:quantity 5:" {
		t.Errorf("bad jsonl rows = %v, reports %v", got, rep.Bad)
	}
}

func TestImportOddInput(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return path
	}
	header := "sku,gtin,name,department,category,price,quantity,aisle,side,bay\n"
	ctx := context.Background()
	cases := []struct {
		name, body string
		wantErr    string
		check      func(*inventory.DB)
	}{
		{"empty.csv", "", "the file is empty", nil},
		{"noheader.csv", "1,2,3\n", "header lacks column(s) sku", nil},
		{"onlyheader.csv", header, "no usable products", nil},
		{"bom.csv", "\uFEFF" + header + "1,,Milk,dairy eggs,milk,1.00,1,,,\n", "", nil},
		{"cp1252.csv", header + "1,,Jalape\xf1o Chips,snacks,chips pretzels,2.50,3,Aisle 1,left,1\n", "", func(db *inventory.DB) {
			p, _ := db.BySKU(ctx, "1")
			if p.Name != "Jalapeño Chips" {
				t.Errorf("windows-1252 name = %q", p.Name)
			}
		}},
		{"controls.csv", header + "1,,\"Tab\tand\nnewline\x01 name\",snacks,chips pretzels,2.50,3,,,\n", "", func(db *inventory.DB) {
			p, _ := db.BySKU(ctx, "1")
			if p.Name != "Tab and newline name" {
				t.Errorf("control characters kept: %q", p.Name)
			}
		}},
		{"huge.csv", header + "1,,\"" + strings.Repeat("x", 100_000) + "\",snacks,chips,1,1,,,\n", "1 of 1 rows are bad", nil},
		{"unterminated.csv", header + "1,,\"Open quote,snacks,chips,1,1,,,\n", "rows are bad", nil},
		{"huge.jsonl", `{"sku":"` + strings.Repeat("9", 2<<20) + `"}` + "\n" + `{"sku":"1","name":"Ok","department":"d","category":"c","price":1,"quantity":1}` + "\n", "1 of 2 rows are bad", nil},
		{"emoji.jsonl", `{"sku":"🍎","name":"Apple 🍎 صندوق","department":"produce","category":"fresh fruits","price":"$0.99","quantity":3}` + "\n", "", func(db *inventory.DB) {
			p, err := db.BySKU(ctx, "🍎")
			if err != nil || p.Name != "Apple 🍎 صندوق" || p.Price != 99 {
				t.Errorf("emoji product = %+v %v", p, err)
			}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			db := MustOpenDB(t)
			_, err := db.ImportFile(ctx, write(c.name, c.body), inventory.ImportOptions{})
			if c.wantErr == "" && err != nil {
				t.Fatalf("unexpected error: %v", err)
			}
			if c.wantErr != "" && (err == nil || !strings.Contains(err.Error(), c.wantErr)) {
				t.Fatalf("err = %v, want it to say %q", err, c.wantErr)
			}
			if c.check != nil {
				c.check(db)
			}
		})
	}
}

func TestGTINLookup(t *testing.T) {
	db := MustOpenDB(t)
	MustImport(t, db, "testdata/good.csv")
	for _, code := range []string{"0766775298331", "766775298331", "00766775298331", " 0766775298331 "} {
		p, err := db.ByGTIN(context.Background(), code)
		if err != nil || p.SKU != "3" {
			t.Errorf("ByGTIN(%q) = %v, %v; want sku 3", code, p, err)
		}
	}
	for _, code := range []string{"", "abc", "0766775298332", "1"} {
		if _, err := db.ByGTIN(context.Background(), code); !errors.Is(err, inventory.ErrNotFound) {
			t.Errorf("ByGTIN(%q) err = %v, want ErrNotFound", code, err)
		}
	}
	if err := inventory.CheckGTIN("0766775298331"); err != nil {
		t.Error(err)
	}
	if err := inventory.CheckGTIN("0766775298332"); err == nil || !strings.Contains(err.Error(), "should be 1") {
		t.Errorf("bad check digit: %v", err)
	}
}

func TestSearch(t *testing.T) {
	db := MustOpenDB(t)
	MustImport(t, db, "testdata/good.csv")
	ctx := context.Background()
	ps, err := db.Search(ctx, "oolong tea", 10)
	if err != nil || len(ps) == 0 || ps[0].SKU != "3" {
		t.Fatalf("search oolong tea = %v, %v", ps, err)
	}
	// Stemming and diacritics: "cookie" finds "Cookies", "rose" finds the repaired "Rosé".
	for q, sku := range map[string]string{"cookie": "1", "rose": "5", "creme brulee": "7", "seasoned": "2"} {
		ps, err := db.Search(ctx, q, 10)
		if err != nil || len(ps) == 0 || ps[0].SKU != sku {
			t.Errorf("search %q = %v, %v; want sku %s first", q, ps, err, sku)
		}
	}
	// Any input is safe: FTS5 syntax is never passed through.
	for _, q := range []string{`"`, `*`, `tea*`, `(tea`, `tea AND`, `NEAR(tea)`, `^tea`, `-tea`, `tea:`, `'; DROP TABLE products; --`, "🍵", "", strings.Repeat("tea ", 5000)} {
		if _, err := db.Search(ctx, q, 10); err != nil {
			t.Errorf("search %q: %v", q, err)
		}
	}
}

func TestBrowse(t *testing.T) {
	db := MustOpenDB(t)
	MustImport(t, db, "testdata/good.csv")
	ctx := context.Background()
	ds, err := db.Departments(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(ds) != "[{alcohol Alcohol 1} {beverages Beverages 2} {frozen Frozen 1} {household Household 1} {pantry Pantry 1} {snacks Snacks 1}]" {
		t.Errorf("departments = %v", ds)
	}
	cs, err := db.Categories(ctx, "beverages")
	if err != nil || len(cs) != 1 || cs[0].Name != "tea" || cs[0].Products != 2 {
		t.Errorf("categories = %v, %v", cs, err)
	}
	ps, err := db.InCategory(ctx, "beverages", "tea", 0, 10)
	if err != nil || len(ps) != 2 || ps[0].SKU != "3" {
		t.Errorf("in category = %v, %v", ps, err)
	}
	ps, _ = db.InCategory(ctx, "beverages", "tea", 1, 10)
	if len(ps) != 1 {
		t.Errorf("second page has %d products, want 1", len(ps))
	}
}

func TestSharedCatalog(t *testing.T) {
	path := sharedCatalog(t)
	db := MustOpenDB(t)
	rep := MustImport(t, db, path)
	if rep.Imported != 24322 || rep.BadCount != 0 {
		t.Fatalf("report = %+v", rep)
	}
	t.Logf("imported %d products in %v", rep.Imported, rep.Elapsed)
	if err := db.IntegrityCheck(context.Background()); err != nil {
		t.Fatal(err)
	}
	p, err := db.ByGTIN(context.Background(), "0766775298331")
	if err != nil || p.Name != "Robust Golden Unsweetened Oolong Tea" || p.Price.Decimal() != "7.19" {
		t.Fatalf("by gtin = %+v, %v", p, err)
	}
}

func TestMoney(t *testing.T) {
	for in, want := range map[string]string{"3.49": "$3.49", "$3.5": "$3.50", "3": "$3.00", ".99": "$0.99", " 12.00 ": "$12.00"} {
		m, err := inventory.ParseMoney(in)
		if err != nil || m.String() != want {
			t.Errorf("ParseMoney(%q) = %v, %v; want %s", in, m, err, want)
		}
	}
	for _, in := range []string{"", "abc", "3.499", "-1", "1e3", "3.", "1,000", "NaN", "99999999999"} {
		if _, err := inventory.ParseMoney(in); err == nil {
			t.Errorf("ParseMoney(%q) accepted", in)
		}
	}
}

func TestCleanText(t *testing.T) {
	for in, want := range map[string]string{
		"Brut RosÃ©":                      "Brut Rosé",
		"Mouthwash ListerineÂ® Zeroâ„¢":   "Mouthwash Listerine® Zero™",
		"Pull-Ups Nightâ€‘Time":           "Pull-Ups Night‑Time",
		"Plain Milk":                      "Plain Milk",
		"Café and CafÃ©":                  "Café and Café",
		"Ãrbol Chile":                     "Ãrbol Chile",
		"Milk Chocolate Truffle BrÃ»lÃ©e": "Milk Chocolate Truffle Brûlée",
	} {
		if got := inventory.CleanText(in); got != want {
			t.Errorf("CleanText(%q) = %q, want %q", in, got, want)
		}
	}
}

// BySKUs reads many products at once, across its query chunks, and leaves out unknown SKUs.
func TestBySKUs(t *testing.T) {
	db := MustOpenDB(t)
	ctx := context.Background()
	err := db.Update(ctx, func(tx *inventory.Tx) error {
		for i := range 1200 {
			p := &inventory.Product{SKU: fmt.Sprintf("K%04d", i), Name: fmt.Sprintf("Widget %d", i),
				Department: "tools", Category: "widgets", Price: inventory.Money(100 + i), Quantity: i % 7}
			if err := tx.Put(p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	var skus []string
	for i := 0; i < 1200; i += 2 {
		skus = append(skus, fmt.Sprintf("K%04d", i))
	}
	skus = append(skus, "nope", "K9999")
	ps, err := db.BySKUs(ctx, skus)
	if err != nil {
		t.Fatal(err)
	}
	if len(ps) != 600 {
		t.Fatalf("got %d products, want the 600 that exist", len(ps))
	}
	for _, p := range ps {
		var i int
		if _, err := fmt.Sscanf(p.SKU, "K%04d", &i); err != nil || i%2 != 0 {
			t.Fatalf("unexpected product %+v", p)
		}
		if p.Price != inventory.Money(100+i) || p.Quantity != i%7 || p.Name != fmt.Sprintf("Widget %d", i) {
			t.Errorf("product %s = %+v, want its own price, stock and name", p.SKU, p)
		}
	}
	if ps, err := db.BySKUs(ctx, nil); err != nil || len(ps) != 0 {
		t.Errorf("no SKUs: %v, %v; want none and no error", ps, err)
	}
}
