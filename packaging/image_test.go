package packaging_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// The image recipe end to end: debootstrap a Debian 12 root, install the package in it and
// check it there (packaging/image/build.sh's own checks, among them kiosk --check-config).
// It downloads several hundred MB from the Debian mirror and takes minutes, so it runs only
// when asked: STOREKIOSK_IMAGE_TEST=1 go test ./packaging -run TestImage -timeout 40m
// (or make image).
func TestImage(t *testing.T) {
	if os.Getenv("STOREKIOSK_IMAGE_TEST") != "1" {
		t.Skip("set STOREKIOSK_IMAGE_TEST=1 to build the kiosk image (downloads Debian; minutes)")
	}
	if os.Getuid() != 0 {
		t.Skip("debootstrap and chroot need root")
	}
	deb := buildDeb(t)
	need(t, "debootstrap", "debootstrap")
	root := filepath.Join(t.TempDir(), "rootfs")
	cmd := exec.Command("image/build.sh", deb, root)
	out, err := cmd.CombinedOutput()
	t.Logf("%s", out)
	if err != nil {
		t.Fatalf("image/build.sh: %v", err)
	}
	for _, want := range []string{"ok    kiosk --check-config: configuration valid", "ok    kiosk session enabled at boot",
		"ok    systemd-analyze verify", "image: [", "done: "} {
		if !strings.Contains(string(out), want) {
			t.Errorf("output lacks %q", want)
		}
	}
	if _, err := os.Stat(filepath.Join(root, "usr/bin/kiosk")); err != nil {
		t.Error(err)
	}
}
