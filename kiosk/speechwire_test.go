package kiosk

import (
	"context"
	"errors"
	"io"
	"log/slog"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
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

// A question spoken into the microphone, through the kiosk's real listener (its language
// model built from the catalog in the background, pocketsphinx, the shared choice of
// readings), ends on the results screen with what was heard and the answer.
func TestSpokenQuestionThroughMicrophone(t *testing.T) {
	needVoice(t)
	wav := spokenQuestion(t, "where is the coffee")
	pulsetest.Start(t)

	sc := config.Default().Speech
	sc.ModelDir = t.TempDir()
	logger := slog.New(slog.DiscardHandler)
	ml := openListener(sc, nil, nil, nil, logger)
	if ml.micErr != nil {
		t.Fatalf("no microphone: %v", ml.micErr)
	}
	k := newKit(t, sizeLandscape, withListener(ml)).begin()
	eng, err := answer.New(context.Background(), k.db, answer.Options{Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	ml.db, ml.eng = k.db, eng

	// Before its model is made, the Speak button is there and says voice is getting ready.
	if err := ml.Ready("en"); !errors.Is(err, ErrVoiceStarting) {
		t.Errorf("before the model is built, Ready = %v", err)
	}
	if err := ml.Ready("es"); err == nil {
		t.Error("the English recogniser says it can hear Spanish")
	}
	k.tapLabel("Ask a question")
	k.tapLabel("Speak")
	k.expectText("Voice questions are getting ready.")

	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { defer close(stopped); ml.run(ctx) }()
	t.Cleanup(func() { cancel(); <-stopped })
	deadline := time.Now().Add(3 * time.Minute)
	for ml.Ready("en") != nil {
		if time.Now().After(deadline) {
			t.Fatalf("the speech model was not ready in 3 minutes: %v", ml.Ready("en"))
		}
		time.Sleep(50 * time.Millisecond)
	}
	if err := ml.Available(); err != nil {
		t.Fatalf("microphone: %v", err)
	}

	k.tapLabel("Home")
	k.expectScreen("home")
	k.tapLabel("Ask a question")
	test.Tap(k.find("Speak")) // not tapLabel: that waits for the listening to end
	k.expectText("Listening. Say your question now.")
	go func() {
		time.Sleep(500 * time.Millisecond) // the microphone opens just after the screen says so
		if err := pulsetest.Play(ctx, wav); err != nil {
			t.Error(err)
		}
	}()
	k.pumpWithin(30*time.Second, "the spoken question's answer", func() bool {
		return k.app.cur != nil && k.app.cur.name == "results"
	})
	text := k.screenText()
	t.Logf("screen: %s", text)
	if !strings.Contains(text, "I heard:") || !strings.Contains(strings.ToLower(text), "coffee") {
		t.Errorf("the results screen does not show the coffee question heard and answered: %s", text)
	}
}

// Hands-free: on the attract screen, with nobody touching it, a question spoken into the
// microphone is heard through the real listener and answered.
func TestHandsFreeThroughMicrophone(t *testing.T) {
	needVoice(t)
	wav := spokenQuestion(t, "where is the coffee")
	pulsetest.Start(t)

	sc := config.Default().Speech
	sc.ModelDir = t.TempDir()
	sc.Listen = "hands-free"
	logger := slog.New(slog.DiscardHandler)
	db := demoDB(t, time.Now())
	eng, err := answer.New(context.Background(), db, answer.Options{Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	ml := openListener(sc, db, eng, nil, logger)
	if ml.micErr != nil {
		t.Fatalf("no microphone: %v", ml.micErr)
	}
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { defer close(stopped); ml.run(ctx) }()
	t.Cleanup(func() { cancel(); <-stopped })
	k := newKit(t, sizeLandscape, withListener(ml), withConfig(func(c *config.Config) { c.Speech = sc }))
	for deadline := time.Now().Add(3 * time.Minute); ml.Ready("en") != nil; time.Sleep(50 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("the speech model was not ready in 3 minutes: %v", ml.Ready("en"))
		}
	}
	go func() {
		time.Sleep(1500 * time.Millisecond) // the kiosk notices the model within a second
		if err := pulsetest.Play(ctx, wav); err != nil {
			t.Error(err)
		}
	}()
	k.pumpWithin(30*time.Second, "the question heard hands-free", func() bool {
		return k.app.cur != nil && k.app.cur.name == "results"
	})
	text := k.screenText()
	if !strings.Contains(text, "I heard:") || !strings.Contains(strings.ToLower(text), "coffee") {
		t.Errorf("the results screen does not show the coffee question heard and answered: %s", text)
	}
}

// The kiosk's speaker speaks through the default output, keeps the shopper's volume within
// bounds, and reports itself healthy once it has been heard.
func TestSpeakerThroughPulse(t *testing.T) {
	needVoice(t)
	pulsetest.Start(t)
	sp, closeSpeaker, err := openSpeaker(config.Default().Speech, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer closeSpeaker()
	sp.SetVolume(500)
	if v := sp.Voice().Volume; v != 200 {
		t.Errorf("volume 500%% set as %d", v)
	}
	sp.SetVolume(80)
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	start := time.Now()
	if err := sp.Say(ctx, "Coffee is in aisle three.", "en"); err != nil {
		t.Fatal(err)
	}
	if d := time.Since(start); d < 800*time.Millisecond {
		t.Errorf("a sentence was said in %v: not played in real time", d)
	}
	if err := sp.Available(); err != nil {
		t.Errorf("after speaking, Available = %v", err)
	}
}

// After a catalog change the listener makes a new language model in the background, with
// the new products' words, and switches to it; it keeps listening with the old one meanwhile.
func TestVoiceModelFollowsCatalog(t *testing.T) {
	needVoice(t)
	db := demoDB(t, time.Now())
	logger := slog.New(slog.DiscardHandler)
	eng, err := answer.New(context.Background(), db, answer.Options{Logger: logger})
	if err != nil {
		t.Fatal(err)
	}
	sc := config.Default().Speech
	sc.ModelDir = t.TempDir()
	ml := openListener(sc, db, eng, nil, logger)
	ctx, cancel := context.WithCancel(context.Background())
	stopped := make(chan struct{})
	go func() { defer close(stopped); ml.run(ctx) }()
	defer func() { cancel(); <-stopped }()
	model := func() (key, dict string) {
		ml.mu.Lock()
		defer ml.mu.Unlock()
		if ml.offline == nil {
			return "", ""
		}
		m := ml.offline.Model()
		return m.Info.Key, m.Dict
	}
	waitFor := func(what string, ok func() bool) {
		t.Helper()
		for deadline := time.Now().Add(3 * time.Minute); !ok(); time.Sleep(50 * time.Millisecond) {
			if time.Now().After(deadline) {
				t.Fatalf("timed out waiting for %s", what)
			}
		}
	}
	waitFor("the first model", func() bool { k, _ := model(); return k != "" })
	first, _ := model()

	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		t.Fatal(err)
	}
	demo, _ := io.ReadAll(f)
	f.Close()
	more := string(demo) + "X-1,,Rooibos Tea,beverages,tea,3.49,5,Aisle 2,left,4,,box,,\n"
	if _, err := db.Import(context.Background(), strings.NewReader(more), inventory.CSV, false, inventory.ImportOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := eng.Reload(context.Background()); err != nil {
		t.Fatal(err)
	}
	ml.catalogChanged()
	waitFor("a model of the new catalog", func() bool { k, _ := model(); return k != first })
	_, dict := model()
	b, err := os.ReadFile(dict)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "\nrooibos ") {
		t.Error("the new model cannot hear the new product's name")
	}
}
