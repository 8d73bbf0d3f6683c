package kiosk

import (
	"context"
	"errors"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/ui"
	"github.com/storekiosk/storekiosk/kiosk/voice"
	"github.com/storekiosk/storekiosk/speech/pulsetest"
	"github.com/storekiosk/storekiosk/speech/sphinx"
	"github.com/storekiosk/storekiosk/speech/testset"
)

// needVoice skips (locally) or fails (in CI) when the offline voice is not installed.
func needVoice(tb testing.TB) {
	tb.Helper()
	_, err := os.Stat(sphinx.DefaultModel)
	if err == nil {
		_, err = exec.LookPath("sphinx_lm_convert")
	}
	if err == nil {
		err = testset.Tools()
	}
	if err != nil {
		if os.Getenv("CI") != "" {
			tb.Fatalf("the offline voice is needed (scripts/deps.sh test installs it): %v", err)
		}
		tb.Skipf("the offline voice is not installed: %v", err)
	}
}

// spokenQuestion is text spoken by espeak-ng's American voice with a faint noise floor, as
// the voice evaluation speaks it: the path of a 16 kHz WAV.
func spokenQuestion(t *testing.T, text string) string {
	t.Helper()
	wav, err := testset.Quiet(context.Background(), t.TempDir(), text)
	if err != nil {
		t.Fatal(err)
	}
	return wav
}

// waitReady waits for the microphone's first language model.
func waitReady(t *testing.T, mic *voice.Mic) {
	t.Helper()
	for deadline := time.Now().Add(3 * time.Minute); mic.Ready("en") != nil; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the speech model was not ready in 3 minutes: %v", mic.Ready("en"))
		}
	}
}

// speakWhenHeard plays wav into the microphone once the kiosk is recording from it, and
// waits for the results screen's "I heard:". No guess at how long the kiosk takes to start
// listening: it waits for the recording stream itself. If the kiosk reopened its stream while
// the question played (hands-free listening starts again after a stretch of silence), the
// question is said again, as a shopper would repeat it.
func speakWhenHeard(ctx context.Context, s *shopper, wav string) {
	s.t.Helper()
	speakUntilShown(ctx, s, wav, "I heard:")
}

// speakUntilShown is speakWhenHeard waiting for heardLabel, the results screen's "I heard:" in
// the screen's language.
func speakUntilShown(ctx context.Context, s *shopper, wav, heardLabel string) {
	s.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for try := 1; ; try++ {
		s.waitUntil("the kiosk recording from the microphone", time.Until(deadline), func() bool {
			on, err := pulsetest.Recording()
			if err != nil {
				s.t.Fatal(err)
			}
			return on
		})
		played := make(chan error, 1)
		go func() { played <- pulsetest.Play(ctx, wav) }()
		heard := false
		s.waitUntil("the question played", time.Until(deadline), func() bool {
			heard = strings.Contains(s.text(), heardLabel)
			select {
			case err := <-played:
				if err != nil {
					s.t.Fatal(err)
				}
				played = nil
			default:
			}
			return heard || played == nil
		})
		if !heard {
			// Give the decoder time to finish what it heard before saying it again.
			end := time.Now().Add(15 * time.Second)
			s.waitUntil("an answer", time.Until(deadline), func() bool {
				heard = strings.Contains(s.text(), heardLabel)
				return heard || time.Now().After(end)
			})
		}
		if heard {
			return
		}
		if try == 3 {
			s.t.Fatalf("said three times, never heard; the screen shows: %s", s.text())
		}
		s.t.Logf("not heard on try %d; saying it again", try)
	}
}

// A question spoken into the microphone, through the kiosk's real listener (its language
// model built from the catalog in the background, pocketsphinx, the shared choice of
// readings), ends on the results screen with what was heard and the answer.
func TestSpokenQuestionThroughMicrophone(t *testing.T) {
	needVoice(t)
	wav := spokenQuestion(t, "where is the coffee")
	pulsetest.Start(t)

	cfg := stateConfig(t)
	p := demoParts(t, cfg)
	mic := voice.OpenMic(cfg.Speech, p.db, p.eng, nil, slog.New(slog.DiscardHandler))
	if err := mic.Available(); errors.Is(err, voice.ErrNoMicrophone) {
		t.Fatalf("no microphone: %v", err)
	}
	p.mic = mic
	s := newShopper(t, p, cfg)
	s.tap("Touch here to start")

	// Before its model is made, the Speak button is there and says voice is getting ready.
	if err := (micListener{mic}).Ready("en"); !errors.Is(err, ui.ErrVoiceStarting) {
		t.Errorf("before the model is built, Ready = %v", err)
	}
	if err := mic.Ready("es"); err == nil {
		t.Error("the English recogniser says it can hear Spanish")
	}
	s.tap("Ask a question")
	s.tap("Speak")
	s.waitFor("Voice questions are getting ready.", 5*time.Second)

	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { defer close(stopped); mic.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-stopped })
	waitReady(t, mic)
	if err := mic.Available(); err != nil {
		t.Fatalf("microphone: %v", err)
	}

	s.tap("Home")
	s.tap("Ask a question")
	s.tap("Speak")
	s.waitFor("Listening. Say your question now.", 5*time.Second)
	speakWhenHeard(ctx, s, wav)
	if text := s.text(); !strings.Contains(strings.ToLower(text), "coffee") {
		t.Errorf("the results screen does not show the coffee question heard and answered: %s", text)
	}
}

// Hands-free: on the attract screen, with nobody touching it, a question spoken into the
// microphone is heard through the real listener and answered.
func TestHandsFreeThroughMicrophone(t *testing.T) {
	needVoice(t)
	wav := spokenQuestion(t, "where is the coffee")
	pulsetest.Start(t)

	cfg := stateConfig(t)
	cfg.Speech.Listen = "hands-free"
	p := demoParts(t, cfg)
	mic := voice.OpenMic(cfg.Speech, p.db, p.eng, nil, slog.New(slog.DiscardHandler))
	if err := mic.Available(); errors.Is(err, voice.ErrNoMicrophone) {
		t.Fatalf("no microphone: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { defer close(stopped); mic.Run(ctx) }()
	t.Cleanup(func() { cancel(); <-stopped })
	p.mic = mic
	s := newShopper(t, p, cfg)
	waitReady(t, mic)
	speakWhenHeard(ctx, s, wav)
	if text := s.text(); !strings.Contains(strings.ToLower(text), "coffee") {
		t.Errorf("the results screen does not show the coffee question heard and answered: %s", text)
	}
}
