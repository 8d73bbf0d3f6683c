package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestHealthSection(t *testing.T) {
	d := Default().Health
	if d.Listen != "127.0.0.1:9464" || !d.Local() || d.TokenEnv != "KIOSK_HEALTH_TOKEN" {
		t.Fatalf("default %+v", d)
	}
	for _, c := range []struct {
		listen string
		local  bool
	}{{"127.0.0.1:9464", true}, {"localhost:9464", true}, {"[::1]:9464", true},
		{":9464", false}, {"0.0.0.0:9464", false}, {"192.0.2.7:9464", false}} {
		if got := (Health{Listen: c.listen}).Local(); got != c.local {
			t.Errorf("%s: local %v, want %v", c.listen, got, c.local)
		}
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	write := func(s string) {
		if err := os.WriteFile(path, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("[health]\nlisten = \":9464\"\n")
	if c, err := Load(path); err != nil || c.Health.Listen != ":9464" {
		t.Fatalf("%+v %v", c.Health, err)
	}
	write("[health]\nlisten = \"\"\n")
	if _, err := Load(path); err != nil {
		t.Fatalf("off: %v", err)
	}
	for _, c := range []struct{ body, want string }{
		{"[health]\nlisten = \"9464\"\n", "health.listen: must be host:port"},
		{"[health]\nlisten = \"127.0.0.1:99999\"\n", "health.listen: port must be 1 to 65535"},
		{"[health]\nlisten = \"kiosk.lan:9464\"\n", "health.listen: host must be an IP address"},
		{"[health]\nlisten = \":9464\"\ntoken_env = \"\"\n", "health.token_env: must name"},
	} {
		write(c.body)
		_, err := Load(path)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%q: got %v, want %q", c.body, err, c.want)
		}
	}
	t.Setenv("KIOSK_HEALTH_TOKEN", " s3cret \n")
	if got := d.Token(); got != "s3cret" {
		t.Errorf("token %q", got)
	}
}

// The packaged units default every credential to empty: an empty one falls back to the
// environment.
func TestEmptyCredentialFallsBackToEnv(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "health-token"), []byte("\n"), 0o600)
	t.Setenv("CREDENTIALS_DIRECTORY", dir)
	t.Setenv("KIOSK_HEALTH_TOKEN", "from-env")
	if got := Default().Health.Token(); got != "from-env" {
		t.Errorf("empty credential: got %q, want the environment's", got)
	}
	os.WriteFile(filepath.Join(dir, "health-token"), []byte("from-cred\n"), 0o600)
	if got := Default().Health.Token(); got != "from-cred" {
		t.Errorf("credential: got %q", got)
	}
}
