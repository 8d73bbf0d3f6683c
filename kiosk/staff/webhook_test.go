package staff_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

const webhookSecret = "whsec-test-3"

// receiver is a webhook receiver (a chat relay, say) that checks signatures like a real one.
type receiver struct {
	URL string
	t   testing.TB

	mu         sync.Mutex
	failFirst  int
	deliveries map[string]int // X-Kiosk-Delivery -> attempts seen
	events     chan receivedEvent
}

type receivedEvent struct {
	path string
	ev   staff.WebhookEvent
	hdr  http.Header
}

func startReceiver(t testing.TB, failFirst int) *receiver {
	rc := &receiver{t: t, failFirst: failFirst, deliveries: map[string]int{}, events: make(chan receivedEvent, 50)}
	srv := httptest.NewServer(http.HandlerFunc(rc.serve))
	t.Cleanup(srv.Close)
	rc.URL = srv.URL
	return rc
}

func (rc *receiver) serve(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	ts := r.Header.Get("X-Kiosk-Timestamp")
	m := hmac.New(sha256.New, []byte(webhookSecret))
	m.Write([]byte(ts + "." + string(body)))
	want := "sha256=" + hex.EncodeToString(m.Sum(nil))
	if r.Header.Get("X-Kiosk-Signature") != want || r.Header.Get("Content-Type") != "application/json" {
		rc.t.Errorf("bad signature or content type: %v", r.Header)
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	if sec, err := strconv.ParseInt(ts, 10, 64); err != nil || time.Since(time.Unix(sec, 0)) > time.Minute {
		rc.t.Errorf("stale or missing timestamp %q", ts)
	}
	rc.mu.Lock()
	rc.deliveries[r.Header.Get("X-Kiosk-Delivery")]++
	fail := rc.failFirst > 0
	if fail {
		rc.failFirst--
	}
	rc.mu.Unlock()
	if fail {
		http.Error(w, "relay busy", http.StatusServiceUnavailable)
		return
	}
	var ev staff.WebhookEvent
	if err := json.Unmarshal(body, &ev); err != nil {
		rc.t.Errorf("webhook body: %v", err)
	}
	rc.events <- receivedEvent{path: r.URL.Path, ev: ev, hdr: r.Header.Clone()}
	w.WriteHeader(http.StatusNoContent)
}

func (rc *receiver) next(t testing.TB, within time.Duration, ok func(receivedEvent) bool) receivedEvent {
	t.Helper()
	timeout := time.After(within)
	for {
		select {
		case e := <-rc.events:
			if ok(e) {
				return e
			}
		case <-timeout:
			t.Fatalf("no matching webhook within %s", within)
		}
	}
}

func webhookConfig(t testing.TB, rc *receiver) config.Staff {
	cfg := testConfig(t, "")
	t.Setenv("STAFF_TEST_WEBHOOK_SECRET", webhookSecret)
	addr := freeAddr(t)
	cfg.Webhook = config.StaffWebhook{URL: rc.URL + "/hook", EscalateURL: rc.URL + "/managers",
		SecretEnv: "STAFF_TEST_WEBHOOK_SECRET", CallbackListen: addr, CallbackURL: "http://" + addr}
	return cfg
}

func post(t testing.TB, u, contentType, body string) (int, string) {
	t.Helper()
	resp, err := http.Post(u, contentType, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestWebhookSignedEventsAndCallbacks(t *testing.T) {
	rc := startReceiver(t, 2) // the relay is busy for the first two attempts
	d := startDispatcher(t, webhookConfig(t, rc), outboxPath(t))
	c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonFinding, Question: "gluten free bread"})
	if err != nil {
		t.Fatal(err)
	}
	got := rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.path == "/hook" })
	ev := got.ev
	if ev.Event != "call.created" || ev.Priority != "normal" || ev.Call.ID != c.ID || ev.Call.ReasonText != "Help finding something" ||
		ev.Call.Question != "gluten free bread" || !strings.Contains(ev.Text, "Kiosk 1, entrance") || ev.AckURL == "" || ev.ResolveURL == "" {
		t.Errorf("created event: %+v", ev)
	}
	if got.hdr.Get("X-Kiosk-Event") != "call.created" {
		t.Errorf("X-Kiosk-Event %q", got.hdr.Get("X-Kiosk-Event"))
	}
	rc.mu.Lock()
	attempts := rc.deliveries[c.ID+"/call.created"]
	rc.mu.Unlock()
	if attempts != 3 {
		t.Errorf("created event attempted %d times with one delivery key, want 3 (2 refused)", attempts)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))

	// Callbacks must carry a valid, unexpired signature.
	u, _ := url.Parse(ev.AckURL)
	q := u.Query()
	forged := *u
	q2 := url.Values{"exp": q["exp"], "sig": {strings.Repeat("0", 64)}}
	forged.RawQuery = q2.Encode()
	if code, _ := post(t, forged.String(), "application/json", `{"name":"Eve"}`); code != http.StatusForbidden {
		t.Errorf("forged callback: %d, want 403", code)
	}
	past := strconv.FormatInt(time.Now().Add(-time.Minute).Unix(), 10)
	m := hmac.New(sha256.New, []byte(webhookSecret))
	m.Write([]byte("ack\n" + c.ID + "\n" + past))
	expired := *u
	expired.RawQuery = url.Values{"exp": {past}, "sig": {hex.EncodeToString(m.Sum(nil))}}.Encode()
	if code, _ := post(t, expired.String(), "application/json", `{}`); code != http.StatusGone {
		t.Errorf("expired callback: %d, want 410", code)
	}

	// The relay says Bo is coming, in about two minutes.
	code, body := post(t, ev.AckURL, "application/json", `{"name":"Bo","eta_seconds":120}`)
	if code != 200 || !strings.Contains(body, `"state":"acknowledged"`) {
		t.Fatalf("ack callback: %d %s", code, body)
	}
	seen := watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Acknowledged))
	if last := seen[len(seen)-1]; last.By != "Bo" || last.ETA != 2*time.Minute {
		t.Errorf("acknowledged %+v", last)
	}
	ack := rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.acknowledged" })
	if ack.ev.Text != "Bo is going to Kiosk 1, entrance." || ack.ev.Call.By != "Bo" || ack.ev.Call.ETASeconds != 120 {
		t.Errorf("acknowledged event: %+v", ack.ev)
	}

	// Done, through the other signed link (a plain GET, as some radio systems can only do).
	resp, err := http.Get(ev.ResolveURL)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Fatalf("resolve callback: %s", resp.Status)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Resolved))
	rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.resolved" })
}

func TestWebhookEscalationGoesToManagers(t *testing.T) {
	rc := startReceiver(t, 0)
	cfg := webhookConfig(t, rc)
	cfg.EscalateAfter.Duration = 300 * time.Millisecond
	d := startDispatcher(t, cfg, outboxPath(t))
	c, err := d.Call(context.Background(), staff.Request{})
	if err != nil {
		t.Fatal(err)
	}
	rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.created" })
	for _, path := range []string{"/hook", "/managers"} {
		e := rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.path == path && e.ev.Event == "call.escalated" })
		if e.ev.Priority != "urgent" || e.ev.Call.ID != c.ID || !strings.HasPrefix(e.ev.Text, "No one has answered yet.") {
			t.Errorf("%s escalation: %+v", path, e.ev)
		}
	}
}
