package receipt_test

import (
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/receipt"
	"github.com/storekiosk/storekiosk/kiosk/receipt/cupstest"
)

func demoDoc() receipt.Doc {
	return receipt.Doc{
		Store: "Demo Store", Title: "Your shopping list", Printed: "Printed 4 Mar 2025, 10:42",
		AsOf: "Prices as of 10:32",
		Items: []receipt.Item{
			{N: 1, Name: "Decaf Ground Coffee", Lines: []string{"$7.49 · Out of stock. Instead: Medium Roast Ground Coffee, $8.99, in stock", "Aisle 1, left side, bay 1"}},
			{N: 2, Name: "Bananas", Lines: []string{"$0.29 · In stock", "Produce, bay 1"}},
			{N: 3, Name: "Salted Butter Sticks", Lines: []string{"$4.99 · Out of stock. Instead: Unsalted Butter Sticks, $4.99, in stock", "Dairy wall, bay 3"}},
			{N: 4, Name: "Café con leche", Lines: []string{"$3.99 · In stock", "Aisle 9, right side, bay 1"}},
		},
		Footer: "Ask any member of staff for help.",
	}
}

// A real print job through CUPS: the list goes through the PDF printer driver to a file:
// device, and the PDF printed reads back (pdftotext) with the store, the time, "prices as
// of", and every item with its place, in walking order. (That driver prints on its own paper
// sizes; the width of the list is checked on the PDF the kiosk sends, below.)
func TestPrintThroughCUPS(t *testing.T) {
	pdftotext := cupstest.Need(t, "pdftotext", "poppler-utils")
	c := cupstest.Start(t)
	out := filepath.Join(c.Dir, "printed.pdf")
	c.Queue("receipt", "file://"+out)
	p := c.Printer("receipt", 30*time.Second)
	if st := p.State(context.Background()); !st.Ready {
		t.Fatalf("printer not ready: %+v", st)
	}
	if err := p.Print(context.Background(), demoDoc()); err != nil {
		t.Fatal(err)
	}
	cupstest.WaitFile(t, out)
	text, err := exec.Command(pdftotext, "-layout", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(string(text)), " ")
	want := []string{"Demo Store", "Your shopping list", "Printed 4 Mar 2025, 10:42", "Prices as of 10:32",
		"1. Decaf Ground Coffee", "Aisle 1, left side, bay 1", "2. Bananas", "Produce, bay 1",
		"3. Salted Butter Sticks", "Unsalted Butter Sticks", "Dairy wall, bay 3", "4. Café con leche", "Aisle 9, right side, bay 1",
		"Ask any member of staff for help."}
	at := 0
	for _, w := range want {
		i := strings.Index(got[at:], w)
		if i < 0 {
			t.Fatalf("printed text lacks %q after position %d (or out of order):\n%s", w, at, got)
		}
		at += i + len(w)
	}
	if pending := c.Admin("lpstat", "-o", "receipt"); strings.TrimSpace(pending) != "" {
		t.Errorf("jobs left in the queue: %s", pending)
	}
}

// Out of paper: the shopper is told so at once, and the job is taken off the queue rather
// than printed later for nobody. The next print is refused straight away, without a job.
func TestPrintPaperOut(t *testing.T) {
	c := cupstest.Start(t)
	c.Queue("receipt", "nopaper:/")
	p := c.Printer("receipt", 30*time.Second)
	began := time.Now()
	err := p.Print(context.Background(), demoDoc())
	if !errors.Is(err, receipt.ErrPaperOut) {
		t.Fatalf("printing without paper: %v, want ErrPaperOut", err)
	}
	if took := time.Since(began); took > 15*time.Second {
		t.Errorf("telling the shopper took %s", took)
	}
	if pending := c.Admin("lpstat", "-o", "receipt"); strings.TrimSpace(pending) != "" {
		t.Errorf("the job was left in the queue: %s", pending)
	}
	st := p.State(context.Background())
	if st.Ready || !errors.Is(st.Err, receipt.ErrPaperOut) || !strings.Contains(st.Detail, "out of paper") {
		t.Errorf("state after: %+v", st)
	}
	if err := p.Print(context.Background(), demoDoc()); !errors.Is(err, receipt.ErrPaperOut) {
		t.Errorf("second print: %v", err)
	}
}

// Offline: a disabled queue, a scheduler that is not running, and a queue that does not
// exist are each "offline" at once; a printer that never answers is given up after the
// timeout and its job cancelled. Nothing hangs.
func TestPrintOffline(t *testing.T) {
	c := cupstest.Start(t)
	c.Queue("receipt", "file:///dev/null")
	c.Queue("stuck", "stuck:/")
	c.Admin("cupsdisable", "-r", "Unplugged", "receipt")
	for name, p := range map[string]*receipt.Printer{
		"disabled":   c.Printer("receipt", 10*time.Second),
		"no queue":   c.Printer("nosuchqueue", 10*time.Second),
		"no server":  {Queue: "receipt", Server: filepath.Join(c.Dir, "nosock"), WidthMM: 58, Timeout: 10 * time.Second},
		"not set up": {WidthMM: 80},
	} {
		began := time.Now()
		err := p.Print(context.Background(), demoDoc())
		want := receipt.ErrOffline
		if name == "not set up" {
			want = receipt.ErrNoPrinter
		}
		if !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", name, err, want)
		}
		if took := time.Since(began); took > 5*time.Second {
			t.Errorf("%s: took %s", name, took)
		}
	}
	if st := c.Printer("receipt", time.Second).State(context.Background()); !strings.Contains(st.Detail, "Unplugged") {
		t.Errorf("disabled state %+v does not give the reason", st)
	}
	p := c.Printer("stuck", time.Second)
	began := time.Now()
	if err := p.Print(context.Background(), demoDoc()); !errors.Is(err, receipt.ErrTimeout) {
		t.Errorf("stuck printer: %v, want ErrTimeout", err)
	}
	if took := time.Since(began); took > 8*time.Second {
		t.Errorf("stuck printer: gave up after %s, timeout 1s", took)
	}
	// The cancelled job leaves the queue.
	deadline := time.Now().Add(10 * time.Second)
	for strings.TrimSpace(c.Admin("lpstat", "-o", "stuck")) != "" {
		if time.Now().After(deadline) {
			t.Fatalf("the stuck job is still queued: %s", c.Admin("lpstat", "-o", "stuck"))
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// The list is laid out as wide as the roll, 58 or 80 mm, and as long as it needs to be.
func TestPDFWidths(t *testing.T) {
	pdfinfo := cupstest.Need(t, "pdfinfo", "poppler-utils")
	for _, width := range []float64{58, 80} {
		pdf, height, err := receipt.PDF(demoDoc(), width)
		if err != nil {
			t.Fatal(err)
		}
		file := filepath.Join(t.TempDir(), "list.pdf")
		if err := os.WriteFile(file, pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		info, err := exec.Command(pdfinfo, file).Output()
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(`Page size:\s+([\d.]+) x ([\d.]+) pts`).FindStringSubmatch(string(info))
		pages := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(info))
		if m == nil || pages == nil {
			t.Fatalf("pdfinfo: %s", info)
		}
		w, _ := strconv.ParseFloat(m[1], 64)
		h, _ := strconv.ParseFloat(m[2], 64)
		if mm := w / 72 * 25.4; mm < width-0.5 || mm > width+0.5 {
			t.Errorf("%g mm roll: page is %.1f mm wide", width, mm)
		}
		if mm := h / 72 * 25.4; mm < height-0.5 || mm > height+0.5 || mm < 60 {
			t.Errorf("%g mm roll: page is %.1f mm long, layout said %.1f", width, mm, height)
		}
		if pages[1] != "1" {
			t.Errorf("%g mm roll: %s pages, want one strip", width, pages[1])
		}
		t.Logf("%g mm roll: %.0f mm long", width, h/72*25.4)
	}
	if _, _, err := receipt.PDF(demoDoc(), 20); err == nil || !strings.Contains(err.Error(), "58 or 80") {
		t.Errorf("a 20 mm roll: %v", err)
	}
}

// On sheets the list is laid out on A4 or Letter pages, as many as it takes, and a real
// print job through CUPS asks for that paper and prints every item.
func TestSheets(t *testing.T) {
	pdfinfo := cupstest.Need(t, "pdfinfo", "poppler-utils")
	long := demoDoc()
	for i := 0; i < 40; i++ {
		long.Items = append(long.Items, receipt.Item{N: 5 + i, Name: "Item " + strconv.Itoa(5+i), Lines: []string{"$1.00 · In stock", "Aisle 2, left side"}})
	}
	for sheet, want := range map[string][2]float64{"a4": {595, 842}, "letter": {612, 792}} {
		for _, d := range []receipt.Doc{demoDoc(), long} {
			pdf, err := receipt.SheetPDF(d, sheet)
			if err != nil {
				t.Fatal(err)
			}
			file := filepath.Join(t.TempDir(), "list.pdf")
			if err := os.WriteFile(file, pdf, 0o644); err != nil {
				t.Fatal(err)
			}
			info, err := exec.Command(pdfinfo, file).Output()
			if err != nil {
				t.Fatal(err)
			}
			m := regexp.MustCompile(`Page size:\s+([\d.]+) x ([\d.]+) pts`).FindStringSubmatch(string(info))
			pages := regexp.MustCompile(`Pages:\s+(\d+)`).FindStringSubmatch(string(info))
			if m == nil || pages == nil {
				t.Fatalf("pdfinfo: %s", info)
			}
			w, _ := strconv.ParseFloat(m[1], 64)
			h, _ := strconv.ParseFloat(m[2], 64)
			if w < want[0]-1 || w > want[0]+1 || h < want[1]-1 || h > want[1]+1 {
				t.Errorf("%s: page %.0f x %.0f pt, want %.0f x %.0f", sheet, w, h, want[0], want[1])
			}
			n, _ := strconv.Atoi(pages[1])
			if len(d.Items) > 40 && n < 2 || len(d.Items) < 10 && n != 1 {
				t.Errorf("%s: %d items on %d pages", sheet, len(d.Items), n)
			}
		}
	}
	if _, err := receipt.SheetPDF(demoDoc(), "a5"); err == nil || !strings.Contains(err.Error(), "a4 or letter") {
		t.Errorf("a5: %v", err)
	}

	pdftotext := cupstest.Need(t, "pdftotext", "poppler-utils")
	c := cupstest.Start(t)
	out := filepath.Join(c.Dir, "printed.pdf")
	c.Queue("office", "file://"+out)
	p := c.Printer("office", 30*time.Second)
	p.Sheet = "a4"
	if err := p.Print(context.Background(), demoDoc()); err != nil {
		t.Fatal(err)
	}
	cupstest.WaitFile(t, out)
	text, err := exec.Command(pdftotext, "-layout", out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(string(text)), " ")
	for _, w := range []string{"Demo Store", "1. Decaf Ground Coffee", "4. Café con leche", "Aisle 9, right side, bay 1"} {
		if !strings.Contains(got, w) {
			t.Errorf("printed on A4 lacks %q: %s", w, got)
		}
	}
	info, err := exec.Command(pdfinfo, out).Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(info), "595") || !strings.Contains(string(info), "842") {
		t.Errorf("printed page is not A4: %s", info)
	}
}
