package main

import (
	"bytes"
	"encoding/json"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
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
	os.Exit(run(argv, os.Stderr))
}

func TestRefusesToRunWithoutAToken(t *testing.T) {
	for _, k := range []string{"STAFFDESK_TOKEN", "STAFFDESK_KIOSK_TOKEN", "STAFFDESK_STAFF_TOKEN", "CREDENTIALS_DIRECTORY"} {
		t.Setenv(k, "")
	}
	var stderr bytes.Buffer
	if code := run([]string{"--listen", "127.0.0.1:0", "--db", filepath.Join(t.TempDir(), "d.db")}, &stderr); code != 2 {
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
