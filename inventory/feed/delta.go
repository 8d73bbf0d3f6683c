package feed

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
)

// Delta operations, one JSON object per line:
//
//	{"op":"upsert","sku":"17","name":"...","department":"...", ...every catalog field...}
//	{"op":"update","sku":"17","price":"3.49","quantity":12,"updated_at":"2026-11-24T10:42:00Z"}
//	{"op":"delete","sku":"17"}
//
// upsert carries the whole product (as a JSON Lines catalog row); update changes only the
// price and/or stock, the most common change by far, and costs the kiosk no re-indexing.
const (
	OpUpsert = "upsert"
	OpUpdate = "update"
	OpDelete = "delete"
)

// deltaRow is one line of a delta as written by Build.
type deltaRow struct {
	Op          string   `json:"op"`
	SKU         string   `json:"sku"`
	GTIN        string   `json:"gtin,omitempty"`
	Name        string   `json:"name,omitempty"`
	Brand       string   `json:"brand,omitempty"`
	Department  string   `json:"department,omitempty"`
	Category    string   `json:"category,omitempty"`
	DeptName    string   `json:"department_name,omitempty"`
	CatName     string   `json:"category_name,omitempty"`
	Price       string   `json:"price,omitempty"`
	Quantity    *int     `json:"quantity,omitempty"`
	Aisle       string   `json:"aisle,omitempty"`
	Side        string   `json:"side,omitempty"`
	Bay         string   `json:"bay,omitempty"`
	Description string   `json:"description,omitempty"`
	Unit        string   `json:"unit,omitempty"`
	Tags        []string `json:"tags,omitempty"`
	UpdatedAt   string   `json:"updated_at,omitempty"`
}

func upsertRow(p *inventory.Product) deltaRow {
	q := p.Quantity
	return deltaRow{Op: OpUpsert, SKU: p.SKU, GTIN: p.GTIN, Name: p.Name, Brand: p.Brand,
		Department: p.Department, Category: p.Category, DeptName: p.DepartmentName, CatName: p.CategoryName, Price: p.Price.Decimal(), Quantity: &q,
		Aisle: p.Location.Aisle, Side: p.Location.Side, Bay: p.Location.Bay,
		Description: p.Description, Unit: p.Unit, Tags: p.Tags, UpdatedAt: stamp(p.UpdatedAt)}
}

func updateRow(p *inventory.Product) deltaRow {
	q := p.Quantity
	return deltaRow{Op: OpUpdate, SKU: p.SKU, Price: p.Price.Decimal(), Quantity: &q, UpdatedAt: stamp(p.UpdatedAt)}
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

// change is one decoded delta line.
type change struct {
	op      string
	sku     string
	product *inventory.Product // upsert
	patch   inventory.Patch    // update
}

// deltaReader reads a delta file line by line in bounded memory.
type deltaReader struct {
	br   *bufio.Reader
	line int
}

// newDeltaReader reads a delta already unpacked (see unpackFile).
func newDeltaReader(r io.Reader) *deltaReader {
	return &deltaReader{br: bufio.NewReaderSize(r, 64<<10)}
}

const maxDeltaLine = 1 << 20

// next returns the next change; a bad line is a *inventory.RowError; io.EOF ends the file.
func (d *deltaReader) next() (*change, error) {
	for {
		line, err := d.br.ReadSlice('\n')
		if err == bufio.ErrBufferFull {
			buf := append([]byte(nil), line...)
			for err == bufio.ErrBufferFull && len(buf) <= maxDeltaLine {
				line, err = d.br.ReadSlice('\n')
				buf = append(buf, line...)
			}
			if len(buf) > maxDeltaLine {
				d.line++
				return nil, &inventory.RowError{Line: d.line, Reason: "line is longer than 1 MiB"}
			}
			line = buf
		}
		var le *inventory.LimitError
		if errors.As(err, &le) {
			return nil, le
		}
		if err != nil && err != io.EOF {
			return nil, fmt.Errorf("read line %d: %w", d.line+1, err)
		}
		if err == io.EOF && len(line) == 0 {
			return nil, io.EOF
		}
		d.line++
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		return parseChange(line, d.line)
	}
}

func parseChange(line []byte, n int) (*change, error) {
	var head struct {
		Op        string          `json:"op"`
		SKU       json.RawMessage `json:"sku"`
		Price     json.RawMessage `json:"price"`
		Quantity  json.RawMessage `json:"quantity"`
		UpdatedAt string          `json:"updated_at"`
	}
	if err := json.Unmarshal(line, &head); err != nil {
		return nil, &inventory.RowError{Line: n, Reason: "not a JSON object: " + strings.TrimPrefix(err.Error(), "json: ")}
	}
	sku := jsonText(head.SKU)
	bad := func(field, reason string) error {
		return &inventory.RowError{Line: n, SKU: sku, Field: field, Reason: reason}
	}
	if sku == "" {
		return nil, bad("sku", "is empty")
	}
	c := &change{op: head.Op, sku: sku}
	switch head.Op {
	case OpDelete:
		return c, nil
	case OpUpsert:
		p, err := inventory.ParseProductJSON(line, n)
		if err != nil {
			return nil, err
		}
		c.product = p
		return c, nil
	case OpUpdate:
		if s := jsonText(head.Price); s != "" {
			m, err := inventory.ParseMoney(s)
			if err != nil {
				return nil, bad("price", err.Error())
			}
			c.patch.Price = &m
		}
		if s := jsonText(head.Quantity); s != "" {
			q, err := strconv.Atoi(strings.TrimSuffix(s, ".0"))
			if err != nil || q < 0 || q > 1_000_000_000 {
				return nil, bad("quantity", fmt.Sprintf("%q is not a whole number of units", s))
			}
			c.patch.Quantity = &q
		}
		if c.patch.Price == nil && c.patch.Quantity == nil {
			return nil, bad("", "an update must give a price, a quantity or both")
		}
		if head.UpdatedAt != "" {
			t, err := time.Parse(time.RFC3339, head.UpdatedAt)
			if err != nil {
				return nil, bad("updated_at", fmt.Sprintf("%q is not a time like 2026-11-24T10:42:00Z", head.UpdatedAt))
			}
			c.patch.UpdatedAt = t
		}
		return c, nil
	case "":
		return nil, bad("op", `is missing; expected "upsert", "update" or "delete"`)
	}
	return nil, bad("op", fmt.Sprintf(`%q is not "upsert", "update" or "delete"`, head.Op))
}

// jsonText is a JSON string's text or a number's literal; "" for null or absent.
func jsonText(raw json.RawMessage) string {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	return string(raw)
}

// apply makes the change in the batch's transaction.
func (c *change) apply(b *inventory.Batch) error {
	switch c.op {
	case OpDelete:
		return b.Delete(c.sku)
	case OpUpsert:
		return b.Put(c.product)
	case OpUpdate:
		err := b.Patch(c.sku, c.patch)
		if errors.Is(err, inventory.ErrNotFound) {
			return fmt.Errorf("update of sku %s, which this kiosk does not have: the delta does not fit this catalog", c.sku)
		}
		return err
	}
	return fmt.Errorf("unknown delta op %q", c.op)
}
