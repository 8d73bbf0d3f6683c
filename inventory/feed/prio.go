package feed

// pace runs a sync's steps (a download, BulkStep rows, an index, the commit) at the CPU
// priority the kiosk calls for at the time each starts: on the caller's thread at the
// process's priority, or on a thread at nice +YieldNice (lowThread) while it should yield.
type pace struct {
	yield func() bool // whether the next step yields to the shopper
	low   *lowThread  // started by the first step that yields
}

// YieldNice is how much lower than the process's a sync's priority is while it yields.
// Measured on two cores against two CPU-busy processes with a shopper asking every 5 ms
// throughout (BenchmarkSyncUnderLoad, FEED_BENCH_SHOPPER=1), a 1,000,000-product snapshot
// went live in 98 s at +10 (a tenth of a busy core), 32–33 s at +5 and 14 s at +0, and the
// shopper's answers' p95 was 0.8×, 1.2–1.6× and 1.1× what it was before the sync: what the
// shopper waits for barely depends on it. +5 keeps the sync within a minute and still gives
// the kiosk's own threads (the screen, the recogniser) three times the sync's share.
const YieldNice = 5

// pace returns the policy for one sync: never yield at FullPriority; with Shopper set, yield
// while a shopper is at the kiosk and only then; otherwise always.
func (s *Syncer) pace() *pace {
	switch {
	case s.FullPriority:
		return &pace{yield: func() bool { return false }}
	case s.Shopper != nil:
		return &pace{yield: s.Shopper}
	}
	return &pace{yield: func() bool { return true }}
}

// step runs fn at the priority the moment calls for and waits for it.
func (p *pace) step(fn func()) {
	if !p.yield() {
		fn()
		return
	}
	if p.low == nil {
		p.low = startLow()
	}
	p.low.run(fn)
}

// stop ends the low-priority thread, if one was started.
func (p *pace) stop() {
	if p.low != nil {
		p.low.stop()
	}
}
