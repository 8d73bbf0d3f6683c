package staff

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
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
	// Event is call.created, call.escalated, call.acknowledged, call.shopper_left (the kiosk
	// started again for the next shopper while the call was open; it stays open),
	// call.resolved or call.cancelled.
	Event string `json:"event"`
	// Priority is "normal", or "urgent" once nobody has answered in time.
	Priority string `json:"priority"`
	// Text is the whole event as one plain sentence, for chat relays and text-to-speech radios.
	Text string `json:"text"`
	Call Wire   `json:"call"`
	// AckURL, when callbacks are configured, is a signed URL to POST when someone is coming:
	// optional JSON body {"name":"Ana","eta_seconds":120}, or ?name=Ana. Opened (GET), it is
	// a page that shows the call and asks "Are you coming?", whose buttons POST; a chat tool
	// previewing the link answers nothing.
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
		if t := LangText(r.Lang); t != "" {
			ev.Text += " " + t + "."
		}
		if r.Question != "" {
			ev.Text += " They asked: “" + r.Question + "”"
		}
		if b.callbackURL != "" {
			exp := time.Now().Add(b.d.cfg.ExpireAfter + time.Hour).Unix()
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
	case evLeft:
		ev.Event, ev.Text = "call.shopper_left", "At "+place+": "+leftText
	case evReason:
		ev.Event, ev.Text = "call.reason", "The shopper at "+place+" says what it is about: "+r.Reason.Text()+"."
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
	return b.callbackURL + "/staff/calls/" + url.PathEscape(id) + "/" + action + "?" + signedQuery(b.secret, id, action, exp)
}

// signedQuery is the query of a callback URL: its expiry and its signature.
func signedQuery(secret, id, action string, exp int64) string {
	e := strconv.FormatInt(exp, 10)
	return "exp=" + e + "&sig=" + sign(secret, action+"\n"+id+"\n"+e)
}

func sign(secret, msg string) string {
	m := hmac.New(sha256.New, []byte(secret))
	m.Write([]byte(msg))
	return hex.EncodeToString(m.Sum(nil))
}

func equalSecret(a, b string) bool {
	return len(a) == len(b) && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}
