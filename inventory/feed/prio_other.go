//go:build !linux

package feed

// background runs fn; only Linux lowers the priority of a sync's thread.
func background(fn func()) { fn() }
