package staff_test

import (
	"context"
	"database/sql"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// newDispatcher opens a dispatcher on the outbox file without running it.
func newDispatcher(t testing.TB, cfg staff.Config, outbox string) *staff.Dispatcher {
	t.Helper()
	cfg.StatePath = outbox
	d, err := staff.New(cfg, testLogger(t).With("component", "staff"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { d.Close() })
	return d
}

// A process following a call sees what another process sharing the outbox did to it: the
// delivery, and the answer.
func TestOutboxWatchSeesAnotherProcess(t *testing.T) {
	rc := startReceiver(t, 0)
	cfg := webhookConfig(t, rc)
	outbox := outboxPath(t)
	a := newDispatcher(t, cfg, outbox) // never runs: another process delivers its call
	c, err := a.Call(context.Background(), staff.Request{Reason: staff.ReasonPrice})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	updates, err := a.Watch(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if u := <-updates; u.State != staff.Queued {
		t.Fatalf("first state %s", u.State)
	}

	startDispatcher(t, cfg, outbox)
	ev := rc.next(t, 10*time.Second, func(e receivedEvent) bool { return e.ev.Call.ID == c.ID })
	if u, ok := <-updates; !ok || u.State != staff.Sent {
		t.Fatalf("after the other process delivered it: %+v, %v", u, ok)
	}
	if code, body := post(t, ev.ev.AckURL, "application/json", `{"name":"Ana"}`); code != http.StatusOK {
		t.Fatalf("ack: %d %s", code, body)
	}
	if u, ok := <-updates; !ok || u.State != staff.Acknowledged || u.By != "Ana" {
		t.Fatalf("after the other process heard the answer: %+v, %v", u, ok)
	}
}

// Processes sharing an outbox each take a delivery before making it, so a call is sent once
// however many of them are running.
func TestOutboxDeliveriesAreMadeOnce(t *testing.T) {
	rc := startReceiver(t, 0)
	drained := make(chan struct{})
	t.Cleanup(func() { close(drained) })
	go func() { // only the count matters here
		for {
			select {
			case <-rc.events:
			case <-drained:
				return
			}
		}
	}()
	cfg := webhookConfig(t, rc)
	cfg.Webhook.CallbackListen = "" // several processes cannot all listen on one address
	outbox := outboxPath(t)
	a := newDispatcher(t, cfg, outbox)
	const n = 30
	ids := map[string]bool{}
	for range n {
		c, err := a.Call(context.Background(), staff.Request{})
		if err != nil {
			t.Fatal(err)
		}
		ids[c.ID] = true
	}
	a.Close()

	// Three processes start at once on the queued calls, and a fourth makes more.
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var ds []*staff.Dispatcher
	for range 4 {
		d := newDispatcher(t, cfg, outbox)
		ds = append(ds, d)
		wg.Go(func() {
			if err := d.Run(ctx); err != nil {
				t.Errorf("Run: %v", err)
			}
		})
	}
	for range 10 {
		c, err := ds[3].Call(context.Background(), staff.Request{})
		if err != nil {
			t.Fatal(err)
		}
		ids[c.ID] = true
	}
	eventually(t, 30*time.Second, "every call sent", func() bool {
		for id := range ids {
			if c, err := ds[0].Get(context.Background(), id); err != nil || c.State != staff.Sent {
				return false
			}
		}
		return true
	})
	cancel()
	wg.Wait() // nothing more is on its way
	rc.mu.Lock()
	defer rc.mu.Unlock()
	for id := range ids {
		if k := rc.deliveries[id+"/call.created"]; k != 1 {
			t.Errorf("call %s was posted %d times, want once", id, k)
		}
	}
	if len(rc.deliveries) != len(ids) {
		t.Errorf("%d deliveries for %d calls: %v", len(rc.deliveries), len(ids), rc.deliveries)
	}
}

// A process starting on the outbox takes back at once the deliveries a process that died was
// making, and leaves those of a process that still runs to it.
func TestOutboxClaimsOfProcessesThatDiedAreTakenBack(t *testing.T) {
	rc := startReceiver(t, 0)
	cfg := webhookConfig(t, rc)
	outbox := outboxPath(t)
	a := newDispatcher(t, cfg, outbox)
	var ids []string
	for range 2 {
		c, err := a.Call(context.Background(), staff.Request{})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, c.ID)
	}
	a.Close()

	dead := exec.Command(os.Args[0], "-test.run=^$")
	if err := dead.Run(); err != nil {
		t.Fatal(err)
	}
	host, _ := os.Hostname()
	db, err := sql.Open("sqlite3", "file:"+outbox+"?_busy_timeout=10000")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	later := time.Now().Add(time.Hour).UnixMilli()
	for i, pid := range []int{dead.Process.Pid, os.Getppid()} { // killed while delivering; still running
		if _, err := db.Exec(`UPDATE deliveries SET next_at = ?, claimed_by = ? WHERE call_id = ?`,
			later, host+"/"+strconv.Itoa(pid), ids[i]); err != nil {
			t.Fatal(err)
		}
	}

	b := startDispatcher(t, cfg, outbox)
	watchUntil(t, b, ids[0], 10*time.Second, inState(staff.Sent))
	if c, err := b.Get(context.Background(), ids[1]); err != nil || c.State != staff.Queued {
		t.Errorf("the call a running process is delivering: %+v, %v", c, err)
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if n := rc.deliveries[ids[1]+"/call.created"]; n != 0 {
		t.Errorf("a delivery another process holds was made %d times", n)
	}
}
