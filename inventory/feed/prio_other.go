//go:build !linux

package feed

// lowThread runs a sync's steps; only Linux lowers their priority.
type lowThread struct{}

func startLow() *lowThread { return &lowThread{} }

func (l *lowThread) run(fn func()) { fn() }

func (l *lowThread) stop() {}
