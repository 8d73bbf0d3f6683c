package config

import (
	"path/filepath"
	"time"
)

// Insights is what the kiosk learns for the store: the questions it could not answer well
// ("not carried", "unsure", or followed within a minute by a staff call or the question asked
// again in other words), kept as text only, with names, phone numbers, emails and long numbers
// taken out, counted per day and question, and sent to the staff desk's Insights page. The
// store's own words taught there come back to every kiosk.
type Insights struct {
	// Enabled records such questions and sends them to the staff desk. false: nothing is
	// recorded or sent.
	Enabled bool `toml:"enabled"`
	// Retention is how long the kiosk keeps a record, sent or not (at least 1h).
	Retention Duration `toml:"retention"`
	// DB is the record's database. Empty: insights.db beside staff.state_db.
	DB string `toml:"db"`
	// Vocabulary fetches the store's vocabulary (the words staff teach on the desk's Insights
	// page) from the staff desk, and applies it without a restart.
	Vocabulary bool `toml:"vocabulary"`
	// VocabularyFile is where the fetched vocabulary is kept. Empty: store-vocabulary.txt
	// beside staff.state_db.
	VocabularyFile string `toml:"vocabulary_file"`
	// Poll is how often the desk is asked for the vocabulary (an unchanged file costs one 304).
	Poll Duration `toml:"poll"`
}

func defaultInsights() Insights {
	return Insights{Enabled: true, Retention: Duration{30 * 24 * time.Hour}, Vocabulary: true,
		Poll: Duration{30 * time.Second}}
}

func (in Insights) validate(bad func(key, format string, args ...any)) {
	if in.Retention.Duration < time.Hour {
		bad("retention", "must be at least 1h, e.g. \"720h\" for 30 days (got %s)", in.Retention.Duration)
	}
	if in.Poll.Duration < time.Second || in.Poll.Duration > time.Hour {
		bad("poll", "must be 1s to 1h, e.g. \"30s\" (got %s)", in.Poll.Duration)
	}
}

func (in *Insights) resolve(dir string) {
	in.DB = resolvePath(dir, in.DB)
	in.VocabularyFile = resolvePath(dir, in.VocabularyFile)
}

// DBPath is the record's database: DB, else insights.db beside the staff call outbox.
func (in Insights) DBPath(s Staff) string {
	if in.DB != "" {
		return in.DB
	}
	return filepath.Join(filepath.Dir(s.StatePath()), "insights.db")
}

// VocabularyPath is where the store's vocabulary is kept.
func (in Insights) VocabularyPath(s Staff) string {
	if in.VocabularyFile != "" {
		return in.VocabularyFile
	}
	return filepath.Join(filepath.Dir(s.StatePath()), "store-vocabulary.txt")
}
