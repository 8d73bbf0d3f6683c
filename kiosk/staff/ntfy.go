package staff

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"time"
)

// ntfyBackend pages staff through an ntfy server (https://ntfy.sh, or self-hosted), whose
// phone apps ring even when the screen is off. Each call is one notification (its ntfy
// sequence id is the call id), so later news updates or clears it rather than adding more.
// Its "I'm coming" button makes the phone publish to the ack topic, which the kiosk follows.
type ntfyBackend struct {
	d             *Dispatcher
	server        string
	topic         string
	ackTopic      string
	escalateTopic string
	priority      int
	token         string
	click         string // the staff desk page, if any
	log           *slog.Logger
}

func (b *ntfyBackend) name() string { return "ntfy" }

// ntfyAction is an ntfy action button (https://docs.ntfy.sh/publish/#action-buttons).
type ntfyAction struct {
	Action  string            `json:"action"`
	Label   string            `json:"label"`
	URL     string            `json:"url"`
	Method  string            `json:"method,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
	Body    string            `json:"body,omitempty"`
	Clear   bool              `json:"clear,omitempty"`
}

// ntfyPublish is ntfy's "publish as JSON" body (https://docs.ntfy.sh/publish/#publish-as-json).
type ntfyPublish struct {
	Topic      string       `json:"topic"`
	SequenceID string       `json:"sequence_id,omitempty"`
	Title      string       `json:"title,omitempty"`
	Message    string       `json:"message"`
	Priority   int          `json:"priority,omitempty"`
	Tags       []string     `json:"tags,omitempty"`
	Click      string       `json:"click,omitempty"`
	Actions    []ntfyAction `json:"actions,omitempty"`
}

// ntfyAck is what the "I'm coming" button publishes to the ack topic. Key is the call's own
// secret, so only a tap on our notification (not any publisher to the topic) answers it.
type ntfyAck struct {
	Call string `json:"call"`
	Key  string `json:"key"`
}

func (b *ntfyBackend) deliver(ctx context.Context, r record, event string) error {
	switch event {
	case evCreate, evEscalate:
		if err := b.publish(ctx, b.page(r, b.topic)); err != nil {
			return err
		}
		if r.State == Escalated && b.escalateTopic != "" {
			return b.publish(ctx, b.page(r, b.escalateTopic))
		}
		return nil
	case string(Acknowledged):
		who := "Someone"
		if r.By != "" {
			who = r.By
		}
		m := ntfyPublish{SequenceID: r.ID, Title: r.Place(), Message: who + " is coming. " + r.Reason.Text() + ".",
			Priority: 2, Tags: []string{"white_check_mark"}}
		for _, t := range b.topics(r) {
			m.Topic = t
			if err := b.publish(ctx, m); err != nil {
				return err
			}
		}
		return nil
	case evLeft, evReason:
		// Replaces the page (same sequence id) so the phone shows the news, not the old ask.
		for _, t := range b.topics(r) {
			m := b.page(r, t)
			if r.State == Acknowledged {
				m.Actions = nil // someone is already coming
			}
			if err := b.publish(ctx, m); err != nil {
				return err
			}
		}
		return nil
	case string(Resolved), string(Cancelled):
		for _, t := range b.topics(r) {
			if err := b.clear(ctx, t, r.ID); err != nil {
				return err
			}
		}
		return nil
	}
	return nil
}

// topics are the topics a call was paged to.
func (b *ntfyBackend) topics(r record) []string {
	if !r.escalatedAt.IsZero() && b.escalateTopic != "" {
		return []string{b.topic, b.escalateTopic}
	}
	return []string{b.topic}
}

// page is the notification for a call that needs someone.
func (b *ntfyBackend) page(r record, topic string) ntfyPublish {
	msg := r.Reason.Text()
	if t := LangText(r.Lang); t != "" {
		msg += "\n" + t
	}
	if r.Question != "" {
		msg += "\n“" + r.Question + "”"
	}
	m := ntfyPublish{Topic: topic, SequenceID: r.ID, Title: "Shopper needs help: " + r.Place(), Message: msg,
		Priority: b.priority, Tags: []string{"raising_hand"}, Click: b.click}
	if r.State == Escalated {
		m.Title = "No one has answered: " + r.Place()
		m.Priority, m.Tags = 5, []string{"rotating_light"}
	}
	if r.ShopperLeft {
		m.Title = "Shopper may have left: " + r.Place()
		m.Message = leftText + "\n" + msg
		m.Priority = min(m.Priority, 3)
	}
	ack, _ := json.Marshal(ntfyAck{Call: r.ID, Key: r.ackKey})
	a := ntfyAction{Action: "http", Label: "I'm coming", URL: b.server + "/" + b.ackTopic, Method: http.MethodPost,
		Body: string(ack), Clear: true}
	if b.token != "" {
		a.Headers = map[string]string{"Authorization": "Bearer " + b.token}
	}
	m.Actions = []ntfyAction{a}
	return m
}

func (b *ntfyBackend) publish(ctx context.Context, m ntfyPublish) error {
	body, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return b.send(ctx, http.MethodPost, b.server+"/", body)
}

// clear dismisses a notification on every phone (ntfy: PUT /<topic>/<sequence_id>/clear).
func (b *ntfyBackend) clear(ctx context.Context, topic, seq string) error {
	return b.send(ctx, http.MethodPut, b.server+"/"+topic+"/"+url.PathEscape(seq)+"/clear", nil)
}

func (b *ntfyBackend) send(ctx context.Context, method, u string, body []byte) error {
	req, err := http.NewRequestWithContext(ctx, method, u, bytes.NewReader(body))
	if err != nil {
		return err
	}
	if body != nil {
		req.Header.Set("Content-Type", "application/json")
	}
	if b.token != "" {
		req.Header.Set("Authorization", "Bearer "+b.token)
	}
	resp, err := b.d.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 4<<10))
	if resp.StatusCode/100 != 2 {
		return fmt.Errorf("ntfy answered %s: %s", resp.Status, bytes.TrimSpace(msg))
	}
	return nil
}

// listen follows the ack topic (GET /<topic>/json) for "I'm coming" taps.
func (b *ntfyBackend) listen(ctx context.Context) {
	b.d.follow(ctx, b.log, "ntfy ack stream", b.stream)
}

type ntfyMessage struct {
	ID      string `json:"id"`
	Event   string `json:"event"`
	Topic   string `json:"topic"`
	Message string `json:"message"`
}

func (b *ntfyBackend) stream(ctx context.Context) error {
	// Replay what was published while we were away: acks since the oldest open call.
	since := time.Now()
	if open, err := b.d.box.open(ctx); err == nil && len(open) > 0 {
		since = open[0].CreatedAt
	}
	u := b.server + "/" + b.ackTopic + "/json?since=" + strconv.FormatInt(since.Add(-time.Minute).Unix(), 10)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		return err
	}
	if b.token != "" {
		req.Header.Set("Authorization", "Bearer "+b.token)
	}
	resp, err := b.d.client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("ntfy subscribe: %s", resp.Status)
	}
	// ntfy sends a keepalive every 45 s by default; allow for a slow one.
	watchdog := time.AfterFunc(2*time.Minute, cancel)
	defer watchdog.Stop()
	sc := bufio.NewScanner(resp.Body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		watchdog.Reset(2 * time.Minute)
		var m ntfyMessage
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil || m.Event != "message" {
			continue
		}
		var ack ntfyAck
		if err := json.Unmarshal([]byte(m.Message), &ack); err != nil || ack.Call == "" {
			continue
		}
		r, err := b.d.box.get(ctx, ack.Call)
		if err != nil {
			continue // another kiosk's call, or long gone
		}
		if !equalSecret(ack.Key, r.ackKey) {
			b.log.Warn("ignored an ntfy acknowledgement with the wrong key", "id", ack.Call)
			continue
		}
		if err := b.d.apply(ctx, update{id: ack.Call, state: Acknowledged, source: b.name()}); err != nil {
			b.log.Error("apply ntfy acknowledgement", "err", err)
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return io.ErrUnexpectedEOF
}
