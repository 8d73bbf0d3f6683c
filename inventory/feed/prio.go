package feed

// pace runs a sync's steps (a download, BulkStep rows, an index, the commit) at the CPU
// priority the kiosk calls for at the time each starts: on the caller's thread at the
// process's priority, or on a thread at nice +10 (lowThread) while it should yield.
type pace struct {
	yield func() bool // whether the next step yields to the shopper
	low   *lowThread  // started by the first step that yields
}

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
