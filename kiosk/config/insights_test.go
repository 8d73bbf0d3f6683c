package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestInsightsSection(t *testing.T) {
	d := Default()
	if !d.Insights.Enabled || d.Insights.Retention.Duration != 30*24*time.Hour || !d.Insights.Vocabulary || d.Insights.Poll.Duration != 30*time.Second {
		t.Fatalf("default %+v", d.Insights)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("[staff]\nstate_db = \"/var/lib/k/state.db\"\n[insights]\nenabled = false\nretention = \"168h\"\nvocabulary_file = \"words.txt\"\n")
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if c.Insights.Enabled || c.Insights.Retention.Duration != 7*24*time.Hour ||
		c.Insights.DBPath(c.Staff) != "/var/lib/k/insights.db" || c.Insights.VocabularyPath(c.Staff) != filepath.Join(dir, "words.txt") {
		t.Errorf("loaded %+v (db %s, vocabulary %s)", c.Insights, c.Insights.DBPath(c.Staff), c.Insights.VocabularyPath(c.Staff))
	}
	for _, b := range []struct{ body, want string }{
		{"[insights]\nretention = \"10m\"\n", "insights.retention: must be at least 1h"},
		{"[insights]\npoll = \"2h\"\n", "insights.poll: must be 1s to 1h"},
		{"[insights]\nenable = true\n", "unknown setting(s) insights.enable"},
	} {
		write(b.body)
		if _, err := Load(path); err == nil || !strings.Contains(err.Error(), b.want) {
			t.Errorf("%q: got %v, want %q", b.body, err, b.want)
		}
	}
}
