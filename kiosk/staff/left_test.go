package staff_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// When the kiosk starts again for the next shopper while a call is open, the call stays open
// and every backend already paged hears that the shopper may have left.

func TestShopperLeftReachesTheDeskAndKeepsTheCallOpen(t *testing.T) {
	dk := startDesk(t, "127.0.0.1:0", filepath.Join(t.TempDir(), "desk.db"))
	events := subscribe(t, dk.URL+"/api/events", staffToken)
	d := startDispatcher(t, testConfig(dk.URL), outboxPath(t))
	ctx := context.Background()

	c, err := d.Call(ctx, staff.Request{Reason: staff.ReasonFinding, Question: "tahini"})
	if err != nil {
		t.Fatal(err)
	}
	nextCallEvent(t, events, c.ID, 5*time.Second, func(w staff.Wire) bool { return w.State == staff.Sent })
	if code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/ack", `{"name":"Ana"}`, staffToken); code != 200 {
		t.Fatalf("ack: %d %s", code, b)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))

	if err := d.ShopperLeft(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if err := d.ShopperLeft(ctx, c.ID); err != nil { // the second time changes nothing
		t.Fatal(err)
	}
	w := nextCallEvent(t, events, c.ID, 5*time.Second, func(w staff.Wire) bool { return w.ShopperLeft })
	if w.State != staff.Acknowledged || w.By != "Ana" {
		t.Errorf("the desk's card after the kiosk started again: %+v; want Ana still coming, marked", w)
	}
	open := dk.calls(t, "open")
	if len(open) != 1 || !open[0].ShopperLeft {
		t.Errorf("open calls on the desk: %+v", open)
	}
	got, err := d.Get(ctx, c.ID)
	if err != nil {
		t.Fatal(err)
	}
	if got.State != staff.Acknowledged || !got.ShopperLeft {
		t.Errorf("the kiosk's record: %+v", got)
	}

	// Closing it still works, and a closed call is not marked again.
	if code, b := dk.staff(t, "POST", "/api/calls/"+c.ID+"/resolve", "", staffToken); code != 200 {
		t.Fatalf("resolve: %d %s", code, b)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Resolved))
	if err := d.ShopperLeft(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
}

func TestShopperLeftReachesWebhookAndNtfy(t *testing.T) {
	rc := startReceiver(t, 0)
	f := startFakeNtfy(t, "tk_kioskstaff")
	cfg := webhookConfig(t, rc)
	cfg.Ntfy = ntfyConfig(f).Ntfy
	d := startDispatcher(t, cfg, outboxPath(t))
	ctx := context.Background()

	c, err := d.Call(ctx, staff.Request{Reason: staff.ReasonShelf})
	if err != nil {
		t.Fatal(err)
	}
	rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.created" })
	f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" && m.SequenceID == c.ID })
	if err := d.ShopperLeft(ctx, c.ID); err != nil {
		t.Fatal(err)
	}

	e := rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.shopper_left" })
	if !e.ev.Call.ShopperLeft || e.ev.Call.State != staff.Sent || !strings.Contains(e.ev.Text, "may have left") {
		t.Errorf("webhook event: %+v", e.ev)
	}
	m := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.SequenceID == c.ID && strings.Contains(m.Title, "may have left") })
	if m.Topic != "store-calls" || !strings.Contains(m.Message, "Reach a high shelf") || len(m.Actions) != 1 {
		t.Errorf("ntfy replacement: %+v; want the same page, retitled, still with I'm coming", m)
	}
	if got, _ := d.Get(ctx, c.ID); got.State != staff.Sent {
		t.Errorf("the call is %s; want it still open", got.State)
	}
}
