package staff_test

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// Counts follows calls through the real desk: made, sent, answered, escalated, open.
func TestCounts(t *testing.T) {
	const after = 300 * time.Millisecond
	dk := startDesk(t, "127.0.0.1:0", filepath.Join(t.TempDir(), "desk.db"))
	cfg := testConfig(dk.URL)
	cfg.EscalateAfter = after
	outbox := outboxPath(t)
	d := startDispatcher(t, cfg, outbox)
	ctx := context.Background()
	start := time.Now().Add(-time.Millisecond)

	if c, err := d.Counts(ctx, start); err != nil || c != (staff.Counts{}) {
		t.Fatalf("before any call: %+v %v", c, err)
	}
	answered, err := d.Call(ctx, staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	watchUntil(t, d, answered.ID, 5*time.Second, inState(staff.Sent))
	if code, b := dk.staff(t, "POST", "/api/calls/"+answered.ID+"/ack", `{"name":"Ana"}`, staffToken); code != 200 {
		t.Fatalf("ack: %d %s", code, b)
	}
	watchUntil(t, d, answered.ID, 5*time.Second, inState(staff.Acknowledged))
	ignored, err := d.Call(ctx, staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	watchUntil(t, d, ignored.ID, 5*time.Second, inState(staff.Escalated))

	c, err := d.Counts(ctx, start)
	if err != nil {
		t.Fatal(err)
	}
	if want := (staff.Counts{Made: 2, Sent: 2, Acknowledged: 1, Escalated: 1, Open: 2}); c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	if code, b := dk.staff(t, "POST", "/api/calls/"+answered.ID+"/resolve", ``, staffToken); code != 200 {
		t.Fatalf("resolve: %d %s", code, b)
	}
	watchUntil(t, d, answered.ID, 5*time.Second, inState(staff.Resolved))
	c, _ = d.Counts(ctx, start)
	if c.Acknowledged != 1 || c.Open != 1 {
		t.Errorf("after Done: %+v, want 1 answered and 1 open", c)
	}
	// Calls made before the kiosk started are not counted again; open ones still show.
	if c, _ := d.Counts(ctx, time.Now().Add(time.Hour)); c.Made != 0 || c.Open != 1 {
		t.Errorf("since later: %+v", c)
	}
}
