package kiosk

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/insights"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
	"github.com/storekiosk/storekiosk/kiosk/voice"
)

const insightsToken = "insights-test-token"

// insightsKiosk is the kiosk's parts as start wires them for insights, around the demo
// store with everyday words only (so "pop" is not yet a drink), with the desk it serves.
func insightsKiosk(t *testing.T, enabled bool) (*parts, config.Config, string, func()) {
	t.Helper()
	addr := freeAddr(t)
	cfg := stateConfig(t)
	cfg.Catalog.Vocabulary = []string{"general"}
	cfg.Staff.Desk.Serve = addr
	cfg.Staff.Desk.DB = filepath.Join(t.TempDir(), "desk.db")
	cfg.Insights.Enabled = enabled
	t.Setenv("STAFFDESK_TOKEN", insightsToken)
	log := slog.New(slog.DiscardHandler)
	ctx, cancel := context.WithCancel(context.Background())
	pager, done := startPager(ctx, cfg, log)
	if pager == nil {
		t.Fatal("no pager with a desk configured")
	}
	db, demo, err := openCatalog(ctx, cfg, log)
	if err != nil {
		t.Fatal(err)
	}
	p := &parts{db: db, pager: pager, plan: loadPlan(cfg, demo, log)}
	p.vocab = openVocabulary(cfg, log)
	if p.vocab == nil {
		t.Fatal("no store vocabulary with a desk configured")
	}
	var ready chan struct{}
	if p.eng, ready, err = newEngine(ctx, cfg, db, log, cfg.Insights.VocabularyPath(cfg.Staff)); err != nil {
		t.Fatal(err)
	}
	<-ready
	p.search = withStoreAnswers(p.eng, p.vocab)
	ran := make(chan struct{})
	if p.record = openRecorder(cfg, log); p.record != nil {
		go func() { defer close(ran); p.record.Run(ctx) }()
	} else {
		close(ran)
	}
	stop := func() {
		cancel()
		<-ran
		done()
		if p.record != nil {
			p.record.Close()
		}
		db.Close()
	}
	t.Cleanup(stop)
	return p, cfg, "http://" + addr, stop
}

// deskGet asks the desk with the staff token.
func deskGet(t *testing.T, url string, out any) {
	t.Helper()
	req, _ := http.NewRequest("GET", url, nil)
	req.Header.Set("Authorization", "Bearer "+insightsToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("GET %s: %s", url, resp.Status)
	}
	if err := json.NewDecoder(resp.Body).Decode(out); err != nil {
		t.Fatal(err)
	}
}

// askTyped asks q on the on-screen keyboard, from the button named from.
func (s *shopper) askTyped(from, q string) {
	s.t.Helper()
	s.tap(from)
	for _, r := range q {
		if r == ' ' {
			s.tap("Space")
			continue
		}
		s.tap(strings.ToUpper(string(r)))
	}
	s.tap("Ask")
	s.waitUntil("an answer", 10*time.Second, func() bool { return !strings.Contains(s.text(), "Space Delete Ask") })
}

// A shopper's "pop" the kiosk does not know reaches the staff desk; staff teach it; the
// kiosk's next "pop" is answered with a soda, without a restart, and the speech model hears it.
func TestInsightsEndToEnd(t *testing.T) {
	p, cfg, desk, _ := insightsKiosk(t, true)
	s := newShopper(t, p, cfg)
	p.vocab.Changed = p.followVocabulary(s.a, slog.New(slog.DiscardHandler))
	ctx := context.Background()
	src, err := voice.Source(ctx, p.db, p.eng)
	if err != nil || slices.Contains(src.Phrases, "pop") {
		t.Fatalf("the speech model's words have pop before it is taught (%v)", err)
	}

	s.tap("Touch here to start")
	s.askTyped("Ask a question", "pop")
	before := s.text()
	if strings.Contains(before, "Cola") || strings.Contains(before, "Soda") {
		t.Fatalf("pop answered before it was taught: %s", before)
	}
	if !strings.Contains(before, "We don't seem to carry pop") && !strings.Contains(before, "not sure what you mean by pop") {
		t.Fatalf("pop: %s", before)
	}

	// The miss reaches the desk's Insights list.
	var list struct{ Misses []staffdesk.Miss }
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		deskGet(t, desk+"/api/insights", &list)
		if len(list.Misses) > 0 || time.Now().After(deadline) {
			break
		}
	}
	if len(list.Misses) != 1 || list.Misses[0].Question != "pop" || list.Misses[0].Kiosks[0] != "Kiosk 1" {
		t.Fatalf("desk insights: %+v", list.Misses)
	}

	// Staff teach it (the page does the same; see staffdesk's browser test).
	req, _ := http.NewRequest("POST", desk+"/api/insights/action",
		strings.NewReader(`{"question":"pop","action":"taught","phrase":"pop","target":"soft drinks","target_kind":"category"}`))
	req.Header.Set("Authorization", "Bearer "+insightsToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != http.StatusNoContent {
		t.Fatalf("teach: %v %v", resp, err)
	}
	resp.Body.Close()

	// The kiosk's next check fetches it and applies it; no restart.
	changed, err := p.vocab.Check(ctx)
	if err != nil || !changed {
		t.Fatalf("vocabulary check: changed %v, %v", changed, err)
	}
	if changed, err := p.vocab.Check(ctx); err != nil || changed {
		t.Errorf("an unchanged vocabulary was applied again (ETag): %v %v", changed, err)
	}
	s.askTyped("New question", "pop")
	s.waitFor("Cola", 10*time.Second)

	// A staff call right after an answer counts against it.
	s.tap("Call a staff member")
	s.waitUntil("the call after pop recorded", 10*time.Second, func() bool {
		rows, err := p.record.Rows(ctx)
		return err == nil && slices.ContainsFunc(rows, func(h insights.Held) bool { return h.Kind == insights.Called && h.Question == "pop" })
	})

	// The speech model is made again with it.
	src, err = voice.Source(ctx, p.db, p.eng)
	if err != nil || !slices.Contains(src.Phrases, "pop") {
		t.Fatalf("the speech model's words lack pop after it was taught (%v)", err)
	}
	needVoice(t)
	model, err := voice.EnsureModel(ctx, p.db, p.eng, cfg.Speech, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	dict, err := os.ReadFile(model.Dict)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(strings.Split(string(dict), "\n"), func(l string) bool { return strings.HasPrefix(l, "pop ") }) {
		t.Error("the rebuilt speech model's dictionary has no pop")
	}
}

// Insights off: nothing is recorded, nowhere.
func TestInsightsOffRecordsNothing(t *testing.T) {
	p, cfg, desk, _ := insightsKiosk(t, false)
	if p.record != nil {
		t.Fatal("a recorder with insights off")
	}
	s := newShopper(t, p, cfg)
	s.tap("Touch here to start")
	s.askTyped("Ask a question", "pop")
	s.tap("Call a staff member")
	if _, err := os.Stat(cfg.Insights.DBPath(cfg.Staff)); !os.IsNotExist(err) {
		t.Errorf("insights database made with insights off: %v", err)
	}
	var list struct{ Misses []staffdesk.Miss }
	deskGet(t, desk+"/api/insights", &list)
	if len(list.Misses) != 0 {
		t.Errorf("the desk got %+v", list.Misses)
	}
}
