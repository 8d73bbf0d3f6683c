package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestStaffSectionFromFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "config.toml")
	err := os.WriteFile(path, []byte(`
[staff]
state_db = "state/state.db"
escalate_after = "2m"

[staff.desk]
url = "http://staffdesk.lan:8090"
serve = ""

[staff.ntfy]
server = "https://ntfy.store.lan"
topic = "store-calls-x7f3"
escalate_topic = "store-managers-x7f3"

[staff.webhook]
url = "https://relay.store.lan/hook"
callback_listen = ":8091"
callback_url = "http://kiosk1.store.lan:8091"
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	s := c.Staff
	if s.EscalateAfter.Duration != 2*time.Minute || s.StatePath() != filepath.Join(dir, "state", "state.db") ||
		s.DeskDBPath() != filepath.Join(dir, "state", "staffdesk.db") {
		t.Errorf("staff section: %+v", s)
	}
	if !s.Desk.Enabled || s.Desk.URL != "http://staffdesk.lan:8090" || s.Ntfy.Priority != 4 || s.Ntfy.Topic != "store-calls-x7f3" {
		t.Errorf("defaults under the file: %+v", s)
	}
}

func TestStaffValidationNamesEveryBadKey(t *testing.T) {
	c := Default()
	c.Staff.EscalateAfter.Duration = 0
	c.Staff.Desk = StaffDesk{Enabled: true}
	c.Staff.Ntfy = StaffNtfy{Server: "ntfy.lan", Topic: "has spaces", Priority: 9}
	c.Staff.Webhook = StaffWebhook{URL: "https://relay/hook", CallbackListen: ":8091"}
	err := c.Validate()
	if err == nil {
		t.Fatal("bad staff section accepted")
	}
	for _, key := range []string{"staff.escalate_after", "staff.desk.url", "staff.ntfy.server", "staff.ntfy.topic",
		"staff.ntfy.priority", "staff.webhook.callback_url"} {
		if !strings.Contains(err.Error(), key+":") {
			t.Errorf("no complaint about %s in:\n%v", key, err)
		}
	}

	c = Default()
	c.Staff.Desk.Enabled = false
	if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "no way to page staff") {
		t.Errorf("no backend at all: %v", err)
	}
}

func TestStaffTokensFromEnvironmentAndCredentials(t *testing.T) {
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	t.Setenv("STAFFDESK_TOKEN", "both")
	t.Setenv("STAFFDESK_KIOSK_TOKEN", "")
	t.Setenv("STAFFDESK_STAFF_TOKEN", "staff-only")
	d := Default().Staff.Desk
	if d.KioskToken() != "both" || d.StaffToken() != "staff-only" {
		t.Errorf("kiosk %q staff %q", d.KioskToken(), d.StaffToken())
	}
	creds := t.TempDir()
	os.WriteFile(filepath.Join(creds, "staffdesk-kiosk-token"), []byte("from-credential\n"), 0o600)
	t.Setenv("CREDENTIALS_DIRECTORY", creds)
	if d.KioskToken() != "from-credential" {
		t.Errorf("credential not preferred: %q", d.KioskToken())
	}
}

// Acknowledged calls at a desk the kiosk serves close themselves after 2 h unless the file
// says otherwise, within a minute and a day.
func TestStaffDeskClosesAcknowledgedCalls(t *testing.T) {
	if d := Default().Staff.Desk.CloseAcknowledgedAfter.Duration; d != 2*time.Hour {
		t.Errorf("default close_acknowledged_after %s, want 2h", d)
	}
	path := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(path, []byte("[staff.desk]\nclose_acknowledged_after = \"45m\"\n"), 0o644)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if d := c.Staff.Desk.CloseAcknowledgedAfter.Duration; d != 45*time.Minute {
		t.Errorf("from the file: %s", d)
	}
	for _, bad := range []time.Duration{0, 30 * time.Second, 25 * time.Hour} {
		c := Default()
		c.Staff.Desk.CloseAcknowledgedAfter.Duration = bad
		if err := c.Validate(); err == nil || !strings.Contains(err.Error(), "staff.desk.close_acknowledged_after: must be between 1m and 24h") {
			t.Errorf("%s: %v", bad, err)
		}
	}
}

func TestStaffDeskBehindAProxy(t *testing.T) {
	if Default().Staff.Desk.TrustProxy {
		t.Error("a proxy is trusted by default")
	}
	path := filepath.Join(t.TempDir(), "config.toml")
	os.WriteFile(path, []byte("[staff.desk]\nserve = \"127.0.0.1:8090\"\ntrust_proxy = true\n"), 0o644)
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if !c.Staff.Desk.TrustProxy || c.Staff.Desk.Serve != "127.0.0.1:8090" {
		t.Errorf("from the file: %+v", c.Staff.Desk)
	}
}
