package feed

import (
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/inventory"
)

// pullCounter sits between unpackFile and the decoder and counts what the decoder takes.
type pullCounter struct {
	r io.Reader
	n int64
}

func (c *pullCounter) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// fuzzMax is the unpacked-size limit the fuzz target runs with: small, so a bomb the fuzzer
// finds costs milliseconds.
const fuzzMax = 2 << 20

// perRecordPull bounds what the CSV decoder and the delta reader may take from the file for
// one record: the record limit plus their read-ahead.
const perRecordPull = inventory.MaxRecord + 256<<10

// FuzzDecodeFeed feeds arbitrary bytes through the path a downloaded feed file takes in a
// sync — unpackFile (gunzip, bounded) and then the snapshot decoder or the delta reader — as a
// plain file, as a .gz file (the bytes themselves: damaged streams, bombs) and gzipped
// whole. Nothing may panic, the decoder may never take more than the limit from the file nor,
// for CSV and deltas, more than one record's worth per record (their memory), and every
// product that comes out must be valid.
func FuzzDecodeFeed(f *testing.F) {
	csvHead := "sku,gtin,name,department,category,price,quantity,aisle,side,bay\n"
	jsonRow := `{"sku":"1","name":"Milk","department":"dairy","category":"milk","price":1.25,"quantity":3}` + "\n"
	bomb := func(prefix, unit string, n int) []byte {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write([]byte(prefix))
		zw.Write(bytes.Repeat([]byte(unit), n/len(unit)))
		zw.Close()
		return buf.Bytes()
	}
	// kind: %3 the file (CSV snapshot, JSON Lines snapshot, delta); /3%3 how it is sent
	// (plain, the bytes as a .gz file, the bytes gzipped).
	f.Add([]byte(csvHead+"1,0185490428968,Chocolate Sandwich Cookies,snacks,cookies,6.09,9,Aisle 3,left,3\n"), uint8(0))
	f.Add([]byte(csvHead+"2,,\"unclosed,a,b,1,1,,,\n3,,x,a,b,1,1,,,\n"), uint8(6))
	f.Add([]byte(jsonRow+"{\"sku\":null}\n[1]\n"), uint8(1))
	f.Add([]byte(`{"op":"update","sku":"1","price":"3.49","quantity":12}`+"\n"+`{"op":"delete","sku":"2"}`+"\n"+jsonRow), uint8(2))
	f.Add(bomb(csvHead+"1,", "a", 16<<20), uint8(3))                         // one 16 MiB field
	f.Add(bomb(csvHead, "1,,Milk,dairy,milk,1.99,3,,,\n", 16<<20), uint8(3)) // 16 MiB of rows
	f.Add(bomb("", jsonRow, 16<<20), uint8(4))
	f.Add(bomb("", "x", 16<<20), uint8(4)) // one 16 MiB JSON line
	f.Add(bomb("", `{"op":"delete","sku":"1"}`+"\n", 16<<20), uint8(5))
	f.Add(bomb("", "{", 16<<20), uint8(5))
	f.Fuzz(func(t *testing.T, data []byte, kind uint8) {
		name := []string{"snapshot.csv", "snapshot.jsonl", "delta.jsonl"}[kind%3]
		switch kind / 3 % 3 {
		case 1:
			name += ".gz"
		case 2:
			var buf bytes.Buffer
			zw := gzip.NewWriter(&buf)
			zw.Write(data)
			zw.Close()
			data, name = buf.Bytes(), name+".gz"
		}
		u, err := unpackFile(bytes.NewReader(data), name, fuzzMax)
		if err != nil {
			return // not gzip at all: refused before reading a byte of content
		}
		c := &pullCounter{r: u}
		check := func(before int64, boundRecord bool) {
			t.Helper()
			if c.n > fuzzMax {
				t.Fatalf("%s: the decoder took %d unpacked bytes, over the %d limit", name, c.n, fuzzMax)
			}
			if boundRecord && c.n-before > perRecordPull {
				t.Fatalf("%s: %d bytes taken for one record; at most %d may be held", name, c.n-before, perRecordPull)
			}
		}
		if kind%3 == 2 {
			r := newDeltaReader(c)
			for {
				before := c.n
				ch, err := r.next()
				check(before, true)
				if err == io.EOF {
					return
				}
				if err != nil {
					expectReason(t, err)
					if errors.As(err, new(*inventory.RowError)) {
						continue // a sync stops here; reading on must still be safe
					}
					return
				}
				if ch.sku == "" || ch.op == OpUpsert && (ch.product == nil || ch.product.SKU == "") {
					t.Fatalf("invalid change accepted: %+v", ch)
				}
			}
		}
		format, _, _ := inventory.FormatOf(name)
		dec, err := inventory.NewDecoder(c, format, false)
		check(0, format == inventory.CSV)
		if err != nil {
			return // a bad header is reported, not a panic
		}
		for {
			before := c.n
			p, err := dec.Next()
			// JSON Lines skip an overlong line without holding it, so only CSV is bounded per call.
			check(before, format == inventory.CSV)
			if err == io.EOF {
				return
			}
			if err != nil {
				expectReason(t, err)
				if errors.As(err, new(*inventory.RowError)) {
					continue
				}
				return
			}
			if p.SKU == "" || p.Name == "" || p.Price < 0 || p.Quantity < 0 || strings.ContainsAny(p.Name, "\x00\n\r\t") {
				t.Fatalf("invalid product accepted: %+v", p)
			}
		}
	})
}

// expectReason checks that a refusal says where and why.
func expectReason(t *testing.T, err error) {
	t.Helper()
	var re *inventory.RowError
	if errors.As(err, &re) && (re.Reason == "" || re.Line < 1) {
		t.Fatalf("row error without reason or line: %+v", re)
	}
	var le *inventory.LimitError
	if errors.As(err, &le) && le.Limit <= 0 {
		t.Fatalf("limit error without its limit: %+v", le)
	}
}
