package staff_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// A reason the shopper gives after calling updates the call they made: staff already paged
// are told what it is about, nobody is paged twice, and the escalation clock keeps running.

func TestSetReasonUpdatesTheDeskCard(t *testing.T) {
	dk := startDesk(t, "127.0.0.1:0", filepath.Join(t.TempDir(), "desk.db"))
	events := subscribe(t, dk.URL+"/api/events", staffToken)
	d := startDispatcher(t, testConfig(dk.URL), outboxPath(t))
	ctx := context.Background()

	c, err := d.Call(ctx, staff.Request{Question: "tahini"})
	if err != nil {
		t.Fatal(err)
	}
	nextCallEvent(t, events, c.ID, 5*time.Second, func(w staff.Wire) bool { return w.State == staff.Sent })
	if err := d.SetReason(ctx, c.ID, staff.ReasonShelf); err != nil {
		t.Fatal(err)
	}
	w := nextCallEvent(t, events, c.ID, 5*time.Second, func(w staff.Wire) bool { return w.Reason == staff.ReasonShelf })
	if w.State != staff.Sent || w.ReasonText != "Reach a high shelf" || w.Question != "tahini" {
		t.Errorf("the desk's card after the reason: %+v", w)
	}
	open := dk.calls(t, "open")
	if len(open) != 1 || open[0].ID != c.ID || open[0].Reason != staff.ReasonShelf {
		t.Errorf("open calls on the desk: %+v; want the one call, with its reason", open)
	}
	got, err := d.Get(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.Reason != staff.ReasonShelf || got.State != staff.Sent || !got.CreatedAt.Equal(c.CreatedAt) {
		t.Errorf("the kiosk's record: %+v", got)
	}

	// A finished call keeps the reason it had.
	if code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/resolve", "", staffToken); code != 200 {
		t.Fatalf("resolve: %d %s", code, b)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Resolved))
	if err := d.SetReason(ctx, c.ID, staff.ReasonPrice); err != nil {
		t.Fatal(err)
	}
	if got, _ := d.Get(ctx, c.ID); got.Reason != staff.ReasonShelf {
		t.Errorf("a closed call's reason changed to %s", got.Reason)
	}
}

func TestSetReasonReachesWebhookAndNtfy(t *testing.T) {
	rc := startReceiver(t, 0)
	f := startFakeNtfy(t, "tk_kioskstaff")
	cfg := webhookConfig(t, rc)
	cfg.Ntfy = ntfyConfig(f).Ntfy
	d := startDispatcher(t, cfg, outboxPath(t))
	ctx := context.Background()

	c, err := d.Call(ctx, staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.created" })
	f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" && m.SequenceID == c.ID })
	if err := d.SetReason(ctx, c.ID, staff.ReasonPrice); err != nil {
		t.Fatal(err)
	}
	e := rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.reason" })
	if e.ev.Call.ID != c.ID || e.ev.Call.Reason != staff.ReasonPrice || e.ev.Call.State != staff.Sent ||
		!strings.Contains(e.ev.Text, "Price question") {
		t.Errorf("webhook event: %+v", e.ev)
	}
	m := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.SequenceID == c.ID && strings.Contains(m.Message, "Price question") })
	if m.Topic != "store-calls" || len(m.Actions) != 1 {
		t.Errorf("ntfy replacement: %+v; want the same page with the reason, still with I'm coming", m)
	}
	rc.mu.Lock()
	defer rc.mu.Unlock()
	if rc.deliveries[c.ID+"/call.cancelled"] != 0 || rc.deliveries[c.ID+"/call.created"] != 1 {
		t.Errorf("the reason cancelled or re-paged the call: %v", rc.deliveries)
	}
}
