package whisper_test

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/speech/wav"
	"github.com/storekiosk/storekiosk/speech/whisper"
)

// A fake OpenAI-compatible transcription server on 127.0.0.1, speaking the real protocol:
// a multipart form with the WAV as "file", the model and the language.
func TestTranscribe(t *testing.T) {
	var got struct {
		path, auth, model, lang string
		audio                   wav.Audio
	}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		got.path, got.auth = r.URL.Path, r.Header.Get("Authorization")
		if err := r.ParseMultipartForm(1 << 20); err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		got.model, got.lang = r.FormValue("model"), r.FormValue("language")
		f, _, err := r.FormFile("file")
		if err != nil {
			http.Error(w, err.Error(), 400)
			return
		}
		b, _ := io.ReadAll(f)
		got.audio, _ = wav.Read(strings.NewReader(string(b)))
		json.NewEncoder(w).Encode(map[string]string{"text": " Where is the jam? "})
	}))
	defer srv.Close()
	c := whisper.New(srv.URL+"/v1", "sk-test", "whisper-1", time.Second)
	c.Language = "en"
	text, err := c.Transcribe(context.Background(), make([]int16, 16000))
	if err != nil {
		t.Fatal(err)
	}
	if text != "Where is the jam?" {
		t.Errorf("text %q", text)
	}
	if got.path != "/v1/audio/transcriptions" || got.auth != "Bearer sk-test" || got.model != "whisper-1" || got.lang != "en" ||
		got.audio.Rate != 16000 || len(got.audio.Samples) != 16000 {
		t.Errorf("request: %s %s model %q lang %q, %d Hz %d samples", got.path, got.auth, got.model, got.lang, got.audio.Rate, len(got.audio.Samples))
	}
}

// A server that does not answer in time is given up on, so the kiosk can fall back.
func TestTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer srv.Close()
	defer close(release)
	c := whisper.New(srv.URL+"/v1", "", "", 300*time.Millisecond)
	start := time.Now()
	if _, err := c.Transcribe(context.Background(), make([]int16, 1600)); err == nil {
		t.Fatal("no error from a silent server")
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("gave up after %v", d)
	}
	if _, err := c.Transcribe(context.Background(), nil); err == nil {
		t.Error("no error for no audio")
	}
}
