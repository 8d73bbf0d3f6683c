package staffdesk_test

import (
	"bytes"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// logBuffer collects a desk's log lines.
type logBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *logBuffer) lines(sub string) []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	var out []string
	for _, line := range strings.Split(l.b.String(), "\n") {
		if strings.Contains(line, sub) {
			out = append(out, line)
		}
	}
	return out
}

// Guessing the staff code or a token is slowed to a trickle per client address: ten wrong
// tries, then one more every 6 seconds; a lockout refuses even the right code, and ends by
// itself. Other clients are not affected, and the log gets a summary, not a line per guess.
// The desk's clock is the test's, so a slow machine cannot make it pass or fail.
func TestGuessesAreRateLimitedPerClient(t *testing.T) {
	clock := newClock()
	var logs logBuffer
	d := startDeskWith(t, func(o *staffdesk.Options) {
		o.Clock = clock.Now
		o.Logger = slog.New(slog.NewTextHandler(&logs, nil))
	})
	login := func(from, code string) int {
		return requestFrom(t, d, from, "POST", "/api/login", `{"token":"`+code+`"}`)
	}
	for i := range 10 {
		if code := login("127.0.0.1", "guess"); code != http.StatusUnauthorized {
			t.Fatalf("wrong code %d: %d, want 401", i+1, code)
		}
	}
	if code := login("127.0.0.1", "guess"); code != http.StatusTooManyRequests {
		t.Errorf("11th wrong code: %d, want 429", code)
	}
	if code := login("127.0.0.1", staffToken); code != http.StatusTooManyRequests {
		t.Errorf("the right code while locked out: %d, want 429", code)
	}
	r := d.do(t, "GET", "/api/calls", "", bearer(staffToken)...)
	if r.code != http.StatusTooManyRequests || r.hdr.Get("Retry-After") == "" {
		t.Errorf("a token while locked out: %d, Retry-After %q", r.code, r.hdr.Get("Retry-After"))
	}
	if code := login("127.0.0.2", staffToken); code != http.StatusNoContent {
		t.Errorf("another client's login: %d", code)
	}
	// Wrong tokens count as guesses too, on the staff API and the kiosks'.
	for i := range 10 {
		path := "/api/calls"
		if i%2 == 1 {
			path = "/api/kiosk/calls/x"
		}
		if code := requestFrom(t, d, "127.0.0.3", "GET", path, "", bearer("wrong")...); code != http.StatusUnauthorized {
			t.Fatalf("wrong token %d: %d", i+1, code)
		}
	}
	if code := requestFrom(t, d, "127.0.0.3", "GET", "/api/kiosk/calls/x", "", bearer(kioskToken)...); code != http.StatusTooManyRequests {
		t.Errorf("the kiosk token after 10 wrong ones: %d, want 429", code)
	}

	clock.Advance(6 * time.Second) // one more try
	if code := login("127.0.0.1", "guess"); code != http.StatusUnauthorized {
		t.Errorf("after 6 s: %d, want one more try", code)
	}
	if code := login("127.0.0.1", staffToken); code != http.StatusTooManyRequests {
		t.Errorf("and then: %d, want 429", code)
	}
	clock.Advance(time.Minute) // the lockout is over
	if code := login("127.0.0.1", staffToken); code != http.StatusNoContent {
		t.Errorf("after a minute: %d, want the right code to work", code)
	}

	// 21 wrong tries and 5 refusals: no line each, one notice per locked-out client.
	if got := logs.lines("failed staff login"); len(got) != 0 {
		t.Errorf("a log line per guess:\n%s", strings.Join(got, "\n"))
	}
	if got := logs.lines("level=WARN"); len(got) > 2 {
		t.Errorf("%d warnings for two locked-out clients:\n%s", len(got), strings.Join(got, "\n"))
	}
	// The next failure after the report period brings the summary.
	login("127.0.0.4", "guess")
	sum := logs.lines(`msg="failed sign-ins"`)
	if len(sum) != 1 || !strings.Contains(sum[0], "failures=21") || !strings.Contains(sum[0], "refused=5") ||
		!strings.Contains(sum[0], "clients=2") || !strings.Contains(sum[0], "top=127.0.0.1") {
		t.Errorf("summary:\n%s", strings.Join(sum, "\n"))
	}
}
