// Package inventory is the kiosk's local copy of the store's catalog: products with their
// prices, stock and shelf locations, kept in a SQLite file so that every answer works with the
// network down. It imports the store's feed (CSV or JSON Lines), searches it with FTS5, looks
// products up by SKU and barcode, and records how fresh the data is.
package inventory

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// ErrNotFound is returned when a product, department or setting does not exist.
var ErrNotFound = errors.New("not found")

// Product is one item on the store's shelves, exactly as the store's feed describes it.
type Product struct {
	SKU        string
	GTIN       string // as given by the feed; may be empty
	Name       string
	Brand      string
	Department string
	Category   string
	// DepartmentName and CategoryName are how the store writes them ("Dairy & Eggs"), when
	// the feed says; empty otherwise. Screens use DepartmentLabel and CategoryLabel.
	DepartmentName string
	CategoryName   string
	Price          Money
	Quantity       int // units in stock now; 0 is out of stock
	Location       Location
	Description    string
	Unit           string   // e.g. "16 oz", "each"
	Tags           []string // attributes such as "gluten free", "organic"
	UpdatedAt      time.Time
}

// InStock reports whether at least one unit is on hand.
func (p Product) InStock() bool { return p.Quantity > 0 }

// DisplayName is the name as a shopper should read or hear it: the feed's text with common
// encoding damage repaired. The stored Name is left exactly as the feed gave it.
func (p Product) DisplayName() string { return CleanText(p.Name) }

// DepartmentLabel is the product's department as a shopper should read or hear it: the
// feed's display name, else one made from the slug (see ReadableName).
func (p Product) DepartmentLabel() string { return labelOf(p.DepartmentName, p.Department) }

// CategoryLabel is the product's category as a shopper should read or hear it.
func (p Product) CategoryLabel() string { return labelOf(p.CategoryName, p.Category) }

func labelOf(name, slug string) string {
	if name != "" {
		return CleanText(name)
	}
	return ReadableName(slug)
}

// Location is where a product sits: an aisle ("Aisle 9") or a zone ("Dairy wall"), the side of
// the aisle and the bay counted from the front.
type Location struct {
	Aisle string
	Side  string // "left", "right" or empty for zones
	Bay   string
}

// Known reports whether the feed says where the product is.
func (l Location) Known() bool { return l.Aisle != "" }

// String renders the location in plain English, e.g. "Aisle 9, right side, bay 4".
// Screens use translated wording; this form is for logs and the command line.
func (l Location) String() string {
	if !l.Known() {
		return "location not recorded"
	}
	parts := []string{l.Aisle}
	if l.Side != "" {
		parts = append(parts, l.Side+" side")
	}
	if l.Bay != "" {
		parts = append(parts, "bay "+l.Bay)
	}
	return strings.Join(parts, ", ")
}

// Money is an amount in cents. Prices are never floating point inside the kiosk, so what the
// feed says is what the shopper is told.
type Money int64

// ParseMoney reads a price such as "3.49", "$3.49", "3" or "3.5".
func ParseMoney(s string) (Money, error) {
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "$")
	if s == "" {
		return 0, errors.New("empty")
	}
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" {
		whole = "0"
	}
	if !allDigits(whole) || (hasFrac && (frac == "" || !allDigits(frac))) {
		return 0, fmt.Errorf("%q is not a price like 3.49", s)
	}
	if len(frac) > 2 {
		return 0, fmt.Errorf("%q has more than two decimals", s)
	}
	if len(whole) > 9 {
		return 0, fmt.Errorf("%q is too large", s)
	}
	w, _ := strconv.ParseInt(whole, 10, 64)
	for len(frac) < 2 {
		frac += "0"
	}
	f, _ := strconv.ParseInt(frac, 10, 64)
	return Money(w*100 + f), nil
}

// String formats the amount as "$3.49".
func (m Money) String() string { return "$" + m.Decimal() }

// Decimal formats the amount without a currency sign: "3.49".
func (m Money) Decimal() string {
	sign := ""
	if m < 0 {
		sign, m = "-", -m
	}
	return fmt.Sprintf("%s%d.%02d", sign, m/100, m%100)
}

// Float is the amount in dollars, for JSON output only.
func (m Money) Float() float64 { return float64(m) / 100 }

func allDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// Meta describes the catalog as a whole.
type Meta struct {
	StoreName string
	Version   string    // the feed's catalog version, if it has one
	AsOf      time.Time // when the prices and stock were true (feed time or import time)
	SyncedAt  time.Time // when this kiosk last received data
	Products  int
}
