package inventory_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"strconv"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/inventory"
)

// countingReader counts the bytes a decoder takes from its input.
type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// gzipBomb is a real gzip bomb: prefix, then n bytes of unit repeated, as concatenated gzip
// members (gunzip, like Go's gzip.Reader, reads them as one stream), so building a bomb of
// gigabytes costs one compression of 16 MiB.
func gzipBomb(t testing.TB, prefix string, unit string, n int64) []byte {
	t.Helper()
	member := func(b []byte) []byte {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(b)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	block := bytes.Repeat([]byte(unit), (16<<20)/len(unit))
	packed := member(block)
	out := member([]byte(prefix))
	for done := int64(0); done < n; done += int64(len(block)) {
		out = append(out, packed...)
	}
	return out
}

const mib = 1 << 20

// TestCSVRecordLimit: one CSV record longer than 1 MiB (an overlong field, or an unclosed
// quote that swallows the rest of the file) is refused, naming its line and the limit, and the
// decoder stops reading there instead of holding the whole thing in memory.
func TestCSVRecordLimit(t *testing.T) {
	header := "sku,name,department,category,price,quantity\n"
	good := "1,Milk,dairy,milk,1.99,3\n"
	for _, tc := range []struct {
		name, in string
		line     int
	}{
		{"one long field", header + good + "2," + strings.Repeat("a", 16*mib) + ",dairy,milk,1.99,3\n" + good, 3},
		{"unclosed quote", header + good + `2,"Eggs,dairy,eggs,2.49,12` + "\n" + strings.Repeat(good, mib/len(good)*2), 3},
		{"long header", strings.Repeat("sku", 8*mib) + "\n" + good, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			db := MustOpenDB(t)
			MustImport(t, db, "testdata/good.csv")
			n0, sum0 := fingerprint(t, db)
			in := &countingReader{r: strings.NewReader(tc.in)}
			_, err := db.Import(context.Background(), in, inventory.CSV, false, inventory.ImportOptions{})
			if err == nil || !strings.Contains(err.Error(), "longer than 1 MiB") {
				t.Fatalf("import = %v; want the record limit", err)
			}
			if want := "line " + strconv.Itoa(tc.line); !strings.Contains(err.Error(), want) {
				t.Errorf("error %q does not name %s", err, want)
			}
			if in.n > mib+128<<10 {
				t.Errorf("the decoder read %d bytes of a file whose record %d is over 1 MiB; it must stop there", in.n, tc.line)
			}
			if n1, sum1 := fingerprint(t, db); n1 != n0 || sum1 != sum0 {
				t.Errorf("catalog changed: %d products (%s), had %d (%s)", n1, sum1, n0, sum0)
			}
			t.Logf("refused after %d bytes: %v", in.n, err)
		})
	}

	// Just under the limit is not a limit error: the row is bad for what it says.
	in := header + "2," + strings.Repeat("a", mib-100) + ",dairy,milk,1.99,3\n"
	dec, err := inventory.NewDecoder(strings.NewReader(in), inventory.CSV, false)
	if err != nil {
		t.Fatal(err)
	}
	_, err = dec.Next()
	var re *inventory.RowError
	if !errors.As(err, &re) || re.Field != "name" {
		t.Fatalf("record just under 1 MiB: %v; want a bad name", err)
	}
}

// TestGzipBombStopsReading: a gzip bomb whose one field unpacks to 256 MiB is refused after
// reading a few kilobytes of it.
func TestGzipBombStopsReading(t *testing.T) {
	bomb := gzipBomb(t, "sku,name,department,category,price,quantity\n1,", "a", 256*mib)
	in := &countingReader{r: bytes.NewReader(bomb)}
	dec, err := inventory.NewDecoder(in, inventory.CSV, true)
	if err != nil {
		t.Fatal(err)
	}
	_, err = dec.Next()
	if err == nil || !strings.Contains(err.Error(), "line 2: one record is longer than 1 MiB") {
		t.Fatalf("next = %v; want the record limit", err)
	}
	if in.n > 64<<10 {
		t.Errorf("read %d of the bomb's %d bytes; it must stop soon after 1 MiB unpacked", in.n, len(bomb))
	}
	if _, again := dec.Next(); again == nil || again.Error() != err.Error() {
		t.Errorf("next after the limit = %v; want the same error", again)
	}
}

// TestUnpackLimit: Unpack cuts a file off at a bound on what it unpacks to, for both formats,
// with an error that names the limit; a file of exactly the bound is fine.
func TestUnpackLimit(t *testing.T) {
	rows := map[inventory.Format][2]string{
		inventory.CSV:   {"sku,name,department,category,price,quantity\n", "1,Milk,dairy,milk,1.99,3\n"},
		inventory.JSONL: {"", `{"sku":"1","name":"Milk","department":"dairy","category":"milk","price":1.99,"quantity":3}` + "\n"},
	}
	for f, r := range rows {
		t.Run(f.String(), func(t *testing.T) {
			bomb := gzipBomb(t, r[0], r[1], 64*mib)
			u, err := inventory.Unpack(bytes.NewReader(bomb), true, 4*mib)
			if err != nil {
				t.Fatal(err)
			}
			out := &countingReader{r: u}
			dec, err := inventory.NewDecoder(out, f, false)
			if err != nil {
				t.Fatal(err)
			}
			for err == nil || errors.As(err, new(*inventory.RowError)) {
				_, err = dec.Next()
			}
			var le *inventory.LimitError
			if !errors.As(err, &le) || le.Limit != 4*mib || !strings.Contains(err.Error(), "unpacks to more than 4 MiB") {
				t.Fatalf("decode = %v; want the file limit", err)
			}
			if out.n != 4*mib {
				t.Errorf("unpacked %d bytes, want exactly the limit", out.n)
			}
		})
	}
	exact := strings.Repeat("x", 1000)
	u, _ := inventory.Unpack(strings.NewReader(exact), false, 1000)
	if b, err := io.ReadAll(u); err != nil || len(b) != 1000 {
		t.Errorf("a file of exactly the limit: %d bytes, %v", len(b), err)
	}
}
