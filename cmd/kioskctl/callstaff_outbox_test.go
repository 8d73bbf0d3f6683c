package main

import (
	"bufio"
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// fakeDesk speaks the kiosk side of the staff desk's API (PUT and GET /api/kiosk/calls/{id},
// GET /api/kiosk/events) from memory and counts every PUT, so a test can tell a call
// delivered once from one delivered many times. Staff answer through ack.
type fakeDesk struct {
	url string
	t   *testing.T

	mu    sync.Mutex
	calls map[string]staff.Wire
	puts  map[string]int
	subs  map[chan []byte]struct{}
}

func startFakeDesk(t *testing.T) *fakeDesk {
	fd := &fakeDesk{t: t, calls: map[string]staff.Wire{}, puts: map[string]int{}, subs: map[chan []byte]struct{}{}}
	mux := http.NewServeMux()
	mux.HandleFunc("PUT /api/kiosk/calls/{id}", fd.put)
	mux.HandleFunc("GET /api/kiosk/calls/{id}", fd.get)
	mux.HandleFunc("GET /api/kiosk/events", fd.events)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+deskToken {
			http.Error(w, "bad token", http.StatusUnauthorized)
			return
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	t.Cleanup(fd.closeStreams) // before srv.Close, which waits for the streams to end
	fd.url = srv.URL
	return fd
}

// rank orders states as the real desk does: a submission never moves a call back.
func rank(s staff.State) int {
	switch s {
	case staff.Escalated:
		return 2
	case staff.Acknowledged:
		return 3
	case staff.Resolved, staff.Cancelled:
		return 4
	}
	return 1
}

func (fd *fakeDesk) put(w http.ResponseWriter, r *http.Request) {
	var in staff.Wire
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || in.ID != r.PathValue("id") {
		fd.t.Errorf("bad PUT %s: %v", r.URL.Path, err)
		http.Error(w, "bad call", http.StatusBadRequest)
		return
	}
	if in.State == staff.Queued {
		in.State = staff.Sent
	}
	fd.mu.Lock()
	defer fd.mu.Unlock()
	fd.puts[in.ID]++
	old, known := fd.calls[in.ID]
	code := http.StatusOK
	switch {
	case !known:
		fd.calls[in.ID] = in
		fd.publish(in)
		code = http.StatusCreated
	case rank(in.State) > rank(old.State):
		old.State, old.By, old.ETASeconds = in.State, in.By, in.ETASeconds
		fd.calls[in.ID] = old
		fd.publish(old)
	}
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(fd.calls[in.ID])
}

func (fd *fakeDesk) get(w http.ResponseWriter, r *http.Request) {
	fd.mu.Lock()
	c, ok := fd.calls[r.PathValue("id")]
	fd.mu.Unlock()
	if !ok {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(c)
}

func (fd *fakeDesk) events(w http.ResponseWriter, r *http.Request) {
	ch := make(chan []byte, 4096)
	fd.mu.Lock()
	fd.subs[ch] = struct{}{}
	fd.mu.Unlock()
	defer func() {
		fd.mu.Lock()
		delete(fd.subs, ch)
		fd.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "text/event-stream")
	fmt.Fprint(w, ": hello\n\n")
	w.(http.Flusher).Flush()
	beat := time.NewTicker(5 * time.Second)
	defer beat.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case <-beat.C:
			fmt.Fprint(w, ": beat\n\n")
		case b, ok := <-ch:
			if !ok {
				return
			}
			fmt.Fprintf(w, "event: call\ndata: %s\n\n", b)
		}
		w.(http.Flusher).Flush()
	}
}

// publish tells every event stream about c; fd.mu is held.
func (fd *fakeDesk) publish(c staff.Wire) {
	b, _ := json.Marshal(c)
	for ch := range fd.subs {
		select {
		case ch <- b:
		default:
			fd.t.Errorf("event stream fell behind by 4096 events")
		}
	}
}

func (fd *fakeDesk) closeStreams() {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	for ch := range fd.subs {
		close(ch)
		delete(fd.subs, ch)
	}
}

// ack is a member of staff tapping I'm coming on the desk.
func (fd *fakeDesk) ack(id, name string) {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	c := fd.calls[id]
	c.State, c.By = staff.Acknowledged, name
	fd.calls[id] = c
	fd.publish(c)
}

func (fd *fakeDesk) snapshot() (map[string]staff.Wire, map[string]int) {
	fd.mu.Lock()
	defer fd.mu.Unlock()
	calls, puts := map[string]staff.Wire{}, map[string]int{}
	for id, c := range fd.calls {
		calls[id] = c
	}
	for id, n := range fd.puts {
		puts[id] = n
	}
	return calls, puts
}

// callRun is one kioskctl call-staff run.
type callRun struct {
	args   []string
	stdout syncBuffer
	stderr syncBuffer
	err    error
	done   chan struct{}
}

// lines are the state lines the run has printed so far.
func (r *callRun) lines() []callLine {
	var out []callLine
	sc := bufio.NewScanner(strings.NewReader(r.stdout.String()))
	for sc.Scan() {
		var l callLine
		if json.Unmarshal(sc.Bytes(), &l) == nil {
			out = append(out, l)
		}
	}
	return out
}

func (r *callRun) last() callLine {
	ls := r.lines()
	if len(ls) == 0 {
		return callLine{}
	}
	return ls[len(ls)-1]
}

func (r *callRun) ended() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// waitFor polls ok until it holds, failing the test after within; progress says how far
// things got.
func waitFor(t *testing.T, within time.Duration, what string, ok func() bool, progress func() string) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s; %s", what, within, progress())
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// Many kioskctl call-staff runs on one outbox file, each with its own handle on it, as 200
// processes started at once would be: every call reaches the desk exactly once, no run fails,
// and every run reports the state the desk holds, whichever run's workers did the delivering
// or heard the answer.
func TestCallStaffManyRunsShareOneOutbox(t *testing.T) {
	n := 200
	switch {
	case testing.Short():
		n = 40
	case raceDetector:
		// Each run is several times slower under the race detector, and SQLite's lock is not
		// fair: on 2 busy cores one of 200 racing writers can wait past the 30 s the outbox
		// gives a write (a kiosk's outbox has two or three writers). 100 still share it.
		n = 100
	}
	fd := startFakeDesk(t)
	outbox := filepath.Join(t.TempDir(), "outbox.db")
	runs := make([]*callRun, n)
	for i := range runs {
		r := &callRun{done: make(chan struct{}), args: []string{"--desk", fd.url, "--token", deskToken,
			"--kiosk", fmt.Sprintf("Kiosk %d, aisle %d", i, i), "--question", fmt.Sprintf("run %d", i),
			"--outbox", outbox, "--wait", "10m", "--escalate-after", "1h", "--retry-max", "1s"}}
		if i%4 != 3 {
			r.args = append(r.args, "--new") // the rest resume an unanswered call if they find one
		}
		runs[i] = r
	}
	ctx, cancel := context.WithCancel(context.Background())
	for _, r := range runs {
		go func() {
			defer close(r.done)
			r.err = callStaff(ctx, r.args, &r.stdout, &r.stderr)
		}()
	}
	t.Cleanup(func() {
		cancel()
		for _, r := range runs {
			<-r.done // before the outbox is removed
		}
	})
	failed := func() string {
		for i, r := range runs {
			if r.ended() {
				return fmt.Sprintf("run %d ended early (%v); stderr:\n%s", i, r.err, r.stderr.String())
			}
		}
		return ""
	}
	count := func(state string) string {
		k := 0
		for _, r := range runs {
			if r.last().State == state {
				k++
			}
		}
		calls, _ := fd.snapshot()
		return fmt.Sprintf("%d of %d runs report %s; the desk holds %d calls; %s", k, n, state, len(calls), failed())
	}

	// Every call is delivered, and every run says so.
	waitFor(t, 3*time.Minute, "every run reports its call sent", func() bool {
		if failed() != "" {
			t.Fatal(failed())
		}
		for _, r := range runs {
			if r.last().State != string(staff.Sent) {
				return false
			}
		}
		return true
	}, func() string { return count("sent") })

	calls, _ := fd.snapshot()
	ids := map[string]bool{}
	for i, r := range runs {
		id := r.last().ID
		if _, ok := calls[id]; !ok {
			t.Errorf("run %d reports call %s sent, but the desk does not have it", i, id)
		}
		ids[id] = true
	}
	db, err := sql.Open("sqlite3", "file:"+outbox+"?mode=ro&_busy_timeout=30000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var inOutbox []string
	rows, err := db.Query(`SELECT id FROM calls`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			t.Fatal(err)
		}
		inOutbox = append(inOutbox, id)
	}
	rows.Close()
	if len(inOutbox) != len(calls) || len(inOutbox) != len(ids) || len(ids) < n*3/4 {
		t.Errorf("%d calls in the outbox, %d at the desk, %d followed by %d runs", len(inOutbox), len(calls), len(ids), n)
	}

	// Staff answer each call once, on the desk; each run hears it from whichever run's
	// event stream did, through the outbox.
	byName := func(id string) string { return "Staff " + id[:4] }
	sort.Strings(inOutbox)
	for _, id := range inOutbox {
		fd.ack(id, byName(id))
	}
	waitFor(t, 3*time.Minute, "every run exits after its call is acknowledged", func() bool {
		for _, r := range runs {
			if !r.ended() {
				return false
			}
		}
		return true
	}, func() string { return count("acknowledged") })

	calls, puts := fd.snapshot()
	for i, r := range runs {
		l := r.last()
		c := calls[l.ID]
		if r.err != nil || l.State != string(c.State) || l.By != c.By || c.By != byName(l.ID) {
			t.Errorf("run %d: err %v, last line %+v; the desk holds %s by %q", i, r.err, l, c.State, c.By)
		}
		if s := r.stderr.String(); strings.Contains(s, "locked") || strings.Contains(s, "level=ERROR") {
			t.Errorf("run %d stderr:\n%s", i, s)
		}
	}
	for _, id := range inOutbox {
		if puts[id] != 1 {
			t.Errorf("call %s was PUT to the desk %d times, want once", id, puts[id])
		}
	}
}
