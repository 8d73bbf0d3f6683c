package staff_test

import (
	"context"
	"io"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

const spanishSpeaker = "Spanish speaker (habla español)"

// A call from a Spanish-speaking shopper says so to staff, so the store sends someone who
// speaks Spanish: on the ntfy page, in the signed webhook event (its text and its call), on
// the page its link opens, at the staff desk and in the kiosk's own outbox. An English
// shopper's call says nothing of language.
func TestShoppersLanguageReachesStaff(t *testing.T) {
	f := startFakeNtfy(t, "")
	rc := startReceiver(t, 0)
	addr := freeAddr(t)
	dk := startDesk(t, addr, filepath.Join(t.TempDir(), "desk.db"))
	cfg := webhookConfig(t, rc)
	cfg.Ntfy = ntfyConfig(f).Ntfy
	cfg.Desk = staff.DeskConfig{URL: "http://" + addr, Token: kioskToken}
	d := startDispatcher(t, cfg, outboxPath(t))

	for _, tc := range []struct {
		lang, want string // want: the call's language as carried, "" for none
	}{
		{"es", "es"},
		{"en", ""},
		{"", ""},
		{"es\n<b>", ""}, // not a language code: nothing, never odd text on a page
	} {
		c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonFinding, Question: "¿dónde está el maní?", Lang: tc.lang})
		if err != nil {
			t.Fatal(err)
		}
		if c.Lang != tc.want {
			t.Errorf("lang %q: the call carries %q, want %q", tc.lang, c.Lang, tc.want)
		}
		says := func(where, text string) {
			t.Helper()
			if got := strings.Contains(text, spanishSpeaker); got != (tc.want == "es") {
				t.Errorf("lang %q: %s says %q", tc.lang, where, text)
			}
		}
		page := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" && m.SequenceID == c.ID })
		says("the ntfy page", page.Message)
		ev := rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.path == "/hook" && e.ev.Call.ID == c.ID }).ev
		says("the webhook event", ev.Text)
		if ev.Call.Lang != tc.want || (ev.Call.LangText == spanishSpeaker) != (tc.want == "es") {
			t.Errorf("lang %q: webhook call lang %q, %q", tc.lang, ev.Call.Lang, ev.Call.LangText)
		}
		resp, err := http.Get(ev.AckURL)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		says("the webhook link's page", string(body))
		eventually(t, 5*time.Second, "desk has the call", func() bool {
			for _, w := range dk.calls(t, "open") {
				if w.ID == c.ID {
					return true
				}
			}
			return false
		})
		for _, w := range dk.calls(t, "open") {
			if w.ID == c.ID && (w.Lang != tc.want || (w.LangText == spanishSpeaker) != (tc.want == "es")) {
				t.Errorf("lang %q: staff desk has lang %q, %q", tc.lang, w.Lang, w.LangText)
			}
		}
		if got, err := d.Get(context.Background(), c.ID); err != nil || got.Lang != tc.want {
			t.Errorf("lang %q: from the outbox %q, %v", tc.lang, got.Lang, err)
		}
	}
}
