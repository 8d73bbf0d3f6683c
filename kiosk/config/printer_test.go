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
