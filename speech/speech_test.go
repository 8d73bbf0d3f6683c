package speech_test

import (
	"context"
	"encoding/csv"
	"errors"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gen2brain/malgo"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/speech"
	"github.com/storekiosk/storekiosk/speech/capture"
	"github.com/storekiosk/storekiosk/speech/lm"
	"github.com/storekiosk/storekiosk/speech/playback"
	"github.com/storekiosk/storekiosk/speech/pulsetest"
	"github.com/storekiosk/storekiosk/speech/sphinx"
	"github.com/storekiosk/storekiosk/speech/testset"
	"github.com/storekiosk/storekiosk/speech/tts"
	"github.com/storekiosk/storekiosk/speech/wav"
	"github.com/storekiosk/storekiosk/speech/whisper"
)

// need skips (locally) or fails (in CI) when a tool the test needs is missing.
func need(tb testing.TB, what string, err error) {
	tb.Helper()
	if err == nil {
		return
	}
	if os.Getenv("CI") != "" {
		tb.Fatalf("%s is needed (scripts/deps.sh test installs it): %v", what, err)
	}
	tb.Skipf("%s not available: %v", what, err)
}

func needRecognizer(tb testing.TB) {
	tb.Helper()
	_, err := os.Stat(sphinx.DefaultModel)
	need(tb, "pocketsphinx-en-us", err)
	_, err = exec.LookPath("sphinx_lm_convert")
	need(tb, "sphinxbase-utils", err)
	need(tb, "espeak-ng and sox", testset.Tools())
}

// demoSource is the built-in demo store as the speech model sees it, with a few of the phrases,
// needs and things sold elsewhere that the answer engine's vocabulary hands the kiosk's model.
func demoSource(tb testing.TB) lm.Source {
	tb.Helper()
	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		tb.Fatal(err)
	}
	src := lm.Source{Phrases: []string{"fizzy drinks", "plasters"}, Needs: []string{"a headache", "an upset stomach"},
		Elsewhere: []string{"a haircut", "televisions", "a bicycle"}}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		src.Items = append(src.Items, lm.Item{Name: r[col["name"]], Category: r[col["category"]],
			Department: r[col["department"]], GTIN: r[col["gtin"]]})
	}
	return src
}

var (
	demoOnce  sync.Once
	demoDir   string // removed when the tests end
	demoModel *lm.Model
	demoErr   error
)

// TestMain removes the language model the tests built once for all of them.
func TestMain(m *testing.M) {
	code := m.Run()
	if demoDir != "" {
		os.RemoveAll(demoDir)
	}
	os.Exit(code)
}

// demoOffline is the offline recogniser with the demo store's language model (built once).
func demoOffline(t *testing.T) *speech.Offline {
	t.Helper()
	needRecognizer(t)
	demoOnce.Do(func() {
		src := demoSource(t)
		dir, err := os.MkdirTemp("", "speech-test-model-")
		if err != nil {
			demoErr = err
			return
		}
		demoDir = dir
		demoModel, demoErr = lm.Build(context.Background(), src, filepath.Join(dir, "model"), lm.Options{})
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	o, err := speech.NewOffline(demoModel, speech.OfflineConfig{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { o.Close() })
	return o
}

// spoken renders text with espeak-ng as a 16 kHz WAV with a faint noise floor, as the
// evaluation's "quiet" copy does.
func spoken(t *testing.T, text string) string {
	t.Helper()
	wav, err := testset.Quiet(context.Background(), t.TempDir(), text)
	if err != nil {
		t.Fatal(err)
	}
	return wav
}

func read16k(t *testing.T, path string) []int16 {
	t.Helper()
	a, err := wav.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return a.Mono16k()
}

func hasWords(heard string, want string) bool {
	return strings.Contains(" "+heard+" ", " "+want+" ")
}

// The listening pipeline on a recording: voice activity detection ends the utterance, the
// offline recogniser with the store's model hears the question.
func TestRecognizeRecording(t *testing.T) {
	o := demoOffline(t)
	l := speech.NewListener(nil, []speech.Recognizer{o}, speech.ListenerConfig{})
	for _, c := range []struct{ say, want string }{
		{"where is the coffee", "coffee"},
		{"how much is the orange juice", "orange juice"},
		{"do you have ketchup", "ketchup"},
		{"is the yogurt in stock", "yogurt"},
	} {
		res, err := l.Recognize(context.Background(), read16k(t, spoken(t, c.say)))
		if err != nil {
			t.Fatalf("%q: %v", c.say, err)
		}
		if !hasWords(res.Heard(), c.want) {
			t.Errorf("%q heard as %q (readings %v)", c.say, res.Heard(), res.Readings)
		}
		if res.Backend != "sphinx" || res.Confidence < 0 || res.Confidence > 1 || len(res.Readings) < 2 {
			t.Errorf("%q: backend %q confidence %v, %d readings", c.say, res.Backend, res.Confidence, len(res.Readings))
		}
		if res.Audio < time.Second || res.Speech <= 0 {
			t.Errorf("%q: audio %v speech %v", c.say, res.Audio, res.Speech)
		}
	}
	// Silence is no speech, not a product.
	res, err := l.Recognize(context.Background(), make([]int16, 3*speech.Rate))
	if len(res.Readings) > 0 && res.Heard() != "" {
		t.Errorf("silence heard as %q (%v)", res.Heard(), err)
	}
}

// A spoken barcode comes back as digits the answer engine can look up.
func TestWritten(t *testing.T) {
	for in, want := range map[string]string{
		"scan zero seven six six seven seven five two nine eight three three one": "scan 0766775298331",
		"two percent milk":          "two percent milk",
		"where is the milk":         "where is the milk",
		"one two three four please": "1234 please",
	} {
		if got := speech.Written(in); got != want {
			t.Errorf("Written(%q) = %q, want %q", in, got, want)
		}
	}
}

// A failing or slow transcription server gives way to the offline recogniser.
func TestFallback(t *testing.T) {
	o := demoOffline(t)
	broken := &failing{}
	l := speech.NewListener(nil, []speech.Recognizer{broken, o}, speech.ListenerConfig{})
	res, err := l.Recognize(context.Background(), read16k(t, spoken(t, "where is the coffee")))
	if err != nil {
		t.Fatal(err)
	}
	if res.Backend != "sphinx" || len(res.Tried) != 1 || !hasWords(res.Heard(), "coffee") {
		t.Errorf("backend %q, tried %v, heard %q", res.Backend, res.Tried, res.Heard())
	}
}

// A transcription server, when configured first and answering, is used; its text is
// normalised like the offline recogniser's.
func TestRemoteFirst(t *testing.T) {
	o := demoOffline(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"text": "Where is the COFFEE, please?"}`))
	}))
	defer srv.Close()
	remote := &speech.Remote{Client: whisper.New(srv.URL+"/v1", "", "", time.Second)}
	l := speech.NewListener(nil, []speech.Recognizer{remote, o}, speech.ListenerConfig{})
	res, err := l.Recognize(context.Background(), read16k(t, spoken(t, "where is the coffee")))
	if err != nil {
		t.Fatal(err)
	}
	if res.Backend != "openai" || res.Heard() != "where is the coffee please" || res.Confidence != -1 {
		t.Errorf("backend %q heard %q confidence %v", res.Backend, res.Heard(), res.Confidence)
	}
}

type failing struct{}

func (failing) Name() string { return "openai" }
func (failing) Begin(context.Context) (speech.Utterance, error) {
	return failingUtt{}, nil
}

type failingUtt struct{}

func (failingUtt) Write([]int16) error { return nil }
func (failingUtt) End(context.Context) (speech.Transcript, error) {
	return speech.Transcript{}, errors.New("connection refused")
}

// The model follows the catalog: a product added later is heard after Rebuild, and the
// model in use is swapped without a restart.
func TestRebuild(t *testing.T) {
	o := demoOffline(t)
	ctx := context.Background()
	src := demoSource(t)
	src.Items = append(src.Items, lm.Item{Name: "Ginger Kombucha", Department: "beverages", Category: "tea"})
	cache := t.TempDir()
	if err := o.Rebuild(ctx, src, cache, lm.Options{}); err != nil {
		t.Fatal(err)
	}
	first := o.Model()
	if first.Info.Key != filepath.Base(first.Dir) || first.Info.Derived == 0 {
		t.Errorf("model %+v", first.Info)
	}
	// Nothing changed: the cached model is used as it is.
	if err := o.Rebuild(ctx, src, cache, lm.Options{}); err != nil || o.Model().Info.Built != first.Info.Built {
		t.Errorf("unchanged catalog rebuilt the model (%v)", err)
	}
	dict, _ := os.ReadFile(o.Model().Dict)
	if !strings.Contains(string(dict), "\nkombucha ") {
		t.Error("kombucha has no pronunciation in the dictionary")
	}
	res, err := o.Recognize(ctx, read16k(t, spoken(t, "do you have kombucha")))
	if err != nil || !hasWords(res.Heard(), "kombucha") {
		t.Errorf("heard %q (%v)", res.Heard(), err)
	}
}

func nullPlayer(t *testing.T) *playback.Player {
	t.Helper()
	p, err := playback.Open(playback.Config{Backends: []malgo.Backend{playback.BackendNull}})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// The speaker renders with espeak-ng and plays through the (null) audio device in real time;
// Stop silences it at once and new speech interrupts old.
func TestSpeaker(t *testing.T) {
	_, err := exec.LookPath("espeak-ng")
	need(t, "espeak-ng", err)
	s := speech.NewSpeaker(&tts.Espeak{DefaultLang: "en"}, nullPlayer(t), tts.Voice{Name: "en-us", Rate: 170, Volume: 100}, nil)
	ctx := context.Background()
	start := time.Now()
	if err := s.Say(ctx, "Jam is in aisle 9.", "en"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 700*time.Millisecond || d > 5*time.Second {
		t.Errorf("a short sentence took %v to say", d)
	}

	long := strings.Repeat("Coffee is in aisle 1, left side, bay 4. ", 10)
	errc := make(chan error, 1)
	go func() { errc <- s.Say(ctx, long, "en") }()
	waitSpeaking(t, s)
	start = time.Now()
	s.Stop()
	if err := <-errc; !errors.Is(err, playback.ErrStopped) {
		t.Errorf("stopped speech returned %v", err)
	}
	if d := time.Since(start); d > 300*time.Millisecond {
		t.Errorf("Stop took %v", d)
	}

	go func() { errc <- s.Say(ctx, long, "en") }()
	waitSpeaking(t, s)
	if err := s.Say(ctx, "Hello.", "en"); err != nil {
		t.Errorf("new speech: %v", err)
	}
	select {
	case err := <-errc:
		if !errors.Is(err, playback.ErrStopped) {
			t.Errorf("interrupted speech returned %v", err)
		}
	case <-time.After(2 * time.Second):
		t.Error("old speech still going after new speech")
	}

	// The listening cue is short and interrupts speech.
	go func() { errc <- s.Say(ctx, long, "en") }()
	waitSpeaking(t, s)
	start = time.Now()
	if err := s.Cue(ctx, true); err != nil {
		t.Errorf("cue: %v", err)
	}
	if d := time.Since(start); d > time.Second {
		t.Errorf("cue took %v", d)
	}
	if err := <-errc; !errors.Is(err, playback.ErrStopped) {
		t.Errorf("speech interrupted by the cue returned %v", err)
	}

	// The idle question's chime plays through the same output: three notes, 0.36 s.
	if err := s.Chime(ctx); err != nil {
		t.Errorf("chime: %v", err)
	}

	// Rate and volume follow the shopper's settings.
	v := s.Voice()
	v.Rate, v.Volume = 300, 50
	s.SetVoice(v)
	if s.Voice().Rate != 300 {
		t.Error("SetVoice ignored")
	}
}

func waitSpeaking(t *testing.T, s *speech.Speaker) {
	t.Helper()
	for i := 0; i < 100 && !s.Speaking(); i++ {
		time.Sleep(20 * time.Millisecond)
	}
	if !s.Speaking() {
		t.Fatal("speech did not start")
	}
}

// The real thing: a private PulseAudio server whose null sink's monitor is the default
// microphone; a spoken question is played into it, captured through malgo, ended by the
// voice activity detector and recognised.
func TestListenMicrophone(t *testing.T) {
	o := demoOffline(t)
	question := spoken(t, "where is the coffee")
	pulsetest.Start(t)
	mic, err := capture.Open(capture.Config{})
	if err != nil {
		t.Fatal(err)
	}
	defer mic.Close()
	l := speech.NewListener(mic, []speech.Recognizer{o}, speech.ListenerConfig{})
	if err := l.Available(); err != nil {
		t.Fatalf("microphone not available: %v", err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	var mu sync.Mutex
	var events []speech.EventKind
	var peak float64
	listening := make(chan struct{})
	type outcome struct {
		res speech.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		res, err := l.Listen(ctx, func(e speech.Event) {
			mu.Lock()
			defer mu.Unlock()
			if e.Kind != speech.Level || len(events) == 0 || events[len(events)-1] != speech.Level {
				events = append(events, e.Kind)
			}
			if e.Kind == speech.Listening {
				close(listening)
			}
			peak = max(peak, e.Level)
		})
		done <- outcome{res, err}
	}()
	<-listening
	time.Sleep(300 * time.Millisecond)
	if err := pulsetest.Play(ctx, question); err != nil {
		t.Fatal(err)
	}
	var o2 outcome
	select {
	case o2 = <-done:
	case <-ctx.Done():
		t.Fatal("listening did not end")
	}
	if o2.err != nil {
		t.Fatal(o2.err)
	}
	res := o2.res
	t.Logf("heard %q (confidence %.2f) after %v of audio, ended by %s", res.Heard(), res.Confidence, res.Audio, res.Ended)
	if !hasWords(res.Heard(), "coffee") {
		t.Errorf("heard %q, readings %v", res.Heard(), res.Readings)
	}
	if res.Ended != "silence" {
		t.Errorf("ended by %q, want silence", res.Ended)
	}
	mu.Lock()
	defer mu.Unlock()
	if len(events) < 4 || events[0] != speech.Listening || events[len(events)-1] != speech.SpeechEnd || peak < 0.3 {
		t.Errorf("events %v, peak level %.2f", events, peak)
	}
}

// A Spanish transcript keeps its accents and loses its punctuation, the opening ¿ and ¡ too.
func TestRemoteSpanish(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.Write([]byte(`{"text": "¿Dónde está el CAFÉ? ¡Gracias!"}`))
	}))
	defer srv.Close()
	c := whisper.New(srv.URL+"/v1", "", "", time.Second)
	c.Language = "es"
	l := speech.NewListener(nil, []speech.Recognizer{&speech.Remote{Client: c}}, speech.ListenerConfig{})
	res, err := l.Recognize(context.Background(), read16k(t, spoken(t, "where is the coffee")))
	if err != nil {
		t.Fatal(err)
	}
	if res.Heard() != "dónde está el café gracias" {
		t.Errorf("heard %q", res.Heard())
	}
}
