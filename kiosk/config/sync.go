package config

import (
	"crypto/ed25519"
	"encoding/base64"
	"net/url"
	"strings"
	"time"
)

// Sync says where the kiosk gets its catalog from and how often it looks (see the feed
// package: a directory of manifest.json, snapshot and deltas on any static web server, bucket,
// CDN, network share or USB stick).
type Sync struct {
	// Feed is the http(s) URL of the store's feed directory, or a local directory. Empty: no
	// sync; the catalog changes only by `kioskctl import`.
	Feed string `toml:"feed"`
	// Interval between checks. A check that finds nothing new is one conditional request.
	Interval Duration `toml:"interval"`
	// Jitter moves each check by up to this much either way, so a fleet does not poll in step.
	Jitter Duration `toml:"jitter"`
	// Timeout bounds one download as a whole.
	Timeout Duration `toml:"timeout"`
	// StallTimeout gives up on a server or link that sends nothing for this long.
	StallTimeout Duration `toml:"stall_timeout"`
	// PublicKey is the feed's ed25519 public key (base64, from `kioskctl feed keygen`). Set,
	// the kiosk refuses unsigned or wrongly signed feeds. Not a secret.
	PublicKey string `toml:"public_key"`
	// StoreID, when set, must match the feed's store_id, so another store's feed (a mixed-up
	// USB stick) is refused.
	StoreID string `toml:"store_id"`
	// WarnAfter is the data age (from the feed's created_at) beyond which staff screens and
	// the health endpoint warn that prices and stock may be out of date. Shoppers are told
	// only past catalog.stale_after.
	WarnAfter Duration `toml:"warn_after"`
	// MaxUnpackedMB bounds what one feed file (the snapshot, or a delta) may unpack to, in MiB.
	// A bigger file is refused and the catalog kept, so a damaged or hostile feed (a gzip
	// bomb) cannot exhaust the kiosk's memory or disk. A million products of a grocery export
	// unpack to about 100 MiB (more with long descriptions); raise it only for a catalog that
	// really is larger.
	MaxUnpackedMB int `toml:"max_unpacked_mb"`
}

func defaultSync() Sync {
	return Sync{
		Interval:      Duration{5 * time.Minute},
		Jitter:        Duration{time.Minute},
		Timeout:       Duration{10 * time.Minute},
		StallTimeout:  Duration{30 * time.Second},
		WarnAfter:     Duration{90 * time.Minute},
		MaxUnpackedMB: 1024,
	}
}

// Enabled reports whether a feed is configured.
func (s Sync) Enabled() bool { return s.Feed != "" }

// IsURL reports whether the feed is fetched over http(s) rather than read from a directory.
func (s Sync) IsURL() bool {
	return strings.HasPrefix(s.Feed, "http://") || strings.HasPrefix(s.Feed, "https://")
}

// Key returns the feed's public key, or nil when signatures are not required.
func (s Sync) Key() ed25519.PublicKey {
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s.PublicKey))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil
	}
	return ed25519.PublicKey(b)
}

func (s Sync) validate(bad func(key, format string, args ...any)) {
	if s.IsURL() {
		if u, err := url.Parse(s.Feed); err != nil || u.Host == "" {
			bad("feed", "%q is not a URL like https://feeds.example.com/store-042/", s.Feed)
		}
	} else if strings.Contains(s.Feed, "://") {
		bad("feed", "must be an http(s) URL or a directory (got %q)", s.Feed)
	}
	if d := s.Interval.Duration; d < 30*time.Second || d > 24*time.Hour {
		bad("interval", "must be between 30s and 24h (got %s)", d)
	}
	if d := s.Jitter.Duration; d < 0 || d > s.Interval.Duration {
		bad("jitter", "must be between 0s and the interval, %s (got %s)", s.Interval.Duration, d)
	}
	if d := s.Timeout.Duration; d < 10*time.Second || d > 6*time.Hour {
		bad("timeout", "must be between 10s and 6h (got %s)", d)
	}
	if d := s.StallTimeout.Duration; d < 5*time.Second || d > 10*time.Minute {
		bad("stall_timeout", "must be between 5s and 10m (got %s)", d)
	}
	if s.PublicKey != "" && s.Key() == nil {
		bad("public_key", "must be 44 characters of base64, the .pub line from `kioskctl feed keygen`")
	}
	if d := s.WarnAfter.Duration; d < time.Minute || d > 30*24*time.Hour {
		bad("warn_after", "must be between 1m and 720h (got %s)", d)
	}
	if n := s.MaxUnpackedMB; n < 1 || n > 65536 {
		bad("max_unpacked_mb", "must be between 1 and 65536 MiB (got %d)", n)
	}
}

func (s *Sync) resolve(dir string) {
	// Only a directory is made relative to the file; any URL, even one validate will refuse
	// ("ftp://…"), stays as written so the refusal names it.
	if !strings.Contains(s.Feed, "://") {
		s.Feed = resolvePath(dir, s.Feed)
	}
}
