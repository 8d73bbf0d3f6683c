// Package config is the kiosk's one configuration file for store IT:
// /etc/store-kiosk/config.toml, every setting optional with a sensible default. Each section
// lives in its own file here. Secrets (tokens, API keys) never come from this file: they come
// from the environment or systemd credentials (see Secret).
package config

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/BurntSushi/toml"
)

// DefaultPath is where the packaged kiosk reads its configuration.
const DefaultPath = "/etc/store-kiosk/config.toml"

// Config is the whole configuration.
type Config struct {
	Store     Store     `toml:"store"`
	Kiosk     Kiosk     `toml:"kiosk"`
	Catalog   Catalog   `toml:"catalog"`
	Sync      Sync      `toml:"sync"`
	Staff     Staff     `toml:"staff"`
	Speech    Speech    `toml:"speech"`
	Assistant Assistant `toml:"assistant"`
	Health    Health    `toml:"health"`
	Insights  Insights  `toml:"insights"`
	Printer   Printer   `toml:"printer"`
}

// Default returns the configuration used when the file says nothing.
func Default() Config {
	return Config{
		Store:     defaultStore(),
		Kiosk:     defaultKiosk(),
		Catalog:   defaultCatalog(),
		Sync:      defaultSync(),
		Staff:     defaultStaff(),
		Speech:    defaultSpeech(),
		Assistant: defaultAssistant(),
		Health:    defaultHealth(),
		Insights:  defaultInsights(),
		Printer:   defaultPrinter(),
	}
}

// Load reads path over the defaults and validates the result. A missing file is an error; an
// unknown key is an error naming it, so a typo never silently does nothing.
func Load(path string) (Config, error) {
	cfg := Default()
	md, err := toml.DecodeFile(path, &cfg)
	if err != nil {
		var perr toml.ParseError
		if errors.As(err, &perr) {
			if perr.LastKey != "" { // a value of the wrong form: name its key
				return cfg, fmt.Errorf("%s: line %d: %s: %s", path, perr.Position.Line, perr.LastKey, perr.Message)
			}
			return cfg, fmt.Errorf("%s: line %d: %s", path, perr.Position.Line, perr.Message)
		}
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	if undecoded := md.Undecoded(); len(undecoded) > 0 {
		keys := make([]string, len(undecoded))
		for i, k := range undecoded {
			keys[i] = k.String()
		}
		return cfg, fmt.Errorf("%s: unknown setting(s) %s (see the configuration reference)", path, strings.Join(keys, ", "))
	}
	cfg.resolve(filepath.Dir(path))
	if err := cfg.Validate(); err != nil {
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	return cfg, nil
}

// Validate checks every setting and reports every problem at once, each naming its key and
// the form expected.
func (c *Config) Validate() error {
	var p problems
	c.Store.validate(p.section("store"))
	c.Kiosk.validate(p.section("kiosk"))
	c.Catalog.validate(p.section("catalog"))
	c.Sync.validate(p.section("sync"))
	c.Staff.validate(p.section("staff"))
	c.Speech.validate(p.section("speech"))
	c.Assistant.validate(p.section("assistant"))
	c.Health.validate(p.section("health"))
	c.Insights.validate(p.section("insights"))
	c.Printer.validate(p.section("printer"))
	return p.err()
}

// resolve makes relative file paths relative to the configuration file's directory.
func (c *Config) resolve(dir string) {
	c.Catalog.resolve(dir)
	c.Kiosk.resolve(dir)
	c.Sync.resolve(dir)
	c.Staff.resolve(dir)
	c.Speech.resolve(dir)
	c.Insights.resolve(dir)
}

// problems collects validation failures.
type problems []string

// section returns a reporter for keys of one section.
func (p *problems) section(name string) func(key, format string, args ...any) {
	return func(key, format string, args ...any) {
		*p = append(*p, name+"."+key+": "+fmt.Sprintf(format, args...))
	}
}

func (p problems) err() error {
	if len(p) == 0 {
		return nil
	}
	sort.Strings(p)
	return fmt.Errorf("invalid configuration:\n  %s", strings.Join(p, "\n  "))
}

// Duration is a TOML duration written as text: "90s", "5m", "1h30m".
type Duration struct{ time.Duration }

// UnmarshalText parses a Go duration string.
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(strings.TrimSpace(string(b)))
	if err != nil {
		return fmt.Errorf("%q is not a duration like 90s, 5m or 1h30m", string(b))
	}
	d.Duration = v
	return nil
}

// MarshalText writes the duration back in the same form.
func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// Secret returns a secret by name: from the systemd credential of that name when the service
// has one ($CREDENTIALS_DIRECTORY/name), else from the environment variable env. An empty
// credential counts as none: the packaged units default every credential to empty, so that
// a missing file in /etc/credstore does not stop the service.
func Secret(name, env string) string {
	if dir := os.Getenv("CREDENTIALS_DIRECTORY"); dir != "" && name != "" {
		if b, err := os.ReadFile(filepath.Join(dir, name)); err == nil {
			if s := strings.TrimSpace(string(b)); s != "" {
				return s
			}
		}
	}
	return strings.TrimSpace(os.Getenv(env))
}

func resolvePath(dir, p string) string {
	if p == "" || filepath.IsAbs(p) {
		return p
	}
	return filepath.Join(dir, p)
}
