package staff_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
	"github.com/storekiosk/storekiosk/inventory/sqlitedb/fulldisk"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// On a full disk the pager still starts: a new call fails saying the disk is full (the
// shopper is sent to the service desk); a call left in the outbox waits, since no process can
// claim its delivery (so processes sharing the outbox never make it twice), and is not tried
// again and again; once there is room, without a restart, calls are saved and delivered.
func TestCallsOnAFullDisk(t *testing.T) {
	fulldisk.Each(t, 4<<20, func(t *testing.T, disk *fulldisk.Disk) {
		ctx := context.Background()
		var posts atomic.Int32
		hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { posts.Add(1) }))
		defer hook.Close()
		cfg := testConfig("")
		cfg.Webhook = staff.WebhookConfig{URL: hook.URL}
		cfg.RetryMax = 2 * time.Second
		cfg.StatePath = filepath.Join(disk.Dir, "state.db")

		// A call saved just before the kiosk stopped, not yet delivered.
		d, err := staff.New(cfg, testLogger(t))
		if err != nil {
			t.Fatal(err)
		}
		left, err := d.Call(ctx, staff.Request{Reason: staff.ReasonShelf})
		if err != nil {
			t.Fatal(err)
		}
		d.Close()

		disk.Fill(t)
		d = startDispatcher(t, cfg, cfg.StatePath)
		if err := d.Writable(); !sqlitedb.IsDiskFull(err) {
			t.Errorf("Writable on the full disk: %v", err)
		}
		if _, err := d.Call(ctx, staff.Request{}); !sqlitedb.IsDiskFull(err) {
			t.Errorf("a call on the full disk: %v; want a disk-full error", err)
		}
		time.Sleep(time.Second) // a worker that did not wait RetryMax would try dozens of times
		if n := posts.Load(); n != 0 {
			t.Errorf("the call left in the outbox was delivered %d times while its delivery could not be claimed", n)
		}
		if c, err := d.Get(ctx, left.ID); err != nil || c.State != staff.Queued {
			t.Errorf("the call left in the outbox is %+v, %v; it cannot be recorded as sent", c, err)
		}

		disk.Free(t)
		c, err := d.Call(ctx, staff.Request{Reason: staff.ReasonPrice})
		if err != nil {
			t.Fatalf("a call with room again: %v", err)
		}
		watchUntil(t, d, c.ID, 10*time.Second, inState(staff.Sent))
		watchUntil(t, d, left.ID, 10*time.Second, inState(staff.Sent))
		if err := d.Writable(); err != nil {
			t.Errorf("Writable with room again: %v", err)
		}
	})
}
