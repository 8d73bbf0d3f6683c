package staff_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// spanishQuestion has every mark a Spanish question can carry: á é í ó ú ñ ü ¿ ¡.
const spanishQuestion = "¿Dónde está el maní? Busco piñones, pingüino y azúcar glas… ¡gracias, señorita!"

// A Spanish question reaches staff letter for letter through every backend at once: the
// kiosk's outbox on disk, the staff desk's API, the ntfy page and the signed webhook event.
func TestSpanishQuestionReachesStaffWithItsAccents(t *testing.T) {
	f := startFakeNtfy(t, "")
	rc := startReceiver(t, 0)
	addr := freeAddr(t)
	dk := startDesk(t, addr, filepath.Join(t.TempDir(), "desk.db"))
	cfg := webhookConfig(t, rc)
	cfg.Ntfy = ntfyConfig(f).Ntfy
	cfg.Desk = staff.DeskConfig{URL: "http://" + addr, Token: kioskToken}
	d := startDispatcher(t, cfg, outboxPath(t))

	c, err := d.Call(context.Background(), staff.Request{Reason: staff.ReasonFinding, Question: spanishQuestion})
	if err != nil {
		t.Fatal(err)
	}
	if c.Question != spanishQuestion {
		t.Errorf("the call carries %q", c.Question)
	}
	page := f.next(t, 5*time.Second, func(m ntfyMsg) bool { return m.Topic == "store-calls" && m.SequenceID == c.ID })
	if !strings.Contains(page.Message, "“"+spanishQuestion+"”") {
		t.Errorf("ntfy page: %q", page.Message)
	}
	ev := rc.next(t, 5*time.Second, func(e receivedEvent) bool { return e.path == "/hook" }).ev
	if ev.Call.Question != spanishQuestion || !strings.Contains(ev.Text, "“"+spanishQuestion+"”") {
		t.Errorf("webhook event: question %q, text %q", ev.Call.Question, ev.Text)
	}
	eventually(t, 5*time.Second, "desk has the call", func() bool { return len(dk.calls(t, "open")) == 1 })
	if got := dk.calls(t, "open")[0].Question; got != spanishQuestion {
		t.Errorf("staff desk: %q", got)
	}
	watchUntil(t, d, c.ID, 5*time.Second, inState(staff.Sent))
	if got, err := d.Get(context.Background(), c.ID); err != nil || got.Question != spanishQuestion {
		t.Errorf("from the outbox: %q, %v", got.Question, err)
	}
}

// A question longer than a page allows is cut between letters, never inside one: an accented
// letter at the cut stays whole.
func TestLongSpanishQuestionIsCutBetweenLetters(t *testing.T) {
	d := startDispatcher(t, testConfig("http://"+freeAddr(t)), outboxPath(t)) // a desk that is down
	q := strings.Repeat("ñ", 299) + "áéíóú"
	c, err := d.Call(context.Background(), staff.Request{Question: q})
	if err != nil {
		t.Fatal(err)
	}
	if !utf8.ValidString(c.Question) || !strings.HasSuffix(c.Question, "ñ…") || utf8.RuneCountInString(c.Question) != 300 {
		t.Errorf("cut to %d letters, valid UTF-8 %v, ending %q", utf8.RuneCountInString(c.Question), utf8.ValidString(c.Question), c.Question[len(c.Question)-8:])
	}
}
