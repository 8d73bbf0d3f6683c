// Package capture records the kiosk's microphone through miniaudio (malgo): 16 kHz mono
// 16-bit samples in ~20 ms periods, handed to Go through a channel. The audio callback runs on
// miniaudio's thread with buffers in C memory, so it only copies the samples out; everything
// else happens in the goroutine reading the channel. Audio is kept in memory only.
package capture

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gen2brain/malgo"
)

// ErrNoMicrophone means there is no capture device to listen with: the kiosk shows "Voice
// input is not available on this kiosk" and offers typing instead.
var ErrNoMicrophone = errors.New("no microphone found")

// BackendNull is miniaudio's null device (silent input in real time). malgo.BackendNull is
// off by one: it names miniaudio's "custom" backend.
const BackendNull = malgo.BackendNull + 1

// Rate is the capture rate: what the recogniser wants, so nothing is resampled in Go.
const Rate = 16000

// Config chooses the device.
type Config struct {
	// Device picks a capture device whose name contains this text (case-insensitive);
	// empty uses the system's default input.
	Device string
	// Backends are tried in order; empty means PulseAudio then ALSA.
	Backends []malgo.Backend
	// PeriodMS is the period in milliseconds (20).
	PeriodMS uint32
	Logger   *slog.Logger
}

// Mic is an opened audio system from which recordings can be started. One Mic serves the
// kiosk's whole life; each Record opens the device only while listening.
type Mic struct {
	cfg Config
	ctx *malgo.AllocatedContext
	log *slog.Logger
	mu  sync.Mutex // one recording at a time

	recMu  sync.Mutex
	stop   context.CancelFunc // of the recording in progress
	closed chan struct{}      // closed when it has released the device
}

// Open initialises the audio system. It fails with ErrNoMicrophone when no backend works
// or no capture device exists.
func Open(cfg Config) (*Mic, error) {
	if cfg.PeriodMS == 0 {
		cfg.PeriodMS = 20
	}
	if len(cfg.Backends) == 0 {
		cfg.Backends = []malgo.Backend{malgo.BackendPulseaudio, malgo.BackendAlsa}
	}
	log := cfg.Logger
	if log == nil {
		log = slog.Default().With("component", "speech/capture")
	}
	ctx, err := malgo.InitContext(cfg.Backends, malgo.ContextConfig{}, nil)
	if err != nil {
		return nil, fmt.Errorf("%w: no audio system (%v)", ErrNoMicrophone, err)
	}
	m := &Mic{cfg: cfg, ctx: ctx, log: log}
	if err := m.Check(); err != nil {
		m.Close()
		return nil, err
	}
	return m, nil
}

// Close ends any recording and releases the audio system.
func (m *Mic) Close() error {
	m.recMu.Lock()
	stop, closed := m.stop, m.closed
	m.recMu.Unlock()
	if stop != nil {
		stop()
		<-closed
	}
	if m.ctx != nil {
		_ = m.ctx.Uninit()
		m.ctx.Free()
		m.ctx = nil
	}
	return nil
}

// Devices lists the capture devices' names.
func (m *Mic) Devices() ([]string, error) {
	infos, err := m.ctx.Devices(malgo.Capture)
	if err != nil {
		return nil, fmt.Errorf("list microphones: %w", err)
	}
	names := make([]string, len(infos))
	for i := range infos {
		names[i] = infos[i].Name()
	}
	return names, nil
}

// Check reports whether the configured microphone is there (ErrNoMicrophone if not).
// Microphones come and go (USB, headsets): the UI calls it before showing the Speak button.
func (m *Mic) Check() error {
	_, err := m.device()
	return err
}

// device finds the configured device; nil ID means the default one.
func (m *Mic) device() (*malgo.DeviceID, error) {
	infos, err := m.ctx.Devices(malgo.Capture)
	if err != nil {
		return nil, fmt.Errorf("%w: %v", ErrNoMicrophone, err)
	}
	if len(infos) == 0 {
		return nil, ErrNoMicrophone
	}
	if m.cfg.Device == "" {
		return nil, nil
	}
	want := strings.ToLower(m.cfg.Device)
	for i := range infos {
		if strings.Contains(strings.ToLower(infos[i].Name()), want) {
			id := infos[i].ID
			return &id, nil
		}
	}
	names := make([]string, len(infos))
	for i := range infos {
		names[i] = infos[i].Name()
	}
	return nil, fmt.Errorf("%w: no input device named %q (have: %s)", ErrNoMicrophone, m.cfg.Device, strings.Join(names, "; "))
}

// Recording is a running capture.
type Recording struct {
	// C delivers the samples, ~20 ms per slice, until the recording stops; then it is closed.
	C <-chan []int16
	// Dropped counts periods lost because the reader fell behind (a sign of an overloaded CPU).
	Dropped *atomic.Int64
}

// Record starts capturing and stops when ctx ends. It returns once the device runs. A
// recording that has just been stopped releases the device a moment later: Record waits for
// that, up to two seconds, before it reports that another recording is under way.
func (m *Mic) Record(ctx context.Context) (*Recording, error) {
	for deadline := time.Now().Add(2 * time.Second); !m.mu.TryLock(); {
		if time.Now().After(deadline) {
			return nil, errors.New("capture: already recording")
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(10 * time.Millisecond):
		}
	}
	ctx, stop := context.WithCancel(ctx)
	released := make(chan struct{})
	m.recMu.Lock()
	m.stop, m.closed = stop, released
	m.recMu.Unlock()
	fail := func(err error) (*Recording, error) {
		stop()
		close(released)
		m.mu.Unlock()
		return nil, err
	}
	id, err := m.device()
	if err != nil {
		return fail(err)
	}
	cfg := malgo.DefaultDeviceConfig(malgo.Capture)
	cfg.Capture.Format = malgo.FormatS16
	cfg.Capture.Channels = 1
	cfg.SampleRate = Rate
	cfg.PeriodSizeInMilliseconds = m.cfg.PeriodMS
	if id != nil {
		cfg.Capture.DeviceID = id.Pointer()
	}
	// Ten seconds of periods: the reader (VAD, recogniser) is never that far behind unless
	// something is badly wrong, and then dropping is better than blocking the audio thread.
	ch := make(chan []int16, 500)
	dropped := new(atomic.Int64)
	var closed atomic.Bool
	onData := func(_, in []byte, frames uint32) {
		if closed.Load() || len(in) < 2 {
			return
		}
		s := make([]int16, len(in)/2)
		for i := range s {
			s[i] = int16(uint16(in[2*i]) | uint16(in[2*i+1])<<8)
		}
		select {
		case ch <- s:
		default:
			dropped.Add(1)
		}
	}
	dev, err := malgo.InitDevice(m.ctx.Context, cfg, malgo.DeviceCallbacks{Data: onData})
	if id != nil {
		freeID(cfg.Capture.DeviceID)
	}
	if err != nil {
		return fail(fmt.Errorf("%w: cannot open it (%v)", ErrNoMicrophone, err))
	}
	if err := dev.Start(); err != nil {
		dev.Uninit()
		return fail(fmt.Errorf("%w: cannot start it (%v)", ErrNoMicrophone, err))
	}
	go func() {
		<-ctx.Done()
		_ = dev.Stop() // returns after the last callback
		closed.Store(true)
		dev.Uninit()
		if n := dropped.Load(); n > 0 {
			m.log.Warn("audio periods dropped: the kiosk is overloaded", "periods", n)
		}
		close(released)
		m.mu.Unlock()
		close(ch) // last: a reader that sees the end can record again at once
	}()
	return &Recording{C: ch, Dropped: dropped}, nil
}
