package insights_test

import (
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/insights"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

const (
	kioskToken = "kiosk-token-for-tests"
	staffToken = "staff-code-for-tests"
)

// desk is a real staff desk on 127.0.0.1.
type desk struct {
	URL  string
	addr string
	db   string
	stop func()
}

func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	return ln.Addr().String()
}

// startDesk serves a desk with the database db on addr until the test ends or stop.
func startDesk(t *testing.T, addr, db string) *desk {
	t.Helper()
	store, err := staffdesk.Open(db)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := staffdesk.New(store, staffdesk.Options{KioskToken: kioskToken, StaffToken: staffToken})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan struct{})
	go func() { defer close(done); srv.Serve(ctx, ln); store.Close() }()
	var once sync.Once
	d := &desk{URL: "http://" + addr, addr: addr, db: db}
	d.stop = func() { once.Do(func() { cancel(); <-done }) }
	t.Cleanup(d.stop)
	return d
}

// misses are the desk's rows for this week, as staff see them.
func (d *desk) misses(t *testing.T) []staffdesk.Miss {
	t.Helper()
	req, _ := http.NewRequest("GET", d.URL+"/api/insights?days=7", nil)
	req.Header.Set("Authorization", "Bearer "+staffToken)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var out struct{ Misses []staffdesk.Miss }
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil || resp.StatusCode != 200 {
		t.Fatalf("list insights: %d %v", resp.StatusCode, err)
	}
	return out.Misses
}

// clock is a test's hand-moved clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time { c.mu.Lock(); defer c.mu.Unlock(); return c.t }
func (c *clock) add(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

func openRecorder(t *testing.T, path, deskURL string, c *clock) *insights.Recorder {
	t.Helper()
	opt := insights.Options{Path: path, Kiosk: "Kiosk 1", DeskURL: deskURL, Token: kioskToken}
	if c != nil {
		opt.Now = c.now
	}
	r, err := insights.Open(opt)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { r.Close() })
	return r
}

// engine is the real answer engine on the demo catalog with everyday words only, so that
// "pop" is a word it does not know as a drink.
func engine(t *testing.T, synonyms ...string) *answer.Engine {
	t.Helper()
	db, err := inventory.Open(filepath.Join(t.TempDir(), "catalog.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	f, err := os.Open("../../assets/demo/catalog.csv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if _, err := db.Import(context.Background(), f, inventory.CSV, false, inventory.ImportOptions{StoreName: "Demo"}); err != nil {
		t.Fatal(err)
	}
	eng, err := answer.New(context.Background(), db, answer.Options{Packs: []string{"general"}, SynonymFiles: synonyms})
	if err != nil {
		t.Fatal(err)
	}
	return eng
}

func ask(r *insights.Recorder, eng *answer.Engine, q string) answer.Result {
	res := eng.Ask(context.Background(), answer.Question{Text: q})
	r.Answered(q, res)
	return res
}

// The kiosk's topic is made of the shopper's words: a name the question introduced is taken
// out of it too, whatever the answer engine made of the sentence ("We don't seem to carry
// name ana silva" was one engine's reading).
func TestATopicKeepsNoNameTheQuestionIntroduced(t *testing.T) {
	c := &clock{t: time.Date(2026, 12, 5, 10, 0, 0, 0, time.Local)}
	r := openRecorder(t, filepath.Join(t.TempDir(), "insights.db"), "", c)
	q := "my name is Ana Silva, where is the blorptastic, call 555-867-5309"
	r.Answered(q, answer.Result{Verdict: "not carried", Topic: "name ana silva 867 blorptastic"})
	rows, err := r.Rows(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, h := range rows {
		if h.Kind == "not_carried" {
			found = true
			if h.Topic != "name blorptastic" {
				t.Errorf("topic %q, want %q", h.Topic, "name blorptastic")
			}
		}
	}
	if !found {
		t.Errorf("no not_carried row: %+v", rows)
	}
}

// Questions the kiosk could not answer are kept as one row per question and outcome, with a
// count, and no personal data; questions it answered are only counted.
func TestRecordsMissesWithoutPersonalData(t *testing.T) {
	eng := engine(t)
	c := &clock{t: time.Date(2026, 12, 5, 10, 0, 0, 0, time.Local)}
	path := filepath.Join(t.TempDir(), "insights.db")
	r := openRecorder(t, path, "", c)
	if res := ask(r, eng, "where is the coffee"); !res.Found {
		t.Fatalf("coffee: %s", res.Say)
	}
	c.add(2 * time.Minute)
	res := ask(r, eng, "my name is Ana Silva, where is the blorptastic, call 555-867-5309 or ana@example.com")
	if res.Verdict != "unsure" && res.Verdict != "not carried" {
		t.Fatalf("verdict %q: %s", res.Verdict, res.Say)
	}
	personal := strings.ReplaceAll(res.Verdict, " ", "_") + ": my name is where is the blorptastic call or"
	c.add(2 * time.Minute)
	ask(r, eng, "Where is the BLORPTASTIC?")
	c.add(2 * time.Minute)
	ask(r, eng, "where is the blorptastic")
	rows, err := r.Rows(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, h := range rows {
		got[h.Kind+": "+h.Question] = h.Count
		for _, bad := range []string{"ana", "silva", "555", "5309", "example", "@"} {
			if strings.Contains(strings.ToLower(h.Question+h.Topic), bad) {
				t.Errorf("personal data %q kept: %+v", bad, h)
			}
		}
	}
	want := map[string]int{"asked: ": 4, "unsure: where is the blorptastic": 2, personal: 1}
	if len(got) != len(want) {
		t.Errorf("rows %v, want %v", got, want)
	}
	for k, n := range want {
		if got[k] != n {
			t.Errorf("%q counted %d, want %d (rows %v)", k, got[k], n, got)
		}
	}
	r.Close()
	for _, f := range []string{path, path + "-wal"} {
		if b, err := os.ReadFile(f); err == nil && (strings.Contains(string(b), "5309") || strings.Contains(string(b), "Silva")) {
			t.Errorf("personal data in %s", f)
		}
	}
}

// A staff call or another question in other words within a minute counts against the answer
// before it; after the minute, or for the next shopper, it does not.
func TestCallsAndRephrasingsWithinAMinute(t *testing.T) {
	eng := engine(t)
	c := &clock{t: time.Date(2026, 12, 5, 10, 0, 0, 0, time.Local)}
	r := openRecorder(t, filepath.Join(t.TempDir(), "insights.db"), "", c)
	ask(r, eng, "where is the honey")
	c.add(30 * time.Second)
	r.Called()
	ask(r, eng, "where is the coffee")
	c.add(2 * time.Minute)
	r.Called() // too late: not about the coffee
	ask(r, eng, "milk")
	r.NewShopper()
	r.Called() // a new shopper: not about the milk
	rows, _ := r.Rows(context.Background())
	var kinds []string
	for _, h := range rows {
		if h.Kind != insights.Asked {
			kinds = append(kinds, h.Kind+": "+h.Question)
		}
	}
	if strings.Join(kinds, "; ") != "called: where is the honey" {
		t.Errorf("recorded %q, want only the honey as called", kinds)
	}
	// Asked again in other words: the closest answer before it counts as rephrased.
	res := ask(r, eng, "blue cheese crackers with chives")
	c.add(20 * time.Second)
	ask(r, eng, "cheese crackers")
	rows, _ = r.Rows(context.Background())
	found := false
	for _, h := range rows {
		found = found || h.Kind == insights.Rephrased && h.Question == "blue cheese crackers with chives"
	}
	if !found {
		t.Errorf("not recorded as rephrased (first answer %q, verdict %s): %+v", res.Say, res.Verdict, rows)
	}
}

// Records older than the retention time are forgotten, delivered or not.
func TestPrunedAfterRetention(t *testing.T) {
	eng := engine(t)
	c := &clock{t: time.Date(2026, 11, 1, 10, 0, 0, 0, time.Local)}
	r, err := insights.Open(insights.Options{Path: filepath.Join(t.TempDir(), "insights.db"), Kiosk: "K",
		Retention: 72 * time.Hour, Now: c.now})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	ask(r, eng, "where is the blorptastic")
	c.add(48 * time.Hour)
	ask(r, eng, "where is the zingwhoop")
	c.add(48 * time.Hour)
	if n, err := r.Prune(context.Background()); err != nil || n != 2 {
		t.Fatalf("pruned %d, %v; want the first day's 2 rows", n, err)
	}
	rows, _ := r.Rows(context.Background())
	for _, h := range rows {
		if strings.Contains(h.Question, "blorptastic") || h.Day == "2026-11-01" {
			t.Errorf("kept past retention: %+v", h)
		}
	}
	if len(rows) != 2 {
		t.Errorf("rows after pruning: %+v", rows)
	}
}

// With the desk down, records wait (across a restart of the kiosk); when it is back they
// arrive, each counted once however often they are sent.
func TestDeskDownThenBackDeliversOnce(t *testing.T) {
	eng := engine(t)
	addr := freeAddr(t)
	path := filepath.Join(t.TempDir(), "insights.db")
	r := openRecorder(t, path, "http://"+addr, nil)
	ask(r, eng, "where is the blorptastic")
	ask(r, eng, "where is the blorptastic")
	ask(r, eng, "do you have zingwhoop")
	if err := r.Flush(context.Background()); err == nil {
		t.Fatal("delivered to a desk that is not there")
	}
	r.Close()

	r = openRecorder(t, path, "http://"+addr, nil) // the kiosk restarted
	d := startDesk(t, addr, filepath.Join(t.TempDir(), "desk.db"))
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() { defer close(ran); r.Run(ctx) }()
	defer func() { cancel(); <-ran }()
	want := map[string]int{"where is the blorptastic": 2, "do you have zingwhoop": 1}
	var got map[string]int
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		got = map[string]int{}
		for _, m := range d.misses(t) {
			got[m.Question] = m.Count
		}
		if len(got) == len(want) || time.Now().After(deadline) {
			break
		}
	}
	for q, n := range want {
		if got[q] != n {
			t.Errorf("desk has %q ×%d, want ×%d (all: %v)", q, got[q], n, got)
		}
	}
	// Sent again (an answer lost on the way, say): still counted once.
	cancel()
	<-ran
	rep := insights.Report{Kiosk: "Kiosk 1"}
	rows, _ := r.Rows(context.Background())
	for _, h := range rows {
		if h.Sent != h.Count {
			t.Errorf("not marked delivered: %+v", h)
		}
		rep.Rows = append(rep.Rows, h.Row)
	}
	body, _ := json.Marshal(rep)
	req, _ := http.NewRequest("PUT", d.URL+"/api/kiosk/insights", strings.NewReader(string(body)))
	req.Header.Set("Authorization", "Bearer "+kioskToken)
	if resp, err := http.DefaultClient.Do(req); err != nil || resp.StatusCode != 204 {
		t.Fatalf("resend: %v %v", resp, err)
	}
	for _, m := range d.misses(t) {
		if m.Count != want[m.Question] {
			t.Errorf("after a resend the desk has %q ×%d, want ×%d", m.Question, m.Count, want[m.Question])
		}
	}
	ask(r, eng, "where is the blorptastic")
	if err := r.Flush(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, m := range d.misses(t) {
		if m.Question == "where is the blorptastic" && m.Count != 3 {
			t.Errorf("a third ask: desk has ×%d, want ×3", m.Count)
		}
	}
	d.stop()
	if err := r.Flush(context.Background()); err != nil && !errors.Is(err, context.Canceled) {
		// nothing pending: no request is made
		t.Errorf("flush with nothing pending: %v", err)
	}
}
