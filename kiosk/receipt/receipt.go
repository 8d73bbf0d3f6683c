// Package receipt prints a shopper's list on the kiosk's receipt printer: a PDF as wide as
// the paper roll (58 or 80 mm) and as long as the list, in large type, handed to CUPS with
// lp and followed with lpstat until it has printed. A printer that is out of paper, offline
// or gone is reported at once in words the kiosk can pass on, and nothing waits past the
// configured timeout.
package receipt

import (
	"bytes"
	"fmt"
	"io/fs"
	"strconv"

	"codeberg.org/go-pdf/fpdf"

	"github.com/storekiosk/storekiosk/assets"
)

// Doc is what is printed, already in the shopper's language.
type Doc struct {
	Store   string // "Demo Store"
	Title   string // "Your shopping list"
	Printed string // "Printed 5 Dec 2026, 13:20"
	AsOf    string // "Prices as of 10:32"
	Items   []Item
	Footer  string // "Ask any member of staff for help."
}

// Item is one thing on the list.
type Item struct {
	N     int      // stop number on the walk; 0: none
	Name  string   // "Creamy Peanut Butter"
	Lines []string // "$3.99 · In stock", "Aisle 3, right side, bay 1"
}

// Text is the list as plain text, as the PDF reads: for a QR code, a log, a test.
func (d Doc) Text() string {
	var b bytes.Buffer
	for _, l := range []string{d.Store, d.Title, d.Printed, d.AsOf} {
		if l != "" {
			b.WriteString(l + "\n")
		}
	}
	for _, it := range d.Items {
		b.WriteString("\n" + it.label() + "\n")
		for _, l := range it.Lines {
			b.WriteString("  " + l + "\n")
		}
	}
	if d.Footer != "" {
		b.WriteString("\n" + d.Footer + "\n")
	}
	return b.String()
}

func (it Item) label() string {
	if it.N > 0 {
		return strconv.Itoa(it.N) + ". " + it.Name
	}
	return it.Name
}

// Type sizes in points: large for older eyes, the item names largest.
const (
	sizeStore = 18
	sizeName  = 14
	sizeLine  = 12
	marginMM  = 3
)

// PDF lays the list out on paper widthMM wide (58 or 80), one page as long as the list;
// heightMM is that length.
func PDF(d Doc, widthMM float64) (pdf []byte, heightMM float64, err error) {
	if widthMM < 40 || widthMM > 120 {
		return nil, 0, fmt.Errorf("receipt width %g mm: want 40 to 120 (58 or 80 for most printers)", widthMM)
	}
	regular, err := fs.ReadFile(assets.FS, assets.FontRegular)
	if err != nil {
		return nil, 0, fmt.Errorf("receipt font: %w", err)
	}
	bold, err := fs.ReadFile(assets.FS, assets.FontBold)
	if err != nil {
		return nil, 0, fmt.Errorf("receipt font: %w", err)
	}
	// Lay out twice: once to measure the length, once on a page of that length.
	var height float64
	for pass := 0; pass < 2; pass++ {
		pageH := 2000.0
		if pass == 1 {
			pageH = height
		}
		doc := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: widthMM, Ht: pageH}})
		doc.SetMargins(marginMM, marginMM, marginMM)
		doc.SetAutoPageBreak(false, 0)
		doc.AddUTF8FontFromBytes("Atkinson", "", regular)
		doc.AddUTF8FontFromBytes("Atkinson", "B", bold)
		doc.SetTitle(d.Title, true)
		doc.SetCreator("store kiosk", true)
		doc.AddPage()
		w := widthMM - 2*marginMM
		para := func(text string, style string, size float64, align string) {
			if text == "" {
				return
			}
			doc.SetFont("Atkinson", style, size)
			doc.MultiCell(w, size*0.45, text, "", align, false)
		}
		rule := func() {
			y := doc.GetY() + 1.5
			doc.SetLineWidth(0.3)
			doc.Line(marginMM, y, widthMM-marginMM, y)
			doc.SetY(y + 2)
		}
		para(d.Store, "B", sizeStore, "C")
		para(d.Title, "B", sizeName, "C")
		para(d.Printed, "", sizeLine, "C")
		para(d.AsOf, "", sizeLine, "C")
		rule()
		for _, it := range d.Items {
			para(it.label(), "B", sizeName, "L")
			for _, l := range it.Lines {
				para(l, "", sizeLine, "L")
			}
			doc.Ln(2)
		}
		rule()
		para(d.Footer, "", sizeLine, "C")
		if err := doc.Error(); err != nil {
			return nil, 0, fmt.Errorf("receipt layout: %w", err)
		}
		if pass == 0 {
			height = doc.GetY() + marginMM + 8 // room for the cutter
			continue
		}
		var out bytes.Buffer
		if err := doc.Output(&out); err != nil {
			return nil, 0, fmt.Errorf("receipt pdf: %w", err)
		}
		return out.Bytes(), height, nil
	}
	return nil, 0, nil
}
