package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func writeConfig(t *testing.T, body string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestDefaultIsValid(t *testing.T) {
	c := Default()
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
}

func TestLoadNamesWhatIsWrong(t *testing.T) {
	for _, c := range []struct{ body, want string }{
		{"[kiosk]\nidle_secs = 5\n", "unknown setting(s) kiosk.idle_secs"},
		{"[kiosk]\nidle_after = \"soon\"\n", "kiosk.idle_after"},
		{"[kiosk]\nidle_after = \"5s\"\n", "kiosk.idle_after: must be between 15s and 1h"},
		{"[store\nname = 1\n", "line 2: expected"},
		{"[speech]\nend_pause = \"2s\"\n", "speech.end_pause: must be between 200ms and end_silence (1.2s) (got 2s)"},
		// A URL the kiosk cannot fetch is reported as written, not taken for a directory.
		{"[sync]\nfeed = \"ftp://feeds.example.com/\"\n", `sync.feed: must be an http(s) URL or a directory (got "ftp://feeds.example.com/")`},
		{"[speech]\nvoice_es = \"\"\n", `speech.voice_es: must be an espeak-ng voice such as "es-419"`},
	} {
		_, err := Load(writeConfig(t, c.body))
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: err = %v, want it to say %q", c.body, err, c.want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing.toml")); err == nil {
		t.Error("a missing file is not an error")
	}
}

func TestRelativePathsFollowTheFile(t *testing.T) {
	path := writeConfig(t, "[catalog]\ndb = \"catalog.db\"\nsynonyms = \"/etc/store-kiosk/words.txt\"\n[sync]\nfeed = \"feed\"\n")
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	dir := filepath.Dir(path)
	if c.Catalog.DB != filepath.Join(dir, "catalog.db") || c.Catalog.Synonyms != "/etc/store-kiosk/words.txt" ||
		c.Sync.Feed != filepath.Join(dir, "feed") {
		t.Errorf("paths = %q %q %q", c.Catalog.DB, c.Catalog.Synonyms, c.Sync.Feed)
	}
}

func TestSecretPrefersCredentials(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "staff-pin"), []byte("4321\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("TEST_PIN", "1111")
	if got := Secret("staff-pin", "TEST_PIN"); got != "1111" {
		t.Errorf("without credentials: %q", got)
	}
	t.Setenv("CREDENTIALS_DIRECTORY", dir)
	if got := Secret("staff-pin", "TEST_PIN"); got != "4321" {
		t.Errorf("with a credential: %q", got)
	}
}
