package config

import (
	"net/url"
	"strings"
	"time"
)

// Speech is the kiosk's voice: listening to shoppers and speaking to them. Everything works
// offline by default (pocketsphinx with a language model built from the catalog, espeak-ng);
// a store may add its own transcription or speech server.
type Speech struct {
	// Listen is how voice input starts: "push-to-talk" (a tap on Speak, the default) or
	// "off", or "hands-free": besides the Speak button, the kiosk listens without a tap while
	// the home, attract or results screen is up and it is not speaking, and answers what it
	// takes for a question. Hands-free hears with the offline recogniser only.
	Listen string `toml:"listen"`
	// InputDevice picks the microphone whose name contains this text; empty: the default input.
	InputDevice string `toml:"input_device"`
	// OutputDevice picks the speaker whose name contains this text; empty: the default output.
	OutputDevice string `toml:"output_device"`
	// EndSilence is how long a shopper must be quiet before the kiosk stops listening to a
	// question that does not read complete yet ("where is the …"). Older speakers pause
	// mid-sentence: keep it at a second or more.
	EndSilence Duration `toml:"end_silence"`
	// EndPause is the shorter quiet that ends a question which already reads complete to the
	// offline recogniser ("where is the jam"), so the answer comes sooner. At most
	// end_silence; equal to it: always wait the long pause.
	EndPause Duration `toml:"end_pause"`
	// MaxUtterance caps one question.
	MaxUtterance Duration `toml:"max_utterance"`
	// Recognizers are tried in this order, each falling back to the next on error or timeout:
	// "openai" (the transcription server below) and "sphinx" (offline, always available; keep
	// it last).
	Recognizers []string `toml:"recognizers"`
	// ModelDir holds the language models built from the catalog (rebuilt, in the background,
	// when the catalog changes). Empty: speech-models in $CACHE_DIRECTORY (the packaged
	// kiosk: /var/cache/store-kiosk), else in the user's cache directory.
	ModelDir string `toml:"model_dir"`
	// AcousticModel is pocketsphinx's acoustic model directory.
	AcousticModel string `toml:"acoustic_model"`
	// Dictionary is the pronunciation dictionary the model's words are looked up in first.
	Dictionary string `toml:"dictionary"`
	// Unsure is the recogniser confidence (0–1) below which the kiosk does not answer what it
	// heard but only asks "Did you mean …?" with the likeliest readings. 0: always answer the
	// best reading, showing what was heard and the other readings as buttons beside it.
	// pocketsphinx's confidence separates right from wrong only partly: on the evaluation
	// set even 0.002 turns ~5 % of right first answers into questions.
	Unsure float64 `toml:"unsure"`

	// Voice is the espeak-ng voice for the kiosk's default language ("en-us", "en-gb");
	// other languages speak with their own.
	Voice string `toml:"voice"`
	// VoiceES is the espeak-ng voice for Spanish: "es-419" (Latin American, the default),
	// "es" (Spain), "es-mx" where installed.
	VoiceES string `toml:"voice_es"`
	// Rate is the speaking speed in words per minute (80–450).
	Rate int `toml:"rate"`
	// Volume in percent (10–200). Shoppers may change it for their session; it resets after.
	Volume int `toml:"volume"`
	// SpeakByDefault starts every session in speech mode (screens and answers read aloud).
	// Otherwise it is a shopper's choice (setting, Help key, headset).
	SpeakByDefault bool `toml:"speak_by_default"`
	// Synthesizer is "espeak" (offline) or "openai" (the speech server below, falling back
	// to espeak-ng).
	Synthesizer string `toml:"synthesizer"`

	OpenAI SpeechOpenAI `toml:"openai"`
}

// SpeechOpenAI is an OpenAI-compatible server for transcription and/or speech: a store's own
// (whisper.cpp server, speaches, LocalAI) or the cloud.
type SpeechOpenAI struct {
	// BaseURL includes /v1, e.g. "http://speech.store.lan:8000/v1".
	BaseURL string `toml:"base_url"`
	// APIKeyEnv names the environment variable holding the API key (credential
	// "speech-api-key" takes precedence). Local servers usually need none.
	APIKeyEnv string `toml:"api_key_env"`
	// TranscribeModel is the transcription model ("whisper-1").
	TranscribeModel string `toml:"transcribe_model"`
	// TranscribeES sends Spanish voice questions (Speak on the Spanish screen) to this server
	// with language "es": the kiosk has no offline Spanish recogniser, so without a server
	// (or with this false) the Spanish Speak button says voice questions in Spanish need the
	// store's speech server. English questions go to it only when recognizers lists "openai".
	// Hands-free listening never sends audio to the server, in any language.
	TranscribeES bool `toml:"transcribe_es"`
	// SpeechModel and SpeechVoice are the text-to-speech model and voice ("tts-1", "alloy").
	SpeechModel string `toml:"speech_model"`
	SpeechVoice string `toml:"speech_voice"`
	// Timeout bounds one request; past it the kiosk falls back to its offline voice.
	Timeout Duration `toml:"timeout"`
}

func defaultSpeech() Speech {
	return Speech{
		Listen:        "push-to-talk",
		EndSilence:    Duration{1200 * time.Millisecond},
		EndPause:      Duration{400 * time.Millisecond},
		MaxUtterance:  Duration{10 * time.Second},
		Recognizers:   []string{"sphinx"},
		AcousticModel: "/usr/share/pocketsphinx/model/en-us/en-us",
		Dictionary:    "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict",
		Unsure:        0,
		Voice:         "en-us",
		VoiceES:       "es-419",
		Rate:          150,
		Volume:        100,
		Synthesizer:   "espeak",
		OpenAI: SpeechOpenAI{
			APIKeyEnv:       "KIOSK_SPEECH_API_KEY",
			TranscribeModel: "whisper-1",
			TranscribeES:    true,
			SpeechModel:     "tts-1",
			SpeechVoice:     "alloy",
			Timeout:         Duration{4 * time.Second},
		},
	}
}

func (s Speech) validate(bad func(key, format string, args ...any)) {
	switch s.Listen {
	case "push-to-talk", "hands-free", "off":
	default:
		bad("listen", "must be \"push-to-talk\", \"hands-free\" or \"off\" (got %q)", s.Listen)
	}
	if d := s.EndSilence.Duration; d < 300*time.Millisecond || d > 5*time.Second {
		bad("end_silence", "must be between 300ms and 5s (got %s)", d)
	}
	if d := s.EndPause.Duration; d < 200*time.Millisecond || d > s.EndSilence.Duration {
		bad("end_pause", "must be between 200ms and end_silence (%s) (got %s)", s.EndSilence.Duration, d)
	}
	if d := s.MaxUtterance.Duration; d < 3*time.Second || d > 30*time.Second {
		bad("max_utterance", "must be between 3s and 30s (got %s)", d)
	}
	if len(s.Recognizers) == 0 && s.Listen != "off" {
		bad("recognizers", "must list at least one of \"openai\", \"sphinx\"")
	}
	seen := map[string]bool{}
	for _, r := range s.Recognizers {
		switch {
		case r != "openai" && r != "sphinx":
			bad("recognizers", "%q is not one of \"openai\", \"sphinx\"", r)
		case seen[r]:
			bad("recognizers", "lists %q twice", r)
		case r == "openai" && s.OpenAI.BaseURL == "":
			bad("recognizers", "\"openai\" needs speech.openai.base_url")
		}
		seen[r] = true
	}
	if s.Unsure < 0 || s.Unsure > 1 {
		bad("unsure", "must be between 0 and 1 (got %g)", s.Unsure)
	}
	if s.Rate < 80 || s.Rate > 450 {
		bad("rate", "must be between 80 and 450 words per minute (got %d)", s.Rate)
	}
	if s.Volume < 10 || s.Volume > 200 {
		bad("volume", "must be between 10 and 200 percent (got %d)", s.Volume)
	}
	if s.Voice == "" || strings.ContainsAny(s.Voice, " /\\") {
		bad("voice", "must be an espeak-ng voice such as \"en-us\" (got %q)", s.Voice)
	}
	if s.VoiceES == "" || strings.ContainsAny(s.VoiceES, " /\\") {
		bad("voice_es", "must be an espeak-ng voice such as \"es-419\" (got %q)", s.VoiceES)
	}
	switch s.Synthesizer {
	case "espeak":
	case "openai":
		if s.OpenAI.BaseURL == "" {
			bad("synthesizer", "\"openai\" needs speech.openai.base_url")
		}
	default:
		bad("synthesizer", "must be \"espeak\" or \"openai\" (got %q)", s.Synthesizer)
	}
	if u := s.OpenAI.BaseURL; u != "" {
		pu, err := url.Parse(u)
		switch {
		case err != nil || pu.Host == "" || (pu.Scheme != "http" && pu.Scheme != "https"):
			bad("openai.base_url", "%q is not a URL like http://speech.store.lan:8000/v1", u)
		case !strings.Contains(pu.Path, "/v1"):
			bad("openai.base_url", "%q must include the API version path, e.g. %s/v1", u, strings.TrimRight(u, "/"))
		}
	}
	if d := s.OpenAI.Timeout.Duration; d < 500*time.Millisecond || d > time.Minute {
		bad("openai.timeout", "must be between 500ms and 1m (got %s)", d)
	}
}

func (s *Speech) resolve(dir string) {
	s.ModelDir = resolvePath(dir, s.ModelDir)
	s.AcousticModel = resolvePath(dir, s.AcousticModel)
	s.Dictionary = resolvePath(dir, s.Dictionary)
}

// APIKey returns the speech server's API key, or "".
func (o SpeechOpenAI) APIKey() string { return Secret("speech-api-key", o.APIKeyEnv) }
