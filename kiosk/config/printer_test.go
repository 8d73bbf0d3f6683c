package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestPrinterSettings(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("[printer]\nqueue = \"receipt\"\nserver = \"localhost:631\"\nwidth_mm = 58\ntimeout = \"10s\"\n")
	cfg, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if p := cfg.Printer; p.Queue != "receipt" || p.Server != "localhost:631" || p.WidthMM != 58 || p.Timeout.Duration != 10*time.Second {
		t.Errorf("printer: %+v", p)
	}
	if d := Default().Printer; d.Queue != "" || d.WidthMM != 80 || d.Timeout.Duration != 20*time.Second {
		t.Errorf("default printer: %+v", d)
	}
	write("[printer]\nqueue = \"my printer\"\nwidth_mm = 60\ntimeout = \"0s\"\n")
	_, err = Load(path)
	for _, want := range []string{"printer.queue", "printer.width_mm", "must be 58 or 80", "printer.timeout"} {
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("bad printer settings: %v, want it to name %q", err, want)
		}
	}
}

// Paper: a roll unless set; a4 and letter as written; sheet takes the size from the locale.
func TestPrinterPaper(t *testing.T) {
	if p := Default().Printer; p.Paper != "roll" || p.Sheet(os.Getenv) != "" {
		t.Errorf("default paper %q, sheet %q", p.Paper, p.Sheet(os.Getenv))
	}
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }
	cases := []struct {
		paper string
		env   map[string]string
		want  string
	}{
		{"a4", map[string]string{"LANG": "en_US.UTF-8"}, "a4"},
		{"letter", nil, "letter"},
		{"sheet", map[string]string{"LANG": "en_US.UTF-8"}, "letter"},
		{"sheet", map[string]string{"LANG": "es_MX.UTF-8"}, "letter"},
		{"sheet", map[string]string{"LANG": "en_GB.UTF-8"}, "a4"},
		{"sheet", map[string]string{"LANG": "en_US.UTF-8", "LC_PAPER": "de_DE.UTF-8"}, "a4"},
		{"sheet", map[string]string{"LC_ALL": "fr_CA.UTF-8", "LANG": "de_DE"}, "letter"},
		{"sheet", map[string]string{"LANG": "C"}, "a4"},
		{"sheet", nil, "a4"},
	}
	for _, c := range cases {
		if got := (Printer{Paper: c.paper}).Sheet(env(c.env)); got != c.want {
			t.Errorf("paper %q with %v: %q, want %q", c.paper, c.env, got, c.want)
		}
	}
	path := filepath.Join(t.TempDir(), "config.toml")
	if err := os.WriteFile(path, []byte("[printer]\npaper = \"A5\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := Load(path); err == nil || !strings.Contains(err.Error(), "printer.paper") {
		t.Errorf("paper A5: %v", err)
	}
	if err := os.WriteFile(path, []byte("[printer]\npaper = \"letter\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if cfg, err := Load(path); err != nil || cfg.Printer.Sheet(os.Getenv) != "letter" {
		t.Errorf("paper letter: %v", err)
	}
}
