package kiosk

import (
	"log/slog"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
)

// A touch on the screen tells the catalog sync a shopper is there (so it yields to them) for
// as long as the kiosk keeps a session untouched: idle_after, then the idle question.
func TestSyncYieldsWhileAShopperIsAtTheScreen(t *testing.T) {
	cfg := config.Default()
	cfg.Sync.Feed = t.TempDir()
	cfg.Kiosk.IdleAfter.Duration = 90 * time.Second
	cfg.Kiosk.IdleWarning.Duration = 30 * time.Second
	clock := time.Date(2026, 12, 6, 9, 0, 0, 0, time.UTC)
	p := &parts{shopper: newShopperNear(cfg)}
	p.shopper.now = func() time.Time { return clock }
	p.syncer = newSyncer(cfg, nil, p.shopper, slog.New(slog.DiscardHandler))
	o := p.uiOptions(cfg, slog.New(slog.DiscardHandler))

	if p.syncer.Shopper() {
		t.Fatal("nobody has touched the kiosk, yet the sync yields to a shopper")
	}
	o.Touched()
	clock = clock.Add(2 * time.Minute).Add(-time.Second)
	if !p.syncer.Shopper() {
		t.Fatal("a touch 1 min 59 s ago (session 2 min): the sync should yield")
	}
	clock = clock.Add(time.Second)
	if p.syncer.Shopper() {
		t.Fatal("2 min after the last touch the session is over: the sync should run at full speed")
	}
	o.Touched()
	if !p.syncer.Shopper() {
		t.Fatal("a new touch: the sync should yield again")
	}
}
