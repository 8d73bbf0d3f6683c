package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestKioskSettings(t *testing.T) {
	dir := t.TempDir()
	good := filepath.Join(dir, "good.toml")
	if err := os.WriteFile(good, []byte("[kiosk]\ntheme = \"high-contrast\"\ntext_size = \"extra-large\"\nkeyboard = \"abc\"\nscan_gap = \"40ms\"\nlayout = \"plan.json\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cfg, err := Load(good)
	if err != nil {
		t.Fatal(err)
	}
	if k := cfg.Kiosk; k.Theme != "high-contrast" || k.TextSize != "extra-large" || k.Keyboard != "abc" ||
		k.ScanGap.Milliseconds() != 40 || k.Layout != filepath.Join(dir, "plan.json") {
		t.Errorf("read %+v", k)
	}
	bad := filepath.Join(dir, "bad.toml")
	if err := os.WriteFile(bad, []byte("[kiosk]\ntheme = \"dark\"\ntext_size = \"huge\"\nkeyboard = \"dvorak\"\nscan_gap = \"2s\"\nidle_warning = \"5s\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Load(bad)
	if err == nil {
		t.Fatal("bad kiosk settings accepted")
	}
	for _, key := range []string{"kiosk.theme", "kiosk.text_size", "kiosk.keyboard", "kiosk.scan_gap", "kiosk.idle_warning"} {
		if !strings.Contains(err.Error(), key) {
			t.Errorf("the error does not name %s: %v", key, err)
		}
	}
}
