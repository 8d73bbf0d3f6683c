// Package playback plays the kiosk's speech and cue sounds through miniaudio (malgo). A new
// sound stops the one playing, and Stop silences it at once: a shopper who presses Stop, or
// moves on, never waits for the kiosk to finish a sentence.
package playback

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/gen2brain/malgo"
)

// BackendNull is miniaudio's null device (discards sound in real time); see capture.BackendNull.
const BackendNull = malgo.BackendNull + 1

// ErrNoSpeaker means no playback device is available.
var ErrNoSpeaker = errors.New("no audio output found")

// ErrStopped is returned by Play when the sound was interrupted.
var ErrStopped = errors.New("playback stopped")

// Config chooses the output.
type Config struct {
	Device   string          // name contains this (case-insensitive); empty: default output
	Backends []malgo.Backend // empty: PulseAudio then ALSA
	Logger   *slog.Logger
	// RetryAfter is how long Play answers ErrNoSpeaker at once after the output failed to
	// open, instead of trying again for every sentence (default 30 s). Each failed open costs
	// ALSA ~1 KB of memory it never frees and ~35 lines of errors on stderr: a kiosk whose
	// speaker is unplugged, in speech mode for weeks, grew by both with every sentence.
	RetryAfter time.Duration
}

// Player plays one sound at a time.
type Player struct {
	cfg Config
	ctx *malgo.AllocatedContext
	log *slog.Logger

	mu       sync.Mutex
	stop     chan struct{} // closed to interrupt the sound playing
	done     chan struct{} // closed when it has stopped
	failed   error         // why the output last failed to open; nil once it opens
	failedAt time.Time
	opens    int // attempts to open the output, for tests
}

// Open initialises the audio system.
func Open(cfg Config) (*Player, error) {
	if len(cfg.Backends) == 0 {
		cfg.Backends = []malgo.Backend{malgo.BackendPulseaudio, malgo.BackendAlsa}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default().With("component", "speech/playback")
	}
	if cfg.RetryAfter <= 0 {
		cfg.RetryAfter = 30 * time.Second
	}
	ctx, err := malgo.InitContext(cfg.Backends, malgo.ContextConfig{}, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoSpeaker, err)
	}
	return &Player{cfg: cfg, ctx: ctx, log: log}, nil
}

// Close stops any sound and releases the audio system.
func (p *Player) Close() error {
	p.Stop()
	if p.ctx != nil {
		_ = p.ctx.Uninit()
		p.ctx.Free()
		p.ctx = nil
	}
	return nil
}

// Stop silences the sound playing, if any, and returns once it is silent.
func (p *Player) Stop() {
	p.mu.Lock()
	stop, done := p.stop, p.done
	p.stop = nil
	p.mu.Unlock()
	if stop != nil {
		close(stop)
		<-done
	}
}

// Playing reports whether a sound is playing.
func (p *Player) Playing() bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.done == nil {
		return false
	}
	select {
	case <-p.done:
		return false
	default:
		return true
	}
}

// Play plays mono 16-bit samples at rate and returns when they have been heard, when ctx
// ends, or when another Play or Stop interrupts it (ErrStopped).
func (p *Player) Play(ctx context.Context, pcm []int16, rate int) error {
	stop, done := make(chan struct{}), make(chan struct{})
	p.mu.Lock()
	oldStop, oldDone := p.stop, p.done
	p.stop, p.done = stop, done
	p.mu.Unlock()
	defer close(done)
	if oldStop != nil { // the newest sound wins
		close(oldStop)
		<-oldDone
	}
	if len(pcm) == 0 {
		return nil
	}
	if err := p.recentFailure(); err != nil {
		return err
	}
	p.mu.Lock()
	p.opens++
	p.mu.Unlock()
	id, err := p.device()
	if err != nil {
		return p.openFailed(err)
	}
	cfg := malgo.DefaultDeviceConfig(malgo.Playback)
	cfg.Playback.Format = malgo.FormatS16
	cfg.Playback.Channels = 1
	cfg.SampleRate = uint32(rate)
	cfg.PeriodSizeInMilliseconds = 20
	if id != nil {
		cfg.Playback.DeviceID = id.Pointer()
	}
	var mu sync.Mutex
	pos := 0
	finished := make(chan struct{})
	var once sync.Once
	onData := func(out, _ []byte, frames uint32) {
		mu.Lock()
		defer mu.Unlock()
		n := 0
		for n < int(frames) && pos < len(pcm) && 2*n+1 < len(out) {
			s := uint16(pcm[pos])
			out[2*n], out[2*n+1] = byte(s), byte(s>>8)
			n++
			pos++
		}
		clear(out[2*n:])
		if pos >= len(pcm) {
			once.Do(func() { close(finished) })
		}
	}
	dev, err := malgo.InitDevice(p.ctx.Context, cfg, malgo.DeviceCallbacks{Data: onData})
	if id != nil {
		freeID(cfg.Playback.DeviceID)
	}
	if err != nil {
		return p.openFailed(fmt.Errorf("%w: %v", ErrNoSpeaker, err))
	}
	defer dev.Uninit()
	if err := dev.Start(); err != nil {
		return p.openFailed(fmt.Errorf("%w: %v", ErrNoSpeaker, err))
	}
	p.mu.Lock()
	p.failed = nil
	p.mu.Unlock()
	defer dev.Stop()
	select {
	case <-finished:
		// The last samples are in the device's buffer; let them play out.
		t := time.NewTimer(60 * time.Millisecond)
		defer t.Stop()
		select {
		case <-t.C:
		case <-stop:
		case <-ctx.Done():
		}
		return nil
	case <-stop:
		return ErrStopped
	case <-ctx.Done():
		return ctx.Err()
	}
}

// recentFailure is why the output failed to open, if it did less than RetryAfter ago.
func (p *Player) recentFailure() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.failed != nil && time.Since(p.failedAt) < p.cfg.RetryAfter {
		return p.failed
	}
	return nil
}

// openFailed notes that the output failed to open (logged once, not per sentence) and
// returns err.
func (p *Player) openFailed(err error) error {
	p.mu.Lock()
	first := p.failed == nil
	p.failed, p.failedAt = err, time.Now()
	p.mu.Unlock()
	if first {
		p.log.Warn("no sound output: speech is not heard", "err", err, "retry_after", p.cfg.RetryAfter)
	}
	return err
}

// Check reports whether there is an output to play through (ErrNoSpeaker if not), for the
// kiosk's health check.
func (p *Player) Check() error {
	if p.cfg.Device != "" {
		_, err := p.device()
		return err
	}
	infos, err := p.ctx.Devices(malgo.Playback)
	if err != nil {
		return fmt.Errorf("%w: %v", ErrNoSpeaker, err)
	}
	if len(infos) == 0 {
		return ErrNoSpeaker
	}
	return nil
}

func (p *Player) device() (*malgo.DeviceID, error) {
	if p.cfg.Device == "" {
		return nil, nil
	}
	infos, err := p.ctx.Devices(malgo.Playback)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoSpeaker, err)
	}
	want := strings.ToLower(p.cfg.Device)
	for i := range infos {
		if strings.Contains(strings.ToLower(infos[i].Name()), want) {
			id := infos[i].ID
			return &id, nil
		}
	}
	return nil, fmt.Errorf("%w: no output device named %q", ErrNoSpeaker, p.cfg.Device)
}
