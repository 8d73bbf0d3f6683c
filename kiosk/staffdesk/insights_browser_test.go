package staffdesk_test

import (
	"context"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/insights"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// demoEngine is the kiosk's answer engine on the demo store with everyday words only (so
// "pop" is not yet a drink there), reading the store's vocabulary file at vocab.
func demoEngine(t *testing.T, vocab string) *answer.Engine {
	t.Helper()
	db, err := inventory.Open(filepath.Join(t.TempDir(), "catalog.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f, err := os.Open("../../assets/demo/catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := db.Import(context.Background(), f, inventory.CSV, false, inventory.ImportOptions{StoreName: "Demo"}); err != nil {
		t.Fatal(err)
	}
	eng, err := answer.New(context.Background(), db, answer.Options{Packs: []string{"general"}, SynonymFiles: []string{vocab}})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

// deviceWidth makes the browser's page width w CSS pixels (a phone, or a desk's screen).
func (b *browser) deviceWidth(w, h int, mobile bool) {
	b.t.Helper()
	b.must(b.call("POST", "/goog/cdp/execute", map[string]any{"cmd": "Emulation.setDeviceMetricsOverride",
		"params": map[string]any{"width": w, "height": h, "deviceScaleFactor": 1, "mobile": mobile}}, nil))
}

// The Insights page end to end: the kiosk's own recorder sends what shoppers could not find;
// staff see it, most asked first, and teach "pop", answer "lawn mowers" and dismiss a typo on
// the page; the kiosk's vocabulary fetch brings both back, and its engine answers with them.
func TestInsightsPageInBrowser(t *testing.T) {
	b := startBrowser(t)
	d := startDesk(t)
	t.Cleanup(func() {
		if t.Failed() && b.driver != nil {
			b.screenshot("insights-failure")
		}
	})
	vocabPath := filepath.Join(t.TempDir(), "store-vocabulary.txt")
	vocab, err := insights.OpenVocabulary(insights.VocabularyOptions{Path: vocabPath, DeskURL: d.URL, Token: kioskToken})
	if err != nil {
		t.Fatal(err)
	}
	eng := demoEngine(t, vocabPath)
	ctx := context.Background()
	rec, err := insights.Open(insights.Options{Path: filepath.Join(t.TempDir(), "insights.db"), Kiosk: "Kiosk 1, entrance",
		DeskURL: d.URL, Token: kioskToken})
	if err != nil {
		t.Fatal(err)
	}
	defer rec.Close()
	ask := func(q string) answer.Result {
		r := vocab.Apply(q, eng.Ask(ctx, answer.Question{Text: q}))
		rec.Answered(q, r)
		return r
	}
	if r := ask("pop"); r.Found || (r.Verdict != "unsure" && r.Verdict != "not carried") {
		t.Fatalf("pop before teaching: %s (%s)", r.Say, r.Verdict)
	}
	for _, q := range []string{"pop", "Pop!", "lawn mowers", "where is the blorptastic", "lawn mowers", "pop",
		"my name is Ana Silva, do you have lawn mowers? call 555-867-5309", "where is the coffee"} {
		ask(q)
	}
	if err := rec.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	// Calls for the week's summary: one answered after two minutes.
	start := time.Now().Add(-2 * time.Minute)
	d.putCall(t, staff.Call{ID: "c1", Kiosk: "Kiosk 1", Location: "entrance", Reason: staff.ReasonFinding, State: staff.Sent,
		CreatedAt: start, UpdatedAt: start})
	d.do(t, "POST", "/api/calls/c1/ack", `{"name":"Ana"}`, bearer(staffToken)...)

	loggedIn(t, b, d)
	b.open(d.URL + "/insights.html")
	b.waitFor("insights listed", `return window.insights && window.insights.loaded > 0`)
	var order []string
	b.js(&order, `return Array.prototype.map.call(document.querySelectorAll('.miss'), function (c) { return c.getAttribute('data-question'); })`)
	if strings.Join(order, "|") != "pop|lawn mowers|my name is do you have lawn mowers call|where is the blorptastic" {
		t.Errorf("rows, most asked first: %q", order)
	}
	page := b.text("#misses")
	for _, bad := range []string{"Ana", "Silva", "555", "5309"} {
		if strings.Contains(page, bad) {
			t.Errorf("personal data %q on the page", bad)
		}
	}
	if card := b.text(`[data-question="pop"]`); !strings.Contains(card, "Asked 4 times") || !strings.Contains(card, "Kiosk 1, entrance") {
		t.Errorf("pop's card:\n%s", card)
	}
	b.screenshot("insights-phone")
	b.deviceWidth(1280, 900, false)
	b.screenshot("insights-desktop")
	b.deviceWidth(360, 740, true)

	// Teach: pop → the soft drinks category.
	b.tap(`[data-question="pop"] button.teach`)
	b.typeInto(`[data-question="pop"] form input[name="target"]`, "soft drinks")
	b.screenshot("insights-teach")
	b.tap(`[data-question="pop"] form button[type="submit"]`)
	b.waitFor("pop taught", `return !document.querySelector('[data-question="pop"]') && document.getElementById('taught').textContent.indexOf('soft drinks') >= 0`)

	// Not carried, in the store's own words.
	b.tap(`[data-question="lawn mowers"] button.absent`)
	b.typeInto(`[data-question="lawn mowers"] form textarea`, "We don't sell lawn mowers. Try the hardware store on Main Street.")
	b.tap(`[data-question="lawn mowers"] form button[type="submit"]`)
	b.waitFor("lawn mowers answered", `return !document.querySelector('[data-question="lawn mowers"]')`)
	// Dismissed.
	b.tap(`[data-question="where is the blorptastic"] button.dismiss`)
	b.waitFor("typo dismissed", `return !document.querySelector('[data-question="where is the blorptastic"]')`)
	b.screenshot("insights-after")

	// The kiosk fetches the store's vocabulary and answers with it.
	if changed, err := vocab.Check(ctx); err != nil || !changed {
		t.Fatalf("vocabulary: changed %v, %v", changed, err)
	}
	if err := eng.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if r := ask("pop"); !r.Found || r.Products[0].Category != "soft drinks" {
		t.Errorf("pop after teaching: %s", r.Say)
	}
	if r := ask("do you sell lawn mowers"); r.Say != "We don't sell lawn mowers. Try the hardware store on Main Street." {
		t.Errorf("lawn mowers after the store's answer: %s", r.Say)
	}
	if r := ask("where is the blorptastic"); r.Found {
		t.Errorf("a dismissed typo was taught: %s", r.Say)
	}
	if err := rec.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	b.open(d.URL + "/insights.html")
	b.waitFor("insights listed again", `return window.insights && window.insights.loaded > 0`)
	b.js(&order, `return Array.prototype.map.call(document.querySelectorAll('.miss'), function (c) { return c.getAttribute('data-question'); })`)
	// Asked again, what staff dealt with stays off the list (the store's answer is not a miss).
	if strings.Join(order, "|") != "my name is do you have lawn mowers call" {
		t.Errorf("rows after acting: %q", order)
	}

	// The week's summary, on the page and as CSV.
	if err := rec.Flush(ctx); err != nil {
		t.Fatal(err)
	}
	b.open(d.URL + "/summary.html")
	b.waitFor("summary shown", `return window.summary && window.summary.loaded > 0`)
	sum := b.text("main")
	for _, want := range []string{"of questions answered", "pop", "2 min", "staff calls"} {
		if !strings.Contains(sum, want) {
			t.Errorf("summary lacks %q:\n%s", want, sum)
		}
	}
	b.screenshot("insights-summary")
	r := d.do(t, "GET", "/api/insights/summary.csv?days=7", "", bearer(staffToken)...)
	if r.code != http.StatusOK || !strings.HasPrefix(r.hdr.Get("Content-Type"), "text/csv") {
		t.Fatalf("CSV: %d %s", r.code, r.hdr.Get("Content-Type"))
	}
	for _, want := range []string{"questions,asked,12\n", "calls,total,1\n", "top missed,pop,4\n", "calls,median seconds to acknowledgement,"} {
		if !strings.Contains(r.body, want) {
			t.Errorf("CSV lacks %q:\n%s", want, r.body)
		}
	}
	// Not signed in: the page says to log in, and the API refuses.
	if r := d.do(t, "GET", "/api/insights", ""); r.code != http.StatusUnauthorized {
		t.Errorf("insights without signing in: %d", r.code)
	}
}
