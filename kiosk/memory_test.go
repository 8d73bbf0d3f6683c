package kiosk

import (
	"log/slog"
	"math"
	"runtime/debug"
	"testing"
)

// The kiosk sets its soft memory limit, and leaves the one GOMEMLIMIT gave the runtime.
func TestLimitMemory(t *testing.T) {
	prev := debug.SetMemoryLimit(-1)
	defer debug.SetMemoryLimit(prev)
	log := slog.New(slog.DiscardHandler)

	t.Setenv("GOMEMLIMIT", "")
	debug.SetMemoryLimit(math.MaxInt64)
	if got := LimitMemory(log); got != MemoryLimit || debug.SetMemoryLimit(-1) != MemoryLimit {
		t.Errorf("LimitMemory = %d, runtime limit %d; want %d", got, debug.SetMemoryLimit(-1), MemoryLimit)
	}

	// As the runtime would have set it at start from GOMEMLIMIT=1GiB.
	t.Setenv("GOMEMLIMIT", "1GiB")
	debug.SetMemoryLimit(1 << 30)
	if got := LimitMemory(log); got != 1<<30 || debug.SetMemoryLimit(-1) != 1<<30 {
		t.Errorf("with GOMEMLIMIT=1GiB: LimitMemory = %d, runtime limit %d; want 1 GiB kept", got, debug.SetMemoryLimit(-1))
	}
}
