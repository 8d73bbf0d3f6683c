// Package tts turns the kiosk's sentences into sound. The offline voice is espeak-ng, run as
// a separate program (it is GPL-licensed, so the kiosk never links it) that writes a WAV to a
// pipe; an OpenAI-compatible speech server (a store's own, or the cloud) may be used instead
// for a more natural voice, with espeak-ng as the fallback when it does not answer in time.
package tts

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"os/exec"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/storekiosk/storekiosk/speech/wav"
)

// Voice is how to speak: shoppers can change rate and volume in their accessibility settings.
type Voice struct {
	// Name is the espeak-ng voice for the kiosk's default language ("en-us"); other
	// languages use the language code as the voice ("es", "fr").
	Name string
	// Rate is the speed in words per minute (espeak-ng: 80–450; 150 is unhurried).
	Rate int
	// Volume is the loudness in percent (0–200; 100 is normal).
	Volume int
}

// Synthesizer renders text. Implementations are safe for concurrent use.
type Synthesizer interface {
	Synthesize(ctx context.Context, text, lang string, v Voice) (wav.Audio, error)
}

// Espeak speaks with espeak-ng.
type Espeak struct {
	Path        string // espeak-ng binary; "espeak-ng" from PATH when empty
	DefaultLang string // the language whose voice is Voice.Name ("en")
	// Voices are the voices of other languages, by language code ("es": "es-419"); a
	// language not listed speaks with the voice named as its code.
	Voices       map[string]string
	MaxTextBytes int // longer text is cut at a sentence end (default 2000)
}

// ErrNoEspeak is returned when espeak-ng is not installed.
var ErrNoEspeak = errors.New("espeak-ng is not installed (apt-get install espeak-ng)")

// Check reports whether espeak-ng is installed (ErrNoEspeak if not).
func (e *Espeak) Check() error {
	path := e.Path
	if path == "" {
		path = "espeak-ng"
	}
	if _, err := exec.LookPath(path); err != nil {
		return ErrNoEspeak
	}
	return nil
}

// Synthesize renders text to a WAV in memory. Nothing is written to disk.
func (e *Espeak) Synthesize(ctx context.Context, text, lang string, v Voice) (wav.Audio, error) {
	path := e.Path
	if path == "" {
		path = "espeak-ng"
	}
	bin, err := exec.LookPath(path)
	if err != nil {
		return wav.Audio{}, ErrNoEspeak
	}
	text = clip(strings.TrimSpace(text), e.MaxTextBytes)
	if text == "" {
		return wav.Audio{Rate: 22050, Channels: 1}, nil
	}
	voice := v.Name
	if def := e.DefaultLang; lang != "" && (voice == "" || (def != "" && !sameLang(lang, def))) {
		voice = lang
		if v := e.Voices[baseLang(lang)]; v != "" {
			voice = v
		}
	}
	if voice == "" {
		voice = "en-us"
	}
	rate := v.Rate
	if rate == 0 {
		rate = 150
	}
	vol := v.Volume
	if vol == 0 {
		vol = 100
	}
	// Text goes on stdin, never the command line, so nothing in it is read as an option.
	cmd := exec.CommandContext(ctx, bin, "--stdout", "-v", voice, "-s", fmt.Sprint(clamp(rate, 80, 450)), "-a", fmt.Sprint(clamp(vol, 0, 200)))
	cmd.Stdin = strings.NewReader(text)
	var out, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return wav.Audio{}, ctx.Err()
		}
		return wav.Audio{}, fmt.Errorf("espeak-ng -v %s: %v: %s", voice, err, strings.TrimSpace(stderr.String()))
	}
	a, err := wav.Read(&out)
	if err != nil {
		return wav.Audio{}, fmt.Errorf("espeak-ng output: %w", err)
	}
	return a, nil
}

// baseLang is a language code without its region: "es-MX" → es.
func baseLang(s string) string {
	s, _, _ = strings.Cut(strings.ToLower(s), "-")
	s, _, _ = strings.Cut(s, "_")
	return s
}

func sameLang(a, b string) bool {
	base := func(s string) string {
		s, _, _ = strings.Cut(strings.ToLower(s), "-")
		s, _, _ = strings.Cut(s, "_")
		return s
	}
	return base(a) == base(b)
}

func clamp(x, lo, hi int) int { return max(lo, min(hi, x)) }

// clip cuts text longer than max bytes after the last sentence end before it.
func clip(text string, maxBytes int) string {
	if maxBytes <= 0 {
		maxBytes = 2000
	}
	if len(text) <= maxBytes {
		return text
	}
	cut := text[:maxBytes]
	if i := strings.LastIndexAny(cut, ".!?"); i > maxBytes/2 {
		return cut[:i+1]
	}
	if i := strings.LastIndexByte(cut, ' '); i > 0 {
		return cut[:i]
	}
	return cut
}

// OpenAI speaks through an OpenAI-compatible /v1/audio/speech endpoint.
type OpenAI struct {
	client  *openai.Client
	Model   string // "tts-1"
	Voice   string // the server's voice name, "alloy"
	Timeout time.Duration
}

// NewOpenAI returns a synthesizer for a server. baseURL includes /v1.
func NewOpenAI(baseURL, apiKey, model, voice string, timeout time.Duration) *OpenAI {
	if timeout <= 0 {
		timeout = 5 * time.Second
	}
	cfg := openai.DefaultConfig(apiKey)
	if baseURL != "" {
		cfg.BaseURL = strings.TrimRight(baseURL, "/")
	}
	// go-openai's default client has no timeout; a hung server must not hang the kiosk.
	cfg.HTTPClient = &http.Client{Timeout: timeout}
	if model == "" {
		model = string(openai.TTSModel1)
	}
	if voice == "" {
		voice = string(openai.VoiceAlloy)
	}
	return &OpenAI{client: openai.NewClientWithConfig(cfg), Model: model, Voice: voice, Timeout: timeout}
}

// Synthesize asks the server for a WAV. The rate is passed as speed relative to 150 wpm;
// volume is applied by the caller.
func (o *OpenAI) Synthesize(ctx context.Context, text, lang string, v Voice) (wav.Audio, error) {
	ctx, cancel := context.WithTimeout(ctx, o.Timeout)
	defer cancel()
	speed := 1.0
	if v.Rate > 0 {
		speed = min(4, max(0.25, float64(v.Rate)/150))
	}
	resp, err := o.client.CreateSpeech(ctx, openai.CreateSpeechRequest{
		Model: openai.SpeechModel(o.Model), Input: clip(text, 4000), Voice: openai.SpeechVoice(o.Voice),
		ResponseFormat: openai.SpeechResponseFormatWav, Speed: speed,
	})
	if err != nil {
		return wav.Audio{}, fmt.Errorf("speech server: %w", err)
	}
	defer resp.Close()
	a, err := wav.Read(resp)
	if err != nil {
		return wav.Audio{}, fmt.Errorf("speech server sent no usable WAV: %w", err)
	}
	return a, nil
}

// Fallback tries each synthesizer in turn until one works.
type Fallback []Synthesizer

// Synthesize returns the first synthesizer's result that works.
func (f Fallback) Synthesize(ctx context.Context, text, lang string, v Voice) (wav.Audio, error) {
	var errs []error
	for _, s := range f {
		a, err := s.Synthesize(ctx, text, lang, v)
		if err == nil {
			return a, nil
		}
		if ctx.Err() != nil {
			return wav.Audio{}, ctx.Err()
		}
		errs = append(errs, err)
	}
	if len(errs) == 0 {
		return wav.Audio{}, errors.New("no speech synthesizer configured")
	}
	return wav.Audio{}, errors.Join(errs...)
}

// Gain scales samples by percent (100 = unchanged), clipping at full scale. espeak-ng applies
// volume itself; other voices get it here.
func Gain(pcm []int16, percent int) {
	if percent == 100 {
		return
	}
	for i, s := range pcm {
		v := int(s) * percent / 100
		pcm[i] = int16(max(-32768, min(32767, v)))
	}
}
