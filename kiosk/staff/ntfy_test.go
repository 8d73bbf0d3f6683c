package staff_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// fakeNtfy speaks ntfy's HTTP protocol (https://docs.ntfy.sh/publish/, /subscribe/api/):
// JSON publishing to "/", plain publishing to "/<topic>[/<sequence_id>]", clearing with
// PUT "/<topic>/<sequence_id>/clear", and the JSON stream "GET /<topic>/json[?since=]" with
// open, message, message_clear and keepalive events. ntfy itself cannot be installed here.
type fakeNtfy struct {
	URL   string
	token string

	mu      sync.Mutex
	n       int
	cache   []ntfyMsg
	subs    map[chan ntfyMsg]string // stream -> topic
	refuse  bool                    // answer subscriptions with 503
	publish chan ntfyMsg            // every cached message, for tests to wait on
}

type ntfyAction struct {
	Action  string            `json:"action"`
	Label   string            `json:"label"`
	URL     string            `json:"url"`
	Method  string            `json:"method,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
	Body    string            `json:"body,omitempty"`
	Clear   bool              `json:"clear"`
}

type ntfyMsg struct {
	ID         string       `json:"id"`
	Time       int64        `json:"time"`
	Event      string       `json:"event"`
	Topic      string       `json:"topic"`
	SequenceID string       `json:"sequence_id,omitempty"`
	Title      string       `json:"title,omitempty"`
	Message    string       `json:"message,omitempty"`
	Priority   int          `json:"priority,omitempty"`
	Tags       []string     `json:"tags,omitempty"`
	Click      string       `json:"click,omitempty"`
	Actions    []ntfyAction `json:"actions,omitempty"`
}

func startFakeNtfy(t testing.TB, token string) *fakeNtfy {
	f := &fakeNtfy{token: token, subs: map[chan ntfyMsg]string{}, publish: make(chan ntfyMsg, 100)}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /{$}", f.publishJSON)
	mux.HandleFunc("PUT /{$}", f.publishJSON)
	mux.HandleFunc("POST /{topic}", f.publishPlain)
	mux.HandleFunc("PUT /{topic}", f.publishPlain)
	mux.HandleFunc("POST /{topic}/{seq}", f.publishPlain)
	mux.HandleFunc("PUT /{topic}/{seq}/clear", f.clear)
	mux.HandleFunc("GET /{topic}/{seq}/clear", f.clear)
	mux.HandleFunc("PUT /{topic}/{seq}/read", f.clear)
	mux.HandleFunc("GET /{topic}/json", f.subscribe)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if f.token != "" && r.Header.Get("Authorization") != "Bearer "+f.token {
			w.WriteHeader(http.StatusForbidden)
			io.WriteString(w, `{"code":40301,"http":403,"error":"forbidden"}`+"\n")
			return
		}
		mux.ServeHTTP(w, r)
	}))
	t.Cleanup(func() { f.kick(); srv.Close() })
	f.URL = srv.URL
	return f
}

func validTopic(s string) bool {
	if s == "" || len(s) > 64 {
		return false
	}
	for _, r := range s {
		if !(r == '-' || r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func (f *fakeNtfy) add(m ntfyMsg) ntfyMsg {
	f.mu.Lock()
	f.n++
	m.ID = fmt.Sprintf("msg%07d", f.n)
	m.Time = time.Now().Unix()
	f.cache = append(f.cache, m)
	for ch, topic := range f.subs {
		if topic == m.Topic {
			select {
			case ch <- m:
			default:
			}
		}
	}
	f.mu.Unlock()
	f.publish <- m
	return m
}

func (f *fakeNtfy) publishJSON(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Topic      string       `json:"topic"`
		Message    string       `json:"message"`
		Title      string       `json:"title"`
		Priority   int          `json:"priority"`
		Tags       []string     `json:"tags"`
		Click      string       `json:"click"`
		Actions    []ntfyAction `json:"actions"`
		SequenceID string       `json:"sequence_id"`
	}
	if err := json.NewDecoder(r.Body).Decode(&in); err != nil || !validTopic(in.Topic) || in.Priority < 0 || in.Priority > 5 || len(in.Actions) > 3 {
		http.Error(w, `{"code":40001,"http":400,"error":"invalid request"}`, http.StatusBadRequest)
		return
	}
	if in.Message == "" {
		in.Message = "triggered"
	}
	m := f.add(ntfyMsg{Event: "message", Topic: in.Topic, SequenceID: in.SequenceID, Title: in.Title, Message: in.Message,
		Priority: in.Priority, Tags: in.Tags, Click: in.Click, Actions: in.Actions})
	json.NewEncoder(w).Encode(m)
}

func (f *fakeNtfy) publishPlain(w http.ResponseWriter, r *http.Request) {
	topic := r.PathValue("topic")
	if !validTopic(topic) {
		http.Error(w, "invalid topic", http.StatusBadRequest)
		return
	}
	body, _ := io.ReadAll(r.Body)
	seq := r.PathValue("seq")
	if seq == "" {
		seq = r.Header.Get("X-Sequence-ID")
	}
	prio, _ := strconv.Atoi(r.Header.Get("Priority"))
	m := f.add(ntfyMsg{Event: "message", Topic: topic, SequenceID: seq, Title: r.Header.Get("Title"),
		Message: string(body), Priority: prio})
	json.NewEncoder(w).Encode(m)
}

func (f *fakeNtfy) clear(w http.ResponseWriter, r *http.Request) {
	m := f.add(ntfyMsg{Event: "message_clear", Topic: r.PathValue("topic"), SequenceID: r.PathValue("seq")})
	json.NewEncoder(w).Encode(m)
}

func (f *fakeNtfy) subscribe(w http.ResponseWriter, r *http.Request) {
	topic := r.PathValue("topic")
	f.mu.Lock()
	if f.refuse {
		f.mu.Unlock()
		http.Error(w, "unavailable", http.StatusServiceUnavailable)
		return
	}
	ch := make(chan ntfyMsg, 100)
	f.subs[ch] = topic
	var replay []ntfyMsg
	if s := r.URL.Query().Get("since"); s != "" {
		since, _ := strconv.ParseInt(s, 10, 64) // "all" parses as 0: everything
		for _, m := range f.cache {
			if m.Topic == topic && m.Time >= since {
				replay = append(replay, m)
			}
		}
	}
	f.mu.Unlock()
	defer func() {
		f.mu.Lock()
		delete(f.subs, ch)
		f.mu.Unlock()
	}()
	w.Header().Set("Content-Type", "application/x-ndjson; charset=utf-8")
	enc := json.NewEncoder(w)
	rc := http.NewResponseController(w)
	enc.Encode(ntfyMsg{ID: "open0000", Time: time.Now().Unix(), Event: "open", Topic: topic})
	for _, m := range replay {
		enc.Encode(m)
	}
	rc.Flush()
	keep := time.NewTicker(time.Second)
	defer keep.Stop()
	for {
		select {
		case <-r.Context().Done():
			return
		case m, ok := <-ch:
			if !ok {
				return
			}
			enc.Encode(m)
		case <-keep.C:
			enc.Encode(ntfyMsg{ID: "keep0000", Time: time.Now().Unix(), Event: "keepalive", Topic: topic})
		}
		rc.Flush()
	}
}

// kick drops every subscriber, as a restarting ntfy server would.
func (f *fakeNtfy) kick() {
	f.mu.Lock()
	defer f.mu.Unlock()
	for ch := range f.subs {
		close(ch)
		delete(f.subs, ch)
	}
}

func (f *fakeNtfy) subscribers(topic string) int {
	f.mu.Lock()
	defer f.mu.Unlock()
	n := 0
	for _, t := range f.subs {
		if t == topic {
			n++
		}
	}
	return n
}

// next waits for a published message matching ok.
func (f *fakeNtfy) next(t testing.TB, within time.Duration, ok func(ntfyMsg) bool) ntfyMsg {
	t.Helper()
	timeout := time.After(within)
	for {
		select {
		case m := <-f.publish:
			if ok(m) {
				return m
			}
		case <-timeout:
			t.Fatalf("no matching ntfy message within %s", within)
		}
	}
}

// tap does what the ntfy phone app does when "I'm coming" is tapped: the http action's request.
func tap(t testing.TB, a ntfyAction) {
	t.Helper()
	method := a.Method
	if method == "" {
		method = http.MethodPost // ntfy's default for http actions
	}
	req, _ := http.NewRequest(method, a.URL, strings.NewReader(a.Body))
	for k, v := range a.Headers {
		req.Header.Set(k, v)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("action request: %s", resp.Status)
	}
}

func ntfyConfig(f *fakeNtfy) staff.Config {
	cfg := testConfig("")
	cfg.Ntfy = staff.NtfyConfig{Server: f.URL, Topic: "store-calls", EscalateTopic: "store-managers", Priority: 4, Token: f.token}
	return cfg
}

func TestNtfyPageTapAndClear(t *testing.T) {
	f := startFakeNtfy(t, "tk_kioskstaff")
	d := startDispatcher(t, ntfyConfig(f), outboxPath(t))
	eventually(t, 5*time.Second, "kiosk subscribed to the ack topic", func() bool { return f.subscribers("store-calls-ack") == 1 })

	c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonShelf, Question: "the big box of oats"})
	if err != nil {
		t.Fatal(err)
	}
	page := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" })
	if page.SequenceID != c.ID || page.Priority != 4 || !strings.Contains(page.Title, "Kiosk 1, entrance") ||
		!strings.Contains(page.Message, "Reach a high shelf") || !strings.Contains(page.Message, "the big box of oats") ||
		len(page.Tags) == 0 {
		t.Errorf("page: %+v", page)
	}
	if len(page.Actions) != 1 {
		t.Fatalf("actions: %+v", page.Actions)
	}
	a := page.Actions[0]
	if a.Action != "http" || a.Label != "I'm coming" || a.URL != f.URL+"/store-calls-ack" || a.Method != "POST" ||
		a.Headers["Authorization"] != "Bearer tk_kioskstaff" || !a.Clear {
		t.Errorf("I'm coming action: %+v", a)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))

	// Someone who merely knows the ack topic cannot answer the call.
	forged, _ := json.Marshal(map[string]string{"call": c.ID, "key": "guessed"})
	tap(t, ntfyAction{URL: a.URL, Body: string(forged), Headers: a.Headers})
	time.Sleep(200 * time.Millisecond)
	if got, _ := d.Get(context.Background(), c.ID); got.State != staff.Sent {
		t.Fatalf("a forged acknowledgement moved the call to %s", got.State)
	}

	// A tap on the phone: the kiosk hears it, and the notification is updated in place.
	start := time.Now()
	tap(t, a)
	seen := watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))
	t.Logf("tap → acknowledged on the kiosk in %v; states %v", time.Since(start).Round(time.Millisecond), states(seen))
	upd := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" && m.Event == "message" })
	if upd.SequenceID != c.ID || upd.Priority != 2 || !strings.Contains(upd.Message, "is coming") || len(upd.Actions) != 0 {
		t.Errorf("update after acknowledgement: %+v", upd)
	}

	// Done (here: the shopper's session ends): the notification is cleared on every phone.
	if err := d.Cancel(context.Background(), c.ID); err != nil {
		t.Fatal(err)
	}
	clr := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Event == "message_clear" })
	if clr.Topic != "store-calls" || clr.SequenceID != c.ID {
		t.Errorf("clear: %+v", clr)
	}
}

func TestNtfyEscalatesAndCatchesUpAfterReconnect(t *testing.T) {
	f := startFakeNtfy(t, "")
	cfg := ntfyConfig(f)
	cfg.EscalateAfter = 300 * time.Millisecond
	d := startDispatcher(t, cfg, outboxPath(t))
	eventually(t, 5*time.Second, "kiosk subscribed", func() bool { return f.subscribers("store-calls-ack") == 1 })

	c, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	first := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" })
	if len(first.Actions) != 1 || first.Actions[0].Headers != nil {
		t.Errorf("without a token the action carries no Authorization: %+v", first.Actions)
	}
	// Nobody answers: the same notification comes back at maximum priority, and to managers.
	again := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" && m.Priority == 5 })
	mgr := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-managers" })
	if again.SequenceID != c.ID || mgr.SequenceID != c.ID || mgr.Priority != 5 || !strings.Contains(again.Title, "No one has answered") {
		t.Errorf("escalation: %+v / %+v", again, mgr)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Escalated))

	// The kiosk loses its subscription; a tap made meanwhile is not lost.
	f.mu.Lock()
	f.refuse = true
	f.mu.Unlock()
	f.kick()
	tap(t, again.Actions[0])
	time.Sleep(100 * time.Millisecond)
	if got, _ := d.Get(context.Background(), c.ID); got.State != staff.Escalated {
		t.Fatalf("state %s while unsubscribed", got.State)
	}
	f.mu.Lock()
	f.refuse = false
	f.mu.Unlock()
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))
	// Both notifications (staff and managers) say someone is coming.
	for _, topic := range []string{"store-calls", "store-managers"} {
		m := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == topic && m.Priority == 2 })
		if m.SequenceID != c.ID {
			t.Errorf("%s update: %+v", topic, m)
		}
	}
}
