package staffdesk_test

import (
	"bufio"
	"context"
	"fmt"
	"net/http"
	"net/url"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// fakeClock is a clock a test moves by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newClock() *fakeClock { return &fakeClock{t: time.Now().Truncate(time.Millisecond)} }

func (c *fakeClock) Now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }

func (c *fakeClock) Advance(d time.Duration) { c.mu.Lock(); c.t = c.t.Add(d); c.mu.Unlock() }

// fillDesk writes n open calls into a desk database before the desk starts, one a minute
// from a week ago: a busy week of calls nobody closed.
func fillDesk(t testing.TB, path string, n int, st staff.State) {
	t.Helper()
	store, err := staffdesk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer store.Close()
	start := time.Now().Add(-7 * 24 * time.Hour)
	for i := range n {
		c := staff.Call{ID: fmt.Sprintf("old-%04d", i), Kiosk: "Kiosk 1", Location: "entrance", Reason: staff.ReasonHelp,
			State: st, By: "Cy", CreatedAt: start.Add(time.Duration(i) * time.Minute)}
		if _, _, _, err := store.Put(context.Background(), c.Wire()); err != nil {
			t.Fatal(err)
		}
	}
}

func nextLink(t *testing.T, r reply) string {
	t.Helper()
	l := r.hdr.Get("Link")
	if l == "" {
		return ""
	}
	start, end := strings.Index(l, "<"), strings.Index(l, ">")
	if start < 0 || end < start || !strings.Contains(l, `rel="next"`) {
		t.Fatalf("Link header %q", l)
	}
	return l[start+1 : end]
}

// The API lists calls newest first, a page at a time, and every call appears exactly once
// when a client follows the pages.
func TestCallsAreListedNewestFirstInPages(t *testing.T) {
	d := startDesk(t)
	base := time.Now().Add(-time.Hour)
	for i := range 7 {
		c := staff.Call{ID: fmt.Sprintf("c%d", i), Kiosk: "K", Reason: staff.ReasonHelp, State: staff.Sent,
			CreatedAt: base.Add(time.Duration(i) * time.Minute)}
		if r := d.putCall(t, c); r.code != http.StatusCreated {
			t.Fatal(r.code, r.body)
		}
	}
	// Two calls made in the same millisecond still page in a fixed order.
	same := base.Add(10 * time.Minute)
	d.putCall(t, staff.Call{ID: "t1", Kiosk: "K", State: staff.Sent, CreatedAt: same})
	d.putCall(t, staff.Call{ID: "t2", Kiosk: "K", State: staff.Sent, CreatedAt: same})

	var got []string
	path := "/api/calls?state=open&limit=3"
	for pages := 0; path != ""; pages++ {
		if pages > 5 {
			t.Fatal("the pages do not end")
		}
		r := d.do(t, "GET", path, "", bearer(staffToken)...)
		if r.code != 200 {
			t.Fatalf("%s: %d %s", path, r.code, r.body)
		}
		page := decode[[]staff.Wire](t, r.body)
		if len(page) > 3 {
			t.Errorf("%s: %d calls, limit 3", path, len(page))
		}
		for _, w := range page {
			got = append(got, w.ID)
		}
		next := nextLink(t, r)
		if next != "" {
			u, err := url.Parse(next)
			if err != nil || u.Query().Get("state") != "open" || u.Query().Get("limit") != "3" {
				t.Fatalf("next link %q", next)
			}
			next = u.RequestURI()
		}
		path = next
	}
	want := "t2 t1 c6 c5 c4 c3 c2 c1 c0"
	if strings.Join(got, " ") != want {
		t.Errorf("pages gave %q, want %q", strings.Join(got, " "), want)
	}
	for _, bad := range []string{"limit=0", "limit=x", "before=%%%", "before=bm90IGEgY3Vyc29y"} {
		if r := d.do(t, "GET", "/api/calls?state=open&"+bad, "", bearer(staffToken)...); r.code != http.StatusBadRequest {
			t.Errorf("%s: %d, want 400", bad, r.code)
		}
	}
}

// An acknowledged call nobody marked done closes itself after CloseAcknowledgedAfter (counted
// from "I'm coming"), and pages watching the desk are told, with no one asking.
func TestAcknowledgedCallsCloseThemselves(t *testing.T) {
	clock := newClock()
	d := startDeskWith(t, func(o *staffdesk.Options) {
		o.Clock = clock.Now
		o.CloseAcknowledgedAfter = 2 * time.Hour
		o.SweepEvery = 20 * time.Millisecond
	})
	d.put(t, "early", staff.Queued)
	d.put(t, "later", staff.Queued)
	d.put(t, "waiting", staff.Queued)
	d.do(t, "POST", "/api/calls/early/ack", `{"name":"Ana"}`, bearer(staffToken)...)
	clock.Advance(time.Hour)
	d.do(t, "POST", "/api/calls/later/ack", `{"name":"Bo"}`, bearer(staffToken)...)

	events := make(chan string, 16)
	req, _ := http.NewRequest("GET", d.URL+"/api/events", nil)
	req.Header.Set("Authorization", "Bearer "+staffToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if v, ok := strings.CutPrefix(sc.Text(), "data: "); ok {
				events <- v
			}
		}
		close(events)
	}()
	<-events // the snapshot

	clock.Advance(time.Hour + time.Minute) // early: 2 h 1 min since Ana said she was coming; later: 1 h 1 min
	select {
	case ev := <-events:
		if w := decode[staff.Wire](t, ev); w.ID != "early" || w.State != staff.Resolved || w.By != "Ana" {
			t.Errorf("event %s", ev)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no event for the call that closed itself")
	}
	var open []string
	for _, w := range decode[[]staff.Wire](t, d.do(t, "GET", "/api/calls?state=open", "", bearer(staffToken)...).body) {
		open = append(open, w.ID)
	}
	if strings.Join(open, " ") != "waiting later" {
		t.Errorf("open after 2 h: %v, want [waiting later]", open)
	}
	clock.Advance(time.Hour)
	if w := decode[staff.Wire](t, d.do(t, "GET", "/api/calls/later", "", bearer(staffToken)...).body); w.State != staff.Resolved {
		t.Errorf("later after 3 h: %s", w.State)
	}
	// Unanswered calls are not this rule's business: nobody said they were coming.
	if w := decode[staff.Wire](t, d.do(t, "GET", "/api/calls/waiting", "", bearer(staffToken)...).body); w.State != staff.Sent {
		t.Errorf("an unanswered call after 3 h: %s", w.State)
	}
}

// After a busy week with hundreds of calls never marked done, a new call is still on the
// page, first in its group, and older calls are a tap away.
func TestPageShowsNewCallsAfterABusyWeek(t *testing.T) {
	db := filepath.Join(t.TempDir(), "desk.db")
	fillDesk(t, db, 260, staff.Sent)
	b := startBrowser(t)
	d := startDesk(t, db)
	loggedIn(t, b, d)
	b.js(nil, `localStorage.setItem('staffdesk.name', 'Ana')`)
	if r := d.put(t, "fresh", staff.Queued); r.code != http.StatusCreated {
		t.Fatal(r.code, r.body)
	}
	b.refresh()
	b.waitFor("page is live", `return document.getElementById('status').textContent === 'Live'`)
	b.waitFor("the new call's card", `return !!document.querySelector('[data-id="fresh"]')`)
	var first string
	b.js(&first, `return document.querySelector('#calls .call').getAttribute('data-id')`)
	if first != "fresh" {
		t.Errorf("first card %q, want the newest call", first)
	}
	var n int
	b.js(&n, `return document.querySelectorAll('#calls .call').length`)
	if n != 50 {
		t.Errorf("%d cards on the first page, want 50", n)
	}
	if got := b.text("#older"); !strings.Contains(got, "211 older") {
		t.Errorf("older button: %q", got)
	}
	b.tap("#older")
	b.waitFor("second page", `return document.querySelectorAll('#calls .call').length === 100`)
	for range 4 {
		b.tap("#older")
		b.waitFor("another page", `return document.getElementById('older').hidden ||
			!document.getElementById('older').disabled`)
	}
	b.waitFor("every call", `return document.querySelectorAll('#calls .call').length === 261`)
	var hidden bool
	b.js(&hidden, `return document.getElementById('older').hidden`)
	if !hidden {
		t.Error("the older button stays after the last page")
	}
	b.screenshot("staffdesk-busy-week")
}
