package staff_test

import (
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"html"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

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

func webhookConfig(t testing.TB, rc *receiver) staff.Config {
	cfg := testConfig("")
	addr := freeAddr(t)
	cfg.Webhook = staff.WebhookConfig{URL: rc.URL + "/hook", EscalateURL: rc.URL + "/managers",
		Secret: webhookSecret, CallbackListen: addr, CallbackURL: "http://" + addr}
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

	// Done, through the other signed link: a bare POST.
	if code, body := post(t, ev.ResolveURL, "", ""); code != 200 || !strings.Contains(body, `"state":"resolved"`) {
		t.Fatalf("resolve callback: %d %s", code, body)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Resolved))
	rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.resolved" })
}

func TestWebhookEscalationGoesToManagers(t *testing.T) {
	rc := startReceiver(t, 0)
	cfg := webhookConfig(t, rc)
	cfg.EscalateAfter = 300 * time.Millisecond
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

// signedLink is link (an ack_url or resolve_url) made to do action, expiring at exp, with a
// signature for call id made with key.
func signedLink(t testing.TB, link, action, id string, exp int64, key string) string {
	t.Helper()
	u, err := url.Parse(link)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = u.Path[:strings.LastIndex(u.Path, "/")+1] + action
	e := strconv.FormatInt(exp, 10)
	m := hmac.New(sha256.New, []byte(key))
	m.Write([]byte(action + "\n" + id + "\n" + e))
	u.RawQuery = url.Values{"exp": {e}, "sig": {hex.EncodeToString(m.Sum(nil))}}.Encode()
	return u.String()
}

// browser fetches pages and submits forms as a browser does (Accept: text/html), but shows
// redirects instead of following them.
var browser = &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func browse(t testing.TB, method, u string, form url.Values) (*http.Response, string) {
	t.Helper()
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req, err := http.NewRequest(method, u, body)
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	resp, err := browser.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp, string(b)
}

var formRE = regexp.MustCompile(`(?s)<form method="post" action="([^"]*)">(.*?)</form>`)

// forms maps each form's button text to the URL it posts to, resolved against the page's.
func forms(t testing.TB, page, body string) map[string]string {
	t.Helper()
	base, _ := url.Parse(page)
	out := map[string]string{}
	for _, m := range formRE.FindAllStringSubmatch(body, -1) {
		action, err := base.Parse(html.UnescapeString(m[1]))
		if err != nil {
			t.Fatal(err)
		}
		button := regexp.MustCompile(`<button[^>]*>([^<]*)</button>`).FindStringSubmatch(m[2])
		if button == nil {
			t.Fatalf("form without a button: %s", m[0])
		}
		out[html.UnescapeString(button[1])] = action.String()
	}
	return out
}

// A chat tool that previews an ack_url or resolve_url (a GET) must not answer the call: the
// links show a page whose buttons POST, and only the POST changes the call. Links that are
// forged or expired are refused either way.
func TestWebhookLinksShowAPageAndOnlyPostChangesTheCall(t *testing.T) {
	rc := startReceiver(t, 0)
	d := startDispatcher(t, webhookConfig(t, rc), outboxPath(t))
	ctx := context.Background()
	c, err := d.Call(ctx, staff.Request{Reason: staff.ReasonShelf, Question: "top shelf <oats>"})
	if err != nil {
		t.Fatal(err)
	}
	ev := rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Call.ID == c.ID }).ev
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))
	state := func() staff.Call {
		t.Helper()
		got, err := d.Get(ctx, c.ID)
		if err != nil {
			t.Fatal(err)
		}
		return got
	}

	// Previewed, both links show the call and ask; nothing changes.
	var page string
	for _, link := range []string{ev.AckURL, ev.ResolveURL} {
		for _, method := range []string{"GET", "HEAD"} {
			resp, body := browse(t, method, link, nil)
			if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
				t.Fatalf("%s %s: %s %s", method, link, resp.Status, resp.Header.Get("Content-Type"))
			}
			if method == "GET" {
				for _, want := range []string{`<html lang="en">`, "<title>", "Kiosk 1, entrance", "Reach a high shelf",
					"top shelf &lt;oats&gt;", "Are you coming?", `<label for="name">`} {
					if !strings.Contains(body, want) {
						t.Errorf("page of %s lacks %q:\n%s", link, want, body)
					}
				}
				if strings.Contains(body, "<script") {
					t.Errorf("the page needs no script:\n%s", body)
				}
				page = body
			}
			if got := state(); got.State != staff.Sent {
				t.Fatalf("%s of a link made the call %s", method, got.State)
			}
		}
	}
	buttons := forms(t, ev.ResolveURL, page)
	if len(buttons) != 2 || buttons["I’m coming"] == "" || buttons["Done"] == "" {
		t.Fatalf("the page's forms: %v", buttons)
	}

	// Forged or expired: refused on GET and POST, for both actions.
	future, past := time.Now().Add(time.Hour).Unix(), time.Now().Add(-time.Minute).Unix()
	for _, action := range []string{"ack", "resolve"} {
		for _, bad := range []struct {
			link string
			code int
		}{
			{signedLink(t, ev.AckURL, action, c.ID, future, "not-the-secret"), http.StatusForbidden},
			{signedLink(t, ev.AckURL, action, "another-call", future, webhookSecret), http.StatusForbidden},
			{signedLink(t, ev.AckURL, action, c.ID, past, webhookSecret), http.StatusGone},
		} {
			for _, method := range []string{"GET", "POST"} {
				var form url.Values
				if method == "POST" {
					form = url.Values{"name": {"Eve"}}
				}
				if resp, _ := browse(t, method, bad.link, form); resp.StatusCode != bad.code {
					t.Errorf("%s %s: %s, want %d", method, bad.link, resp.Status, bad.code)
				}
				if code, _ := post(t, bad.link, "application/json", `{"name":"Eve"}`); code != bad.code {
					t.Errorf("JSON POST %s: %d, want %d", bad.link, code, bad.code)
				}
			}
		}
	}
	if got := state(); got.State != staff.Sent || got.By != "" {
		t.Fatalf("refused links changed the call: %+v", got)
	}

	// I'm coming, from the page: the call is acknowledged, and the page says so.
	resp, _ := browse(t, "POST", buttons["I’m coming"], url.Values{"name": {"Ana"}})
	if resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("I'm coming: %s", resp.Status)
	}
	if got := state(); got.State != staff.Acknowledged || got.By != "Ana" {
		t.Fatalf("after I'm coming: %+v", got)
	}
	back, err := resp.Location()
	if err != nil {
		t.Fatal(err)
	}
	resp, page = browse(t, "GET", back.String(), nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(page, "Ana is coming") || strings.Contains(page, "Are you coming?") {
		t.Fatalf("page after I'm coming: %s\n%s", resp.Status, page)
	}
	buttons = forms(t, back.String(), page)
	if len(buttons) != 1 || buttons["Done"] == "" {
		t.Fatalf("the page's forms once someone is coming: %v", buttons)
	}
	rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.ev.Event == "call.acknowledged" })

	// Done, from the page.
	if resp, _ := browse(t, "POST", buttons["Done"], url.Values{}); resp.StatusCode != http.StatusSeeOther {
		t.Fatalf("Done: %s", resp.Status)
	}
	if got := state(); got.State != staff.Resolved || got.By != "Ana" {
		t.Fatalf("after Done: %+v", got)
	}
	resp, page = browse(t, "GET", ev.AckURL, nil)
	if resp.StatusCode != http.StatusOK || !strings.Contains(page, "done") || len(forms(t, ev.AckURL, page)) != 0 {
		t.Errorf("page of a finished call: %s\n%s", resp.Status, page)
	}
}
