package staff

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"time"
)

// deskBackend pages staff through the staff desk (cmd/staffdesk, or the one the kiosk runs).
//
// Kiosk side of the desk's API, all with "Authorization: Bearer <kiosk token>":
//
//	PUT /api/kiosk/calls/{id}   the call as JSON (Wire); idempotent by id; answers the desk's view
//	GET /api/kiosk/calls/{id}   the desk's view of a call
//	GET /api/kiosk/events       server-sent events "call" (Wire) for every change
type deskBackend struct {
	d     *Dispatcher
	base  string
	token string
	log   *slog.Logger
}

func (b *deskBackend) name() string { return "desk" }

// deliver sends the call as it stands now; the desk keeps whichever of its own state and the
// kiosk's is further along, so sending it twice, or late, is harmless.
func (b *deskBackend) deliver(ctx context.Context, r record, event string) error {
	body, err := json.Marshal(r.Wire())
	if err != nil {
		return err
	}
	w, err := b.do(ctx, http.MethodPut, "/api/kiosk/calls/"+url.PathEscape(r.ID), body)
	if err != nil {
		return err
	}
	return b.take(ctx, w)
}

// take applies the desk's view of a call: staff may have answered it already.
func (b *deskBackend) take(ctx context.Context, w Wire) error {
	switch w.State {
	case Acknowledged, Resolved:
		return b.d.apply(ctx, update{id: w.ID, state: w.State, by: w.By,
			eta: time.Duration(w.ETASeconds) * time.Second, source: b.name(), knows: b.name()})
	}
	return nil
}

// errGone is the desk answering 404 for a call it was given: its database was replaced.
var errGone = errors.New("the staff desk does not know this call")

func (b *deskBackend) do(ctx context.Context, method, path string, body []byte) (Wire, error) {
	var w Wire
	req, err := http.NewRequestWithContext(ctx, method, b.base+path, bytes.NewReader(body))
	if err != nil {
		return w, err
	}
	req.Header.Set("Authorization", "Bearer "+b.token)
	req.Header.Set("Content-Type", "application/json")
	resp, err := b.d.client.Do(req)
	if err != nil {
		return w, err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	switch {
	case resp.StatusCode == http.StatusUnauthorized || resp.StatusCode == http.StatusForbidden:
		return w, fmt.Errorf("the staff desk refused this kiosk's token (%s): check STAFFDESK_KIOSK_TOKEN", resp.Status)
	case resp.StatusCode == http.StatusNotFound && method == http.MethodGet:
		return w, errGone
	case resp.StatusCode/100 != 2:
		return w, fmt.Errorf("staff desk answered %s: %s", resp.Status, bytes.TrimSpace(msg))
	}
	if err := json.Unmarshal(msg, &w); err != nil {
		return w, fmt.Errorf("staff desk answer: %w", err)
	}
	return w, nil
}

// listen follows the desk's event stream so the shopper sees "Ana is coming" within moments.
func (b *deskBackend) listen(ctx context.Context) {
	b.d.follow(ctx, b.log, "staff desk event stream", b.stream)
}

func (b *deskBackend) stream(ctx context.Context) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, b.base+"/api/kiosk/events", nil)
	if err != nil {
		return err
	}
	req.Header.Set("Authorization", "Bearer "+b.token)
	req.Header.Set("Accept", "text/event-stream")
	resp, err := b.d.client.Do(req)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		return fmt.Errorf("staff desk event stream: %s", resp.Status)
	}
	// Now that nothing more can be missed, catch up on what happened while disconnected.
	told, err := b.d.box.toldOpen(ctx, b.name())
	if err != nil && ctx.Err() == nil {
		b.log.Error("list calls given to the desk", "err", err)
	}
	for _, r := range told {
		w, err := b.do(ctx, http.MethodGet, "/api/kiosk/calls/"+url.PathEscape(r.ID), nil)
		if errors.Is(err, errGone) {
			b.log.Warn("the staff desk lost a call; sending it again", "id", r.ID)
			if err := b.d.redo(ctx, r.ID, b.name()); err != nil {
				b.log.Error("requeue call", "id", r.ID, "err", err)
			}
			continue
		}
		if err != nil {
			resp.Body.Close()
			return err
		}
		if err := b.take(ctx, w); err != nil && ctx.Err() == nil {
			b.log.Error("apply desk state", "id", r.ID, "err", err)
		}
	}
	return readEvents(ctx, resp.Body, 45*time.Second, func(event, data string) error {
		if ctx.Err() != nil {
			return ctx.Err() // stopping: events still buffered are for the next run to catch up on
		}
		if event != "call" {
			return nil
		}
		var w Wire
		if err := json.Unmarshal([]byte(data), &w); err != nil {
			b.log.Warn("bad event from staff desk", "err", err)
			return nil
		}
		if err := b.take(ctx, w); err != nil && ctx.Err() == nil {
			b.log.Error("apply desk state", "id", w.ID, "err", err)
		}
		return nil
	})
}
