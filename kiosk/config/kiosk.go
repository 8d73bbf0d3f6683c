package config

import (
	"slices"
	"strings"
	"time"
)

// Kiosk describes this kiosk and how it behaves with shoppers.
type Kiosk struct {
	// Name identifies the kiosk to staff, e.g. "Kiosk 1".
	Name string `toml:"name"`
	// Location says where it stands, e.g. "entrance" or "by aisle 9"; staff walk there.
	Location string `toml:"location"`
	// Layout is the store floor plan file (JSON) for the map; empty uses the demo store's.
	Layout string `toml:"layout"`
	// Here is where this kiosk stands on the floor plan, by the name of a layout marker.
	Here string `toml:"here"`
	// IdleAfter is how long without input before "Do you need more time?".
	IdleAfter Duration `toml:"idle_after"`
	// IdleWarning is how long "Do you need more time?" stays before the kiosk resets (≥ 20 s).
	IdleWarning Duration `toml:"idle_warning"`
	// Language is the default language code ("en"); shoppers may switch per session.
	Language string `toml:"language"`
	// Fullscreen runs the kiosk fullscreen with no window decorations.
	Fullscreen bool `toml:"fullscreen"`
	// StaffPINEnv names the environment variable holding the staff-mode PIN (credential
	// "staff-pin" takes precedence). No PIN, no staff mode.
	StaffPINEnv string `toml:"staff_pin_env"`

	// The settings each shopper starts with; they may change them, and the kiosk returns to
	// these when it resets after being left alone (speech mode and volume: [speech]).

	// Theme is "standard" (high legibility) or "high-contrast" (white and yellow on black).
	Theme string `toml:"theme"`
	// TextSize is "normal", "large" (150 %) or "extra-large" (200 %).
	TextSize string `toml:"text_size"`
	// Keyboard is the on-screen keyboard's letter order: "qwerty" or "abc".
	Keyboard string `toml:"keyboard"`
	// ScanGap is the longest pause between the keystrokes of a barcode scanner (a scanner
	// types the digits and Enter within a few milliseconds each; people type slower).
	ScanGap Duration `toml:"scan_gap"`
}

// Themes, text sizes and keyboards the kiosk offers.
var (
	KioskThemes    = []string{"standard", "high-contrast"}
	KioskTextSizes = []string{"normal", "large", "extra-large"}
	KioskKeyboards = []string{"qwerty", "abc"}
)

func defaultKiosk() Kiosk {
	return Kiosk{
		Name:        "Kiosk 1",
		Location:    "entrance",
		Here:        "kiosk",
		IdleAfter:   Duration{90 * time.Second},
		IdleWarning: Duration{30 * time.Second},
		Language:    "en",
		Fullscreen:  true,
		StaffPINEnv: "KIOSK_STAFF_PIN",
		Theme:       "standard",
		TextSize:    "normal",
		Keyboard:    "qwerty",
		ScanGap:     Duration{60 * time.Millisecond},
	}
}

func (k Kiosk) validate(bad func(key, format string, args ...any)) {
	if k.Name == "" {
		bad("name", "must name the kiosk for staff, e.g. \"Kiosk 1\"")
	}
	if k.Location == "" {
		bad("location", "must say where the kiosk stands, e.g. \"entrance\"")
	}
	if d := k.IdleAfter.Duration; d < 15*time.Second || d > time.Hour {
		bad("idle_after", "must be between 15s and 1h (got %s)", d)
	}
	if d := k.IdleWarning.Duration; d < 20*time.Second || d > 5*time.Minute {
		bad("idle_warning", "must be between 20s and 5m (got %s)", d)
	}
	if k.Language == "" {
		bad("language", "must be a language code such as \"en\"")
	}
	oneOf := func(key, v string, allowed []string) {
		if !slices.Contains(allowed, v) {
			bad(key, "must be one of %s (got %q)", strings.Join(allowed, ", "), v)
		}
	}
	oneOf("theme", k.Theme, KioskThemes)
	oneOf("text_size", k.TextSize, KioskTextSizes)
	oneOf("keyboard", k.Keyboard, KioskKeyboards)
	if d := k.ScanGap.Duration; d < 10*time.Millisecond || d > 500*time.Millisecond {
		bad("scan_gap", "must be between 10ms and 500ms (got %s)", d)
	}
}

func (k *Kiosk) resolve(dir string) { k.Layout = resolvePath(dir, k.Layout) }

// StaffPIN returns the staff-mode PIN, or "" when staff mode is disabled.
func (k Kiosk) StaffPIN() string { return Secret("staff-pin", k.StaffPINEnv) }
