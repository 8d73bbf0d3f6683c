package staff

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"
)

// webhookBackend posts each call event as JSON (WebhookEvent) to a URL. With a secret, each
// POST is signed, and the event carries signed callback URLs a receiver can call to say
// someone is coming or the call is done.
type webhookBackend struct {
	d           *Dispatcher
	url         string
	escalateURL string
	secret      string
	callbackURL string
	log         *slog.Logger
}

// WebhookEvent is the JSON document POSTed to the webhook URL, once per event of a call.
//
// Headers: Content-Type: application/json; X-Kiosk-Event: the event; X-Kiosk-Delivery: a key
// that is the same for every retry of one event (deduplicate on it); and with a secret,
// X-Kiosk-Timestamp (Unix seconds) and X-Kiosk-Signature: "sha256=" + hex of
// HMAC-SHA256(secret, timestamp + "." + body).
type WebhookEvent struct {
	// Event is call.created, call.escalated, call.acknowledged, call.resolved or call.cancelled.
	Event string `json:"event"`
	// Priority is "normal", or "urgent" once nobody has answered in time.
	Priority string `json:"priority"`
	// Text is the whole event as one plain sentence, for chat relays and text-to-speech radios.
	Text string `json:"text"`
	Call Wire   `json:"call"`
	// AckURL, when callbacks are configured, is a signed URL to POST (or GET) when someone
	// is coming: optional JSON body {"name":"Ana","eta_seconds":120}, or ?name=Ana.
	AckURL string `json:"ack_url,omitempty"`
	// ResolveURL is the same for "done".
	ResolveURL string    `json:"resolve_url,omitempty"`
	SentAt     time.Time `json:"sent_at"`
}

func (b *webhookBackend) name() string { return "webhook" }

func (b *webhookBackend) deliver(ctx context.Context, r record, event string) error {
	ev := b.event(r, event)
	if err := b.post(ctx, b.url, ev); err != nil {
		return err
	}
	if b.escalateURL != "" && (event == evEscalate || event == evCreate && r.State == Escalated) {
		return b.post(ctx, b.escalateURL, ev)
	}
	return nil
}

func (b *webhookBackend) event(r record, event string) WebhookEvent {
	ev := WebhookEvent{Priority: "normal", Call: r.Wire(), SentAt: time.Now().UTC()}
	place := r.Place()
	switch event {
	case evCreate, evEscalate:
		ev.Event = "call.created"
		ev.Text = "A shopper at " + place + " needs help: " + r.Reason.Text() + "."
		if r.State == Escalated {
			ev.Event, ev.Priority = "call.escalated", "urgent"
			ev.Text = "No one has answered yet. A shopper at " + place + " needs help: " + r.Reason.Text() + "."
		}
		if r.Question != "" {
			ev.Text += " They asked: “" + r.Question + "”"
		}
		if b.callbackURL != "" {
			exp := time.Now().Add(b.d.cfg.ExpireAfter.Duration + time.Hour).Unix()
			ev.AckURL = b.callback(r.ID, "ack", exp)
			ev.ResolveURL = b.callback(r.ID, "resolve", exp)
		}
	case string(Acknowledged):
		ev.Event = "call.acknowledged"
		who := "Someone"
		if r.By != "" {
			who = r.By
		}
		ev.Text = who + " is going to " + place + "."
	case string(Resolved):
		ev.Event, ev.Text = "call.resolved", "The call at "+place+" is done."
	case string(Cancelled):
		ev.Event, ev.Text = "call.cancelled", "The shopper at "+place+" no longer needs help."
	default:
		ev.Event = "call." + event
	}
	return ev
}

func (b *webhookBackend) post(ctx context.Context, u string, ev WebhookEvent) error {
	body, err := json.Marshal(ev)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "store-kiosk")
	req.Header.Set("X-Kiosk-Event", ev.Event)
	req.Header.Set("X-Kiosk-Delivery", ev.Call.ID+"/"+ev.Event)
	if b.secret != "" {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req.Header.Set("X-Kiosk-Timestamp", ts)
		req.Header.Set("X-Kiosk-Signature", "sha256="+sign(b.secret, ts+"."+string(body)))
	}
	resp, err := b.d.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("webhook answered %s: %s", resp.Status, bytes.TrimSpace(msg))
	}
	return nil
}

// callback is a signed URL that acts on one call until exp (Unix seconds).
func (b *webhookBackend) callback(id, action string, exp int64) string {
	e := strconv.FormatInt(exp, 10)
	return b.callbackURL + "/staff/calls/" + url.PathEscape(id) + "/" + action +
		"?exp=" + e + "&sig=" + sign(b.secret, action+"\n"+id+"\n"+e)
}

func sign(secret, msg string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

func equalSecret(a, b string) bool {
	return len(a) == len(b) && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// CallbackHandler answers the webhook's signed callback URLs:
// POST or GET /staff/calls/{id}/ack?exp=…&sig=… (optional {"name","eta_seconds"} or ?name=)
// and /staff/calls/{id}/resolve. Run serves it on staff.webhook.callback_listen; a kiosk app
// with its own HTTP server may mount it instead.
func (d *Dispatcher) CallbackHandler() http.Handler {
	mux := http.NewServeMux()
	h := func(w http.ResponseWriter, r *http.Request) { d.callback(w, r) }
	mux.HandleFunc("POST /staff/calls/{id}/{action}", h)
	mux.HandleFunc("GET /staff/calls/{id}/{action}", h)
	return mux
}

func (d *Dispatcher) callback(w http.ResponseWriter, r *http.Request) {
	id, action := r.PathValue("id"), r.PathValue("action")
	if d.webhook == nil || d.webhook.secret == "" {
		http.Error(w, "callbacks are not configured", http.StatusNotFound)
		return
	}
	var state State
	switch action {
	case "ack":
		state = Acknowledged
	case "resolve":
		state = Resolved
	default:
		http.NotFound(w, r)
		return
	}
	q := r.URL.Query()
	exp, err := strconv.ParseInt(q.Get("exp"), 10, 64)
	if err != nil || !equalSecret(q.Get("sig"), sign(d.webhook.secret, action+"\n"+id+"\n"+q.Get("exp"))) {
		http.Error(w, "bad signature", http.StatusForbidden)
		return
	}
	if time.Now().Unix() > exp {
		http.Error(w, "this link has expired", http.StatusGone)
		return
	}
	var in struct {
		Name       string `json:"name"`
		ETASeconds int    `json:"eta_seconds"`
	}
	if r.Method == http.MethodPost && strings.HasPrefix(r.Header.Get("Content-Type"), "application/json") {
		if err := json.NewDecoder(io.LimitReader(r.Body, 8<<10)).Decode(&in); err != nil && !errors.Is(err, io.EOF) {
			http.Error(w, "body must be JSON like {\"name\":\"Ana\"}", http.StatusBadRequest)
			return
		}
	}
	if in.Name == "" {
		in.Name = q.Get("name")
	}
	if len(in.Name) > 60 {
		in.Name = in.Name[:60]
	}
	if _, err := d.box.get(r.Context(), id); errors.Is(err, ErrNotFound) {
		http.Error(w, "no such call", http.StatusNotFound)
		return
	}
	err = d.apply(r.Context(), update{id: id, state: state, by: in.Name,
		eta: time.Duration(max(in.ETASeconds, 0)) * time.Second, source: "webhook"})
	if err != nil {
		d.Logger.Error("webhook callback", "id", id, "err", err)
		http.Error(w, "could not record it", http.StatusInternalServerError)
		return
	}
	c, _ := d.Get(r.Context(), id)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(c.Wire())
}
