package speech

import (
	"context"
	"errors"
	"log/slog"
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

	mu     sync.Mutex
	voice  tts.Voice
	cancel context.CancelFunc // of the speech in progress (rendering or playing)
	seq    uint64
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
	return err
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
