package staffdesk_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// loggedIn opens the page through a login link, as a QR code on the staff room wall would.
func loggedIn(t testing.TB, b *browser, d *testDesk) {
	t.Helper()
	b.open(d.URL + "/#token=" + staffToken)
	b.waitFor("page is live", `return document.getElementById('status').textContent === 'Live'`)
	var url string
	b.js(&url, `return location.href`)
	if strings.Contains(url, "token") {
		t.Errorf("the token stays in the address bar: %s", url)
	}
}

func TestStaffPageInBrowser(t *testing.T) {
	b := startBrowser(t)
	d := startDesk(t)
	t.Cleanup(func() {
		if t.Failed() && b.driver != nil {
			b.screenshot("staffdesk-failure")
		}
	})

	loggedIn(t, b, d)
	// First time on this phone: it asks for a name, and offers to switch sound on.
	b.waitFor("name form", `return !document.getElementById('name-form').hidden`)
	var banner bool
	b.js(&banner, `return !document.getElementById('sound').hidden`)
	if !banner {
		t.Error("no sound banner before the first tap")
	}
	b.screenshot("staffdesk-first-run")
	b.typeInto("#name", "Ana")
	b.tap("#name-form button")
	if got := b.text("#me-text"); got != "You are Ana" {
		t.Errorf("me: %q", got)
	}
	// Browsers allow sound only after a tap; the first tap anywhere (here "Save") unlocks it.
	var soundBanner bool
	b.js(&soundBanner, `return !document.getElementById('sound').hidden`)
	if soundBanner {
		t.Error("sound is still locked after a tap on the page")
	}
	b.js(nil, `window.__sameLoad = true`)
	b.screenshot("staffdesk-empty")

	// A kiosk calls: the card appears without a reload, with a sound and a buzz.
	if r := d.put(t, "call-1", staff.Queued); r.code != http.StatusCreated {
		t.Fatal(r.code, r.body)
	}
	b.waitFor("call card", `return !!document.querySelector('[data-id="call-1"]')`)
	var same bool
	b.js(&same, `return window.__sameLoad === true`)
	if !same {
		t.Error("the page reloaded to show the call")
	}
	card := b.text(`[data-id="call-1"]`)
	for _, want := range []string{"NEW CALL", "Kiosk 1, entrance", "Reach a high shelf", "“top shelf oats”", "Waiting 30 s", "I'm coming"} {
		if !strings.Contains(card, want) {
			t.Errorf("card lacks %q:\n%s", want, card)
		}
	}
	if strings.Contains(card, "Done") {
		t.Errorf("an unanswered call offers Done:\n%s", card)
	}
	var alerts int
	b.js(&alerts, `return window.staffdesk.alerts`)
	if alerts != 1 {
		t.Errorf("alerts after one new call: %d", alerts)
	}
	var title string
	b.js(&title, `return document.title`)
	if title != "(1) Staff calls" {
		t.Errorf("title %q", title)
	}
	b.screenshot("staffdesk-new-call")

	// "I'm coming": the desk records Ana, and the card says so.
	b.tap(`[data-id="call-1"] button[data-action="ack"]`)
	b.waitFor("acknowledged card", `var c = document.querySelector('[data-id="call-1"]'); return !!c && c.className.indexOf('acknowledged') >= 0`)
	r := d.do(t, "GET", "/api/calls/call-1", "", bearer(staffToken)...)
	if w := decode[staff.Wire](t, r.body); w.State != staff.Acknowledged || w.By != "Ana" {
		t.Fatalf("desk after the tap: %s", r.body)
	}
	if card := b.text(`[data-id="call-1"]`); !strings.Contains(card, "ANA IS COMING") || strings.Contains(card, "I'm coming") || !strings.Contains(card, "Done") {
		t.Errorf("card after the tap:\n%s", card)
	}

	// An unanswered call escalates: it goes to the top, red, with a louder alert.
	long := staff.Call{ID: "call-2", Kiosk: "Kiosk 2", Location: "by the bakery, aisle 14 (back of the store)",
		Reason: staff.ReasonFinding, State: staff.Sent, CreatedAt: time.Now().Add(-3 * time.Minute), UpdatedAt: time.Now(),
		Question: "do you have the gluten-free sourdough loaf that was on offer last week, the one in the brown paper bag"}
	d.putCall(t, long)
	b.waitFor("second card", `return !!document.querySelector('[data-id="call-2"]')`)
	long.State = staff.Escalated
	d.putCall(t, long)
	b.waitFor("escalated card first", `var c = document.querySelector('#calls .call'); return !!c && c.getAttribute('data-id') === 'call-2' && c.className.indexOf('escalated') >= 0`)
	b.js(&alerts, `return window.staffdesk.alerts`)
	if alerts != 3 {
		t.Errorf("alerts after a new call and its escalation: %d, want 3", alerts)
	}
	b.screenshot("staffdesk-escalated")

	// The name is remembered on this phone.
	b.refresh()
	b.waitFor("page is live again", `return document.getElementById('status').textContent === 'Live'`)
	var nameHidden bool
	b.js(&nameHidden, `return document.getElementById('name-form').hidden`)
	if got := b.text("#me-text"); got != "You are Ana" || !nameHidden {
		t.Errorf("after reload: %q, name form hidden %v", got, nameHidden)
	}

	// Bo answers call-2 on his phone: Ana's page shows it at once, without her button.
	d.do(t, "POST", "/api/calls/call-2/ack", `{"name":"Bo"}`, bearer(staffToken)...)
	b.waitFor("Bo's answer shown", `var c = document.querySelector('[data-id="call-2"]'); return !!c && c.textContent.indexOf('Bo is coming') >= 0`)

	// Done: the card goes.
	b.tap(`[data-id="call-1"] button[data-action="resolve"]`)
	b.waitFor("card removed", `return !document.querySelector('[data-id="call-1"]')`)
	r = d.do(t, "GET", "/api/calls/call-1", "", bearer(staffToken)...)
	if w := decode[staff.Wire](t, r.body); w.State != staff.Resolved {
		t.Errorf("after Done: %s", r.body)
	}
	b.screenshot("staffdesk-after-done")

	// Logged out, the page asks for the staff code and refuses a wrong one.
	b.js(nil, `fetch('api/logout', {method: 'POST', credentials: 'same-origin'}).then(function () { location.reload(); })`)
	b.waitFor("login form", `return !document.getElementById('login').hidden`)
	b.typeInto("#code", "wrong")
	b.tap("#login-form button")
	b.waitFor("refusal", `return document.getElementById('login-error').textContent === 'That is not the staff code.'`)
	b.typeInto("#code", staffToken)
	b.tap("#login-form button")
	b.waitFor("live after login", `return document.getElementById('status').textContent === 'Live'`)

	// One measurement of publish → visible (the benchmark repeats it).
	ms := publishToVisible(t, b, d, "call-3")
	t.Logf("publish → visible on the page: %.1f ms", ms)
	if ms > 1000 {
		t.Errorf("publish → visible took %.0f ms, want ≤ 1000", ms)
	}
}

// callToVisible has a kiosk's dispatcher take a call (outbox write, then delivery in the
// background) and returns the milliseconds until the page has drawn its card.
func callToVisible(t testing.TB, b *browser, d *staff.Dispatcher) float64 {
	t.Helper()
	b.js(nil, `
		window.__visible = window.__visible || {};
		if (window.__observer) { window.__observer.disconnect(); }
		window.__observer = new MutationObserver(function () {
			var cards = document.querySelectorAll('[data-id]');
			for (var i = 0; i < cards.length; i++) {
				var id = cards[i].getAttribute('data-id');
				if (!window.__visible[id]) {
					(function (id) { requestAnimationFrame(function () { window.__visible[id] = Date.now(); }); })(id);
					window.__visible[id] = -1;
				}
			}
		});
		window.__observer.observe(document.getElementById('calls'), {childList: true, subtree: true});`)
	start := time.Now()
	c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonPrice})
	if err != nil {
		t.Fatal(err)
	}
	var at float64
	if err := b.jsAsync(&at, `
		var id = arguments[0], done = arguments[arguments.length - 1];
		(function check() {
			if (window.__visible && window.__visible[id] > 0) { done(window.__visible[id]); return; }
			setTimeout(check, 5);
		})();`, c.ID); err != nil {
		t.Fatal(err)
	}
	return at - float64(start.UnixNano())/1e6
}

// BenchmarkCallToVisible measures the whole path on loopback: the kiosk's Call (saved to the
// outbox, delivered by the dispatcher) to the card drawn on a staff phone (target ≤ 1 s).
func BenchmarkCallToVisible(b *testing.B) {
	br := startBrowser(b)
	dk := startDesk(b)
	loggedIn(b, br, dk)
	br.js(nil, `localStorage.setItem('staffdesk.name', 'Bench')`)
	b.Setenv("STAFFDESK_BENCH_KIOSK_TOKEN", kioskToken)
	cfg := config.Default().Staff
	cfg.Desk = config.StaffDesk{Enabled: true, URL: dk.URL, KioskTokenEnv: "STAFFDESK_BENCH_KIOSK_TOKEN"}
	cfg.EscalateAfter.Duration = time.Hour
	d, err := staff.New(cfg, "Kiosk 1", "entrance", filepath.Join(b.TempDir(), "state.db"),
		slog.New(slog.NewTextHandler(io.Discard, nil)))
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { d.Run(ctx); close(done) }()
	defer func() { cancel(); <-done; d.Close() }()

	var ms []float64
	var ids []string
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ms = append(ms, callToVisible(b, br, d))
		if i%20 == 19 {
			b.StopTimer()
			open, _ := d.Open(context.Background())
			for _, c := range open {
				ids = append(ids, c.ID)
				d.Cancel(context.Background(), c.ID)
			}
			br.waitFor("cards cleared", `return document.querySelectorAll('[data-id]').length === 0`)
			b.StartTimer()
		}
	}
	sort.Float64s(ms)
	b.ReportMetric(ms[len(ms)/2], "p50-ms")
	b.ReportMetric(ms[len(ms)*95/100], "p95-ms")
	b.ReportMetric(ms[len(ms)-1], "max-ms")
	enc, _ := json.Marshal(ms)
	b.Logf("call → visible (ms, sorted): %s", enc)
}

// publishToVisible submits a call as a kiosk would and returns the milliseconds until the
// page has drawn its card: the time from the start of the kiosk's PUT to the first
// animation frame after the card entered the page.
func publishToVisible(t testing.TB, b *browser, d *testDesk, id string) float64 {
	t.Helper()
	b.js(nil, `
		var id = arguments[0];
		window.__visible = window.__visible || {};
		var mo = new MutationObserver(function () {
			if (document.querySelector('[data-id="' + id + '"]')) {
				mo.disconnect();
				requestAnimationFrame(function () { window.__visible[id] = Date.now(); });
			}
		});
		mo.observe(document.getElementById('calls'), {childList: true, subtree: true});`, id)
	start := time.Now()
	if r := d.put(t, id, staff.Queued); r.code != http.StatusCreated {
		t.Fatal(r.code, r.body)
	}
	var at float64
	if err := b.jsAsync(&at, `
		var id = arguments[0], done = arguments[arguments.length - 1];
		(function check() {
			if (window.__visible && window.__visible[id]) { done(window.__visible[id]); return; }
			setTimeout(check, 5);
		})();`, id); err != nil {
		t.Fatal(err)
	}
	return at - float64(start.UnixNano())/1e6
}

// BenchmarkPublishToVisible measures, on loopback, the time from a kiosk submitting a call to
// its card being drawn on a staff phone's page (target ≤ 1 s).
func BenchmarkPublishToVisible(b *testing.B) {
	br := startBrowser(b)
	d := startDesk(b)
	loggedIn(b, br, d)
	br.js(nil, `localStorage.setItem('staffdesk.name', 'Bench')`)
	var ms []float64
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		ms = append(ms, publishToVisible(b, br, d, fmt.Sprintf("bench-%d", i)))
		if i%20 == 19 { // keep the page short, as a real shift would
			b.StopTimer()
			for j := i - 19; j <= i; j++ {
				d.do(b, "POST", fmt.Sprintf("/api/calls/bench-%d/resolve", j), "", bearer(staffToken)...)
			}
			b.StartTimer()
		}
	}
	sort.Float64s(ms)
	b.ReportMetric(ms[len(ms)/2], "p50-ms")
	b.ReportMetric(ms[len(ms)*95/100], "p95-ms")
	b.ReportMetric(ms[len(ms)-1], "max-ms")
	enc, _ := json.Marshal(ms)
	b.Logf("publish → visible (ms, sorted): %s", enc)
}
