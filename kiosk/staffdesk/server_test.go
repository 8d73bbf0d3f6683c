package staffdesk_test

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

const (
	kioskToken = "kiosk-token-a"
	staffToken = "staff-code-b"
)

type testDesk struct {
	URL    string
	DB     string
	cancel context.CancelFunc
	done   chan error
}

// startDesk runs a real desk on 127.0.0.1 over a database in a temporary directory (or db).
func startDesk(t testing.TB, db ...string) *testDesk {
	t.Helper()
	return startDeskWith(t, nil, db...)
}

// startDeskWith is startDesk with options of the test's own: set changes the defaults.
func startDeskWith(t testing.TB, set func(*staffdesk.Options), db ...string) *testDesk {
	t.Helper()
	path := filepath.Join(t.TempDir(), "desk.db")
	if len(db) > 0 {
		path = db[0]
	}
	store, err := staffdesk.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	opt := staffdesk.Options{KioskToken: kioskToken, StaffToken: staffToken, Heartbeat: time.Second}
	if set != nil {
		set(&opt)
	}
	srv, err := staffdesk.New(store, opt)
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	d := &testDesk{URL: "http://" + ln.Addr().String(), DB: path, cancel: cancel, done: make(chan error, 1)}
	go func() { d.done <- srv.Serve(ctx, ln); store.Close() }()
	t.Cleanup(func() { d.stop(t) })
	return d
}

func (d *testDesk) stop(t testing.TB) {
	if d.cancel == nil {
		return
	}
	d.cancel()
	select {
	case err := <-d.done:
		if err != nil && !errors.Is(err, http.ErrServerClosed) {
			t.Errorf("Serve: %v", err)
		}
	case <-time.After(30 * time.Second):
		// Serve gives open connections 5 s, then cuts them: this only catches a hang.
		t.Error("desk did not shut down within 30 s")
	}
	d.cancel = nil
}

type reply struct {
	code int
	body string
	hdr  http.Header
}

func (d *testDesk) do(t testing.TB, method, path, body string, hdr ...string) reply {
	t.Helper()
	req, _ := http.NewRequest(method, d.URL+path, strings.NewReader(body))
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return reply{resp.StatusCode, string(b), resp.Header}
}

func bearer(tok string) []string { return []string{"Authorization", "Bearer " + tok} }

func wire(id string, st staff.State) string {
	now := time.Now()
	b, _ := json.Marshal(staff.Call{ID: id, Kiosk: "Kiosk 1", Location: "entrance", Reason: staff.ReasonShelf,
		Question: "top shelf oats", State: st, CreatedAt: now.Add(-30 * time.Second), UpdatedAt: now}.Wire())
	return string(b)
}

func (d *testDesk) put(t testing.TB, id string, st staff.State) reply {
	t.Helper()
	return d.do(t, "PUT", "/api/kiosk/calls/"+id, wire(id, st), bearer(kioskToken)...)
}

func (d *testDesk) putCall(t testing.TB, c staff.Call) reply {
	t.Helper()
	b, _ := json.Marshal(c.Wire())
	return d.do(t, "PUT", "/api/kiosk/calls/"+c.ID, string(b), bearer(kioskToken)...)
}

func decode[T any](t testing.TB, s string) T {
	t.Helper()
	var v T
	if err := json.Unmarshal([]byte(s), &v); err != nil {
		t.Fatalf("decode %q: %v", s, err)
	}
	return v
}

func TestAckAndResolveRules(t *testing.T) {
	d := startDesk(t)
	if r := d.put(t, "c1", staff.Queued); r.code != http.StatusCreated {
		t.Fatalf("submit: %d %s", r.code, r.body)
	}
	if r := d.do(t, "POST", "/api/calls/c1/ack", `{}`, bearer(staffToken)...); r.code != http.StatusBadRequest {
		t.Errorf("ack without a name: %d", r.code)
	}
	if r := d.do(t, "POST", "/api/calls/nope/ack", `{"name":"Ana"}`, bearer(staffToken)...); r.code != http.StatusNotFound {
		t.Errorf("ack of an unknown call: %d", r.code)
	}
	r := d.do(t, "POST", "/api/calls/c1/ack", `{"name":"Ana","eta_seconds":60}`, bearer(staffToken)...)
	if w := decode[staff.Wire](t, r.body); r.code != 200 || w.State != staff.Acknowledged || w.By != "Ana" || w.ETASeconds != 60 {
		t.Fatalf("ack: %d %s", r.code, r.body)
	}
	// Bo is too late; Ana tapping twice is fine.
	r = d.do(t, "POST", "/api/calls/c1/ack", `{"name":"Bo"}`, bearer(staffToken)...)
	if r.code != http.StatusConflict || !strings.Contains(r.body, "Ana is already coming") {
		t.Errorf("second person's ack: %d %s", r.code, r.body)
	}
	if r := d.do(t, "POST", "/api/calls/c1/ack", `{"name":"ana"}`, bearer(staffToken)...); r.code != 200 {
		t.Errorf("same person's second ack: %d %s", r.code, r.body)
	}
	for range 2 {
		r = d.do(t, "POST", "/api/calls/c1/resolve", ``, bearer(staffToken)...)
		if w := decode[staff.Wire](t, r.body); r.code != 200 || w.State != staff.Resolved || w.By != "Ana" {
			t.Errorf("resolve: %d %s", r.code, r.body)
		}
	}
	if r := d.do(t, "POST", "/api/calls/c1/ack", `{"name":"Ana"}`, bearer(staffToken)...); r.code != http.StatusConflict {
		t.Errorf("ack of a resolved call: %d", r.code)
	}
	// Lists.
	if got := decode[[]staff.Wire](t, d.do(t, "GET", "/api/calls?state=open", "", bearer(staffToken)...).body); len(got) != 0 {
		t.Errorf("open: %+v", got)
	}
	if got := decode[[]staff.Wire](t, d.do(t, "GET", "/api/calls?state=resolved", "", bearer(staffToken)...).body); len(got) != 1 {
		t.Errorf("resolved: %+v", got)
	}
	if r := d.do(t, "GET", "/api/calls?state=bogus", "", bearer(staffToken)...); r.code != http.StatusBadRequest {
		t.Errorf("bad state filter: %d", r.code)
	}
}

func TestKioskRetriesNeverUndoStaffAnswers(t *testing.T) {
	d := startDesk(t)
	if r := d.put(t, "c2", staff.Queued); r.code != http.StatusCreated {
		t.Fatal(r.code, r.body)
	}
	if r := d.put(t, "c2", staff.Queued); r.code != http.StatusOK {
		t.Errorf("repeat submission: %d, want 200", r.code)
	}
	d.do(t, "POST", "/api/calls/c2/ack", `{"name":"Ana"}`, bearer(staffToken)...)
	for _, st := range []staff.State{staff.Sent, staff.Escalated} { // a late retry, a late escalation
		r := d.put(t, "c2", st)
		if w := decode[staff.Wire](t, r.body); w.State != staff.Acknowledged || w.By != "Ana" {
			t.Errorf("after a stale %s submission the desk says %s by %q", st, w.State, w.By)
		}
	}
	if w := decode[staff.Wire](t, d.put(t, "c2", staff.Cancelled).body); w.State != staff.Cancelled {
		t.Errorf("cancel: %s", w.State)
	}
	if r := d.do(t, "PUT", "/api/kiosk/calls/c3", `{"id":"other","kiosk":"K"}`, bearer(kioskToken)...); r.code != http.StatusBadRequest {
		t.Errorf("id mismatch: %d", r.code)
	}
	if r := d.do(t, "PUT", "/api/kiosk/calls/c3", `not json`, bearer(kioskToken)...); r.code != http.StatusBadRequest {
		t.Errorf("bad JSON: %d", r.code)
	}

	// A restarted desk still knows its calls.
	d.put(t, "c4", staff.Queued)
	d.stop(t)
	d2 := startDesk(t, d.DB)
	if got := decode[[]staff.Wire](t, d2.do(t, "GET", "/api/calls?state=open", "", bearer(staffToken)...).body); len(got) != 1 || got[0].ID != "c4" {
		t.Errorf("after restart: %+v", got)
	}
}

func TestPageLoginCookieAndForgedRequests(t *testing.T) {
	d := startDesk(t)
	d.put(t, "c5", staff.Queued)

	page := d.do(t, "GET", "/", "")
	if page.code != 200 || !strings.Contains(page.body, "Staff calls") || page.hdr.Get("Content-Security-Policy") == "" {
		t.Fatalf("page: %d %v", page.code, page.hdr)
	}
	for _, f := range []string{"/app.js", "/style.css"} {
		if r := d.do(t, "GET", f, ""); r.code != 200 || len(r.body) < 100 {
			t.Errorf("%s: %d", f, r.code)
		}
	}
	if r := d.do(t, "POST", "/api/login", `{"token":"guess"}`); r.code != http.StatusUnauthorized {
		t.Errorf("wrong code: %d", r.code)
	}
	r := d.do(t, "POST", "/api/login", `{"token":"`+staffToken+`"}`)
	if r.code != http.StatusNoContent {
		t.Fatalf("login: %d %s", r.code, r.body)
	}
	cookie := strings.Split(r.hdr.Get("Set-Cookie"), ";")[0]
	if !strings.Contains(r.hdr.Get("Set-Cookie"), "HttpOnly") || !strings.Contains(r.hdr.Get("Set-Cookie"), "SameSite=Strict") {
		t.Errorf("cookie flags: %s", r.hdr.Get("Set-Cookie"))
	}
	if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", cookie); r.code != 200 {
		t.Errorf("list with the cookie: %d", r.code)
	}
	// A form on another site can send the cookie but not this header.
	if r := d.do(t, "POST", "/api/calls/c5/ack", `{"name":"Eve"}`, "Cookie", cookie); r.code != http.StatusForbidden {
		t.Errorf("cookie-only POST: %d, want 403", r.code)
	}
	if r := d.do(t, "POST", "/api/calls/c5/ack", `{"name":"Ana"}`, "Cookie", cookie, "X-Requested-With", "staffdesk"); r.code != 200 {
		t.Errorf("page's POST: %d %s", r.code, r.body)
	}
}

func TestEventStreamSnapshotThenChangesAndShutdown(t *testing.T) {
	d := startDesk(t)
	d.put(t, "old", staff.Queued)
	req, _ := http.NewRequest("GET", d.URL+"/api/events", nil)
	req.Header.Set("Authorization", "Bearer "+staffToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Fatalf("content type %q", ct)
	}
	events := make(chan [2]string, 10)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		var ev string
		for sc.Scan() {
			line := sc.Text()
			if v, ok := strings.CutPrefix(line, "event: "); ok {
				ev = v
			} else if v, ok := strings.CutPrefix(line, "data: "); ok {
				events <- [2]string{ev, v}
			}
		}
		close(events)
	}()
	first := <-events
	snap := decode[struct {
		ServerTime time.Time    `json:"server_time"`
		Calls      []staff.Wire `json:"calls"`
	}](t, first[1])
	if first[0] != "snapshot" || len(snap.Calls) != 1 || snap.Calls[0].ID != "old" || time.Since(snap.ServerTime) > time.Minute {
		t.Fatalf("first event %s %+v", first[0], snap)
	}
	d.put(t, "new", staff.Queued)
	select {
	case ev := <-events:
		if w := decode[staff.Wire](t, ev[1]); ev[0] != "call" || w.ID != "new" || w.State != staff.Sent {
			t.Errorf("event %s %+v", ev[0], w)
		}
	case <-time.After(2 * time.Second):
		t.Fatal("no event for a new call")
	}
	// Shutting down ends open streams promptly.
	d.stop(t)
	timeout := time.After(5 * time.Second)
	for {
		select {
		case _, open := <-events:
			if !open {
				return
			}
		case <-timeout:
			t.Fatal("event stream outlived the desk")
		}
	}
}

// An ETA is minutes, not centuries: out of range is a bad request, not an overflowed number
// the page and the kiosk would show.
func TestAckETAMustBeInRange(t *testing.T) {
	d := startDesk(t)
	d.put(t, "c6", staff.Queued)
	for _, eta := range []string{"-1", "3601", "9223372036854775807", "-9223372036854775808", "1e400", `"soon"`} {
		r := d.do(t, "POST", "/api/calls/c6/ack", `{"name":"Ana","eta_seconds":`+eta+`}`, bearer(staffToken)...)
		if r.code != http.StatusBadRequest {
			t.Errorf("eta_seconds %s: %d %s, want 400", eta, r.code, r.body)
		}
	}
	if w := decode[staff.Wire](t, d.do(t, "GET", "/api/calls/c6", "", bearer(staffToken)...).body); w.State != staff.Sent {
		t.Errorf("a refused ack changed the call: %+v", w)
	}
	for _, eta := range []int{0, 3600} {
		id := fmt.Sprintf("e%d", eta)
		d.put(t, id, staff.Queued)
		r := d.do(t, "POST", "/api/calls/"+id+"/ack", fmt.Sprintf(`{"name":"Ana","eta_seconds":%d}`, eta), bearer(staffToken)...)
		if w := decode[staff.Wire](t, r.body); r.code != 200 || w.ETASeconds != eta {
			t.Errorf("eta_seconds %d: %d %s", eta, r.code, r.body)
		}
	}
	// A kiosk relaying an absurd ETA still gets its call through, with the ETA capped.
	r := d.do(t, "PUT", "/api/kiosk/calls/k9", `{"id":"k9","kiosk":"K","state":"acknowledged","by":"Bo","eta_seconds":9223372036854775807}`, bearer(kioskToken)...)
	if w := decode[staff.Wire](t, r.body); r.code != http.StatusCreated || w.ETASeconds < 0 || w.ETASeconds > 3600 {
		t.Errorf("kiosk PUT with a huge ETA: %d %s", r.code, r.body)
	}
}

// Logging out ends a session: it needs one, and, like every other change made with the page's
// cookie, the X-Requested-With header another site cannot send. Otherwise any page a staff
// phone visits could log it out and silence new calls.
func TestLogoutNeedsTheSessionAndTheHeader(t *testing.T) {
	d := startDesk(t)
	if r := d.do(t, "POST", "/api/logout", ""); r.code != http.StatusUnauthorized {
		t.Errorf("logout with nothing: %d, want 401", r.code)
	}
	if r := d.do(t, "POST", "/api/logout", "", "X-Requested-With", "staffdesk"); r.code != http.StatusUnauthorized {
		t.Errorf("logout with the header but no session: %d, want 401", r.code)
	}
	r := d.do(t, "POST", "/api/login", `{"token":"`+staffToken+`"}`, "X-Requested-With", "staffdesk")
	if r.code != http.StatusNoContent {
		t.Fatalf("login: %d %s", r.code, r.body)
	}
	cookie := strings.Split(r.hdr.Get("Set-Cookie"), ";")[0]
	// A form or fetch from another site sends the cookie, but cannot add the header.
	if r := d.do(t, "POST", "/api/logout", "", "Cookie", cookie); r.code != http.StatusForbidden || r.hdr.Get("Set-Cookie") != "" {
		t.Errorf("cookie-only logout: %d, Set-Cookie %q; want 403 and the cookie left alone", r.code, r.hdr.Get("Set-Cookie"))
	}
	if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", cookie); r.code != 200 {
		t.Errorf("the session after a forged logout: %d", r.code)
	}
	r = d.do(t, "POST", "/api/logout", "", "Cookie", cookie, "X-Requested-With", "staffdesk")
	if r.code != http.StatusNoContent || !strings.Contains(r.hdr.Get("Set-Cookie"), "Max-Age=0") {
		t.Errorf("the page's logout: %d, Set-Cookie %q", r.code, r.hdr.Get("Set-Cookie"))
	}
}

// A client that opens a connection and never sends a request (a browser connecting ahead)
// does not make stopping the desk fail: Serve gives it five seconds, then cuts it.
func TestAnUnusedConnectionDoesNotFailShutdown(t *testing.T) {
	d := startDesk(t)
	conn, err := net.Dial("tcp", strings.TrimPrefix(d.URL, "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	// A request in progress: its headers begun, never finished.
	if _, err := conn.Write([]byte("GET /api/calls HTTP/1.1\r\nHost: desk\r\n")); err != nil {
		t.Fatal(err)
	}
	d.stop(t)
}
