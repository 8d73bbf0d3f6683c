package staff_test

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// TestMain lets the test binary play a kiosk process that a test kills (see
// TestKilledAfterQueuingIsSentOnRestart).
func TestMain(m *testing.M) {
	if os.Getenv("STAFF_TEST_CHILD") == "queue" {
		childQueueCall()
		return
	}
	os.Exit(m.Run())
}

// childQueueCall is a kiosk that queues one call while the desk is down, says so, and keeps
// trying until it is killed.
func childQueueCall() {
	cfg := testConfig(mustEnv("STAFF_TEST_DESK"))
	cfg.StatePath = mustEnv("STAFF_TEST_OUTBOX")
	d, err := staff.New(cfg, nil)
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	go d.Run(context.Background())
	c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonPrice, Question: "is this on offer"})
	if err != nil {
		fmt.Println("ERROR", err)
		os.Exit(1)
	}
	fmt.Println("QUEUED", c.ID)
	select {} // until SIGKILL
}

func TestCallReachesDeskAndAnswerReachesShopper(t *testing.T) {
	dk := startDesk(t, "127.0.0.1:0", filepath.Join(t.TempDir(), "desk.db"))
	events := subscribe(t, dk.URL+"/api/events", staffToken)
	d := startDispatcher(t, testConfig(dk.URL), outboxPath(t))

	c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonShelf, Question: "  where is the\n oat milk? "})
	if err != nil {
		t.Fatal(err)
	}
	if c.State != staff.Queued || c.ID == "" || c.Question != "where is the oat milk?" {
		t.Fatalf("Call returned %+v, want a queued call with the question tidied", c)
	}

	// The call appears on the staff page's event stream and in the staff API.
	w := nextCallEvent(t, events, c.ID, 5*time.Second, func(w staff.Wire) bool { return w.State == staff.Sent })
	if w.Kiosk != "Kiosk 1" || w.Location != "entrance" || w.ReasonText != "Reach a high shelf" || w.Question != "where is the oat milk?" {
		t.Errorf("desk got %+v", w)
	}
	open := dk.calls(t, "open")
	if len(open) != 1 || open[0].ID != c.ID || open[0].State != staff.Sent {
		t.Fatalf("open calls on the desk: %+v", open)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))

	// Ana says she is coming: the shopper's screen learns it.
	start := time.Now()
	if code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/ack", `{"name":"Ana"}`, staffToken); code != 200 {
		t.Fatalf("ack: %d %s", code, b)
	}
	seen := watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))
	got := seen[len(seen)-1]
	if got.By != "Ana" {
		t.Fatalf("acknowledged by %q, want Ana", got.By)
	}
	t.Logf("acknowledged by %s: the kiosk knew %v after the desk recorded it", got.By, time.Since(start).Round(time.Millisecond))

	// Done: the call ends, and watching it ends too.
	if code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/resolve", "", staffToken); code != 200 {
		t.Fatalf("resolve: %d %s", code, b)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Resolved))
	ch, err := d.Watch(context.Background(), c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if last := <-ch; last.State != staff.Resolved || last.By != "Ana" {
		t.Errorf("watch of a resolved call: %+v", last)
	}
	if _, open := <-ch; open {
		t.Error("watch channel of a resolved call did not close")
	}
	if len(dk.calls(t, "open")) != 0 {
		t.Error("resolved call still listed as open")
	}
}

func TestEscalationWhenNobodyAnswers(t *testing.T) {
	const after = 400 * time.Millisecond
	dk := startDesk(t, "127.0.0.1:0", filepath.Join(t.TempDir(), "desk.db"))
	events := subscribe(t, dk.URL+"/api/events", staffToken)
	cfg := testConfig(dk.URL)
	cfg.EscalateAfter = after
	d := startDispatcher(t, cfg, outboxPath(t))

	c, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	seen := watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Escalated))
	esc := seen[len(seen)-1]
	took := esc.UpdatedAt.Sub(c.CreatedAt)
	t.Logf("states %v; escalated %v after the call (configured %v)", states(seen), took, after)
	if took < after || took > after+time.Second {
		t.Errorf("escalated after %v, want %v (+ at most 1 s)", took, after)
	}
	if got := states(seen); strings.Join(got, ",") != "queued,sent,escalated" && strings.Join(got, ",") != "sent,escalated" {
		t.Errorf("states %v, want queued, sent, escalated", got)
	}
	// The desk re-pages: its page shows the call as escalated (and rings again).
	nextCallEvent(t, events, c.ID, 5*time.Second, func(w staff.Wire) bool { return w.State == staff.Escalated })

	// An answer after escalation still counts.
	if code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/ack", `{"name":"Bo"}`, staffToken); code != 200 {
		t.Fatalf("ack: %d %s", code, b)
	}
	seen = watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))
	if by := seen[len(seen)-1].By; by != "Bo" {
		t.Errorf("acknowledged by %q, want Bo", by)
	}

	// A call answered in time is never escalated.
	c2, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	nextCallEvent(t, events, c2.ID, 5*time.Second, func(w staff.Wire) bool { return w.State == staff.Sent })
	if code, b := dk.staff(t, "POST", "/api/calls/"+c2.ID+"/ack", `{"name":"Ana"}`, staffToken); code != 200 {
		t.Fatalf("ack: %d %s", code, b)
	}
	watchUntil(t, d, c2.ID, 5*time.Second, inState(staff.Acknowledged))
	time.Sleep(after + 200*time.Millisecond)
	if got, _ := d.Get(context.Background(), c2.ID); got.State != staff.Acknowledged {
		t.Errorf("answered call went to %s", got.State)
	}
}

func TestTokensAreRequired(t *testing.T) {
	dk := startDesk(t, "127.0.0.1:0", filepath.Join(t.TempDir(), "desk.db"))
	for _, tc := range []struct {
		method, path, token string
	}{
		{"GET", "/api/calls?state=open", ""},
		{"GET", "/api/calls?state=open", "wrong"},
		{"GET", "/api/calls?state=open", kioskToken}, // kiosks cannot act as staff
		{"POST", "/api/calls/x/ack", ""},
		{"POST", "/api/calls/x/resolve", "wrong"},
		{"GET", "/api/events", ""},
		{"PUT", "/api/kiosk/calls/x", ""},
		{"PUT", "/api/kiosk/calls/x", staffToken}, // staff cannot submit calls
		{"GET", "/api/kiosk/events", "wrong"},
	} {
		code, b := dk.staff(t, tc.method, tc.path, `{"id":"x","kiosk":"K"}`, tc.token)
		if code != http.StatusUnauthorized {
			t.Errorf("%s %s with token %q: %d %s, want 401", tc.method, tc.path, tc.token, code, b)
		}
	}

	// A kiosk with the wrong token queues its call but the desk never takes it.
	cfg := testConfig(dk.URL)
	cfg.Desk.Token = "not-the-token"
	d := startDispatcher(t, cfg, outboxPath(t))
	c, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	time.Sleep(300 * time.Millisecond)
	if got, _ := d.Get(context.Background(), c.ID); got.State != staff.Queued {
		t.Errorf("call with a refused token is %s, want queued", got.State)
	}
	if n := len(dk.calls(t, "all")); n != 0 {
		t.Errorf("desk took %d calls from a kiosk with the wrong token", n)
	}
}

// countCreates wraps a desk and counts its answers to kiosk submissions by status code.
type countCreates struct {
	mu    sync.Mutex
	codes map[int]int
}

func (cc *countCreates) wrap(h http.Handler) http.Handler {
	cc.codes = map[int]int{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPut {
			h.ServeHTTP(w, r)
			return
		}
		rec := &statusRecorder{ResponseWriter: w}
		h.ServeHTTP(rec, r)
		cc.mu.Lock()
		cc.codes[rec.code]++
		cc.mu.Unlock()
	})
}

func (cc *countCreates) get(code int) int {
	cc.mu.Lock()
	defer cc.mu.Unlock()
	return cc.codes[code]
}

type statusRecorder struct {
	http.ResponseWriter
	code int
}

func (s *statusRecorder) WriteHeader(code int) { s.code = code; s.ResponseWriter.WriteHeader(code) }

func TestDeskDownThenUpDeliversExactlyOnce(t *testing.T) {
	addr := freeAddr(t)
	d := startDispatcher(t, testConfig("http://"+addr), outboxPath(t))
	c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonFinding})
	if err != nil {
		t.Fatal(err)
	}
	// The desk is down for a while: the call waits in the outbox, retried with backoff.
	time.Sleep(800 * time.Millisecond)
	if got, _ := d.Get(context.Background(), c.ID); got.State != staff.Queued {
		t.Fatalf("with the desk down the call is %s, want queued", got.State)
	}

	var cc countCreates
	dk := startDesk(t, addr, filepath.Join(t.TempDir(), "desk.db"), cc.wrap)
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))
	time.Sleep(300 * time.Millisecond) // let any stray retry land
	all := dk.calls(t, "all")
	if len(all) != 1 || all[0].ID != c.ID {
		t.Fatalf("desk holds %+v, want exactly call %s", all, c.ID)
	}
	if n := cc.get(http.StatusCreated); n != 1 {
		t.Errorf("desk created the call %d times, want 1", n)
	}
}

// loseReplies lets the desk take the first n submissions but cuts the connection before the
// kiosk hears the answer, so the kiosk must retry a call the desk already has.
func loseReplies(n int32) func(http.Handler) http.Handler {
	var left atomic.Int32
	left.Store(n)
	return func(h http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if r.Method != http.MethodPut || left.Add(-1) < 0 {
				h.ServeHTTP(w, r)
				return
			}
			h.ServeHTTP(httptest.NewRecorder(), r)
			conn, _, err := http.NewResponseController(w).Hijack()
			if err == nil {
				conn.Close()
			}
		})
	}
}

func TestRetriesNeverMakeTwoCalls(t *testing.T) {
	var cc countCreates
	dk := startDesk(t, "127.0.0.1:0", filepath.Join(t.TempDir(), "desk.db"), cc.wrap, loseReplies(3))
	events := subscribe(t, dk.URL+"/api/events", staffToken)
	d := startDispatcher(t, testConfig(dk.URL), outboxPath(t))
	c, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))
	if n := len(dk.calls(t, "all")); n != 1 {
		t.Fatalf("desk holds %d calls after lost replies, want 1", n)
	}
	if cc.get(http.StatusCreated) != 1 || cc.get(http.StatusOK) < 1 {
		t.Errorf("desk answers %v: want one 201 (created) then 200 (already had it)", cc.codes)
	}
	// Staff phones were paged once, not once per retry.
	nextCallEvent(t, events, c.ID, time.Second, func(w staff.Wire) bool { return w.State == staff.Sent })
	select {
	case ev := <-events:
		if ev.Event == "call" {
			t.Errorf("a second event for the same call: %s", ev.Data)
		}
	case <-time.After(300 * time.Millisecond):
	}

	// Many kiosks' worth of simultaneous duplicates of one call: one call, one 201.
	w := staff.Call{ID: "dup-1", Kiosk: "Kiosk 2", Location: "aisle 9", Reason: staff.ReasonPrice, State: staff.Queued,
		CreatedAt: time.Now(), UpdatedAt: time.Now()}.Wire()
	var wg sync.WaitGroup
	for range 10 {
		wg.Go(func() {
			req, _ := http.NewRequest("PUT", dk.URL+"/api/kiosk/calls/dup-1", jsonBody(w))
			req.Header.Set("Authorization", "Bearer "+kioskToken)
			if resp, err := http.DefaultClient.Do(req); err == nil {
				resp.Body.Close()
			}
		})
	}
	wg.Wait()
	if n := len(dk.calls(t, "all")); n != 2 {
		t.Errorf("desk holds %d calls, want 2", n)
	}
	if n := cc.get(http.StatusCreated); n != 2 {
		t.Errorf("%d creations for two calls", n)
	}
}

func TestKilledAfterQueuingIsSentOnRestart(t *testing.T) {
	addr := freeAddr(t) // the desk is down while the kiosk queues
	outbox := outboxPath(t)
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "STAFF_TEST_CHILD=queue", "STAFF_TEST_DESK=http://"+addr,
		"STAFF_TEST_OUTBOX="+outbox)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	line, err := bufio.NewReader(out).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "QUEUED ") {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("child said %q (%v)", line, err)
	}
	id := strings.TrimSpace(strings.TrimPrefix(line, "QUEUED "))
	time.Sleep(300 * time.Millisecond) // it is retrying against the dead desk
	if err := cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	var exit *exec.ExitError
	if err := cmd.Wait(); !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
		t.Fatalf("child did not die by SIGKILL: %v", err)
	}

	// The desk comes up and the kiosk restarts on the same outbox: the call goes out.
	var cc countCreates
	dk := startDesk(t, addr, filepath.Join(t.TempDir(), "desk.db"), cc.wrap)
	d := startDispatcher(t, testConfig("http://"+addr), outbox)
	seen := watchUntil(t, d, id, 5*time.Second, inState(staff.Sent))
	t.Logf("restarted kiosk: %v", states(seen))
	all := dk.calls(t, "all")
	if len(all) != 1 || all[0].ID != id || all[0].Reason != staff.ReasonPrice || all[0].Question != "is this on offer" {
		t.Fatalf("desk holds %+v, want the killed kiosk's call %s", all, id)
	}
	if n := cc.get(http.StatusCreated); n != 1 {
		t.Errorf("created %d times", n)
	}
}

func TestCancelTellsStaff(t *testing.T) {
	dk := startDesk(t, "127.0.0.1:0", filepath.Join(t.TempDir(), "desk.db"))
	events := subscribe(t, dk.URL+"/api/events", staffToken)
	d := startDispatcher(t, testConfig(dk.URL), outboxPath(t))
	c, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	nextCallEvent(t, events, c.ID, 5*time.Second, func(w staff.Wire) bool { return w.State == staff.Sent })
	if err := d.Cancel(context.Background(), c.ID); err != nil {
		t.Fatal(err)
	}
	watchUntil(t, d, c.ID, time.Second, inState(staff.Cancelled))
	nextCallEvent(t, events, c.ID, 5*time.Second, func(w staff.Wire) bool { return w.State == staff.Cancelled })
	if n := len(dk.calls(t, "open")); n != 0 {
		t.Errorf("cancelled call still open on the desk")
	}
	if code, _ := dk.staff(t, "POST", "/api/calls/"+c.ID+"/ack", `{"name":"Ana"}`, staffToken); code != http.StatusConflict {
		t.Errorf("ack of a cancelled call: %d, want 409", code)
	}
	if err := d.Cancel(context.Background(), "no-such-call"); !errors.Is(err, staff.ErrNotFound) {
		t.Errorf("Cancel of an unknown call: %v", err)
	}

	// A call cancelled before the desk ever heard of it is never paged.
	addr := freeAddr(t)
	d2 := startDispatcher(t, testConfig("http://"+addr), outboxPath(t))
	c2, _ := d2.Call(context.Background(), staff.Request{})
	if err := d2.Cancel(context.Background(), c2.ID); err != nil {
		t.Fatal(err)
	}
	dk2 := startDesk(t, addr, filepath.Join(t.TempDir(), "desk.db"))
	time.Sleep(500 * time.Millisecond)
	if n := len(dk2.calls(t, "all")); n != 0 {
		t.Errorf("desk was paged for a call cancelled before delivery")
	}
}
