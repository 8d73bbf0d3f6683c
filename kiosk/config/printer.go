package config

import (
	"strings"
	"time"
)

// Printer is the kiosk's receipt printer, for shoppers' lists: a CUPS queue (Debian's cups
// stack; set the printer up with lpadmin or the CUPS web page, then name its queue here).
type Printer struct {
	// Queue is the CUPS queue's name. Empty: no printer; shoppers take their list as a QR
	// code.
	Queue string `toml:"queue"`
	// Server is the CUPS server: empty for the kiosk's own, or host[:port], or a socket's
	// path.
	Server string `toml:"server"`
	// WidthMM is the paper roll's width in millimetres: 58 or 80.
	WidthMM float64 `toml:"width_mm"`
	// Timeout is the longest a print may take, from the shopper's tap to the paper out; past
	// it the job is cancelled and the shopper told (1s to 2m).
	Timeout Duration `toml:"timeout"`
}

func defaultPrinter() Printer {
	return Printer{WidthMM: 80, Timeout: Duration{20 * time.Second}}
}

func (p Printer) validate(bad func(key, format string, args ...any)) {
	if p.WidthMM != 58 && p.WidthMM != 80 {
		bad("width_mm", "must be 58 or 80 (got %g)", p.WidthMM)
	}
	if p.Timeout.Duration < time.Second || p.Timeout.Duration > 2*time.Minute {
		bad("timeout", "must be 1s to 2m, e.g. \"20s\" (got %s)", p.Timeout.Duration)
	}
	if strings.ContainsAny(p.Queue, " \t/#") {
		bad("queue", "a CUPS queue name has no spaces, slashes or # (got %q)", p.Queue)
	}
}
