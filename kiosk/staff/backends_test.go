package staff_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

func TestAnyBackendDeliversAndAllHearTheAnswer(t *testing.T) {
	f := startFakeNtfy(t, "")
	addr := freeAddr(t) // the desk is down at first
	cfg := ntfyConfig(t, f)
	cfg.Desk = config.StaffDesk{Enabled: true, URL: "http://" + addr, KioskTokenEnv: tokenEnv}
	d := startDispatcher(t, cfg, outboxPath(t))

	c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonOther})
	if err != nil {
		t.Fatal(err)
	}
	// ntfy took it: the call counts as sent although the desk is down.
	f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" && m.SequenceID == c.ID })
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))

	// The desk comes back and gets the call too.
	dk := startDesk(t, addr, filepath.Join(t.TempDir(), "desk.db"))
	eventually(t, 5*time.Second, "desk has the call", func() bool { return len(dk.calls(t, "open")) == 1 })

	// Ana answers on the desk: the shopper sees it, and the ntfy notification says so.
	if code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/ack", `{"name":"Ana"}`, staffToken); code != 200 {
		t.Fatalf("ack: %d %s", code, b)
	}
	seen := watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))
	if by := seen[len(seen)-1].By; by != "Ana" {
		t.Errorf("by %q", by)
	}
	upd := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.SequenceID == c.ID && m.Priority == 2 })
	if !strings.HasPrefix(upd.Message, "Ana is coming") {
		t.Errorf("ntfy update: %q", upd.Message)
	}
	// And a tap on the (now stale) ntfy notification does not override Ana.
	page := f.cacheFor(c.ID)
	tap(t, page.Actions[0])
	time.Sleep(200 * time.Millisecond)
	if got, _ := d.Get(context.Background(), c.ID); got.By != "Ana" {
		t.Errorf("a later tap replaced Ana with %q", got.By)
	}
}

// cacheFor is the first notification published for a sequence id.
func (f *fakeNtfy) cacheFor(seq string) ntfyMsg {
	f.mu.Lock()
	defer f.mu.Unlock()
	for _, m := range f.cache {
		if m.SequenceID == seq && len(m.Actions) > 0 {
			return m
		}
	}
	return ntfyMsg{}
}

// TestDefaultConfigRunsTheDeskInProcess is the single-kiosk store: the default configuration
// serves the desk inside the kiosk and pages through it, with one token from the environment.
func TestDefaultConfigRunsTheDeskInProcess(t *testing.T) {
	t.Setenv("STAFFDESK_TOKEN", "one-token-for-both")
	t.Setenv("STAFFDESK_KIOSK_TOKEN", "")
	t.Setenv("STAFFDESK_STAFF_TOKEN", "")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	all := config.Default()
	if err := all.Validate(); err != nil {
		t.Fatal(err)
	}
	cfg := all.Staff
	dir := t.TempDir()
	cfg.StateDB = filepath.Join(dir, "state.db")
	cfg.Desk.Serve = freeAddr(t)
	cfg.RetryMin.Duration, cfg.RetryMax.Duration = 20*time.Millisecond, 200*time.Millisecond

	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- staffdesk.Embedded(ctx, cfg, testLogger(t)) }()
	t.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			t.Errorf("Embedded: %v", err)
		}
	})
	d := startDispatcher(t, cfg, cfg.StatePath())
	c, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))
	if _, err := os.Stat(filepath.Join(dir, "staffdesk.db")); err != nil {
		t.Errorf("desk database beside the state file: %v", err)
	}
	// Staff log in to the same desk with the same token.
	dk := &desk{URL: "http://" + cfg.Desk.Serve}
	code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/ack", `{"name":"Ana"}`, "one-token-for-both")
	if code != 200 {
		t.Fatalf("ack: %d %s", code, b)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))
}
