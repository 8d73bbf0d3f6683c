package config

import "time"

// Catalog says where the kiosk's inventory lives and how fresh it must be.
type Catalog struct {
	// DB is the catalog database file. Empty: the demo store, in the user's state directory.
	DB string `toml:"db"`
	// Synonyms is an extra vocabulary file store staff can extend (same format as the built-in
	// one: "shopper words = catalog words" per line). Optional.
	Synonyms string `toml:"synonyms"`
	// StaleAfter is the age beyond which prices and stock are called out as possibly out of date.
	StaleAfter Duration `toml:"stale_after"`
}

func defaultCatalog() Catalog {
	return Catalog{StaleAfter: Duration{2 * time.Hour}}
}

func (c Catalog) validate(bad func(key, format string, args ...any)) {
	if d := c.StaleAfter.Duration; d < time.Minute || d > 30*24*time.Hour {
		bad("stale_after", "must be between 1m and 720h (got %s)", d)
	}
}

func (c *Catalog) resolve(dir string) {
	c.DB = resolvePath(dir, c.DB)
	c.Synonyms = resolvePath(dir, c.Synonyms)
}
