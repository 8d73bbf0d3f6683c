package speech

import (
	"context"
	"errors"
	"log/slog"
	"math"
	"sync"

	"github.com/storekiosk/storekiosk/speech/playback"
	"github.com/storekiosk/storekiosk/speech/tts"
)

// Speaker reads the kiosk's screens and answers aloud. New speech interrupts old: the
// kiosk never talks over itself, and Stop silences it at once.
type Speaker struct {
	synth  tts.Synthesizer
	player *playback.Player
	log    *slog.Logger

	mu      sync.Mutex
	voice   tts.Voice
	cancel  context.CancelFunc // of the speech in progress (rendering or playing)
	seq     uint64
	lastErr error // why the last speech was not heard; nil once one is
}

// NewSpeaker speaks through player with synth in voice.
func NewSpeaker(synth tts.Synthesizer, player *playback.Player, voice tts.Voice, log *slog.Logger) *Speaker {
	if log == nil {
		log = slog.Default().With("component", "speech")
	}
	return &Speaker{synth: synth, player: player, voice: voice, log: log}
}

// Voice is the voice in use.
func (s *Speaker) Voice() tts.Voice {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.voice
}

// SetVoice changes rate, volume or voice for what is said next (a shopper's accessibility
// settings; the kiosk puts the defaults back when the session ends).
func (s *Speaker) SetVoice(v tts.Voice) {
	s.mu.Lock()
	s.voice = v
	s.mu.Unlock()
}

// Say speaks text in lang ("en", "es"; "" for the default), interrupting anything being
// said, and returns when it has been said, was interrupted (playback.ErrStopped), or ctx ended.
func (s *Speaker) Say(ctx context.Context, text, lang string) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	s.mu.Lock()
	if s.cancel != nil {
		s.cancel()
	}
	s.seq++
	seq := s.seq
	s.cancel = cancel
	v := s.voice
	s.mu.Unlock()
	defer func() {
		s.mu.Lock()
		if s.seq == seq {
			s.cancel = nil
		}
		s.mu.Unlock()
	}()
	a, err := s.synth.Synthesize(ctx, text, lang, v)
	if err != nil {
		if ctx.Err() != nil {
			return s.interrupted(seq, ctx)
		}
		s.setErr(err)
		return err
	}
	if _, isEspeak := s.synth.(*tts.Espeak); !isEspeak {
		tts.Gain(a.Samples, v.Volume)
	}
	if ctx.Err() != nil {
		return s.interrupted(seq, ctx)
	}
	err = s.player.Play(ctx, a.Convert(a.Rate), a.Rate)
	if errors.Is(err, context.Canceled) {
		return s.interrupted(seq, ctx)
	}
	if err == nil || !errors.Is(err, playback.ErrStopped) {
		s.setErr(err)
	}
	return err
}

func (s *Speaker) setErr(err error) {
	s.mu.Lock()
	s.lastErr = err
	s.mu.Unlock()
}

// Available reports whether the kiosk can speak, for its health check: the synthesizer is
// installed, there is an output device, and the last thing said was played (its error if
// not).
func (s *Speaker) Available() error {
	if e, ok := s.synth.(*tts.Espeak); ok {
		if err := e.Check(); err != nil {
			return err
		}
	}
	if err := s.player.Check(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.lastErr
}

// interrupted tells a Say cancelled by newer speech or Stop (ErrStopped) from one whose
// caller gave up (the context's error).
func (s *Speaker) interrupted(seq uint64, ctx context.Context) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.seq != seq || s.cancel == nil {
		return playback.ErrStopped
	}
	return ctx.Err()
}

// Stop silences the kiosk now.
func (s *Speaker) Stop() {
	s.mu.Lock()
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	s.mu.Unlock()
	s.player.Stop()
}

// Speaking reports whether the kiosk is speaking.
func (s *Speaker) Speaking() bool { return s.player.Playing() }

// Cue plays the short listening cue: a rising two-note chime when the microphone opens, a
// falling one when it closes, so a shopper who cannot see the screen knows when to speak.
// It interrupts speech, as any new sound does.
func (s *Speaker) Cue(ctx context.Context, opening bool) error {
	s.Stop()
	return s.player.Play(ctx, cueTone(opening, s.Voice().Volume), Rate)
}

// Chime plays the attention chime, three notes rising, before something every shopper must
// hear (the kiosk is about to start again for the next one). It interrupts speech.
func (s *Speaker) Chime(ctx context.Context) error {
	s.Stop()
	return s.player.Play(ctx, chimeTone(s.Voice().Volume), Rate)
}

// chimeTone is three 120 ms notes of a major chord, rising, with soft edges.
func chimeTone(volume int) []int16 {
	return notes([]float64{523, 659, 784}, 120, volume)
}

// cueTone is two 90 ms notes a fifth apart with soft edges.
func cueTone(rising bool, volume int) []int16 {
	ns := []float64{660, 990}
	if !rising {
		ns[0], ns[1] = ns[1], ns[0]
	}
	return notes(ns, 90, volume)
}

// notes are tones of ms milliseconds each, one after another, at volume percent.
func notes(freqs []float64, ms, volume int) []int16 {
	if volume <= 0 {
		volume = 100
	}
	amp := 0.25 * 32767 * float64(min(volume, 200)) / 100
	n := Rate * ms / 1000
	out := make([]int16, 0, len(freqs)*n)
	for _, f := range freqs {
		for i := 0; i < n; i++ {
			env := math.Min(1, math.Min(float64(i), float64(n-i))/(Rate*0.01)) // 10 ms ramps
			out = append(out, int16(amp*env*math.Sin(2*math.Pi*f*float64(i)/Rate)))
		}
	}
	return out
}
