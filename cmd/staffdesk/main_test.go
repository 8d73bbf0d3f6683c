package main

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"
)

// TestStaffdeskProcess is not a test: it is staffdesk, when the test binary is re-executed.
func TestStaffdeskProcess(t *testing.T) {
	args := os.Getenv("STAFFDESK_TEST_ARGS")
	if args == "" {
		t.Skip("runs only as a staffdesk subprocess")
	}
	var argv []string
	json.Unmarshal([]byte(args), &argv)
	os.Exit(run(argv, os.Stdout, os.Stderr))
}

func TestRefusesToRunWithoutAToken(t *testing.T) {
	for _, k := range []string{"STAFFDESK_TOKEN", "STAFFDESK_KIOSK_TOKEN", "STAFFDESK_STAFF_TOKEN", "CREDENTIALS_DIRECTORY"} {
		t.Setenv(k, "")
	}
	var stderr bytes.Buffer
	if code := run([]string{"--listen", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "d.db")}, io.Discard, &stderr); code != 2 {
		t.Errorf("exit %d without a token", code)
	}
	if !strings.Contains(stderr.String(), "never open to anonymous writes") {
		t.Errorf("stderr: %s", stderr.String())
	}
}

func TestServesTheContractAndStopsOnSIGTERM(t *testing.T) {
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	addr := ln.Addr().String()
	ln.Close()
	db := filepath.Join(t.TempDir(), "desk.db")
	j, _ := json.Marshal([]string{"--listen", addr, "--db", db, "--token", "T0K"})
	cmd := exec.Command(os.Args[0], "-test.run=^TestStaffdeskProcess$")
	cmd.Env = append(os.Environ(), "STAFFDESK_TEST_ARGS="+string(j))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	url := "http://" + addr
	for i := 0; ; i++ {
		if resp, err := http.Get(url + "/healthz"); err == nil {
			resp.Body.Close()
			break
		}
		if i > 200 {
			t.Fatalf("staffdesk did not start:\n%s", stderr.String())
		}
		time.Sleep(25 * time.Millisecond)
	}
	do := func(method, path, token, body string) int {
		req, _ := http.NewRequest(method, url+path, strings.NewReader(body))
		if token != "" {
			req.Header.Set("Authorization", "Bearer "+token)
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		return resp.StatusCode
	}
	if c := do("PUT", "/api/kiosk/calls/k1", "T0K", `{"id":"k1","kiosk":"Kiosk 1","location":"entrance","reason":"help","state":"queued"}`); c != 201 {
		t.Errorf("submit with --token: %d", c)
	}
	if c := do("GET", "/api/calls?state=open", "T0K", ""); c != 200 {
		t.Errorf("staff list with --token: %d", c)
	}
	if c := do("GET", "/api/calls?state=open", "", ""); c != 401 {
		t.Errorf("without a token: %d", c)
	}
	if c := do("POST", "/api/calls/k1/ack", "T0K", `{"name":"Ana"}`); c != 200 {
		t.Errorf("ack: %d", c)
	}
	cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("exit after SIGTERM: %v\n%s", err, stderr.String())
		}
	case <-time.After(10 * time.Second):
		t.Fatal("staffdesk did not stop on SIGTERM")
	}
	if _, err := os.Stat(db); err != nil {
		t.Errorf("database: %v", err)
	}
}

// --close-acknowledged-after (or STAFFDESK_CLOSE_ACKNOWLEDGED_AFTER) reaches the desk, within
// the bounds the kiosk's own setting has.
func TestCloseAcknowledgedAfterFlag(t *testing.T) {
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	t.Setenv("STAFFDESK_CLOSE_ACKNOWLEDGED_AFTER", "")
	var stderr bytes.Buffer
	s, code := parse([]string{"--token", "T0K"}, &stderr)
	if code != 0 || s.opt.CloseAcknowledgedAfter != 2*time.Hour {
		t.Errorf("default: exit %d, %s\n%s", code, s.opt.CloseAcknowledgedAfter, stderr.String())
	}
	s, code = parse([]string{"--token", "T0K", "--close-acknowledged-after", "45m"}, &stderr)
	if code != 0 || s.opt.CloseAcknowledgedAfter != 45*time.Minute {
		t.Errorf("flag: exit %d, %s\n%s", code, s.opt.CloseAcknowledgedAfter, stderr.String())
	}
	t.Setenv("STAFFDESK_CLOSE_ACKNOWLEDGED_AFTER", "90m")
	if s, code = parse([]string{"--token", "T0K"}, &stderr); code != 0 || s.opt.CloseAcknowledgedAfter != 90*time.Minute {
		t.Errorf("environment: exit %d, %s\n%s", code, s.opt.CloseAcknowledgedAfter, stderr.String())
	}
	for _, bad := range []string{"10s", "25h", "soon"} {
		stderr.Reset()
		if _, code := parse([]string{"--token", "T0K", "--close-acknowledged-after", bad}, &stderr); code != 2 ||
			!strings.Contains(stderr.String(), "close-acknowledged-after") {
			t.Errorf("%s: exit %d\n%s", bad, code, stderr.String())
		}
	}
}

// --new-code prints a staff code to put in the credential, and needs no token to do so.
func TestNewCodeFlag(t *testing.T) {
	t.Setenv("STAFFDESK_TOKEN", "")
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"--new-code"}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if !regexp.MustCompile(`^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}\n$`).MatchString(stdout.String()) {
		t.Errorf("printed %q", stdout.String())
	}
}

// HTTPS and a reverse proxy are set by flags or the environment; half a certificate is refused.
func TestTLSAndProxyFlags(t *testing.T) {
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	for _, k := range []string{"STAFFDESK_TLS_CERT", "STAFFDESK_TLS_KEY", "STAFFDESK_TRUST_PROXY"} {
		t.Setenv(k, "")
	}
	var stderr bytes.Buffer
	s, code := parse([]string{"--token", "T0K", "--tls-cert", "/etc/ssl/desk.crt", "--tls-key", "/etc/ssl/desk.key", "--trust-proxy"}, &stderr)
	if code != 0 || s.opt.TLSCertFile != "/etc/ssl/desk.crt" || s.opt.TLSKeyFile != "/etc/ssl/desk.key" || !s.opt.TrustProxy {
		t.Errorf("flags: exit %d, %+v\n%s", code, s.opt, stderr.String())
	}
	t.Setenv("STAFFDESK_TLS_CERT", "/c.pem")
	t.Setenv("STAFFDESK_TLS_KEY", "/k.pem")
	t.Setenv("STAFFDESK_TRUST_PROXY", "1")
	if s, code := parse([]string{"--token", "T0K"}, &stderr); code != 0 || s.opt.TLSCertFile != "/c.pem" || s.opt.TLSKeyFile != "/k.pem" || !s.opt.TrustProxy {
		t.Errorf("environment: exit %d, %+v", code, s.opt)
	}
	t.Setenv("STAFFDESK_TLS_KEY", "")
	stderr.Reset()
	if _, code := parse([]string{"--token", "T0K"}, &stderr); code != 2 || !strings.Contains(stderr.String(), "--tls-key") {
		t.Errorf("a certificate without a key: exit %d\n%s", code, stderr.String())
	}
}
