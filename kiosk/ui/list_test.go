package ui

import (
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/receipt/cupstest"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// listRows is the list screen's items, on every page: "1. Name" and their detail lines.
func (k *harness) listRows() []string {
	var paged *kit.Paged
	switch b := k.app.cur.body.(type) {
	case *kit.Paged:
		paged = b
	case *fyne.Container:
		paged = b.Objects[0].(*kit.Paged)
	}
	var out []string
	for _, it := range paged.Items() {
		if b, ok := it.(*kit.Button); ok && len(b.Detail) > 0 {
			out = append(out, b.Label+" | "+strings.Join(b.Detail, " | "))
		}
	}
	return out
}

// listRemoves are the Remove buttons of the list's items, on every page.
func (k *harness) listRemoves() []*kit.Button {
	var paged *kit.Paged
	switch b := k.app.cur.body.(type) {
	case *kit.Paged:
		paged = b
	case *fyne.Container:
		paged = b.Objects[0].(*kit.Paged)
	}
	var out []*kit.Button
	for _, it := range paged.Items() {
		if b, ok := it.(*kit.Button); ok && strings.HasPrefix(b.Label, "Remove ") {
			out = append(out, b)
		}
	}
	return out
}

// Each item of the list has its own big Remove button, which says what it takes off; the
// list is drawn again without it, still in walking order.
func TestRemoveFromTheList(t *testing.T) {
	for _, size := range []fyne.Size{sizeFullHD, sizePortrait} {
		k := newKit(t, size).begin()
		k.app.ask("salted butter sticks, decaf coffee, bananas and unicorn food")
		k.expectScreen("list")
		removes := k.listRemoves()
		if len(removes) != 4 {
			t.Fatalf("%v: %d Remove buttons for 4 items", size, len(removes))
		}
		for _, b := range removes {
			if b.Visible() && b.Size().Height < 88 {
				t.Errorf("%v: Remove is %.0f px high, under 88", size, b.Size().Height)
			}
		}
		if removes[1].Label != "Remove Bananas" || removes[1].Spoken != "Remove Bananas from my list" {
			t.Errorf("%v: the second Remove says %q", size, removes[1].Spoken)
		}
		test.Tap(removes[1])
		k.app.settle()
		want := []string{
			"1. Decaf Ground Coffee | $7.49 · Out of stock. Instead: Medium Roast Ground Coffee, $8.99, in stock | Aisle 1, left side, bay 1",
			"2. Salted Butter Sticks | $4.99 · Out of stock. Instead: Unsalted Butter Sticks, $4.99, in stock | Dairy wall, bay 3",
		}
		if got := k.listRows(); !slices.Equal(got, want) {
			t.Errorf("%v: after removing bananas:\n%s", size, strings.Join(got, "\n"))
		}
		// A thing not found comes off too.
		for _, b := range k.listRemoves() {
			if b.Spoken == "Remove Unicorn food from my list" {
				test.Tap(b)
			}
		}
		k.app.settle()
		if len(k.app.sess.list) != 2 {
			t.Errorf("%v: list after removing the thing not found: %+v", size, k.app.sess.list)
		}
	}
}

// Several things in one question make the shopper's list, in walking order from the kiosk
// (not the order asked): the coffee at the front of aisle 1, produce, the dairy wall at the
// back, then aisle 9; out-of-stock things offer the one in stock, and a thing the store does
// not have is said plainly. In speech mode the list is read in that order.
func TestSeveralThingsMakeAList(t *testing.T) {
	k := newKit(t, sizeFullHD, withSpeaker(&fakeSpeaker{})).begin()
	k.tapLabel("Settings")
	k.tapLabel("On")
	k.app.ask("salted butter sticks, decaf coffee, bananas, dish soap and unicorn food")
	k.expectScreen("list")
	k.waitSaidPrefix("Your list, in walking order. 1. Decaf Ground Coffee, $7.49, Out of stock. Instead: Medium Roast Ground Coffee")
	said := k.sp.last()
	for i, s := range []string{"1. Decaf", "2. Bananas", "3. Salted Butter", "4. Original Dish Soap", "Unicorn food: Not found"} {
		if !strings.Contains(said, s) {
			t.Errorf("spoken list lacks %q (item %d): %s", s, i+1, said)
		}
	}
	want := []string{
		"1. Decaf Ground Coffee | $7.49 · Out of stock. Instead: Medium Roast Ground Coffee, $8.99, in stock | Aisle 1, left side, bay 1",
		"2. Bananas | $0.29 · In stock | Produce, bay 1",
		"3. Salted Butter Sticks | $4.99 · Out of stock. Instead: Unsalted Butter Sticks, $4.99, in stock | Dairy wall, bay 3",
		"4. Original Dish Soap | $3.99 · In stock | Aisle 9, right side, bay 1",
	}
	if got := k.listRows(); !slices.Equal(got, want) {
		t.Errorf("list rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	k.expectText("Your list, in walking order")
	k.expectText("Unicorn food: Not found. A staff member can help.")
	// The route is on the map, starting at the kiosk, through four numbered stops.
	var m *routeMap
	walkAll(k.app.root, func(o fyne.CanvasObject, _ fyne.Position) {
		if rm, ok := o.(*routeMap); ok && rm.Visible() {
			m = rm
		}
	})
	if m == nil {
		t.Fatal("no route map on the list screen")
	}
	if len(m.stops) != 4 || m.path[0] != m.start {
		t.Errorf("map: %d stops, path starts at %v (kiosk at %v)", len(m.stops), m.path[0], m.start)
	}
	if last := m.path[len(m.path)-1]; last != m.stops[3].at {
		t.Errorf("path ends at %v, the last stop is at %v", last, m.stops[3].at)
	}
}

// "Add to my list" on a result row and on the product: the list grows, the button says the
// product is on the list, and My list shows it with its place.
func TestAddToMyList(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.app.ask("where is the jam")
	k.expectScreen("results")
	if k.has("My list (1)") {
		t.Fatal("My list shown before anything was added")
	}
	k.tapLabel("Add to my list")
	if len(k.app.sess.list) != 1 || k.app.sess.list[0].p.DisplayName() != "Strawberry Preserves" {
		t.Fatalf("list after adding: %+v", k.app.sess.list)
	}
	k.find("Remove from my list")
	k.tapLabel("My list (1)")
	k.expectScreen("list")
	if got := k.listRows(); len(got) != 1 || got[0] != "1. Strawberry Preserves | $3.49 · In stock | Aisle 3, right side, bay 1" {
		t.Errorf("list: %q", got)
	}
	// From the product screen: take it off, put another on.
	k.tapLabel("1. Strawberry Preserves")
	k.expectScreen("product")
	k.tapLabel("Remove from my list")
	if len(k.app.sess.list) != 0 {
		t.Fatalf("still on the list: %+v", k.app.sess.list)
	}
	k.find("Add to my list")
	k.tapLabel("Back")
	k.expectScreen("list")
	k.expectText("Your list is empty")
}

// The list is the shopper's: the next shopper starts with none.
func TestListWipedOnIdle(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.app.ask("milk and eggs")
	k.expectScreen("list")
	if len(k.app.sess.list) != 2 {
		t.Fatalf("list: %+v", k.app.sess.list)
	}
	k.clock.Add(k.app.opt.IdleAfter + time.Second)
	k.app.idle.check()
	k.clock.Add(k.app.opt.IdleWarning + time.Second)
	k.app.idle.check()
	k.app.settle()
	if len(k.app.sess.list) != 0 {
		t.Fatalf("the list outlived the shopper: %+v", k.app.sess.list)
	}
	k.tapLabel("Touch here to start")
	k.app.open(func() *screen { return newList(k.app) })
	k.expectText("Your list is empty")
}

// Print my list prints on the kiosk's receipt printer through a real CUPS scheduler: the
// paper has the store, "prices as of" and the items in the screen's walking order. With the
// paper out the shopper is told so, and offered the QR code.
func TestPrintMyList(t *testing.T) {
	pdftotext := cupstest.Need(t, "pdftotext", "poppler-utils")
	c := cupstest.Start(t)
	out := filepath.Join(c.Dir, "printed.pdf")
	c.Queue("receipt", "file://"+out)
	c.Queue("empty", "nopaper:/")
	printer := c.Printer("receipt", 30*time.Second)
	k := newKit(t, sizeFullHD, withOptions(func(o *Options) { o.Printer = printer })).begin()
	k.app.ask("salted butter sticks, decaf coffee, bananas, dish soap and unicorn food")
	k.expectScreen("list")
	k.tapLabel("Print my list")
	k.pumpWithin(30*time.Second, "the list printed", func() bool {
		return strings.Contains(k.screenText(), "Your list is printed. Please take it from the printer.")
	})
	cupstest.WaitFile(t, out)
	text, err := exec.Command(pdftotext, out, "-").Output()
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(strings.Fields(string(text)), " ")
	at := 0
	for _, w := range []string{"Demo Store", "Your shopping list", "Printed 4 March 2025, 10:42", "Prices as of 10:32",
		"1. Decaf Ground Coffee", "Medium Roast Ground Coffee", "Aisle 1, left side, bay 1",
		"2. Bananas", "Produce, bay 1", "3. Salted Butter Sticks", "Dairy wall, bay 3",
		"4. Original Dish Soap", "Aisle 9, right side, bay 1", "Unicorn food", "Not found"} {
		i := strings.Index(got[at:], w)
		if i < 0 {
			t.Fatalf("the printed list lacks %q after position %d (or has it out of order):\n%s", w, at, got)
		}
		at += i + len(w)
	}

	// No paper.
	k.app.opt.Printer = c.Printer("empty", 30*time.Second)
	k.tapLabel("Print my list")
	k.pumpWithin(30*time.Second, "the shopper told", func() bool {
		return strings.Contains(k.screenText(), "The printer is out of paper.")
	})
	k.find("QR code of my list")
}

// The QR code of the list is the list as plain text, as a phone reads it (zbarimg on the
// screen's pixels): no web address.
func TestListQRCode(t *testing.T) {
	zbarimg := cupstest.Need(t, "zbarimg", "zbar-tools")
	k := newKit(t, sizeLandscape).begin()
	k.app.ask("bananas, dish soap and coffee")
	k.expectScreen("list")
	k.tapLabel("QR code of my list")
	k.expectScreen("list-qr")
	k.expectText("Point your phone's camera at the code")
	img := k.win.Canvas().Capture()
	file := filepath.Join(t.TempDir(), "qr.png")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	f.Close()
	out, err := exec.Command(zbarimg, "--raw", "-q", "-Sbinary", file).Output()
	if err != nil {
		t.Fatalf("zbarimg found no QR code on the screen: %v", err)
	}
	got := strings.TrimSpace(string(out))
	want := strings.TrimSpace(k.app.listDoc().Text())
	if got != want {
		t.Errorf("the QR code reads:\n%s\nwant:\n%s", got, want)
	}
	for _, s := range []string{"Demo Store", "1. Bananas", "Produce, bay 1", "Original Dish Soap"} {
		if !strings.Contains(got, s) {
			t.Errorf("the QR code lacks %q", s)
		}
	}
	if strings.Contains(got, "http") || strings.Contains(got, "www.") {
		t.Errorf("the QR code holds a web address: %s", got)
	}
}

// Said rather than typed: "I need bananas and dish soap" makes the list too, and in speech
// mode it is read in walking order.
func TestSpokenListMakesAList(t *testing.T) {
	l := &fakeListener{heard: Heard{Text: "i need bananas and dish soap", Confidence: 0.9}}
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withListener(l), withSpeaker(sp)).begin()
	k.tapLabel("Ask a question")
	s := k.app.sess.settings
	s.Speech = true
	k.app.setSettings(s)
	k.tapLabel("Speak") // in speech mode the first touch says what it is
	k.tapLabel("Speak")
	k.pump("the list", func() bool { return k.app.cur != nil && k.app.cur.name == "list" })
	want := []string{
		"1. Bananas | $0.29 · In stock | Produce, bay 1",
		"2. Original Dish Soap | $3.99 · In stock | Aisle 9, right side, bay 1",
	}
	if got := k.listRows(); !slices.Equal(got, want) {
		t.Errorf("list rows:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	k.waitSaidPrefix("Your list, in walking order. 1. Bananas, $0.29, In stock. Produce, bay 1. 2. Original Dish Soap")
}

// With the store's AI assistant in front of the engine, several things at once still make
// the list, from the catalog, and the model is not waited for.
func TestAssistedListMakesAList(t *testing.T) {
	f := newFakeAssisted()
	k := newKit(t, sizeLandscape, withFakeAssistant(f)).begin()
	k.app.ask("bananas and dish soap")
	f.send(t, assistant.Progress{Stage: assistant.Started})
	k.pump("the list", func() bool { return k.app.cur != nil && k.app.cur.name == "list" })
	if got := k.listRows(); len(got) != 2 || !strings.HasPrefix(got[0], "1. Bananas") {
		t.Errorf("list: %q", got)
	}
	k.pump("the model let go", func() bool { asked, ended := f.count(); return asked == 1 && ended == 1 })
}

// At 200 % text on a portrait screen the list has the whole screen (the map its last page)
// and each item is one compact row: name, then price, stock and place run together, the
// words saying the stock (no icon column). A five-item list takes 5 pages, map included
// (6 before); a product comes off the list from its own screen, which the row opens.
func TestCompactListAtExtraLarge(t *testing.T) {
	k := newKit(t, sizePortrait).begin()
	k.use(theme.HighContrast, theme.TextExtraLarge)
	k.app.ask("milk, eggs, bananas, dish soap and coffee")
	k.expectScreen("list")
	k.app.settle()
	var paged *kit.Paged
	walkAll(k.app.root, func(o fyne.CanvasObject, _ fyne.Position) {
		if p, ok := o.(*kit.Paged); ok && p.Visible() {
			paged = p
		}
	})
	if paged == nil {
		t.Fatal("no list")
	}
	lh := fyne.MeasureText("Ág", theme.Size(theme.SizeText), fyne.TextStyle{}).Height
	rows := 0
	for _, it := range paged.Items() {
		b, ok := it.(*kit.Button)
		if !ok || len(b.Detail) == 0 {
			continue
		}
		rows++
		if strings.HasPrefix(b.Label, "Remove ") {
			t.Errorf("a separate %q row", b.Label)
		}
		if len(b.Detail) != 1 || !strings.Contains(b.Detail[0], "$") || !strings.Contains(b.Detail[0], "stock") || b.Icon != nil {
			t.Errorf("row %q: detail %q, icon %v", b.Label, b.Detail, b.Icon)
		}
		if h := kit.HeightOf(b, paged.Size().Width); h > 5*lh+1 {
			t.Errorf("row %q is %.0f px tall, over 4 lines and padding (%.0f)", b.Label, h, 5*lh)
		}
	}
	if rows != 5 {
		t.Errorf("%d rows for 5 items", rows)
	}
	if got := paged.Pages(); got > 5 {
		t.Errorf("the list takes %d pages, want at most 5", got)
	}
	k.shot("list-compact-800x1280-xlarge-hc")
	k.tapLabel("2. Bananas")
	k.expectScreen("product")
	k.tapLabel("Remove from my list")
	k.tapLabel("Back")
	k.expectScreen("list")
	if len(k.app.sess.list) != 4 {
		t.Errorf("after Remove on the product's screen the list has %d things", len(k.app.sess.list))
	}
}
