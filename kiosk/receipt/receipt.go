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
	// Lay out twice: once to measure the length, once on a page of that length.
	_, height, err := layout(d, widthMM, 2000, marginMM, false)
	if err != nil {
		return nil, 0, err
	}
	height += marginMM + 8 // room for the cutter
	pdf, _, err = layout(d, widthMM, height, marginMM, false)
	return pdf, height, err
}

// Sheets are the sheet sizes a printer may print on, in millimetres.
var Sheets = map[string][2]float64{"a4": {210, 297}, "letter": {215.9, 279.4}}

// sheetMarginMM is the margin on sheets: most office printers cannot print nearer the edge.
const sheetMarginMM = 15

// SheetPDF lays the list out on sheets of paper, "a4" or "letter", as many as it takes.
func SheetPDF(d Doc, sheet string) ([]byte, error) {
	size, ok := Sheets[sheet]
	if !ok {
		return nil, fmt.Errorf("paper %q: want a4 or letter", sheet)
	}
	pdf, _, err := layout(d, size[0], size[1], sheetMarginMM, true)
	return pdf, err
}

// layout writes the list on a page widthMM by pageH with margin all round (on sheets, a new
// page when one is full; a roll's one page is as long as the list); end is where the writing
// ended on the last page.
func layout(d Doc, widthMM, pageH, margin float64, sheets bool) (pdf []byte, end float64, err error) {
	regular, err := fs.ReadFile(assets.FS, assets.FontRegular)
	if err != nil {
		return nil, 0, fmt.Errorf("receipt font: %w", err)
	}
	bold, err := fs.ReadFile(assets.FS, assets.FontBold)
	if err != nil {
		return nil, 0, fmt.Errorf("receipt font: %w", err)
	}
	doc := fpdf.NewCustom(&fpdf.InitType{UnitStr: "mm", Size: fpdf.SizeType{Wd: widthMM, Ht: pageH}})
	doc.SetMargins(margin, margin, margin)
	doc.SetAutoPageBreak(sheets, margin)
	doc.AddUTF8FontFromBytes("Atkinson", "", regular)
	doc.AddUTF8FontFromBytes("Atkinson", "B", bold)
	doc.SetTitle(d.Title, true)
	doc.SetCreator("store kiosk", true)
	doc.AddPage()
	w := widthMM - 2*margin
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
		doc.Line(margin, y, widthMM-margin, y)
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
	end = doc.GetY()
	var out bytes.Buffer
	if err := doc.Output(&out); err != nil {
		return nil, 0, fmt.Errorf("receipt pdf: %w", err)
	}
	return out.Bytes(), end, nil
}
