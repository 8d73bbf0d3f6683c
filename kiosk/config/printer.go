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
	// Paper is what the printer prints on: "roll" (a receipt roll, width_mm wide, the list
	// as long as it needs), "a4" or "letter" (sheets of that size), or "sheet" (A4 or
	// Letter, as the kiosk's locale uses: Letter in the US, Canada, Mexico and the other
	// countries that use it, A4 elsewhere; from LC_PAPER, else LC_ALL, else LANG).
	Paper string `toml:"paper"`
	// WidthMM is the paper roll's width in millimetres: 58 or 80.
	WidthMM float64 `toml:"width_mm"`
	// Timeout is the longest a print may take, from the shopper's tap to the paper out; past
	// it the job is cancelled and the shopper told (1s to 2m).
	Timeout Duration `toml:"timeout"`
}

func defaultPrinter() Printer {
	return Printer{Paper: "roll", WidthMM: 80, Timeout: Duration{20 * time.Second}}
}

func (p Printer) validate(bad func(key, format string, args ...any)) {
	if p.WidthMM != 58 && p.WidthMM != 80 {
		bad("width_mm", "must be 58 or 80 (got %g)", p.WidthMM)
	}
	switch p.Paper {
	case "roll", "a4", "letter", "sheet":
	default:
		bad("paper", "must be roll, a4, letter or sheet (A4 or Letter by the locale) (got %q)", p.Paper)
	}
	if p.Timeout.Duration < time.Second || p.Timeout.Duration > 2*time.Minute {
		bad("timeout", "must be 1s to 2m, e.g. \"20s\" (got %s)", p.Timeout.Duration)
	}
	if strings.ContainsAny(p.Queue, " \t/#") {
		bad("queue", "a CUPS queue name has no spaces, slashes or # (got %q)", p.Queue)
	}
}

// Sheet is the sheet size the printer prints on, "a4" or "letter", or "" for a roll. For
// "sheet" it is the locale's: env looks up LC_PAPER, LC_ALL and LANG (os.Getenv).
func (p Printer) Sheet(env func(string) string) string {
	switch p.Paper {
	case "a4", "letter":
		return p.Paper
	case "sheet":
		return LocalePaper(env)
	}
	return ""
}

// letterCountries use US Letter paper; the rest of the world uses A4.
var letterCountries = map[string]bool{"US": true, "CA": true, "MX": true, "PH": true, "CL": true,
	"CO": true, "VE": true, "CR": true, "GT": true, "SV": true, "NI": true, "DO": true, "PR": true, "PA": true}

// LocalePaper is "letter" or "a4" for the locale named by LC_PAPER, else LC_ALL, else LANG
// ("en_US.UTF-8" → letter, "es_ES.UTF-8" → a4); a4 when none names a country.
func LocalePaper(env func(string) string) string {
	for _, k := range []string{"LC_PAPER", "LC_ALL", "LANG"} {
		v := env(k)
		if v == "" {
			continue
		}
		v, _, _ = strings.Cut(v, ".")
		v, _, _ = strings.Cut(v, "@")
		if _, country, ok := strings.Cut(v, "_"); ok && letterCountries[strings.ToUpper(country)] {
			return "letter"
		}
		return "a4"
	}
	return "a4"
}
