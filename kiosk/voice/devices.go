package voice

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/speech"
	"github.com/storekiosk/storekiosk/speech/capture"
	"github.com/storekiosk/storekiosk/speech/lm"
	"github.com/storekiosk/storekiosk/speech/playback"
	"github.com/storekiosk/storekiosk/speech/vad"
)

// The kiosk's voice on real devices: espeak-ng through the speaker, and pocketsphinx with a
// language model made from the catalog listening through the microphone. Neither is needed
// to serve shoppers: without them the kiosk is a touch and keyboard kiosk, and says so.

// Speaker is the speech package's Speaker, with the shopper's volume setting.
type Speaker struct {
	*speech.Speaker
}

// SetVolume sets the loudness for this session, in percent of normal (10 to 200).
func (s Speaker) SetVolume(percent int) {
	v := s.Voice()
	v.Volume = max(10, min(200, percent))
	s.SetVoice(v)
}

// OpenSpeaker opens the configured audio output. It returns nil, and why, when the kiosk
// cannot speak: no audio system at all. A missing device or espeak-ng is found later, by the
// health check and in the log, since a headset may yet be plugged in.
func OpenSpeaker(sc config.Speech, logger *slog.Logger) (*Speaker, func(), error) {
	player, err := playback.Open(playback.Config{Device: sc.OutputDevice, Logger: logger})
	if err != nil {
		return nil, func() {}, err
	}
	sp := speech.NewSpeaker(Synthesizer(sc), player, Voice(sc), logger)
	return &Speaker{sp}, func() { sp.Stop(); player.Close() }, nil
}

// Mic hears spoken questions through the microphone. Its language model is made from
// the catalog, which takes seconds to a minute the first time and after every catalog
// change: it is built in the background, and meanwhile the kiosk listens with the model it
// has, or (the very first time) says voice input is getting ready.
type Mic struct {
	sc      config.Speech
	mic     *capture.Mic // nil when none could be opened; micErr says why
	micErr  error
	speaker *Speaker // plays the listening cue; may be nil
	db      *inventory.DB
	eng     *answer.Engine
	log     *slog.Logger
	rebuild chan struct{}
	// Builder is the kioskctl program that makes the language model in a process of its own
	// (Builder()); empty: the model is made in this process.
	Builder string

	mu       sync.Mutex
	micFail  error            // why the last recording failed; nil once one works
	listener *speech.Listener // nil until the first model is loaded
	ambient  *speech.Listener // the same, with the offline recogniser alone (hands-free)
	// spanish hears Spanish questions through the store's transcription server; nil without
	// one. It needs no language model, so it is ready at once.
	spanish  *speech.Listener
	offline  *speech.Offline
	modelErr error // why the model could not be made; nil while building
	built    Built // what the last build apart reported
}

// OpenMic prepares listening as configured; nil when listening is off. The model is built
// by Run.
func OpenMic(sc config.Speech, db *inventory.DB, eng *answer.Engine, sp *Speaker, logger *slog.Logger) *Mic {
	if sc.Listen == "off" {
		return nil
	}
	m := &Mic{sc: sc, speaker: sp, db: db, eng: eng, log: logger, rebuild: make(chan struct{}, 1), Builder: Builder()}
	if m.Builder == "" {
		logger.Warn("kioskctl not found: the speech model is made inside the kiosk process")
	}
	m.mic, m.micErr = capture.Open(capture.Config{Device: sc.InputDevice, Logger: logger})
	if m.micErr != nil {
		logger.Warn("no microphone: voice questions are off", "err", m.micErr)
	}
	if es := Spanish(sc); es != nil {
		m.spanish = speech.NewListener(m.mic, []speech.Recognizer{es}, listenerConfig(sc, logger))
	} else {
		logger.Info("voice questions in Spanish need the store's speech server (speech.openai.base_url)")
	}
	return m
}

// listenerConfig is how long a question may last and which pauses end it.
func listenerConfig(sc config.Speech, logger *slog.Logger) speech.ListenerConfig {
	return speech.ListenerConfig{
		VAD:      vad.Config{EndSilence: sc.EndSilence.Duration, MaxSpeech: sc.MaxUtterance.Duration},
		EndPause: sc.EndPause.Duration,
		Timeouts: map[string]time.Duration{"openai": sc.OpenAI.Timeout.Duration},
		Logger:   logger,
	}
}

// Run keeps the language model in step with the catalog until ctx ends: built at once, and
// again after each CatalogChanged. The kiosk listens with the previous model meanwhile.
func (m *Mic) Run(ctx context.Context) {
	defer m.close()
	for {
		err := m.load(ctx)
		if ctx.Err() != nil {
			return
		}
		m.mu.Lock()
		m.modelErr = err
		m.mu.Unlock()
		if err != nil {
			m.log.Error("voice questions unavailable: the speech model could not be made", "err", err)
		}
		select {
		case <-ctx.Done():
			return
		case <-m.rebuild:
		}
	}
}

// CatalogChanged asks for the language model to be made again from the new catalog.
func (m *Mic) CatalogChanged() {
	select {
	case m.rebuild <- struct{}{}:
	default:
	}
}

func (m *Mic) load(ctx context.Context) error {
	var model *lm.Model
	var err error
	if m.Builder != "" {
		var b Built
		model, b, err = BuildApart(ctx, m.Builder, m.db, m.eng, m.sc, m.log)
		m.mu.Lock()
		m.built = b
		m.mu.Unlock()
	} else {
		model, err = EnsureModel(ctx, m.db, m.eng, m.sc, m.log)
	}
	if err != nil {
		return err
	}
	m.mu.Lock()
	off := m.offline
	m.mu.Unlock()
	if off != nil {
		if cur := off.Model(); cur != nil && cur.Dir == model.Dir && cur.Info.Key == model.Info.Key {
			return nil
		}
		return off.Load(model) // waits for a question being heard to end
	}
	off, err = speech.NewOffline(model, speech.OfflineConfig{AcousticModel: m.sc.AcousticModel, Logger: m.log})
	if err != nil {
		return err
	}
	recs, err := Recognizers(m.sc, off)
	if err != nil {
		off.Close()
		return err
	}
	lc := listenerConfig(m.sc, m.log)
	l := speech.NewListener(m.mic, recs, lc)
	amb := speech.NewListener(m.mic, []speech.Recognizer{off}, lc)
	m.mu.Lock()
	m.offline, m.listener, m.ambient = off, l, amb
	m.mu.Unlock()
	m.log.Info("voice questions ready", "words", model.Info.Words)
	return nil
}

func (m *Mic) close() {
	m.mu.Lock()
	defer m.mu.Unlock()
	if m.offline != nil {
		m.offline.Close()
	}
	if m.mic != nil {
		m.mic.Close()
	}
}

// ErrNoMicrophone is why a Mic cannot listen when it has no working microphone.
var ErrNoMicrophone = errors.New("no microphone")

// ErrStarting is a Mic's Ready while its first language model is being made.
var ErrStarting = errors.New("voice input is getting ready")

// Request says how to listen.
type Request struct {
	Lang string // language code of the speech expected
	// Level is called often while listening with the loudness heard, 0 to 1, from the
	// listener's own goroutine.
	Level func(level float64)
	// Done is closed when the shopper taps Done: stop listening and make sense of what was
	// heard so far.
	Done <-chan struct{}
	// Ambient is hands-free listening: no listening cue, and the offline recogniser alone.
	Ambient bool
}

// Heard is what the Mic made of the speech.
type Heard struct {
	Text         string   // the likeliest reading; empty if nothing was said
	Alternatives []string // other readings, likeliest first
	Confidence   float64  // 0 to 1; below 0 when the recogniser cannot say
	Ended        time.Time
}

// errEnglishOnly is Ready for a language the recognisers cannot hear.
var errEnglishOnly = errors.New("voice questions are in English and Spanish only")

// ErrNeedsServer is why a Mic cannot hear a question in a language only the store's
// transcription server hears (Spanish): there is no server configured, or the question
// would be heard hands-free, which never sends audio off the kiosk.
var ErrNeedsServer = errors.New("voice questions in this language need the store's speech server")

func baseLang(lang string) string {
	base, _, _ := strings.Cut(lang, "-")
	if base == "" {
		return "en"
	}
	return base
}

// Ready says whether a question in lang can be heard now, with a tap on Speak.
func (m *Mic) Ready(lang string) error {
	switch baseLang(lang) {
	case "en":
	case "es":
		if m.mic == nil {
			return fmt.Errorf("%w: %v", ErrNoMicrophone, m.micErr)
		}
		if m.spanish == nil {
			return ErrNeedsServer
		}
		return nil
	default:
		return errEnglishOnly
	}
	if m.mic == nil {
		return fmt.Errorf("%w: %v", ErrNoMicrophone, m.micErr)
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	switch {
	case m.listener != nil:
		return nil
	case m.modelErr != nil:
		return m.modelErr
	default:
		return ErrStarting
	}
}

// ReadyHandsFree says whether a question in lang can be heard without a tap now: only by the
// offline recogniser, so English only.
func (m *Mic) ReadyHandsFree(lang string) error {
	if baseLang(lang) == "es" {
		return ErrNeedsServer
	}
	return m.Ready(lang)
}

// Available is the microphone's health: nil when it can be recorded from. A device can be
// listed and still fail to open, so the last recording's failure counts too.
func (m *Mic) Available() error {
	if m.mic == nil {
		return fmt.Errorf("%w: %v", ErrNoMicrophone, m.micErr)
	}
	if err := m.mic.Check(); err != nil {
		return err
	}
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.micFail
}

// Listen hears one question: the opening cue, then the microphone until the shopper stops
// talking, taps Done, or the time cap.
func (m *Mic) Listen(ctx context.Context, l Request) (Heard, error) {
	ready := m.Ready
	if l.Ambient {
		ready = m.ReadyHandsFree
	}
	if err := ready(l.Lang); err != nil {
		return Heard{}, err
	}
	m.mu.Lock()
	li := m.listener
	switch {
	case l.Ambient:
		li = m.ambient
	case baseLang(l.Lang) == "es":
		li = m.spanish
	}
	m.mu.Unlock()
	if m.speaker != nil && !l.Ambient {
		// Before the microphone opens, so the chime is not taken for speech.
		m.speaker.Cue(ctx, true)
	}
	over := make(chan struct{})
	defer close(over)
	go func() {
		select {
		case <-l.Done:
			li.Finish()
		case <-over:
		}
	}()
	res, err := li.Listen(ctx, func(e speech.Event) {
		if e.Kind == speech.Level && l.Level != nil {
			l.Level(e.Level)
		}
	})
	if ctx.Err() == nil {
		m.mu.Lock()
		m.micFail = nil
		if errors.Is(err, capture.ErrNoMicrophone) {
			m.micFail = err
		}
		m.mu.Unlock()
	}
	switch {
	case errors.Is(err, capture.ErrNoMicrophone):
		return Heard{}, fmt.Errorf("%w: %v", ErrNoMicrophone, err)
	case errors.Is(err, speech.ErrNoSpeech):
		return Heard{Ended: res.AudioEnd}, nil
	case err != nil:
		return Heard{}, err
	}
	h := Heard{Text: res.Heard(), Confidence: res.Confidence, Ended: res.AudioEnd}
	for _, r := range res.Readings[min(1, len(res.Readings)):] {
		h.Alternatives = append(h.Alternatives, r.Text)
	}
	return h, nil
}
