package playback_test

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/gen2brain/malgo"

	"github.com/storekiosk/storekiosk/speech/playback"
)

// The null device consumes sound in real time, so playing one second takes about a second.
func nullPlayer(t *testing.T) *playback.Player {
	t.Helper()
	p, err := playback.Open(playback.Config{Backends: []malgo.Backend{playback.BackendNull}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

func tone(d time.Duration) []int16 {
	s := make([]int16, int(d.Seconds()*16000))
	for i := range s {
		s[i] = int16(3000 * ((i / 20) % 2))
	}
	return s
}

func TestPlayTakesRealTime(t *testing.T) {
	p := nullPlayer(t)
	start := time.Now()
	if err := p.Play(context.Background(), tone(time.Second), 16000); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 900*time.Millisecond || d > 2500*time.Millisecond {
		t.Errorf("1 s of sound played in %v", d)
	}
	if p.Playing() {
		t.Error("still playing after Play returned")
	}
}

func TestStopAndInterrupt(t *testing.T) {
	p := nullPlayer(t)
	errc := make(chan error, 1)
	go func() { errc <- p.Play(context.Background(), tone(5*time.Second), 16000) }()
	time.Sleep(300 * time.Millisecond)
	if !p.Playing() {
		t.Error("not playing")
	}
	start := time.Now()
	p.Stop()
	if err := <-errc; !errors.Is(err, playback.ErrStopped) {
		t.Errorf("stopped Play returned %v", err)
	}
	if d := time.Since(start); d > 300*time.Millisecond {
		t.Errorf("Stop took %v", d)
	}

	// A new sound interrupts the one playing.
	go func() { errc <- p.Play(context.Background(), tone(5*time.Second), 16000) }()
	time.Sleep(300 * time.Millisecond)
	if err := p.Play(context.Background(), tone(200*time.Millisecond), 16000); err != nil {
		t.Errorf("second sound: %v", err)
	}
	select {
	case err := <-errc:
		if !errors.Is(err, playback.ErrStopped) {
			t.Errorf("interrupted Play returned %v", err)
		}
	case <-time.After(time.Second):
		t.Error("first sound still playing")
	}

	// The caller's context ends a sound too.
	ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
	defer cancel()
	if err := p.Play(ctx, tone(5*time.Second), 16000); !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("Play past its deadline returned %v", err)
	}
}
