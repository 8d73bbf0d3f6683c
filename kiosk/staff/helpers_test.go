package staff_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

const (
	kioskToken = "kiosk-secret-1"
	staffToken = "staff-secret-2"
)

// testLogger writes to the test log, so failures show what the dispatcher did.
func testLogger(t testing.TB) *slog.Logger {
	return slog.New(slog.NewTextHandler(tWriter{t}, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

type tWriter struct{ t testing.TB }

func (w tWriter) Write(p []byte) (int, error) {
	w.t.Helper()
	w.t.Log(strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

// desk is a real staff desk on 127.0.0.1.
type desk struct {
	URL    string
	Addr   string
	Store  *staffdesk.Store
	cancel context.CancelFunc
	done   chan struct{}
}

// freeAddr reserves a loopback port and releases it, for a desk that starts later.
func freeAddr(t testing.TB) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

// startDesk runs a desk on addr ("127.0.0.1:0" for any port) with its own database in dbPath.
func startDesk(t testing.TB, addr, dbPath string, wrap ...func(http.Handler) http.Handler) *desk {
	t.Helper()
	store, err := staffdesk.Open(dbPath)
	if err != nil {
		t.Fatal(err)
	}
	// Every client here is 127.0.0.1, so a kiosk retrying a wrong token would lock the test's
	// own staff requests out with it (the desk limits failures per address): allow plenty.
	srv, err := staffdesk.New(store, staffdesk.Options{KioskToken: kioskToken, StaffToken: staffToken,
		Logger: testLogger(t).With("component", "staffdesk"), Heartbeat: 500 * time.Millisecond, FailBurst: 1000})
	if err != nil {
		t.Fatal(err)
	}
	var ln net.Listener
	for i := 0; ; i++ { // a port just released can linger briefly
		if ln, err = net.Listen("tcp", addr); err == nil || i == 50 {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	d := &desk{URL: "http://" + ln.Addr().String(), Addr: ln.Addr().String(), Store: store, cancel: cancel, done: make(chan struct{})}
	var h http.Handler = srv
	for _, w := range wrap {
		h = w(h)
	}
	go func() {
		defer close(d.done)
		hs := &http.Server{Handler: h}
		go func() { <-ctx.Done(); srv.Close(); hs.Close() }()
		_ = hs.Serve(ln)
	}()
	t.Cleanup(d.stop)
	return d
}

func (d *desk) stop() {
	if d.cancel == nil {
		return
	}
	d.cancel()
	<-d.done
	d.Store.Close()
	d.cancel = nil
}

// staffGet calls the staff API.
func (d *desk) staff(t testing.TB, method, path, body, token string) (int, []byte) {
	t.Helper()
	req, _ := http.NewRequest(method, d.URL+path, strings.NewReader(body))
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, b
}

func (d *desk) calls(t testing.TB, state string) []staff.Wire {
	t.Helper()
	code, b := d.staff(t, "GET", "/api/calls?state="+state, "", staffToken)
	if code != 200 {
		t.Fatalf("GET /api/calls: %d %s", code, b)
	}
	var out []staff.Wire
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// testConfig is "Kiosk 1" at the entrance paging only the desk at deskURL (none if empty),
// with fast retries.
func testConfig(deskURL string) staff.Config {
	c := staff.Config{Kiosk: "Kiosk 1", Location: "entrance",
		RetryMin: 20 * time.Millisecond, RetryMax: 200 * time.Millisecond, EscalateAfter: time.Hour}
	if deskURL != "" {
		c.Desk = staff.DeskConfig{URL: deskURL, Token: kioskToken}
	}
	return c
}

// startDispatcher makes a dispatcher on the outbox file and runs it until the test ends.
func startDispatcher(t testing.TB, cfg staff.Config, outbox string) *staff.Dispatcher {
	t.Helper()
	cfg.StatePath = outbox
	d, err := staff.New(cfg, testLogger(t).With("component", "staff"))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() {
		defer close(done)
		if err := d.Run(ctx); err != nil {
			t.Errorf("Run: %v", err)
		}
	}()
	t.Cleanup(func() { cancel(); <-done; d.Close() })
	return d
}

func outboxPath(t testing.TB) string { return filepath.Join(t.TempDir(), "state.db") }

// watchUntil follows a call until a state satisfying ok arrives, and returns every call seen.
func watchUntil(t testing.TB, d *staff.Dispatcher, id string, within time.Duration, ok func(staff.Call) bool) []staff.Call {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), within)
	defer cancel()
	ch, err := d.Watch(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	var seen []staff.Call
	for c := range ch {
		seen = append(seen, c)
		if ok(c) {
			return seen
		}
	}
	t.Fatalf("call %s: wanted state not reached within %s; saw %v", id, within, states(seen))
	return nil
}

func states(cs []staff.Call) []string {
	var out []string
	for _, c := range cs {
		s := string(c.State)
		if c.By != "" {
			s += "(" + c.By + ")"
		}
		out = append(out, s)
	}
	return out
}

func inState(s staff.State) func(staff.Call) bool {
	return func(c staff.Call) bool { return c.State == s }
}

// sseEvent is one server-sent event.
type sseEvent struct{ Event, Data string }

// subscribe opens an event stream and delivers its events on a channel until the test ends.
func subscribe(t testing.TB, url, token string) <-chan sseEvent {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	t.Cleanup(cancel)
	req, _ := http.NewRequestWithContext(ctx, "GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	ch := make(chan sseEvent, 100)
	go func() {
		defer resp.Body.Close()
		defer close(ch)
		sc := bufio.NewScanner(resp.Body)
		var ev sseEvent
		for sc.Scan() {
			line := sc.Text()
			switch {
			case line == "":
				if ev.Data != "" {
					ch <- ev
				}
				ev = sseEvent{}
			case strings.HasPrefix(line, "event: "):
				ev.Event = line[7:]
			case strings.HasPrefix(line, "data: "):
				ev.Data = line[6:]
			}
		}
	}()
	return ch
}

// nextCallEvent waits for a "call" event about id satisfying ok.
func nextCallEvent(t testing.TB, ch <-chan sseEvent, id string, within time.Duration, ok func(staff.Wire) bool) staff.Wire {
	t.Helper()
	timeout := time.After(within)
	for {
		select {
		case ev, open := <-ch:
			if !open {
				t.Fatal("event stream closed")
			}
			if ev.Event != "call" {
				continue
			}
			var w staff.Wire
			if err := json.Unmarshal([]byte(ev.Data), &w); err != nil {
				t.Fatal(err)
			}
			if w.ID == id && ok(w) {
				return w
			}
		case <-timeout:
			t.Fatalf("no matching event for call %s within %s", id, within)
		}
	}
}

func jsonBody(v any) io.Reader {
	b, _ := json.Marshal(v)
	return bytes.NewReader(b)
}

func eventually(t testing.TB, within time.Duration, what string, ok func() bool) {
	t.Helper()
	deadline := time.Now().Add(within)
	for !ok() {
		if time.Now().After(deadline) {
			t.Fatalf("%s: not within %s", what, within)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

func mustEnv(name string) string {
	v := os.Getenv(name)
	if v == "" {
		panic(fmt.Sprintf("%s not set", name))
	}
	return v
}

// pager is the interface the kiosk UI declares (package kiosk); the dispatcher must fit it.
type pager interface {
	Call(ctx context.Context, r staff.Request) (staff.Call, error)
	Watch(ctx context.Context, id string) (<-chan staff.Call, error)
	Cancel(ctx context.Context, id string) error
}

var _ pager = (*staff.Dispatcher)(nil)
