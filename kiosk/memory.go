package kiosk

import (
	"log/slog"
	"os"
	"runtime/debug"
)

// MemoryLimit is the kiosk process's soft memory limit unless GOMEMLIMIT says otherwise. It
// is the figure a million-product catalog is meant to fit in (issue 21): near it the garbage
// collector runs more often rather than letting the heap double, as it would by default, on
// a 4 GB box shared with the store's other software. Below it nothing changes; a catalog
// whose answer index alone needs more is still served, with the collector working harder.
const MemoryLimit = 400 << 20

// LimitMemory sets the process's soft memory limit (runtime/debug.SetMemoryLimit) to
// MemoryLimit, unless the GOMEMLIMIT environment variable is set, which the Go runtime has
// already read and which then wins. It returns the limit in force.
func LimitMemory(logger *slog.Logger) int64 {
	if v := os.Getenv("GOMEMLIMIT"); v != "" {
		limit := debug.SetMemoryLimit(-1)
		logger.Info("memory limit from GOMEMLIMIT", "GOMEMLIMIT", v, "bytes", limit)
		return limit
	}
	debug.SetMemoryLimit(MemoryLimit)
	logger.Info("memory limit", "MiB", MemoryLimit>>20)
	return MemoryLimit
}
