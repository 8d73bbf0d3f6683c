package inventory

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"
)

// Format is a catalog file format.
type Format int

const (
	CSV   Format = iota + 1 // header row, then one product per record
	JSONL                   // one JSON object per line, same field names as the CSV header
)

func (f Format) String() string {
	switch f {
	case CSV:
		return "CSV"
	case JSONL:
		return "JSON Lines"
	}
	return "unknown format"
}

// FormatOf tells the format from a file name (".csv", ".jsonl", ".ndjson", optionally ".gz").
func FormatOf(name string) (f Format, gzipped bool, err error) {
	name = strings.ToLower(name)
	if strings.HasSuffix(name, ".gz") {
		gzipped = true
		name = strings.TrimSuffix(name, ".gz")
	}
	switch filepath.Ext(name) {
	case ".csv":
		return CSV, gzipped, nil
	case ".jsonl", ".ndjson", ".json":
		return JSONL, gzipped, nil
	}
	return 0, false, fmt.Errorf("%s: cannot tell the format; name it .csv or .jsonl (optionally .gz)", filepath.Base(name))
}

// RowError is one bad row in a catalog file: where it is and what is wrong, in words a store's
// IT person can act on.
type RowError struct {
	Line   int    // 1-based line in the file where the row starts
	SKU    string // if the row has one
	Field  string // the column at fault, or "" for the whole row
	Reason string
}

func (e *RowError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "line %d", e.Line)
	if e.SKU != "" {
		fmt.Fprintf(&b, " (sku %s)", e.SKU)
	}
	if e.Field != "" {
		fmt.Fprintf(&b, ": %s", e.Field)
	}
	b.WriteString(": ")
	b.WriteString(e.Reason)
	return b.String()
}

// Columns every catalog must have. (The optional ones are gtin, aisle, side, bay, brand,
// description, unit, tags and updated_at.)
var requiredColumns = []string{"sku", "name", "department", "category", "price", "quantity"}

// Limits on one row; beyond them the row is an export error, not a product.
const (
	maxSKU     = 64
	maxName    = 500
	maxLine    = 1 << 20
	maxQty     = 1_000_000_000
	maxPriceUS = 100_000_000 // cents: one million dollars
)

// MaxRecord bounds one record of a catalog file, in bytes: a JSON line, or a CSV record
// (which may span lines inside quotes). No product needs a tenth of it.
const MaxRecord = maxLine

// LimitError says a catalog file went past one of its bounds: a record longer than
// MaxRecord, or more unpacked bytes than Unpack allows. Reading stops there: what follows
// cannot be told apart from a damaged or hostile file (an unclosed quote, a gzip bomb).
type LimitError struct {
	Line   int   // where the overlong record starts (record limit only)
	Limit  int64 // in bytes
	Record bool  // one record is too long; otherwise the whole file unpacks to too much
}

func (e *LimitError) Error() string {
	if e.Record {
		return fmt.Sprintf("line %d: one record is longer than %s; stopped reading (an unclosed quote, or not a catalog)",
			e.Line, sizeText(e.Limit))
	}
	return fmt.Sprintf("unpacks to more than %s; stopped reading", sizeText(e.Limit))
}

func sizeText(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GiB", n>>30)
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// Unpack returns what a catalog or feed file holds: r gunzipped when gzipped, cut off with a
// *LimitError once more than max bytes come out (max <= 0: no bound). A gzip file can
// unpack to a thousand times its size, so the bound is on what comes out, not what goes in.
func Unpack(r io.Reader, gzipped bool, max int64) (io.Reader, error) {
	if gzipped {
		zr, err := gzip.NewReader(r)
		if err != nil {
			return nil, fmt.Errorf("unpack gzip: %w", err)
		}
		r = zr
	}
	if max > 0 {
		r = &unpackBound{r: r, max: max}
	}
	return r, nil
}

// unpackBound is http.MaxBytesReader for files: exactly max bytes pass, one more is an error,
// and the error sticks.
type unpackBound struct {
	r   io.Reader
	n   int64
	max int64
	err error
}

func (b *unpackBound) Read(p []byte) (int, error) {
	if b.err != nil {
		return 0, b.err
	}
	if left := b.max - b.n; int64(len(p)) > left+1 {
		p = p[:left+1] // one more than allowed, to tell "exactly max" from "over"
	}
	n, err := b.r.Read(p)
	if int64(n) <= b.max-b.n {
		b.n += int64(n)
		return n, err
	}
	n = int(b.max - b.n)
	b.n = b.max
	b.err = &LimitError{Limit: b.max}
	return n, b.err
}

// Decoder reads products from a catalog file one at a time, in bounded memory: one record
// at most MaxRecord long.
type Decoder struct {
	next func() (*Product, error)
	line int
	err  error // a *LimitError ends the file: every later Next returns it
}

// NewDecoder reads a catalog in format f from r. gzipped input is unpacked on the fly; to
// bound what it may unpack to, use Unpack and pass gzipped false.
func NewDecoder(r io.Reader, f Format, gzipped bool) (*Decoder, error) {
	r, err := Unpack(r, gzipped, 0)
	if err != nil {
		return nil, err
	}
	d := &Decoder{}
	switch f {
	case CSV:
		if err := d.initCSV(r); err != nil {
			return nil, err
		}
	case JSONL:
		d.initJSONL(r)
	default:
		return nil, errors.New("unknown catalog format")
	}
	return d, nil
}

// Next returns the next product. A bad row gives a *RowError and decoding may continue;
// io.EOF ends the file; any other error (a *LimitError, say) means the file cannot be read
// further.
func (d *Decoder) Next() (*Product, error) {
	if d.err != nil {
		return nil, d.err
	}
	p, err := d.next()
	var le *LimitError
	if errors.As(err, &le) {
		d.err = le
		return nil, le
	}
	return p, err
}

// Line is the line the last row returned started on.
func (d *Decoder) Line() int { return d.line }

// csvReadAhead is more than encoding/csv reads beyond the record it is parsing (its
// bufio.Reader's 4 KiB).
const csvReadAhead = 64 << 10

// recordBound keeps encoding/csv, which holds a whole record in memory however long it is,
// from reading more than one record's worth: the decoder moves stop to MaxRecord (plus
// read-ahead) past the end of the previous record before each one.
type recordBound struct {
	r    io.Reader
	n    int64 // bytes handed to the CSV reader
	stop int64
}

var errRecordBound = errors.New("record too long")

func (b *recordBound) Read(p []byte) (int, error) {
	if b.n >= b.stop {
		return 0, errRecordBound
	}
	if left := b.stop - b.n; int64(len(p)) > left {
		p = p[:left]
	}
	n, err := b.r.Read(p)
	b.n += int64(n)
	return n, err
}

func (d *Decoder) initCSV(r io.Reader) error {
	bound := &recordBound{r: r}
	cr := csv.NewReader(bound)
	cr.FieldsPerRecord = -1
	cr.LazyQuotes = true // real exports put bare quotes in unquoted fields (10" Skewers)
	cr.ReuseRecord = true
	// read reads one record, refusing it (and everything after) when it is over MaxRecord.
	read := func() ([]string, error) {
		start := cr.InputOffset()
		bound.stop = start + MaxRecord + csvReadAhead
		rec, err := cr.Read()
		if errors.Is(err, errRecordBound) || err == nil && cr.InputOffset()-start > MaxRecord {
			line := 1
			if len(rec) > 0 {
				line, _ = cr.FieldPos(0)
			}
			return nil, &LimitError{Line: line, Limit: MaxRecord, Record: true}
		}
		return rec, err
	}
	header, err := read()
	if err == io.EOF {
		return errors.New("the file is empty: expected a header row starting sku,gtin,name")
	}
	var le *LimitError
	if errors.As(err, &le) {
		return le
	}
	if err != nil {
		return fmt.Errorf("read header: %w", err)
	}
	index := map[string]int{}
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\uFEFF")))
		if _, dup := index[h]; dup && h != "" {
			return fmt.Errorf("header names column %q twice", h)
		}
		index[h] = i
	}
	var missing []string
	for _, c := range requiredColumns {
		if _, ok := index[c]; !ok {
			missing = append(missing, c)
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("header lacks column(s) %s; the header must include %s",
			strings.Join(missing, ", "), strings.Join(requiredColumns, ","))
	}
	var rec []string
	// field is a column's raw text in the current record, read through index once a field
	// rather than copying every column into a map for each of a million rows.
	field := func(name string) string {
		if i, ok := index[name]; ok {
			return rec[i]
		}
		return ""
	}
	d.next = func() (*Product, error) {
		var err error
		rec, err = read()
		if err == io.EOF {
			return nil, io.EOF
		}
		var le *LimitError
		if errors.As(err, &le) {
			d.line = le.Line
			return nil, le
		}
		d.line, _ = cr.FieldPos(0)
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				d.line = pe.StartLine
				return nil, &RowError{Line: pe.StartLine, Reason: "unreadable CSV: " + pe.Err.Error()}
			}
			return nil, fmt.Errorf("read line %d: %w", d.line, err)
		}
		if len(rec) != len(header) {
			return nil, &RowError{Line: d.line,
				Reason: fmt.Sprintf("has %d fields, the header has %d (an unquoted comma?)", len(rec), len(header))}
		}
		return productFrom(field, d.line)
	}
	return nil
}

func (d *Decoder) initJSONL(r io.Reader) {
	br := bufio.NewReaderSize(r, 64<<10)
	fields := map[string]string{}
	d.next = func() (*Product, error) {
		for {
			line, err := readLine(br)
			if err == io.EOF && line == nil {
				return nil, io.EOF
			}
			d.line++
			if err != nil && err != io.EOF {
				if errors.Is(err, errLineTooLong) {
					return nil, &RowError{Line: d.line, Reason: "line is longer than 1 MiB"}
				}
				var le *LimitError
				if errors.As(err, &le) {
					return nil, le
				}
				return nil, fmt.Errorf("read line %d: %w", d.line, err)
			}
			line = bytes.TrimSpace(line)
			if len(line) == 0 {
				continue
			}
			clear(fields)
			if field, reason := jsonFields(line, fields); reason != "" {
				return nil, &RowError{Line: d.line, SKU: cleanField(fields["sku"]), Field: field, Reason: reason}
			}
			return productFrom(mapField(fields), d.line)
		}
	}
}

var errLineTooLong = errors.New("line too long")

// readLine reads one line without its newline; an overlong line is consumed and reported.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		chunk, err := br.ReadSlice('\n')
		if len(buf)+len(chunk) > maxLine {
			for err == bufio.ErrBufferFull {
				_, err = br.ReadSlice('\n')
			}
			return []byte{}, errLineTooLong
		}
		buf = append(buf, chunk...)
		if err == bufio.ErrBufferFull {
			continue
		}
		if err == io.EOF && len(buf) == 0 {
			return nil, io.EOF
		}
		if err != nil && err != io.EOF {
			return nil, err
		}
		return bytes.TrimSuffix(buf, []byte("\n")), nil
	}
}

// jsonFields flattens one JSON object into text fields. Numbers keep their literal text so a
// price of 3.10 is not turned into 3.1 and back.
func jsonFields(line []byte, out map[string]string) (field, reason string) {
	var obj map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(line))
	dec.UseNumber()
	if err := dec.Decode(&obj); err != nil {
		return "", "not a JSON object: " + strings.TrimPrefix(err.Error(), "json: ")
	}
	if dec.More() {
		return "", "more than one JSON value on the line"
	}
	for k, raw := range obj {
		k = strings.ToLower(strings.TrimSpace(k))
		raw = bytes.TrimSpace(raw)
		switch {
		case len(raw) == 0 || string(raw) == "null":
			out[k] = ""
		case raw[0] == '"':
			var s string
			if err := json.Unmarshal(raw, &s); err != nil {
				return k, err.Error()
			}
			out[k] = s
		case raw[0] == '[':
			var list []string
			if err := json.Unmarshal(raw, &list); err != nil {
				return k, "expected a list of words"
			}
			out[k] = strings.Join(list, ";")
		case raw[0] == '{':
			return k, "expected text or a number, not an object"
		default:
			out[k] = string(raw) // number or boolean literal
		}
	}
	return "", ""
}

// mapField reads a row's raw fields from a map of them (a JSON object's).
func mapField(m map[string]string) func(string) string {
	return func(name string) string { return m[name] }
}

// productFrom validates one row's raw fields, read through field by column name ("" for a
// column the row lacks), and builds the product.
func productFrom(field func(name string) string, line int) (*Product, error) {
	get := func(k string) string { return cleanField(field(k)) }
	p := &Product{SKU: get("sku")}
	bad := func(field, reason string) error {
		return &RowError{Line: line, SKU: p.SKU, Field: field, Reason: reason}
	}
	switch {
	case p.SKU == "":
		return nil, bad("sku", "is empty")
	case utf8.RuneCountInString(p.SKU) > maxSKU:
		p.SKU = ""
		return nil, bad("sku", fmt.Sprintf("is longer than %d characters", maxSKU))
	}
	for _, c := range []struct {
		field string
		dst   *string
		max   int
		need  bool
	}{
		{"name", &p.Name, maxName, true},
		{"department", &p.Department, 200, true},
		{"category", &p.Category, 200, true},
		{"department_name", &p.DepartmentName, 200, false},
		{"category_name", &p.CategoryName, 200, false},
		{"brand", &p.Brand, 200, false},
		{"aisle", &p.Location.Aisle, 100, false},
		{"side", &p.Location.Side, 50, false},
		{"bay", &p.Location.Bay, 50, false},
		{"unit", &p.Unit, 100, false},
		{"description", &p.Description, maxField, false},
	} {
		v := get(c.field)
		if c.need && v == "" {
			return nil, bad(c.field, "is empty")
		}
		if n := utf8.RuneCountInString(v); n > c.max {
			return nil, bad(c.field, fmt.Sprintf("is %d characters long; at most %d", n, c.max))
		}
		*c.dst = v
	}

	price, err := ParseMoney(get("price"))
	if err != nil {
		return nil, bad("price", err.Error())
	}
	if price > maxPriceUS {
		return nil, bad("price", "is over $1,000,000")
	}
	p.Price = price

	q := get("quantity")
	q = strings.TrimSuffix(strings.TrimSuffix(q, ".0"), ".00")
	n, err := strconv.Atoi(q)
	switch {
	case q == "":
		return nil, bad("quantity", "is empty")
	case err != nil:
		return nil, bad("quantity", fmt.Sprintf("%q is not a whole number", q))
	case n < 0:
		return nil, bad("quantity", fmt.Sprintf("%d is below zero", n))
	case n > maxQty:
		return nil, bad("quantity", fmt.Sprintf("%d is implausibly large", n))
	}
	p.Quantity = n

	if g := get("gtin"); g != "" {
		if err := CheckGTIN(g); err != nil {
			return nil, bad("gtin", err.Error())
		}
		p.GTIN = g
	}
	if t := get("tags"); t != "" {
		p.Tags = splitTags(t)
	}
	if u := get("updated_at"); u != "" {
		ts, err := parseTime(u)
		if err != nil {
			return nil, bad("updated_at", err.Error())
		}
		p.UpdatedAt = ts
	}
	return p, nil
}

func splitTags(s string) []string {
	var tags []string
	for _, t := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == '|' || r == ',' }) {
		if t = strings.TrimSpace(t); t != "" {
			tags = append(tags, t)
		}
	}
	return tags
}

func parseTime(s string) (time.Time, error) {
	for _, layout := range []string{time.RFC3339, "2006-01-02 15:04:05", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a time like 2026-11-24T10:42:00Z", s)
}
