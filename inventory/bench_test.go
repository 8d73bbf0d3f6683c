package inventory_test

import (
	"bytes"
	"context"
	"errors"
	"io"
	"math/rand/v2"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
)

// BenchmarkImportShared imports the 24k-product catalog into a fresh file each time.
// Target: under 5 s on a 2-core machine.
func BenchmarkImportShared(b *testing.B) {
	path := sharedCatalog(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		db, err := inventory.Open(filepath.Join(b.TempDir(), "catalog.db"))
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		rep, err := db.ImportFile(context.Background(), path, inventory.ImportOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.ReportMetric(float64(rep.Imported)/rep.Elapsed.Seconds(), "products/s")
		db.Close()
	}
}

// BenchmarkSearch times one-word and two-word searches on the shared catalog and reports
// p50/p95 latency. Target: p95 under 5 ms.
func BenchmarkSearch(b *testing.B) {
	path := sharedCatalog(b)
	db := MustOpenDB(b)
	MustImport(b, db, path)
	words := []string{"milk", "coffee", "organic", "chocolate", "cheese", "shampoo", "tuna", "rice",
		"pasta sauce", "dog food", "orange juice", "peanut butter", "ice cream", "paper towels"}
	ctx := context.Background()
	lat := make([]time.Duration, 0, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if _, err := db.Search(ctx, words[i%len(words)], 20); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, time.Since(t0))
	}
	reportPercentiles(b, lat)
}

func reportPercentiles(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[min(len(lat)-1, int(p*float64(len(lat))))].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.50), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
}

// FuzzDecodeCSV feeds arbitrary bytes to the CSV decoder: it must never panic, and every
// product it yields must be valid.
func FuzzDecodeCSV(f *testing.F) {
	header := "sku,gtin,name,department,category,price,quantity,aisle,side,bay\n"
	f.Add(header + "1,0185490428968,Chocolate Sandwich Cookies,snacks,cookies cakes,6.09,9,Aisle 3,left,3\n")
	f.Add(header + "2,,\"\\\"\"Q\\\"\"\"\" T\"\"\",a,b,1,1,,,\n")
	f.Add(header + "3,,Jalape\xf1o,a,b,$1.5,0,,,\n")
	f.Add("\uFEFFsku,name,department,category,price,quantity\r\n4,\"multi\nline\",d,c,.5,2\r\n")
	f.Fuzz(func(t *testing.T, in string) {
		checkDecoder(t, in, inventory.CSV)
	})
}

// FuzzDecodeJSONL is FuzzDecodeCSV for JSON Lines.
func FuzzDecodeJSONL(f *testing.F) {
	f.Add(`{"sku":"1","name":"Milk","department":"d","category":"c","price":1.25,"quantity":3}` + "\n")
	f.Add(`{"sku":1,"name":"A","department":"d","category":"c","price":"3.10","quantity":"0","tags":["x","y"]}`)
	f.Add("{\"sku\":null}\n\n[1]\n{\"a\":{\"b\":1}}\n")
	f.Fuzz(func(t *testing.T, in string) {
		checkDecoder(t, in, inventory.JSONL)
	})
}

func checkDecoder(t *testing.T, in string, f inventory.Format) {
	dec, err := inventory.NewDecoder(strings.NewReader(in), f, false)
	if err != nil {
		return // a bad header is reported, not a panic
	}
	for i := 0; i < 10_000; i++ {
		p, err := dec.Next()
		if err == io.EOF {
			return
		}
		var re *inventory.RowError
		if errors.As(err, &re) {
			if re.Reason == "" || re.Line < 1 {
				t.Fatalf("row error without reason or line: %+v", re)
			}
			continue
		}
		if err != nil {
			return
		}
		if p.SKU == "" || p.Name == "" || p.Price < 0 || p.Quantity < 0 {
			t.Fatalf("invalid product accepted: %+v", p)
		}
		if bytes.ContainsAny([]byte(p.Name), "\x00\n\r\t") {
			t.Fatalf("control characters in name: %q", p.Name)
		}
	}
}

// BenchmarkByGTIN is the barcode scan path.
func BenchmarkByGTIN(b *testing.B) {
	path := sharedCatalog(b)
	db := MustOpenDB(b)
	MustImport(b, db, path)
	var codes []string
	for p, err := range db.All(context.Background()) {
		if err != nil {
			b.Fatal(err)
		}
		codes = append(codes, p.GTIN)
	}
	r := rand.New(rand.NewPCG(1, 2))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := db.ByGTIN(context.Background(), codes[r.IntN(len(codes))]); err != nil {
			b.Fatal(err)
		}
	}
}
