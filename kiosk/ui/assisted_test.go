package ui

import (
	"context"
	"image/color"
	"strings"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// The results screen with the store's AI assistant in front of the answer engine.

// fakeAssisted stands in for the AI assistant (kiosk/assistant, tested there): the real
// engine gives the local answer, and the test says step by step what the model does.
type fakeAssisted struct {
	Searcher          // the real engine: Ask, Suggest, Reload
	steps    chan any // an assistant.Progress to report, or the assistant.Reply to return

	mu    sync.Mutex
	asked []context.Context
	ended int
}

func newFakeAssisted() *fakeAssisted { return &fakeAssisted{steps: make(chan any)} }

// withFakeAssistant puts f in front of the harness's answer engine.
func withFakeAssistant(f *fakeAssisted) kitOption {
	return func(o *Options) { f.Searcher, o.Searcher = o.Searcher, f }
}

func (f *fakeAssisted) AskStream(ctx context.Context, q answer.Question, progress func(assistant.Progress)) assistant.Reply {
	f.mu.Lock()
	f.asked = append(f.asked, ctx)
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		f.ended++
		f.mu.Unlock()
	}()
	local := f.Searcher.Ask(ctx, q)
	for {
		select {
		case <-ctx.Done():
			return assistant.Reply{Result: local, Local: local, Outcome: assistant.Cancelled}
		case s := <-f.steps:
			switch s := s.(type) {
			case assistant.Progress:
				if s.Stage == assistant.Started {
					s.Local = local
				}
				progress(s)
			case assistant.Reply:
				s.Local = local
				if !s.ByModel {
					s.Result = local
				}
				return s
			}
		}
	}
}

func (f *fakeAssisted) AskLocal(ctx context.Context, q answer.Question) answer.Result {
	return f.Searcher.Ask(ctx, q)
}

// send makes the model take its next step.
func (f *fakeAssisted) send(tb testing.TB, step any) {
	tb.Helper()
	select {
	case f.steps <- step:
	case <-time.After(5 * time.Second):
		tb.Fatalf("the assistant is not answering a question (step %+v)", step)
	}
}

func (f *fakeAssisted) count() (asked, ended int) {
	f.mu.Lock()
	defer f.mu.Unlock()
	return len(f.asked), f.ended
}

const (
	localJam   = "Jam is in Aisle 3, right side, bay 1."
	checking   = "Checking with the store's assistant…"
	byModel    = "Answer from the store's AI assistant, checked against our catalog."
	modelHoney = "Clover Honey is good on toast too. It is in Aisle 4, right side, bay 1."
)

// modelReply is the model's checked answer about honey, with the product read from the
// catalog as the assistant does.
func modelReply(k *harness) assistant.Reply {
	k.t.Helper()
	p, err := k.db.BySKU(context.Background(), "D0123")
	if err != nil {
		k.t.Fatal(err)
	}
	return assistant.Reply{ByModel: true, Outcome: assistant.Answered,
		Result: answer.Result{Question: "where is the jam", Found: true, Say: modelHoney, Products: []*inventory.Product{p}}}
}

// localSay is the local engine's answer to the question, as it is spoken.
func localSay(k *harness) string {
	return k.app.search.(*fakeAssisted).Searcher.Ask(context.Background(),
		answer.Question{Text: "where is the jam", Lang: "en"}).Say
}

// askJam asks on the Ask screen, as a shopper does.
func askJam(k *harness) {
	k.t.Helper()
	k.tapLabel("Ask a question")
	k.typeKeys("where is the jam")
	k.tapLabel("Ask")
}

func (k *harness) shows(s string) bool { return strings.Contains(k.screenText(), s) }

func (k *harness) onResults() bool { return k.app.cur != nil && k.app.cur.name == "results" }

func TestAssistedShowsTheLocalAnswerThenTheModels(t *testing.T) {
	f := newFakeAssisted()
	k := newKit(t, sizeLandscape, withFakeAssistant(f)).begin()
	askJam(k)
	f.send(t, assistant.Progress{Stage: assistant.Started})
	// The local answer at once, while the model is still out.
	k.pump("the results screen", k.onResults)
	k.expectText(localJam)
	k.expectText("Strawberry Preserves")
	k.expectText(checking)
	k.shot("assisted-checking")

	// Looking things up changes nothing on screen; the checked text so far replaces the
	// answer as it is written.
	f.send(t, assistant.Progress{Stage: assistant.Looking, Tool: "search_products"})
	f.send(t, assistant.Progress{Stage: assistant.Writing, Text: "Clover Honey is good on toast too."})
	k.pump("the model's first sentence", func() bool { return k.shows("Clover Honey is good on toast too.") })
	if k.shows(localJam) {
		t.Error("the local answer is still shown beside the model's text")
	}
	k.expectText(checking)

	f.send(t, modelReply(k))
	k.pump("the model's answer", func() bool { return k.shows(byModel) })
	k.expectScreen("results")
	k.expectText("Clover Honey is good on toast too.")
	k.expectText("It is in Aisle 4, right side, bay 1.")
	k.expectText("$5.49 · In stock")
	k.shot("assisted-answered")
	for _, gone := range []string{checking, localJam, "Strawberry Preserves"} {
		if k.shows(gone) {
			t.Errorf("the screen still shows %q: %s", gone, k.screenText())
		}
	}
	if want := modelHoney + " " + byModel; k.app.cur.said != want {
		t.Errorf("Repeat would say %q, want %q", k.app.cur.said, want)
	}

	// Call a staff member works from here, with the question; Back returns to the model's
	// answer, not the local one.
	k.tapLabel("Call a staff member")
	k.expectScreen("call")
	k.waitCall(staff.Queued)
	if r := k.pager.calls[0]; r.Question != "where is the jam" {
		t.Errorf("the call carries %q", r.Question)
	}
	k.tapLabel("Back")
	k.expectScreen("results")
	k.expectText(byModel)
	k.expectText(modelHoney[:34])
	// And a product opens as from any answer.
	k.tapLabel("Clover Honey")
	k.expectScreen("product")
}

func TestAssistedFallsBackToTheLocalAnswer(t *testing.T) {
	f := newFakeAssisted()
	k := newKit(t, sizeLandscape, withFakeAssistant(f)).begin()
	askJam(k)
	f.send(t, assistant.Progress{Stage: assistant.Started})
	k.pump("the results screen", k.onResults)
	k.expectText(checking)
	// Text the model wrote but that never became an answer does not stay.
	f.send(t, assistant.Progress{Stage: assistant.Writing, Text: "Clover Honey is good on toast too."})
	k.pump("the model's first sentence", func() bool { return k.shows("Clover Honey") })
	f.send(t, assistant.Reply{Outcome: assistant.Timeout})
	k.pump("the checking line to go", func() bool { return !k.shows(checking) })
	k.expectScreen("results")
	k.expectText(localJam)
	k.expectText("Strawberry Preserves")
	for _, gone := range []string{byModel, "Clover Honey"} {
		if k.shows(gone) {
			t.Errorf("the screen shows %q after the model gave no answer", gone)
		}
	}
	if want := localSay(k); k.app.cur.said != want {
		t.Errorf("Repeat would say %q, want the local answer %q", k.app.cur.said, want)
	}
}

func TestAssistedQuestionNotForTheModel(t *testing.T) {
	f := newFakeAssisted()
	k := newKit(t, sizeLandscape, withFakeAssistant(f)).begin()
	askJam(k)
	f.send(t, assistant.Reply{Outcome: assistant.NotAsked})
	k.pump("the results screen", k.onResults)
	k.expectText(localJam)
	if k.shows(checking) || k.shows(byModel) {
		t.Errorf("a question the model never saw mentions it: %s", k.screenText())
	}
}

func TestAssistedAnswerDoesNotPullTheShopperBack(t *testing.T) {
	f := newFakeAssisted()
	k := newKit(t, sizeLandscape, withFakeAssistant(f)).begin()

	// Home while the model is out: its answer arrives and the shopper stays home.
	askJam(k)
	f.send(t, assistant.Progress{Stage: assistant.Started})
	k.pump("the results screen", k.onResults)
	k.tapLabel("Home")
	k.expectScreen("home")
	f.send(t, modelReply(k))
	k.pump("the reply", func() bool { return k.app.assisting == nil })
	k.expectScreen("home")
	if k.shows("Clover Honey") || k.shows(byModel) {
		t.Errorf("the model's answer showed on the home screen: %s", k.screenText())
	}

	// Home before even the local answer came: no results screen, and the model is not kept
	// working on a question nobody will read.
	askJam(k)
	k.tapLabel("Home")
	f.send(t, assistant.Progress{Stage: assistant.Started})
	k.pump("the question to be dropped", func() bool { _, ended := f.count(); return ended == 2 })
	k.app.settle()
	k.expectScreen("home")
	if f.asked[1].Err() == nil {
		t.Error("the question was left with the model")
	}
}

func TestAssistedNewQuestionReplacesTheOld(t *testing.T) {
	f := newFakeAssisted()
	k := newKit(t, sizeLandscape, withFakeAssistant(f)).begin()
	askJam(k)
	f.send(t, assistant.Progress{Stage: assistant.Started})
	k.pump("the results screen", k.onResults)
	k.tapLabel("New question")
	k.typeKeys("honey")
	k.tapLabel("Ask")
	// The first question is withdrawn so that the model is free for the second.
	k.pump("the first question to end", func() bool { asked, ended := f.count(); return asked == 2 && ended == 1 })
	f.send(t, assistant.Progress{Stage: assistant.Started})
	k.pump("the second answer", func() bool { return k.onResults() && k.shows("Honey") })
	f.send(t, assistant.Reply{Outcome: assistant.Timeout})
	k.pump("the checking line to go", func() bool { return !k.shows(checking) })
	if k.shows(localJam) {
		t.Error("the first question's answer came back")
	}
}

func TestAssistedSpeech(t *testing.T) {
	sp := &fakeSpeaker{}
	f := newFakeAssisted()
	k := newKit(t, sizeLandscape, withSpeaker(sp), withFakeAssistant(f)).begin()
	k.tapLabel("Settings")
	k.tapLabel("On")

	// The wait is explained at once; the model's answer is spoken once, with where it is
	// from, and the local answer it replaces is not read out first.
	k.app.ask("where is the jam")
	f.send(t, assistant.Progress{Stage: assistant.Started})
	k.pump("the results screen", k.onResults)
	k.waitSaid(checking)
	f.send(t, assistant.Progress{Stage: assistant.Writing, Text: "Clover Honey is good on toast too."})
	f.send(t, modelReply(k))
	k.pump("the reply", func() bool { return k.app.assisting == nil })
	k.waitSaid(modelHoney + " " + byModel)
	k.tapLabel("Repeat")
	k.waitSaid(modelHoney + " " + byModel)
	sp.mu.Lock()
	for _, s := range sp.said {
		if strings.Contains(s, "Jam is in") || s == "Clover Honey is good on toast too." {
			t.Errorf("said %q, which the model's answer replaced", s)
		}
	}
	sp.mu.Unlock()

	// When the model gives no answer, the local one is spoken.
	k.app.ask("where is the jam")
	f.send(t, assistant.Progress{Stage: assistant.Started})
	k.pump("the new results screen", func() bool { return k.app.cur.said != modelHoney+" "+byModel })
	k.waitSaid(checking)
	f.send(t, assistant.Reply{Outcome: assistant.Rejected})
	k.pump("the reply", func() bool { return k.app.assisting == nil })
	k.waitSaid(localSay(k))
}

// The assistant's lines are on the answer's first page, at body text size or larger, in
// colours the contrast table vouches for: in both looks at the largest text on a tall screen.
func TestAssistedLinesAreLargeAndLegible(t *testing.T) {
	for _, look := range []theme.Look{theme.Standard, theme.HighContrast} {
		th := theme.New(look, theme.TextExtraLarge)
		legible := map[color.NRGBA]bool{}
		for _, p := range theme.Pairs {
			if p.Text && p.BG == theme.ColorBackground {
				legible[nrgba(th.Color(p.FG, 0))] = true
			}
		}
		f := newFakeAssisted()
		k := newKit(t, sizePortrait, withFakeAssistant(f)).begin()
		k.use(look, theme.TextExtraLarge)
		check := func(line string) {
			t.Helper()
			var drawn []string
			walkAll(k.app.root, func(o fyne.CanvasObject, _ fyne.Position) {
				v, ok := o.(*canvas.Text)
				if !ok || v.Text == "" || !strings.Contains(line, v.Text) {
					return
				}
				drawn = append(drawn, v.Text)
				if v.TextSize < theme.Size(theme.SizeText) {
					t.Errorf("%s: %q is drawn at %.0f px, under body text", look, v.Text, v.TextSize)
				}
				if !legible[nrgba(v.Color)] {
					t.Errorf("%s: %q is drawn in %v, not a text colour of the contrast table", look, v.Text, v.Color)
				}
			})
			if got := strings.Join(drawn, " "); got != line {
				t.Errorf("%s: the first page shows %q, want %q", look, got, line)
			}
		}
		k.app.ask("where is the jam")
		f.send(t, assistant.Progress{Stage: assistant.Started})
		k.pump("the results screen", k.onResults)
		check(checking)
		f.send(t, modelReply(k))
		k.pump("the reply", func() bool { return k.app.assisting == nil })
		check(byModel)
	}
}
