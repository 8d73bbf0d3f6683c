// Package pulsetest starts a private, headless PulseAudio server for tests that need real
// audio on machines without sound hardware: a null sink named "vmic" whose monitor is the
// default source, so whatever is played into the sink is what a program recording from the
// default microphone hears. Each test gets its own server (own HOME and XDG_RUNTIME_DIR in a
// temporary directory) and the server and its helper are stopped by pid at cleanup.
package pulsetest

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// Tools reports the first missing program, or nil.
func Tools() error {
	for _, t := range []string{"pulseaudio", "pactl", "pacat", "paplay"} {
		if _, err := exec.LookPath(t); err != nil {
			return fmt.Errorf("%s not installed (scripts/deps.sh test: pulseaudio pulseaudio-utils)", t)
		}
	}
	return nil
}

// Start runs the server for the rest of the test and points this process's audio clients at
// it (HOME, XDG_RUNTIME_DIR), so it cannot be used with t.Parallel.
func Start(t testing.TB) {
	t.Helper()
	if err := Tools(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	dir, err := os.MkdirTemp("", "pulsetest-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	home, run := filepath.Join(dir, "home"), filepath.Join(dir, "run")
	if err := os.Mkdir(home, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Mkdir(run, 0o700); err != nil {
		t.Fatal(err)
	}
	t.Setenv("HOME", home)
	t.Setenv("XDG_RUNTIME_DIR", run)
	t.Setenv("PULSE_SERVER", "")
	os.Unsetenv("PULSE_SERVER")

	server := exec.Command("pulseaudio", "--daemonize=no", "--exit-idle-time=-1", "--system=false", "-n",
		"--disallow-exit", "--log-target=stderr", "--log-level=error",
		"--load=module-native-protocol-unix",
		"--load=module-null-sink sink_name=vmic rate=16000 channels=1")
	var logs strings.Builder
	server.Stdout, server.Stderr = &logs, &logs
	if err := server.Start(); err != nil {
		t.Fatalf("start pulseaudio: %v", err)
	}
	exited := make(chan struct{})
	go func() { server.Wait(); close(exited) }()
	t.Cleanup(func() {
		server.Process.Kill()
		<-exited
	})
	ready := false
	for i := 0; i < 100 && !ready; i++ {
		select {
		case <-exited:
			t.Fatalf("pulseaudio exited: %s", logs.String())
		case <-time.After(100 * time.Millisecond):
		}
		ready = exec.Command("pactl", "info").Run() == nil
	}
	if !ready {
		t.Fatalf("pulseaudio did not come up in 10 s: %s", logs.String())
	}
	for _, args := range [][]string{{"set-default-sink", "vmic"}, {"set-default-source", "vmic.monitor"}} {
		if out, err := exec.Command("pactl", args...).CombinedOutput(); err != nil {
			t.Fatalf("pactl %s: %v: %s", strings.Join(args, " "), err, out)
		}
	}
	// An idle null sink sleeps in ~2 s blocks and the start of what is played next is lost:
	// a stream of silence keeps it clocked.
	clock := exec.Command("pacat", "--playback", "--raw", "--format=s16le", "--rate=16000", "--channels=1",
		"--latency-msec=20", "-d", "vmic", os.DevNull)
	zero, err := os.Open("/dev/zero")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { zero.Close() })
	clock.Args = clock.Args[:len(clock.Args)-1] // read silence from stdin
	clock.Stdin = zero
	if err := clock.Start(); err != nil {
		t.Fatalf("start pacat: %v", err)
	}
	t.Cleanup(func() {
		clock.Process.Kill()
		clock.Wait()
	})
	time.Sleep(2500 * time.Millisecond)
}

// Play plays a WAV file into the virtual microphone and returns when it has been played.
func Play(ctx context.Context, wav string) error {
	out, err := exec.CommandContext(ctx, "paplay", "-d", "vmic", wav).CombinedOutput()
	if err != nil {
		return fmt.Errorf("paplay %s: %v: %s", wav, err, out)
	}
	return nil
}

// Recording reports whether a program is recording from the server (a source output is
// open): what a test waits for before it plays a question into the microphone, rather than
// guessing how long the program takes to start listening on a busy machine.
func Recording() (bool, error) {
	out, err := exec.Command("pactl", "list", "short", "source-outputs").CombinedOutput()
	if err != nil {
		return false, fmt.Errorf("pactl list source-outputs: %v: %s", err, out)
	}
	return strings.TrimSpace(string(out)) != "", nil
}
