package capture_test

import (
	"context"
	"errors"
	"math"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/gen2brain/malgo"

	"github.com/storekiosk/storekiosk/speech/capture"
	"github.com/storekiosk/storekiosk/speech/pulsetest"
	"github.com/storekiosk/storekiosk/speech/wav"
)

// The null device delivers silent 20 ms periods in real time, on a CI machine with no sound.
func TestNullDevice(t *testing.T) {
	mic, err := capture.Open(capture.Config{Backends: []malgo.Backend{capture.BackendNull}})
	if err != nil {
		t.Fatal(err)
	}
	defer mic.Close()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	rec, err := mic.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	n, periods := 0, 0
	for f := range rec.C {
		n += len(f)
		periods++
	}
	if n < 12000 || n > 20000 || periods < 30 {
		t.Errorf("1 s of capture gave %d samples in %d periods", n, periods)
	}
	// The device is free again once a recording ends.
	ctx2, cancel2 := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel2()
	if _, err := mic.Record(ctx2); err != nil {
		t.Errorf("second recording: %v", err)
	}
	// A recording just stopped, its device still closing, does not refuse the next one; a
	// recording under way does, after a wait.
	ctx3, cancel3 := context.WithCancel(context.Background())
	if _, err := mic.Record(ctx3); err != nil {
		t.Fatal(err)
	}
	cancel3()
	ctx4, cancel4 := context.WithCancel(context.Background())
	defer cancel4()
	if _, err := mic.Record(ctx4); err != nil {
		t.Errorf("recording right after one was stopped: %v", err)
	}
	if _, err := mic.Record(context.Background()); err == nil {
		t.Error("two recordings at once")
	}
}

// No sound hardware: the error says there is no microphone, for the UI to show.
func TestNoMicrophone(t *testing.T) {
	_, err := capture.Open(capture.Config{Backends: []malgo.Backend{malgo.BackendAlsa}, Device: "USB headset"})
	if !errors.Is(err, capture.ErrNoMicrophone) {
		t.Errorf("err %v, want ErrNoMicrophone", err)
	}
	mic, err := capture.Open(capture.Config{Backends: []malgo.Backend{capture.BackendNull}, Device: "USB headset"})
	if err == nil {
		mic.Close()
	}
	if !errors.Is(err, capture.ErrNoMicrophone) || !strings.Contains(err.Error(), "USB headset") {
		t.Errorf("missing named device: %v", err)
	}
}

// Real capture through PulseAudio: what is played into the virtual microphone comes out of
// malgo, at the right length and loudness.
func TestPulseCapture(t *testing.T) {
	_, err := exec.LookPath("sox")
	if err != nil {
		t.Skip("sox not installed")
	}
	pulsetest.Start(t)
	dir := t.TempDir()
	beep := filepath.Join(dir, "beep.wav")
	// One second of a 440 Hz tone at half scale, then silence.
	if out, err := exec.Command("sox", "-n", "-r", "16000", "-c", "1", "-b", "16", beep, "synth", "1", "sine", "440", "vol", "0.5").CombinedOutput(); err != nil {
		t.Fatalf("sox: %v: %s", err, out)
	}
	mic, err := capture.Open(capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer mic.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	rec, err := mic.Record(ctx)
	if err != nil {
		t.Fatal(err)
	}
	go func() {
		time.Sleep(500 * time.Millisecond)
		pulsetest.Play(ctx, beep)
	}()
	var all []int16
	for f := range rec.C {
		all = append(all, f...)
	}
	// Count 20 ms frames that carry the tone.
	loud := 0
	for i := 0; i+320 <= len(all); i += 320 {
		var p float64
		for _, s := range all[i : i+320] {
			p += float64(s) * float64(s)
		}
		if math.Sqrt(p/320) > 0.2*32768 {
			loud++
		}
	}
	t.Logf("captured %.2f s, %d loud frames", float64(len(all))/16000, loud)
	if loud < 40 || loud > 55 {
		t.Errorf("captured %d frames of tone, want ~50 (one second)", loud)
	}
	_ = wav.Audio{}
}
