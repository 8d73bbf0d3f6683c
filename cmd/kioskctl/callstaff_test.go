package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// TestKioskctlProcess is not a test: it is kioskctl itself, when the test binary is
// re-executed by kioskctl below, so the contract is checked on a real process.
func TestKioskctlProcess(t *testing.T) {
	args := os.Getenv("KIOSKCTL_TEST_ARGS")
	if args == "" {
		t.Skip("runs only as a kioskctl subprocess")
	}
	var argv []string
	if err := json.Unmarshal([]byte(args), &argv); err != nil {
		panic(err)
	}
	os.Exit(run(argv, os.Stdout, os.Stderr))
}

// kioskctl starts kioskctl with args; its output lines arrive on the returned channel.
type proc struct {
	cmd    *exec.Cmd
	lines  chan string
	stderr *syncBuffer
	done   chan error
}

// syncBuffer is stderr, written by exec's copier while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func kioskctl(t *testing.T, args ...string) *proc {
	t.Helper()
	j, _ := json.Marshal(args)
	cmd := exec.Command(os.Args[0], "-test.run=^TestKioskctlProcess$")
	cmd.Env = append(os.Environ(), "KIOSKCTL_TEST_ARGS="+string(j))
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{cmd: cmd, lines: make(chan string, 20), stderr: &syncBuffer{}, done: make(chan error, 1)}
	cmd.Stderr = p.stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(out)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "{") {
				p.lines <- sc.Text()
			}
		}
		close(p.lines)
		p.done <- cmd.Wait()
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			<-p.done
		}
	})
	return p
}

// next waits for the next state line.
func (p *proc) next(t *testing.T, within time.Duration) callLine {
	t.Helper()
	select {
	case l, ok := <-p.lines:
		if !ok {
			t.Fatalf("kioskctl ended early; stderr:\n%s", p.stderr)
		}
		var keys map[string]any
		if err := json.Unmarshal([]byte(l), &keys); err != nil || len(keys) != 4 {
			t.Errorf("line %s: want exactly id, state, by, at", l)
		}
		var c callLine
		json.Unmarshal([]byte(l), &c)
		if _, err := time.Parse(time.RFC3339Nano, c.At); err != nil || c.ID == "" {
			t.Errorf("line %s: bad id or time", l)
		}
		return c
	case <-time.After(within):
		t.Fatalf("no state line within %s; stderr:\n%s", within, p.stderr)
	}
	return callLine{}
}

func (p *proc) exit(t *testing.T) int {
	t.Helper()
	for range p.lines {
	}
	select {
	case err := <-p.done:
		var ee *exec.ExitError
		if errors.As(err, &ee) {
			return ee.ExitCode()
		}
		if err != nil {
			t.Fatal(err)
		}
		return 0
	case <-time.After(30 * time.Second):
		t.Fatal("kioskctl did not exit")
	}
	return -1
}

const deskToken = "desk-token-for-kioskctl"

type desk struct {
	url    string
	cancel context.CancelFunc
	done   chan struct{}
}

func startDesk(t *testing.T, addr string) *desk {
	t.Helper()
	store, err := staffdesk.Open(filepath.Join(t.TempDir(), "desk.db"))
	if err != nil {
		t.Fatal(err)
	}
	srv, err := staffdesk.New(store, staffdesk.Options{KioskToken: deskToken, StaffToken: deskToken})
	if err != nil {
		t.Fatal(err)
	}
	var ln net.Listener
	for i := 0; i < 50; i++ {
		if ln, err = net.Listen("tcp", addr); err == nil {
			break
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	d := &desk{url: "http://" + ln.Addr().String(), cancel: cancel, done: make(chan struct{})}
	go func() { srv.Serve(ctx, ln); store.Close(); close(d.done) }()
	t.Cleanup(func() { cancel(); <-d.done })
	return d
}

func (d *desk) api(t *testing.T, method, path, body string) []byte {
	t.Helper()
	req, _ := http.NewRequest(method, d.url+path, strings.NewReader(body))
	req.Header.Set("Authorization", "Bearer "+deskToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("%s %s: %s %s", method, path, resp.Status, b)
	}
	return b
}

func (d *desk) all(t *testing.T) []staff.Wire {
	var out []staff.Wire
	json.Unmarshal(d.api(t, "GET", "/api/calls?state=all", ""), &out)
	return out
}

func freeAddr(t *testing.T) string {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

func TestCallStaffPrintsStatesUntilAcknowledged(t *testing.T) {
	d := startDesk(t, "127.0.0.1:0")
	p := kioskctl(t, "call-staff", "--desk", d.url, "--token", deskToken, "--kiosk", "Kiosk 1, entrance",
		"--reason", "shelf", "--question", "top shelf oats", "--wait", "30s")
	if l := p.next(t, 10*time.Second); l.State != "queued" {
		t.Fatalf("first line %+v", l)
	}
	sent := p.next(t, 10*time.Second)
	if sent.State != "sent" {
		t.Fatalf("second line %+v", sent)
	}
	w := d.all(t)
	if len(w) != 1 || w[0].ID != sent.ID || w[0].Kiosk != "Kiosk 1" || w[0].Location != "entrance" ||
		w[0].Reason != staff.ReasonShelf || w[0].Question != "top shelf oats" {
		t.Fatalf("desk has %+v", w)
	}
	d.api(t, "POST", "/api/calls/"+sent.ID+"/ack", `{"name":"Ana"}`)
	if l := p.next(t, 10*time.Second); l.State != "acknowledged" || l.By != "Ana" || l.ID != sent.ID {
		t.Errorf("third line %+v", l)
	}
	if code := p.exit(t); code != 0 {
		t.Errorf("exit %d; stderr:\n%s", code, p.stderr)
	}
}

func TestCallStaffWaitsForTheDeskThenDeliversOnce(t *testing.T) {
	addr := freeAddr(t)
	outbox := filepath.Join(t.TempDir(), "outbox.db")
	p := kioskctl(t, "call-staff", "--desk", "http://"+addr, "--token", deskToken, "--outbox", outbox, "--wait", "30s")
	q := p.next(t, 10*time.Second)
	if q.State != "queued" {
		t.Fatalf("first line %+v", q)
	}
	time.Sleep(time.Second) // the desk is down for a while
	d := startDesk(t, addr)
	if l := p.next(t, 15*time.Second); l.State != "sent" {
		t.Fatalf("after the desk came up: %+v", l)
	}
	d.api(t, "POST", "/api/calls/"+q.ID+"/ack", `{"name":"Bo"}`)
	if l := p.next(t, 10*time.Second); l.State != "acknowledged" || l.By != "Bo" {
		t.Errorf("%+v", l)
	}
	if code := p.exit(t); code != 0 {
		t.Errorf("exit %d; stderr:\n%s", code, p.stderr)
	}
	if n := len(d.all(t)); n != 1 {
		t.Errorf("desk holds %d calls, want 1", n)
	}
}

func TestCallStaffKilledThenRerunSendsTheQueuedCall(t *testing.T) {
	addr := freeAddr(t)
	outbox := filepath.Join(t.TempDir(), "outbox.db")
	args := []string{"call-staff", "--desk", "http://" + addr, "--token", deskToken, "--outbox", outbox, "--wait", "30s"}
	p := kioskctl(t, args...)
	q := p.next(t, 10*time.Second)
	if q.State != "queued" {
		t.Fatalf("first line %+v", q)
	}
	time.Sleep(300 * time.Millisecond)
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	if code := p.exit(t); code != -1 {
		t.Fatalf("killed kioskctl exited %d", code)
	}

	d := startDesk(t, addr)
	p2 := kioskctl(t, args...)
	first := p2.next(t, 10*time.Second)
	if first.ID != q.ID {
		t.Fatalf("rerun made call %s, want the queued %s", first.ID, q.ID)
	}
	for first.State != "sent" {
		first = p2.next(t, 10*time.Second)
	}
	d.api(t, "POST", "/api/calls/"+q.ID+"/ack", `{"name":"Ana"}`)
	if l := p2.next(t, 10*time.Second); l.State != "acknowledged" {
		t.Errorf("%+v", l)
	}
	if code := p2.exit(t); code != 0 {
		t.Errorf("exit %d; stderr:\n%s", code, p2.stderr)
	}
	if !strings.Contains(p2.stderr.String(), "resuming unfinished call "+q.ID) {
		t.Errorf("stderr: %s", p2.stderr)
	}
	if all := d.all(t); len(all) != 1 || all[0].ID != q.ID {
		t.Errorf("desk holds %+v", all)
	}
}

func TestCallStaffTimesOutNonZero(t *testing.T) {
	d := startDesk(t, "127.0.0.1:0")
	p := kioskctl(t, "call-staff", "--desk", d.url, "--token", deskToken, "--wait", "1s")
	if code := p.exit(t); code == 0 {
		t.Errorf("exit 0 although nobody answered")
	}
	if !strings.Contains(p.stderr.String(), "no one acknowledged") {
		t.Errorf("stderr: %s", p.stderr)
	}

	// A wrong token: the desk refuses, the call stays queued, kioskctl says why and fails.
	p = kioskctl(t, "call-staff", "--desk", d.url, "--token", "wrong", "--wait", "1s")
	if code := p.exit(t); code == 0 {
		t.Errorf("exit 0 with a wrong token")
	}
	if s := p.stderr.String(); !strings.Contains(s, "refused this kiosk's token") || !strings.Contains(s, "it is queued") {
		t.Errorf("stderr: %s", s)
	}
}
