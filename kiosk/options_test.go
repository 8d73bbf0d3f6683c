package kiosk

import (
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/kiosk/config"
)

// Staff mode shows the feed's address without what may unlock it.
func TestFeedAddressShownWithoutSecrets(t *testing.T) {
	for in, want := range map[string]string{
		"https://user:s3cret@feed.example.net/store-12/?token=abc#x": "https://feed.example.net/store-12/",
		"/var/lib/store-kiosk/feed":                                  "/var/lib/store-kiosk/feed",
	} {
		if got := safeAddress(in); got != want {
			t.Errorf("safeAddress(%q) = %q, want %q", in, got, want)
		}
	}
}

// The desk's address for phones: the public one, else the desk's unless it is this machine's
// loopback, else this machine's LAN address on the port the kiosk serves the desk on.
func TestPhoneDeskURL(t *testing.T) {
	if got := phoneDeskURL(config.StaffDesk{PublicURL: "http://192.168.1.20:8090/", URL: "http://127.0.0.1:8090"}); got != "http://192.168.1.20:8090" {
		t.Errorf("with a public URL: %q", got)
	}
	if got := phoneDeskURL(config.StaffDesk{URL: "http://staffdesk.lan:8090"}); got != "http://staffdesk.lan:8090" {
		t.Errorf("with a desk elsewhere: %q", got)
	}
	got := phoneDeskURL(config.StaffDesk{URL: "http://127.0.0.1:8090", Serve: ":8090"})
	if strings.Contains(got, "127.0.0.1") || got != "" && !strings.HasSuffix(got, ":8090") {
		t.Errorf("a desk served here: %q; want this machine's LAN address, or nothing", got)
	}
	if got := phoneDeskURL(config.StaffDesk{URL: "http://localhost:8090"}); got != "" {
		t.Errorf("a loopback desk not served here: %q", got)
	}
}
