package main

import (
	"bufio"
	"bytes"
	"errors"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestMain lets the test binary be the kiosk: the tests below run it as a real subprocess.
func TestMain(m *testing.M) {
	if os.Getenv("KIOSK_TEST_MAIN") == "1" {
		main()
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// kiosk runs the kiosk's main in a subprocess with args and a clean environment plus env.
func kioskCmd(t *testing.T, env []string, args ...string) *exec.Cmd {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	home := t.TempDir()
	cmd := exec.Command(exe, args...)
	cmd.Env = append([]string{"KIOSK_TEST_MAIN=1", "PATH=" + os.Getenv("PATH"), "HOME=" + home,
		"LANG=en_US.UTF-8", "STATE_DIRECTORY=" + filepath.Join(home, "state")}, env...)
	return cmd
}

func write(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func run(t *testing.T, cmd *exec.Cmd) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	switch {
	case errors.As(err, &ee):
		code = ee.ExitCode()
	case err != nil:
		t.Fatal(err)
	}
	return code, out.String(), errb.String()
}

const goodConfig = `
[store]
name = "Main Street"

[kiosk]
name = "Kiosk 2"
location = "by aisle 9"
idle_after = "2m"
theme = "high-contrast"

[staff.desk]
url = "http://staffdesk.lan:8090"
serve = ""

[health]
listen = "127.0.0.1:9464"
`

func TestCheckConfigGood(t *testing.T) {
	path := write(t, "config.toml", goodConfig)
	cmd := kioskCmd(t, []string{"STAFFDESK_TOKEN=t0ken", "KIOSK_STAFF_PIN=2468"}, "-check-config", path)
	code, out, errs := run(t, cmd)
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	if want := `configuration valid: ` + path + ` ("Kiosk 2" at "by aisle 9"; 0 warning(s))`; strings.TrimSpace(out) != want {
		t.Errorf("stdout %q, want %q", out, want)
	}
	if errs != "" {
		t.Errorf("stderr: %s", errs)
	}
	// No window, no Fyne: nothing written under $HOME.
	home := strings.TrimPrefix(cmd.Env[2], "HOME=")
	if entries, _ := os.ReadDir(home); len(entries) != 0 {
		t.Errorf("--check-config wrote into $HOME: %v", entries)
	}
	// -config FILE works as well as the argument.
	if code, out, _ := run(t, kioskCmd(t, nil, "-check-config", "-config", path)); code != 0 || !strings.Contains(out, "configuration valid") {
		t.Errorf("-config form: exit %d: %s", code, out)
	}
}

func TestCheckConfigWarnings(t *testing.T) {
	dir := t.TempDir()
	path := write(t, "config.toml", `
[catalog]
db = "`+filepath.Join(dir, "nope.db")+`"
[kiosk]
layout = "missing-layout.json"
[health]
listen = ":9464"
`)
	// No secrets in the environment: warnings, but the file is valid.
	code, out, errs := run(t, kioskCmd(t, nil, "-check-config", path))
	if code != 0 {
		t.Fatalf("exit %d\n%s%s", code, out, errs)
	}
	for _, w := range []string{
		"warning: catalog.db: " + filepath.Join(dir, "nope.db") + " does not exist: import a catalog (kioskctl import",
		"warning: kiosk.layout: " + filepath.Join(filepath.Dir(path), "missing-layout.json") + " does not exist: products are shown without a map",
		"warning: staff.desk: no kiosk token",
		"warning: staff.desk.serve: no staff token",
		"warning: kiosk.staff_pin_env: no staff PIN (credential staff-pin or $KIOSK_STAFF_PIN): staff mode is off",
		"warning: health.listen: :9464 is beyond localhost and there is no token",
	} {
		if !strings.Contains(errs, w) {
			t.Errorf("stderr lacks %q:\n%s", w, errs)
		}
	}
	if !strings.Contains(out, "6 warning(s)") {
		t.Errorf("stdout: %s", out)
	}
}

func TestCheckConfigBad(t *testing.T) {
	for _, c := range []struct {
		name, body string
		want       []string
	}{
		{"values", `
[kiosk]
idle_after = "5s"
theme = "neon"
[staff]
escalate_after = "soon"
`, []string{`line 6: staff.escalate_after: "soon" is not a duration like 90s, 5m or 1h30m`}},
		{"ranges", `
[kiosk]
idle_after = "5s"
theme = "neon"
[sync]
feed = "http://"
[health]
listen = "9464"
`, []string{
			"kiosk.idle_after: must be between 15s and 1h (got 5s)",
			`kiosk.theme: must be one of standard, high-contrast (got "neon")`,
			`sync.feed: "http://" is not a URL like https://feeds.example.com/store-042/`,
			`health.listen: must be host:port or :port, e.g. "127.0.0.1:9464" (got "9464")`,
		}},
		{"unknown", "[kiosk]\nnmae = \"Kiosk 1\"\n", []string{"unknown setting(s) kiosk.nmae"}},
		{"syntax", "[kiosk\nname = 1\n", []string{"line 2: expected '.' or ']' to end table name"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := write(t, "config.toml", c.body)
			code, out, errs := run(t, kioskCmd(t, nil, "-check-config", path))
			if code != 2 {
				t.Fatalf("exit %d, want 2\n%s%s", code, out, errs)
			}
			if !strings.HasPrefix(errs, "kiosk: configuration NOT valid: "+path) {
				t.Errorf("stderr does not start with the verdict and the file:\n%s", errs)
			}
			for _, w := range c.want {
				if !strings.Contains(errs, w) {
					t.Errorf("stderr lacks %q:\n%s", w, errs)
				}
			}
			t.Logf("%s", errs)
		})
	}
	code, _, errs := run(t, kioskCmd(t, nil, "-check-config", filepath.Join(t.TempDir(), "absent.toml")))
	if code != 2 || !strings.Contains(errs, "no such file") {
		t.Errorf("missing file: exit %d: %s", code, errs)
	}
}

// The real kiosk, in a real window (Xvfb), tells systemd it is ready once its window runs,
// then keeps the watchdog fed from the UI goroutine, and says it is stopping on SIGTERM.
func TestKioskNotifiesSystemd(t *testing.T) {
	if testing.Short() {
		t.Skip("starts the real kiosk: slow")
	}
	display := startXvfb(t)
	sock := filepath.Join(t.TempDir(), "notify.sock")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: sock, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	got := make(chan string, 100)
	go func() {
		buf := make([]byte, 4096)
		for {
			n, err := conn.Read(buf)
			if err != nil {
				close(got)
				return
			}
			got <- string(buf[:n])
		}
	}()
	// No staff desk here (port 8090 may be taken): a webhook on a closed loopback port.
	cfg := write(t, "config.toml", `
[kiosk]
name = "Kiosk 7"
location = "test bench"
[staff.desk]
enabled = false
[staff.webhook]
url = "http://127.0.0.1:9/hook"
[health]
listen = ""
`)
	cmd := kioskCmd(t, []string{"DISPLAY=" + display, "NOTIFY_SOCKET=" + sock, "WATCHDOG_USEC=1000000",
		"WATCHDOG_PID=1"}, "-window", "-config", cfg)
	var logs bytes.Buffer
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	defer func() {
		cmd.Process.Kill()
		if t.Failed() {
			t.Logf("kiosk output:\n%s", logs.String())
		}
	}()
	expect := func(want string, within time.Duration) time.Time {
		t.Helper()
		deadline := time.After(within)
		for {
			select {
			case m := <-got:
				if strings.HasPrefix(m, want) {
					return time.Now()
				}
				t.Logf("notification %q", m)
			case err := <-exited:
				t.Fatalf("kiosk exited (%v) before sending %q", err, want)
			case <-deadline:
				t.Fatalf("no %q within %s", want, within)
			}
		}
	}
	started := time.Now()
	ready := expect("READY=1\nSTATUS=Serving shoppers: Kiosk 7, test bench", 90*time.Second)
	t.Logf("READY after %s", ready.Sub(started).Round(time.Millisecond))
	// Left alone for 2 s the kiosk's loop sleeps (kiosk/ui/park.go): the keep-alives must still
	// come on time then, so the ones measured come after that.
	for time.Since(ready) < 3*time.Second {
		expect("WATCHDOG=1", 5*time.Second)
	}
	first := expect("WATCHDOG=1", 5*time.Second)
	expect("WATCHDOG=1", 5*time.Second)
	third := expect("WATCHDOG=1", 5*time.Second)
	if gap := third.Sub(first); gap < 700*time.Millisecond || gap > 3*time.Second {
		t.Errorf("two keep-alives took %s, want about 1 s (WATCHDOG_USEC=1s, beats every 0.5 s)", gap)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	expect("STOPPING=1", 10*time.Second)
	select {
	case err := <-exited:
		if err != nil {
			t.Errorf("kiosk exit after SIGTERM: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Error("kiosk still running 10 s after SIGTERM")
	}
}

// startXvfb starts a virtual screen and returns its DISPLAY. Without Xvfb: a skip here, a
// failure in CI (scripts/deps.sh installs it).
func startXvfb(t *testing.T) string {
	t.Helper()
	bin, err := exec.LookPath("Xvfb")
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("Xvfb is not installed (scripts/deps.sh test)")
		}
		t.Skip("Xvfb is not installed: apt-get install xvfb")
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	cmd := exec.Command(bin, "-displayfd", "3", "-screen", "0", "1280x800x24", "-nolisten", "tcp")
	cmd.ExtraFiles = []*os.File{w}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	w.Close()
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	line := make(chan string, 1)
	go func() {
		s, _ := bufio.NewReader(r).ReadString('\n')
		line <- strings.TrimSpace(s)
	}()
	select {
	case n := <-line:
		if n == "" {
			t.Fatal("Xvfb did not start")
		}
		return ":" + n
	case <-time.After(20 * time.Second):
		t.Fatal("Xvfb did not start within 20 s")
	}
	return ""
}
