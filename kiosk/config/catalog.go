package config

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/assets"
)

// Catalog says where the kiosk's inventory lives and how fresh it must be.
type Catalog struct {
	// DB is the catalog database file. Empty: the demo store, in the user's state directory.
	DB string `toml:"db"`
	// Synonyms is an extra vocabulary file store staff can extend (same format as the built-in
	// one: "shopper words = catalog words" per line). Optional.
	Synonyms string `toml:"synonyms"`
	// Vocabulary names the built-in vocabulary packs to read: "auto" (those whose lines the
	// catalog has products for: a grocery reads grocery and pharmacy, a hardware store
	// hardware; general always), "all", or packs by name: general, grocery, pharmacy,
	// hardware, department, autoparts, outdoor, beauty, home, office, crafts, electronics,
	// toys, farm, british.
	Vocabulary []string `toml:"vocabulary"`
	// StaleAfter is the age beyond which prices and stock are called out as possibly out of date.
	StaleAfter Duration `toml:"stale_after"`
}

func defaultCatalog() Catalog {
	return Catalog{StaleAfter: Duration{2 * time.Hour}, Vocabulary: []string{"auto"}}
}

func (c Catalog) validate(bad func(key, format string, args ...any)) {
	if d := c.StaleAfter.Duration; d < time.Minute || d > 30*24*time.Hour {
		bad("stale_after", "must be between 1m and 720h (got %s)", d)
	}
	packs := assets.VocabularyPacks()
	for _, v := range c.Vocabulary {
		if v != "auto" && v != "all" && !slices.Contains(packs, v) {
			bad("vocabulary", "%s", fmt.Sprintf("no pack %q: use auto, all or some of %s", v, strings.Join(packs, ", ")))
		}
	}
}

func (c *Catalog) resolve(dir string) {
	c.DB = resolvePath(dir, c.DB)
	c.Synonyms = resolvePath(dir, c.Synonyms)
}
