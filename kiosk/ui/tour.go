package ui

import (
	"context"
	"errors"
	"fmt"
	"image/png"
	"io/fs"
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// The tour steps through every screen, for screenshots (kiosk -tour DIR) and for the tests
// that check each screen's layout. It never pages staff: the call screen is shown with a
// made-up "Sent" state, which only the tour does.

type tourStep struct {
	name string
	run  func() // on the UI goroutine
}

const tourQuestion = "where is the jam"

// tourAsks are the tour's questions in each screen language, so that a Spanish screen's
// screenshots show a Spanish shopper's answers: the question, the voice screen's other
// readings, one the store does not sell, a shopping list, and a question half typed.
var tourAsks = map[string][6]string{
	"en": {tourQuestion, "where is the jelly", "where are the yams", "unicorn food", "peanut butter, milk, eggs, bananas, dish soap and coffee", "where is the ja"},
	"es": {"¿dónde está la mermelada?", "dónde está la jalea", "dónde están los camotes", "comida para unicornios",
		"crema de cacahuate, leche, huevos, plátanos, jabón para platos y café", "dónde está la merm"},
}

func (a *App) tourSteps() []tourStep {
	ask := func(q string) answer.Result {
		return a.search.Ask(a.ctx, answer.Question{Text: q, Lang: a.sess.settings.Lang})
	}
	qs := func() [6]string {
		if q, ok := tourAsks[a.sess.settings.Lang]; ok {
			return q
		}
		return tourAsks["en"]
	}
	return []tourStep{
		{"attract", func() { a.sess.attract = true; a.goHome() }},
		{"home", func() { a.sess.attract = false; a.goHome() }},
		{"ask", func() {
			a.sess.question = qs()[5]
			a.open(func() *screen { return newAsk(a) })
		}},
		{"results", func() {
			r := ask(qs()[0])
			a.sess.asked = qs()[0]
			a.open(func() *screen { return newResults(a, r, nil) })
		}},
		{"voice", func() {
			q := qs()
			r := ask(q[0])
			h := &heardAnswer{heard: Heard{Text: q[0], Alternatives: []string{q[1], q[2]}, Confidence: 0.7},
				alts: []answer.Result{ask(q[1]), ask(q[2])}}
			a.open(func() *screen { return newResults(a, r, h) })
		}},
		{"notfound", func() {
			r := ask(qs()[3])
			a.open(func() *screen { return newResults(a, r, nil) })
		}},
		{"product", func() {
			r := ask(qs()[0])
			if len(r.Products) > 0 {
				p := r.Products[0]
				a.open(func() *screen { return newProduct(a, p) })
			}
		}},
		{"list", func() {
			a.sess.list = nil
			r := ask(qs()[4])
			a.open(func() *screen { return newResults(a, r, nil) })
		}},
		{"departments", func() { a.open(func() *screen { return newDepartments(a) }) }},
		{"categories", func() { a.open(func() *screen { return newCategories(a, a.department("pantry")) }) }},
		{"category", func() { a.open(func() *screen { return newCategory(a, a.category("dairy eggs", "packaged cheese")) }) }},
		{"scan", func() { a.open(func() *screen { return newScan(a) }) }},
		{"call", func() {
			a.sess.asked = qs()[0]
			a.sess.call = &staff.Call{ID: "tour", State: staff.Sent, Reason: staff.ReasonHelp, Question: qs()[0]}
			a.sess.callErr = ""
			a.open(func() *screen { return newCall(a) })
		}},
		{"call-coming", func() {
			a.sess.call = &staff.Call{ID: "tour", State: staff.Acknowledged, By: "Ana", ETA: 2 * time.Minute,
				Reason: staff.ReasonShelf, Question: qs()[0]}
			a.show(func() *screen { return newCall(a) })
		}},
		{"settings", func() {
			a.sess.call = nil
			a.updateCallButton()
			a.open(func() *screen { return newSettings(a) })
		}},
		{"help", func() { a.open(func() *screen { return newHelp(a) }) }},
		{"idle", func() { a.goHome(); a.sess.busy = true; a.idle.warn() }},
		{"pin", func() { a.idle.dismiss(); a.open(func() *screen { return newPIN(a) }) }},
		{"staff", func() { a.show(func() *screen { return newStaffPanel(a, "") }) }},
	}
}

// Tour shows every screen in every look and text size, then quits. For each it writes the
// screenshot's name to dir/next.txt and waits for something outside the app to capture the
// screen and remove the file (scripts/screenshots.sh does, with ImageMagick's import): a
// capture of the X screen shows exactly what a shopper sees. If nothing does within 10 s, it
// captures its own canvas instead.
func (a *App) Tour(dir string) {
	go func() {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			a.Logger.Error("tour", "err", err)
		}
		time.Sleep(1500 * time.Millisecond) // the window appears and settles
		looks := []theme.Look{theme.Standard, theme.HighContrast}
		scales := []theme.TextScale{theme.TextNormal, theme.TextExtraLarge}
		for _, look := range looks {
			for _, scale := range scales {
				a.doAndWait(func() {
					s := a.defaults
					s.Look, s.Scale = look, scale
					a.sess.settings = s
					a.applyTheme()
					a.buildChrome()
				})
				for _, st := range a.tourSteps() {
					a.doAndWait(st.run)
					a.bg.Wait()
					time.Sleep(500 * time.Millisecond)
					a.tourShot(dir, fmt.Sprintf("%s-%s-%s", st.name, look, scaleName(scale)))
				}
			}
		}
		a.Logger.Info("tour done", "dir", dir)
		a.doAndWait(a.quit)
	}()
}

func (a *App) tourShot(dir, name string) {
	next := filepath.Join(dir, "next.txt")
	if err := os.WriteFile(next, []byte(name+"\n"), 0o644); err != nil {
		a.Logger.Error("tour", "err", err)
		return
	}
	for deadline := time.Now().Add(10 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if _, err := os.Stat(next); errors.Is(err, fs.ErrNotExist) {
			return
		}
	}
	os.Remove(next)
	var err error
	a.doAndWait(func() { err = writePNG(filepath.Join(dir, name+".png"), a.win.Canvas()) })
	if err != nil {
		a.Logger.Error("tour screenshot", "name", name, "err", err)
	}
}

func scaleName(s theme.TextScale) string {
	switch s {
	case theme.TextLarge:
		return "large"
	case theme.TextExtraLarge:
		return "xlarge"
	}
	return "normal"
}

func writePNG(path string, c fyne.Canvas) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := png.Encode(f, c.Capture()); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

var _ = context.Background
