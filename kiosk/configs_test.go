package kiosk

import (
	"log/slog"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// The default configuration serves the desk inside the kiosk, its database beside the state
// file, with one token from the environment for kiosks and staff alike.
func TestDeskConfig(t *testing.T) {
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	t.Setenv("STAFFDESK_TOKEN", "one-token-for-both")
	t.Setenv("STAFFDESK_KIOSK_TOKEN", "")
	t.Setenv("STAFFDESK_STAFF_TOKEN", "")
	cfg := config.Default()
	dir := t.TempDir()
	cfg.Staff.StateDB = filepath.Join(dir, "state.db")
	want := staffdesk.Config{Listen: ":8090", DB: filepath.Join(dir, "staffdesk.db"),
		KioskToken: "one-token-for-both", StaffToken: "one-token-for-both", CloseAcknowledgedAfter: 2 * time.Hour}
	if got := deskConfig(cfg.Staff); got != want {
		t.Errorf("default desk %+v, want %+v", got, want)
	}
	cfg.Staff.Desk.TrustProxy = true
	if got := deskConfig(cfg.Staff); !got.TrustProxy {
		t.Error("staff.desk.trust_proxy does not reach the desk")
	}
	t.Setenv("STAFFDESK_STAFF_TOKEN", "staff-code")
	if got := deskConfig(cfg.Staff); got.StaffToken != "staff-code" || got.KioskToken != "one-token-for-both" {
		t.Errorf("tokens %q, %q: the staff token's own variable comes first", got.KioskToken, got.StaffToken)
	}

	cfg.Staff.Desk.URL, cfg.Staff.Desk.Serve = "http://staffdesk.lan:8090", ""
	if got := deskConfig(cfg.Staff); got != (staffdesk.Config{}) {
		t.Errorf("a desk elsewhere is served here too: %+v", got)
	}
	cfg.Staff.Desk.Serve, cfg.Staff.Desk.Enabled = ":8090", false
	if got := deskConfig(cfg.Staff); got != (staffdesk.Config{}) {
		t.Errorf("a disabled desk is served: %+v", got)
	}
}

// The pager pages the desk the kiosk serves itself by default, and says which secret to set
// when one is missing.
func TestStaffConfig(t *testing.T) {
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	t.Setenv("STAFFDESK_TOKEN", "")
	t.Setenv("STAFFDESK_KIOSK_TOKEN", "kiosk-token")
	t.Setenv("KIOSK_NTFY_TOKEN", "ntfy-token")
	cfg := config.Default()
	cfg.Staff.StateDB = filepath.Join(t.TempDir(), "state.db")
	cfg.Staff.Desk.PublicURL = "http://192.168.1.20:8090"
	cfg.Staff.Ntfy.Server, cfg.Staff.Ntfy.Topic = "https://ntfy.store.lan", "store-calls"
	sc, err := staffConfig(cfg)
	if err != nil {
		t.Fatal(err)
	}
	want := staff.Config{Kiosk: "Kiosk 1", Location: "entrance", StatePath: cfg.Staff.StateDB,
		EscalateAfter: 90 * time.Second, ExpireAfter: 30 * time.Minute, RetryMin: time.Second, RetryMax: 30 * time.Second,
		Desk: staff.DeskConfig{URL: "http://127.0.0.1:8090", Token: "kiosk-token"},
		Ntfy: staff.NtfyConfig{Server: "https://ntfy.store.lan", Topic: "store-calls", Priority: 4, Token: "ntfy-token",
			Click: "http://192.168.1.20:8090"}}
	if sc != want {
		t.Errorf("staff config\n %+v, want\n %+v", sc, want)
	}

	cfg.Staff.Desk.Serve = "8090" // not host:port
	if _, err := staffConfig(cfg); err == nil || !strings.Contains(err.Error(), "staff.desk.url") {
		t.Errorf("a desk with no address: %v", err)
	}
	cfg.Staff.Desk.Serve = ":8090"
	t.Setenv("STAFFDESK_KIOSK_TOKEN", "")
	_, err = newDispatcher(cfg, slog.New(slog.DiscardHandler))
	if want := "staff desk: no kiosk token (set STAFFDESK_KIOSK_TOKEN or STAFFDESK_TOKEN, or the systemd credential staffdesk-token)"; err == nil || err.Error() != want {
		t.Errorf("no token: %v, want %q", err, want)
	}
}

// The configuration's assistant defaults are the assistant package's own.
func TestAssistantConfig(t *testing.T) {
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	t.Setenv("KIOSK_ASSISTANT_API_KEY", "sk-store")
	got := assistantConfig(config.Default())
	want := assistant.DefaultConfig()
	want.APIKey = "sk-store"
	if !reflect.DeepEqual(got, want) {
		t.Errorf("from the default configuration\n %+v, want\n %+v", got, want)
	}
	cfg := config.Default()
	cfg.Store.Kind = "hardware store"
	if k := assistantConfig(cfg).StoreKind; k != "hardware store" {
		t.Errorf("store.kind %q reached the assistant as %q", cfg.Store.Kind, k)
	}
	cfg.Assistant.AskFor = []string{}
	if k := assistantConfig(cfg).AskFor; k == nil || len(k) != 0 {
		t.Errorf("ask_for = [] became %#v: the model would be asked the default kinds", k)
	}
}
