package tts_test

import (
	"context"
	"math"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/speech/tts"
	"github.com/storekiosk/storekiosk/speech/wav"
)

func needEspeak(t *testing.T) {
	t.Helper()
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("espeak-ng is needed (scripts/deps.sh test installs it)")
		}
		t.Skip("espeak-ng not installed")
	}
}

func rms(s []int16) float64 {
	var p float64
	for _, x := range s {
		p += float64(x) * float64(x)
	}
	return math.Sqrt(p / float64(max(len(s), 1)))
}

func TestEspeak(t *testing.T) {
	needEspeak(t)
	e := &tts.Espeak{DefaultLang: "en"}
	ctx := context.Background()
	a, err := e.Synthesize(ctx, "Jam is in aisle 9, left side.", "en", tts.Voice{Name: "en-us", Rate: 150, Volume: 100})
	if err != nil {
		t.Fatal(err)
	}
	if a.Rate != 22050 || a.Duration() < 1 || a.Duration() > 5 {
		t.Fatalf("rendered %d Hz, %.2f s", a.Rate, a.Duration())
	}
	slow, err := e.Synthesize(ctx, "Jam is in aisle 9, left side.", "en", tts.Voice{Name: "en-us", Rate: 90, Volume: 100})
	if err != nil {
		t.Fatal(err)
	}
	if slow.Duration() < a.Duration()*1.3 {
		t.Errorf("rate 90 lasts %.2f s, rate 150 %.2f s: rate ignored", slow.Duration(), a.Duration())
	}
	quiet, err := e.Synthesize(ctx, "Jam is in aisle 9, left side.", "en", tts.Voice{Name: "en-us", Rate: 150, Volume: 30})
	if err != nil {
		t.Fatal(err)
	}
	if r := rms(quiet.Samples) / rms(a.Samples); r > 0.6 {
		t.Errorf("volume 30 is %.0f%% as loud as volume 100", 100*r)
	}
	// Another language speaks with its own voice; text that looks like an option is text.
	es, err := e.Synthesize(ctx, "--help", "es", tts.Voice{Name: "en-us"})
	if err != nil || es.Duration() < 0.2 {
		t.Errorf("Spanish or option-like text: %v, %.2f s", err, es.Duration())
	}
	if a, err := e.Synthesize(ctx, "   ", "en", tts.Voice{}); err != nil || len(a.Samples) != 0 {
		t.Errorf("blank text: %v, %d samples", err, len(a.Samples))
	}
}

func TestEspeakCancel(t *testing.T) {
	needEspeak(t)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	e := &tts.Espeak{}
	if _, err := e.Synthesize(ctx, strings.Repeat("A long sentence. ", 50), "en", tts.Voice{}); err == nil {
		t.Error("cancelled synthesis succeeded")
	}
}

// The OpenAI-compatible backend speaks the real wire protocol against a fake server on
// 127.0.0.1; a server that does not answer in time gives way to espeak-ng.
func TestOpenAIFallsBackToEspeak(t *testing.T) {
	needEspeak(t)
	var got struct{ path, auth, body string }
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		b := make([]byte, 4096)
		n, _ := r.Body.Read(b)
		got.path, got.auth, got.body = r.URL.Path, r.Header.Get("Authorization"), string(b[:n])
		w.Header().Set("Content-Type", "audio/wav")
		wav.Write(w, wav.Audio{Rate: 24000, Channels: 1, Samples: make([]int16, 24000)})
	}))
	defer srv.Close()
	o := tts.NewOpenAI(srv.URL+"/v1", "k-123", "tts-1", "alloy", time.Second)
	a, err := o.Synthesize(context.Background(), "Milk is on the dairy wall.", "en", tts.Voice{Rate: 150})
	if err != nil {
		t.Fatal(err)
	}
	if a.Rate != 24000 || a.Duration() != 1 {
		t.Errorf("got %d Hz %.2f s", a.Rate, a.Duration())
	}
	if got.path != "/v1/audio/speech" || got.auth != "Bearer k-123" || !strings.Contains(got.body, `"response_format":"wav"`) || !strings.Contains(got.body, "dairy wall") {
		t.Errorf("request %+v", got)
	}

	release := make(chan struct{})
	hung := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	}))
	defer hung.Close()
	defer close(release)
	f := tts.Fallback{tts.NewOpenAI(hung.URL+"/v1", "", "", "", 300*time.Millisecond), &tts.Espeak{}}
	start := time.Now()
	a, err = f.Synthesize(context.Background(), "Milk is on the dairy wall.", "en", tts.Voice{})
	if err != nil || a.Rate != 22050 {
		t.Fatalf("fallback: %v, %d Hz", err, a.Rate)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("fallback took %v", d)
	}
}

// Spanish speaks with the store's Spanish voice (speech.voice_es), Latin American by default.
func TestEspeakSpanishVoice(t *testing.T) {
	needEspeak(t)
	ctx := context.Background()
	e := &tts.Espeak{DefaultLang: "en", Voices: map[string]string{"es": "es-419"}}
	a, err := e.Synthesize(ctx, "La leche está en el pasillo 4, lado izquierdo, tramo 2.", "es", tts.Voice{Name: "en-us"})
	if err != nil || a.Duration() < 1 {
		t.Fatalf("es-419: %v, %.2f s", err, a.Duration())
	}
	// The voice used is the one configured: a voice espeak-ng lacks fails by its name.
	e.Voices["es"] = "zz-nosuchvoice"
	if _, err := e.Synthesize(ctx, "hola", "es-MX", tts.Voice{Name: "en-us"}); err == nil || !strings.Contains(err.Error(), "zz-nosuchvoice") {
		t.Errorf("a missing Spanish voice: %v, want an error naming it", err)
	}
}
