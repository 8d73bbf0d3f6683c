package staff_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

func TestAnyBackendDeliversAndAllHearTheAnswer(t *testing.T) {
	f := startFakeNtfy(t, "")
	addr := freeAddr(t) // the desk is down at first
	cfg := ntfyConfig(f)
	cfg.Desk = staff.DeskConfig{URL: "http://" + addr, Token: kioskToken}
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

// TestDeskServedInProcess is the single-kiosk store: the kiosk serves the desk itself and
// pages through it, with one token for kiosks and staff alike.
func TestDeskServedInProcess(t *testing.T) {
	const token = "one-token-for-both"
	dc := staffdesk.Config{Listen: freeAddr(t), DB: filepath.Join(t.TempDir(), "staffdesk.db"),
		KioskToken: token, StaffToken: token}
	ctx, cancel := context.WithCancel(context.Background())
	served := make(chan error, 1)
	go func() { served <- staffdesk.Embedded(ctx, dc, testLogger(t)) }()
	t.Cleanup(func() {
		cancel()
		if err := <-served; err != nil {
			t.Errorf("Embedded: %v", err)
		}
	})
	cfg := testConfig(staffdesk.LocalURL(dc.Listen))
	cfg.Desk.Token = token
	d := startDispatcher(t, cfg, outboxPath(t))
	c, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))
	// Staff log in to the same desk with the same token.
	dk := &desk{URL: "http://" + dc.Listen}
	code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/ack", `{"name":"Ana"}`, token)
	if code != 200 {
		t.Fatalf("ack: %d %s", code, b)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))
}

// A backend that cannot work as configured stops New: staff would silently never be paged.
func TestNewRefusesBackendsThatCannotWork(t *testing.T) {
	for _, tc := range []struct {
		name string
		edit func(*staff.Config)
		want error
	}{
		{"desk without a token", func(c *staff.Config) { c.Desk.Token = "" }, staff.ErrNoDeskToken},
		{"webhook callbacks without a secret", func(c *staff.Config) {
			c.Webhook = staff.WebhookConfig{URL: "http://127.0.0.1:1/hook", CallbackListen: "127.0.0.1:0", CallbackURL: "http://127.0.0.1:1"}
		}, staff.ErrNoWebhookSecret},
		{"no backend", func(c *staff.Config) { c.Desk = staff.DeskConfig{} }, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cfg := testConfig("http://127.0.0.1:1")
			cfg.StatePath = outboxPath(t)
			tc.edit(&cfg)
			d, err := staff.New(cfg, testLogger(t))
			if err == nil {
				d.Close()
				t.Fatal("no error")
			}
			if tc.want != nil && !errors.Is(err, tc.want) {
				t.Errorf("error %v, want %v", err, tc.want)
			}
		})
	}
}
