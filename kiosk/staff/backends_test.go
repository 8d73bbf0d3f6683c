package staff_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
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
