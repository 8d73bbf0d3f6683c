package sdnotify

import (
	"context"
	"net"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// listen opens a real Unix datagram socket, as systemd's notify socket is, and returns its
// path and a channel of the datagrams it receives.
func listen(t *testing.T) (string, <-chan string) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "notify.sock")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: path, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close() })
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
	return path, got
}

func next(t *testing.T, got <-chan string) string {
	t.Helper()
	select {
	case m := <-got:
		return m
	case <-time.After(5 * time.Second):
		t.Fatal("no notification within 5 s")
		return ""
	}
}

func TestFromEnv(t *testing.T) {
	t.Setenv("NOTIFY_SOCKET", "/run/systemd/notify")
	t.Setenv("WATCHDOG_USEC", "30000000")
	t.Setenv("WATCHDOG_PID", "1") // cage's, not ours: still honoured
	n := FromEnv()
	if n.Socket != "/run/systemd/notify" || n.Interval != 30*time.Second {
		t.Fatalf("got socket %q interval %v", n.Socket, n.Interval)
	}
	t.Setenv("WATCHDOG_USEC", "nonsense")
	if n := FromEnv(); n.Interval != 0 {
		t.Errorf("bad WATCHDOG_USEC gave interval %v, want none", n.Interval)
	}
	t.Setenv("NOTIFY_SOCKET", "")
	if n := FromEnv(); n.Enabled() {
		t.Error("enabled without NOTIFY_SOCKET")
	}
}

func TestReadyStatusStopping(t *testing.T) {
	path, got := listen(t)
	n := &Notifier{Socket: path}
	if err := n.Ready("Answering questions;\nstore open"); err != nil {
		t.Fatal(err)
	}
	if m := next(t, got); m != "READY=1\nSTATUS=Answering questions; store open" {
		t.Errorf("ready sent %q", m)
	}
	if err := n.Status("Catalog updated"); err != nil {
		t.Fatal(err)
	}
	if m := next(t, got); m != "STATUS=Catalog updated" {
		t.Errorf("status sent %q", m)
	}
	if err := n.Stopping(); err != nil {
		t.Fatal(err)
	}
	if m := next(t, got); m != "STOPPING=1" {
		t.Errorf("stopping sent %q", m)
	}
}

func TestAbstractSocket(t *testing.T) {
	name := "storekiosk-sdnotify-test-" + strings.ReplaceAll(t.Name(), "/", "-")
	conn, err := net.ListenUnixgram("unixgram", &net.UnixAddr{Name: "\x00" + name, Net: "unixgram"})
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if err := (&Notifier{Socket: "@" + name}).Ready(""); err != nil {
		t.Fatal(err)
	}
	buf := make([]byte, 64)
	conn.SetReadDeadline(time.Now().Add(5 * time.Second))
	n, err := conn.Read(buf)
	if err != nil || string(buf[:n]) != "READY=1" {
		t.Fatalf("read %q, %v", buf[:n], err)
	}
}

func TestDisabledDoesNothing(t *testing.T) {
	var n *Notifier
	if err := n.Ready("x"); err != nil {
		t.Error(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	(&Notifier{}).Watch(ctx, nil) // returns at once
	if err := (&Notifier{Socket: "relative/path"}).Ready(""); err == nil {
		t.Error("a relative socket path was accepted")
	}
	if err := (&Notifier{Socket: filepath.Join(t.TempDir(), "absent.sock")}).Ready(""); err == nil {
		t.Error("no error for a socket nobody listens on")
	}
}

// Watch sends WATCHDOG=1 at half the interval, through the given queue.
func TestWatchBeatsThroughTheQueue(t *testing.T) {
	path, got := listen(t)
	n := &Notifier{Socket: path, Interval: 200 * time.Millisecond}
	var queued atomic.Int32
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	start := time.Now()
	go func() {
		defer close(done)
		n.Watch(ctx, func(f func()) { queued.Add(1); f() })
	}()
	for i := 0; i < 4; i++ {
		if m := next(t, got); m != "WATCHDOG=1" {
			t.Fatalf("beat %d: %q", i, m)
		}
	}
	elapsed := time.Since(start)
	cancel()
	<-done
	// The first beat is at once, then one every 100 ms: 4 beats take about 300 ms.
	if elapsed < 250*time.Millisecond || elapsed > 3*time.Second {
		t.Errorf("4 beats took %v, want about 300ms", elapsed)
	}
	if queued.Load() < 4 {
		t.Errorf("only %d beats went through the queue", queued.Load())
	}
}

// A hung UI (a queue that never runs what it is given) sends no keep-alives, so systemd's
// watchdog fires.
func TestWatchStopsWhenTheQueueHangs(t *testing.T) {
	path, got := listen(t)
	n := &Notifier{Socket: path, Interval: 100 * time.Millisecond}
	ctx, cancel := context.WithTimeout(context.Background(), 400*time.Millisecond)
	defer cancel()
	n.Watch(ctx, func(func()) {}) // the UI never runs it
	select {
	case m := <-got:
		t.Fatalf("a hung UI still sent %q", m)
	case <-time.After(100 * time.Millisecond):
	}
}
