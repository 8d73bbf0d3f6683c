package kiosk

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/ui"
	"github.com/storekiosk/storekiosk/kiosk/voice"
	"github.com/storekiosk/storekiosk/speech/pulsetest"
	"github.com/storekiosk/storekiosk/speech/testset"
	"github.com/storekiosk/storekiosk/speech/wav"
)

// transcriptionServer is a fake OpenAI-compatible transcription server on 127.0.0.1
// (whisper.cpp's server speaks the same protocol): it reads the multipart form a real one
// reads and answers with text, noting what it was sent.
type transcriptionServer struct {
	*httptest.Server
	text string

	mu    sync.Mutex
	calls int
	path  string
	form  map[string]string // model, language, response_format
	audio wav.Audio
	err   error
}

func newTranscriptionServer(t *testing.T, text string) *transcriptionServer {
	ts := &transcriptionServer{text: text}
	ts.Server = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ts.mu.Lock()
		defer ts.mu.Unlock()
		ts.calls++
		ts.path = r.URL.Path
		if err := r.ParseMultipartForm(8 << 20); err != nil {
			ts.err = err
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		ts.form = map[string]string{}
		for _, k := range []string{"model", "language", "response_format"} {
			ts.form[k] = r.FormValue(k)
		}
		f, _, err := r.FormFile("file")
		if err == nil {
			var b []byte
			if b, err = io.ReadAll(f); err == nil {
				ts.audio, err = wav.Read(strings.NewReader(string(b)))
			}
		}
		if err != nil {
			ts.err = err
			http.Error(w, err.Error(), http.StatusBadRequest)
			return
		}
		json.NewEncoder(w).Encode(map[string]string{"text": ts.text})
	}))
	t.Cleanup(ts.Close)
	return ts
}

// A question spoken in Spanish into the microphone on the Spanish screen goes, as a WAV, to
// the store's transcription server with language=es, and its text is answered in Spanish on
// the results screen: espeak-ng's Latin American voice through a real PulseAudio microphone,
// the kiosk's real recording path (cue, voice activity detection, the listener), the real
// wire protocol. The offline recogniser is not needed: Spanish is ready at once.
func TestSpanishQuestionThroughTranscriptionServer(t *testing.T) {
	if err := testset.Tools(); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	items, err := testset.Generate(context.Background(), t.TempDir(),
		[]testset.Question{{ID: "es", Text: "¿dónde está el café?"}},
		testset.Options{Voices: []testset.Voice{{Name: "es-419", Speed: 150}}, Copies: testset.Copies[:1]})
	if err != nil {
		t.Fatal(err)
	}
	spoken, err := wav.ReadFile(items[0].WAV)
	if err != nil {
		t.Fatal(err)
	}
	pulsetest.Start(t)
	srv := newTranscriptionServer(t, "¿Dónde está el café?")

	cfg := stateConfig(t)
	cfg.Kiosk.Language = "es"
	cfg.Speech.OpenAI.BaseURL = srv.URL + "/v1"
	p := demoParts(t, cfg)
	mic := voice.OpenMic(cfg.Speech, p.db, p.eng, nil, slog.New(slog.DiscardHandler))
	if err := mic.Available(); errors.Is(err, voice.ErrNoMicrophone) {
		t.Fatalf("no microphone: %v", err)
	}
	if err := mic.Ready("es"); err != nil {
		t.Fatalf("with a transcription server, Spanish is not ready: %v", err)
	}
	if err := (micListener{mic}).ReadyHandsFree("es"); !errors.Is(err, ui.ErrNeedsServer) {
		t.Errorf("hands-free Spanish would send talk near the kiosk to the server: ReadyHandsFree = %v", err)
	}
	p.mic = mic
	s := newShopper(t, p, cfg)
	s.tap("Toque aquí para empezar")
	s.tap("Hacer una pregunta")
	s.tap("Hablar")
	s.waitFor("Escuchando. Diga su pregunta ahora.", 5*time.Second)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	speakUntilShown(ctx, s, items[0].WAV, "He oído:")

	text := s.text()
	if !strings.Contains(text, "He oído: «dónde está el café»") || !strings.Contains(text, "pasillo") {
		t.Errorf("the results screen does not show the Spanish question heard and answered in Spanish: %s", text)
	}
	srv.mu.Lock()
	defer srv.mu.Unlock()
	if srv.err != nil {
		t.Fatalf("the server could not read the request: %v", srv.err)
	}
	if srv.path != "/v1/audio/transcriptions" || srv.form["language"] != "es" || srv.form["model"] != "whisper-1" {
		t.Errorf("request %s, form %v; want /v1/audio/transcriptions with language es and model whisper-1", srv.path, srv.form)
	}
	// What the server heard is the question from the microphone: 16 kHz mono, at least as
	// long as the spoken words, and not silence.
	got, want := srv.audio.Duration(), spoken.Duration()-testset.PadBefore-testset.PadAfter
	peak := 0
	for _, v := range srv.audio.Samples {
		peak = max(peak, abs(int(v)))
	}
	if srv.audio.Rate != 16000 || srv.audio.Channels != 1 || got < want || peak < 1000 {
		t.Errorf("the server got %d Hz x%d, %.2f s (the words last %.2f s), peak %d", srv.audio.Rate, srv.audio.Channels, got, want, peak)
	}
	t.Logf("the server got %.2f s of audio (the words last %.2f s), peak %d, in %d request(s)", got, want, peak, srv.calls)
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}

// Without a transcription server (or with speech.openai.transcribe_es off) the microphone
// says Spanish needs one, as the screens' own sentinel, so the Spanish Speak button explains.
func TestSpanishVoiceWithoutServer(t *testing.T) {
	for _, withServer := range []bool{false, true} {
		cfg := stateConfig(t)
		if withServer {
			cfg.Speech.OpenAI.BaseURL = "http://127.0.0.1:9/v1"
			cfg.Speech.OpenAI.TranscribeES = false
		}
		p := demoParts(t, cfg)
		mic := voice.OpenMic(cfg.Speech, p.db, p.eng, nil, slog.New(slog.DiscardHandler))
		if err := mic.Available(); errors.Is(err, voice.ErrNoMicrophone) {
			// Ready says no microphone first; the server's absence is all this checks.
			t.Skipf("no microphone here: %v", err)
		}
		err := micListener{mic}.Ready("es")
		if !errors.Is(err, ui.ErrNeedsServer) {
			t.Errorf("server %v, transcribe_es %v: Ready(es) = %v, want the screens' ErrNeedsServer", withServer, cfg.Speech.OpenAI.TranscribeES, err)
		}
		_, err = micListener{mic}.Listen(context.Background(), ui.Listening{Lang: "es"})
		if !errors.Is(err, ui.ErrNeedsServer) {
			t.Errorf("Listen(es) = %v", err)
		}
	}
}
