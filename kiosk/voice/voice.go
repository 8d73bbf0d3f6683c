// Package voice is the kiosk's voice from its configuration: the offline recogniser with a
// language model made from the catalog, the recognisers in their configured order, the
// synthesizer, the speaker and microphone on real devices (devices.go), and the choice among
// the readings of a spoken question (Choose). The kiosk and kioskctl both build it here, so
// what is evaluated is what runs.
package voice

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/speech"
	"github.com/storekiosk/storekiosk/speech/lm"
	"github.com/storekiosk/storekiosk/speech/tts"
	"github.com/storekiosk/storekiosk/speech/whisper"
)

// ModelDir is where the catalog's language models are kept: speech.model_dir, else
// speech-models in systemd's $CACHE_DIRECTORY (the packaged kiosk), else in the user's cache.
func ModelDir(sc config.Speech) string {
	if sc.ModelDir != "" {
		return sc.ModelDir
	}
	if d := os.Getenv("CACHE_DIRECTORY"); d != "" {
		return filepath.Join(d, "speech-models")
	}
	if d, err := os.UserCacheDir(); err == nil {
		return filepath.Join(d, "store-kiosk", "speech-models")
	}
	return filepath.Join(os.TempDir(), "store-kiosk-speech-models")
}

// Source is what the language model is made from: the catalog's products, and what the
// answer engine understands beyond product names (its vocabulary's phrases and needs, the
// store's categories and departments) or knows the store does not sell.
func Source(ctx context.Context, db *inventory.DB, eng *answer.Engine) (lm.Source, error) {
	src := Vocabulary(eng)
	err := AddCatalog(ctx, db, &src)
	return src, err
}

// ModelOptions are the language model's build options for sc.
func ModelOptions(sc config.Speech, logger *slog.Logger) lm.Options {
	return lm.Options{BaseDict: sc.Dictionary, Logger: logger}
}

// EnsureModel returns the catalog's language model, building it when the catalog changed
// (seconds for a few hundred products, about a minute for tens of thousands).
func EnsureModel(ctx context.Context, db *inventory.DB, eng *answer.Engine, sc config.Speech, logger *slog.Logger) (*lm.Model, error) {
	src, err := Source(ctx, db, eng)
	if err != nil {
		return nil, err
	}
	return lm.Ensure(ctx, src, ModelDir(sc), ModelOptions(sc, logger))
}

// Recognizers are the configured recognisers in order; offline is the "sphinx" one, and the
// only one when none is configured.
func Recognizers(sc config.Speech, offline *speech.Offline) ([]speech.Recognizer, error) {
	var recs []speech.Recognizer
	for _, name := range sc.Recognizers {
		switch name {
		case "sphinx":
			recs = append(recs, offline)
		case "openai":
			recs = append(recs, Server(sc, "en"))
		default:
			return nil, fmt.Errorf("unknown recogniser %q", name)
		}
	}
	if len(recs) == 0 {
		recs = append(recs, offline)
	}
	return recs, nil
}

// Server is the store's transcription server (speech.openai) hearing questions in lang.
func Server(sc config.Speech, lang string) *speech.Remote {
	c := whisper.New(sc.OpenAI.BaseURL, sc.OpenAI.APIKey(), sc.OpenAI.TranscribeModel, sc.OpenAI.Timeout.Duration)
	c.Language = lang
	return &speech.Remote{Client: c}
}

// Spanish is the recogniser for Spanish questions: the store's transcription server, when
// there is one and speech.openai.transcribe_es allows it; nil otherwise. No Spanish model
// for the offline recogniser ships with Debian.
func Spanish(sc config.Speech) speech.Recognizer {
	if sc.OpenAI.BaseURL == "" || !sc.OpenAI.TranscribeES {
		return nil
	}
	return Server(sc, "es")
}

// Synthesizer is the configured voice: espeak-ng, or a speech server falling back to it.
func Synthesizer(sc config.Speech) tts.Synthesizer {
	espeak := &tts.Espeak{DefaultLang: "en", Voices: map[string]string{"es": sc.VoiceES}}
	if sc.Synthesizer == "openai" && sc.OpenAI.BaseURL != "" {
		return tts.Fallback{tts.NewOpenAI(sc.OpenAI.BaseURL, sc.OpenAI.APIKey(), sc.OpenAI.SpeechModel,
			sc.OpenAI.SpeechVoice, sc.OpenAI.Timeout.Duration), espeak}
	}
	return espeak
}

// Voice is the configured voice's name, rate and volume.
func Voice(sc config.Speech) tts.Voice {
	return tts.Voice{Name: sc.Voice, Rate: sc.Rate, Volume: sc.Volume}
}
