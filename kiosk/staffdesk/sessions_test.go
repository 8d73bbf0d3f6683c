package staffdesk_test

import (
	"bufio"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

type sessionInfo struct {
	ID        string    `json:"id"`
	Device    string    `json:"device"`
	UserAgent string    `json:"user_agent"`
	Remote    string    `json:"remote"`
	CreatedAt time.Time `json:"created_at"`
	LastSeen  time.Time `json:"last_seen"`
}

// signIn logs a device in with the staff code and returns its cookie ("name=value").
func signIn(t testing.TB, d *testDesk, device, agent string) string {
	t.Helper()
	r := d.do(t, "POST", "/api/login", `{"token":"`+staffToken+`","device":"`+device+`"}`,
		"User-Agent", agent, "X-Requested-With", "staffdesk")
	if r.code != http.StatusNoContent {
		t.Fatalf("login: %d %s", r.code, r.body)
	}
	for _, c := range r.hdr.Values("Set-Cookie") {
		if strings.HasPrefix(c, "staffdesk_session=") {
			return strings.Split(c, ";")[0]
		}
	}
	t.Fatalf("no session cookie: %v", r.hdr.Values("Set-Cookie"))
	return ""
}

func sessionsOf(t testing.TB, d *testDesk) []sessionInfo {
	t.Helper()
	r := d.do(t, "GET", "/api/sessions", "", bearer(staffToken)...)
	if r.code != 200 {
		t.Fatalf("GET /api/sessions: %d %s", r.code, r.body)
	}
	return decode[[]sessionInfo](t, r.body)
}

// Entering the staff code on a phone gives that phone a session of its own: the cookie
// carries a random session, never the code; the desk lists sessions with the device, its
// browser, when it signed in and when it was last seen; staff (with the staff token) revoke
// one or all; a revoked phone is out at once, its live stream too, and a phone unused for
// 30 days signs in again.
func TestEachPhoneGetsItsOwnSession(t *testing.T) {
	clock := newClock()
	d := startDeskWith(t, func(o *staffdesk.Options) { o.Clock = clock.Now })
	ana := signIn(t, d, "Ana's phone", "Mozilla/5.0 (Linux; Android 10; K) Chrome/120.0 Mobile")
	bo := signIn(t, d, "", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Safari/604.1")
	if ana == bo || strings.Contains(ana, staffToken) || strings.Contains(bo, staffToken) {
		t.Fatalf("cookies %q and %q: each its own, neither the code", ana, bo)
	}
	if v := strings.TrimPrefix(ana, "staffdesk_session="); len(v) < 40 {
		t.Errorf("session cookie %q: too short to be unguessable", v)
	}
	for _, c := range []string{ana, bo} {
		if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", c); r.code != 200 {
			t.Errorf("%s: %d", c, r.code)
		}
	}
	list := sessionsOf(t, d)
	if len(list) != 2 {
		t.Fatalf("sessions: %+v", list)
	}
	byDevice := map[string]sessionInfo{}
	for _, s := range list {
		byDevice[s.Device] = s
		if s.ID == "" || strings.Contains(ana+bo, s.ID+"=") || s.Remote != "127.0.0.1" || s.CreatedAt.IsZero() || s.LastSeen.IsZero() {
			t.Errorf("session %+v", s)
		}
	}
	if s, ok := byDevice["Ana's phone"]; !ok || !strings.Contains(s.UserAgent, "Android") {
		t.Errorf("Ana's session: %+v", list)
	}
	if s, ok := byDevice["iPhone, Safari"]; !ok || !strings.Contains(s.UserAgent, "iPhone") {
		t.Errorf("a session without a name is named from its browser: %+v", list)
	}
	// Sessions are for staff mode to manage, with the staff token: a phone cannot list them.
	if r := d.do(t, "GET", "/api/sessions", "", "Cookie", ana); r.code != http.StatusUnauthorized {
		t.Errorf("GET /api/sessions with a phone's cookie: %d, want 401", r.code)
	}
	if r := d.do(t, "DELETE", "/api/sessions/"+byDevice["iPhone, Safari"].ID, "", "Cookie", ana, "X-Requested-With", "staffdesk"); r.code != http.StatusUnauthorized {
		t.Errorf("DELETE with a phone's cookie: %d, want 401", r.code)
	}

	// Last seen moves when the phone is used.
	clock.Advance(10 * time.Minute)
	d.do(t, "GET", "/api/calls?state=open", "", "Cookie", ana)
	for _, s := range sessionsOf(t, d) {
		if s.Device == "Ana's phone" && !s.LastSeen.Equal(clock.Now()) {
			t.Errorf("last seen %s, want %s", s.LastSeen, clock.Now())
		}
	}

	// Revoking Bo's phone ends its stream and its cookie; Ana's goes on.
	req, _ := http.NewRequest("GET", d.URL+"/api/events", nil)
	req.Header.Set("Cookie", bo)
	resp, err := http.DefaultClient.Do(req)
	if err != nil || resp.StatusCode != 200 {
		t.Fatalf("Bo's stream: %v %v", resp, err)
	}
	ended := make(chan struct{})
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
		}
		close(ended)
	}()
	if r := d.do(t, "DELETE", "/api/sessions/"+byDevice["iPhone, Safari"].ID, "", bearer(staffToken)...); r.code != http.StatusNoContent {
		t.Fatalf("revoke: %d %s", r.code, r.body)
	}
	select {
	case <-ended:
	case <-time.After(10 * time.Second):
		t.Error("a revoked phone's event stream goes on")
	}
	resp.Body.Close()
	if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", bo); r.code != http.StatusUnauthorized {
		t.Errorf("a revoked cookie: %d, want 401", r.code)
	}
	if r := d.do(t, "DELETE", "/api/sessions/"+byDevice["iPhone, Safari"].ID, "", bearer(staffToken)...); r.code != http.StatusNotFound {
		t.Errorf("revoke again: %d, want 404", r.code)
	}
	if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", ana); r.code != 200 {
		t.Errorf("Ana after Bo's revocation: %d", r.code)
	}

	// Logging out ends the session at the desk, not just in the browser.
	r := d.do(t, "POST", "/api/logout", "", "Cookie", ana, "X-Requested-With", "staffdesk")
	if r.code != http.StatusNoContent {
		t.Fatalf("logout: %d", r.code)
	}
	if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", ana); r.code != http.StatusUnauthorized {
		t.Errorf("the cookie replayed after logout: %d, want 401", r.code)
	}

	// All at once (the code leaked): every phone signs in again.
	c1, c2 := signIn(t, d, "A", "x"), signIn(t, d, "B", "y")
	r = d.do(t, "DELETE", "/api/sessions", "", bearer(staffToken)...)
	if r.code != 200 || !strings.Contains(r.body, `"revoked":2`) {
		t.Errorf("revoke all: %d %s", r.code, r.body)
	}
	for _, c := range []string{c1, c2} {
		if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", c); r.code != http.StatusUnauthorized {
			t.Errorf("after revoking all: %d", r.code)
		}
	}

	// A phone left in a drawer for a month signs in again.
	c3 := signIn(t, d, "C", "z")
	clock.Advance(31 * 24 * time.Hour)
	if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", c3); r.code != http.StatusUnauthorized {
		t.Errorf("a session unused for 31 days: %d, want 401", r.code)
	}
}

// A phone still holding the old cookie (the shared code itself, before per-device sessions)
// is asked to sign in again, and the old cookie is cleared.
func TestOldCookieAsksToSignInAgain(t *testing.T) {
	d := startDesk(t)
	r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", "staffdesk_auth="+staffToken)
	if r.code != http.StatusUnauthorized {
		t.Errorf("the old cookie: %d, want 401", r.code)
	}
	if c := r.hdr.Get("Set-Cookie"); !strings.HasPrefix(c, "staffdesk_auth=;") || !strings.Contains(c, "Max-Age=0") {
		t.Errorf("the old cookie is not cleared: %q", c)
	}
}

// The desk makes staff codes that are long enough to resist guessing and easy to type on a
// phone: no 0/O or 1/l/I, groups of four; typed in capitals or with spaces, they still work.
func TestNewCode(t *testing.T) {
	seen := map[string]bool{}
	shape := regexp.MustCompile(`^[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}-[2-9a-hjkmnp-z]{4}$`)
	for range 200 {
		c := staffdesk.NewCode()
		if !shape.MatchString(c) || seen[c] {
			t.Fatalf("code %q (seen before: %v)", c, seen[c])
		}
		seen[c] = true
	}
	code := staffdesk.NewCode()
	d := startDeskWith(t, func(o *staffdesk.Options) { o.StaffToken = code })
	for _, typed := range []string{code, strings.ToUpper(code), strings.ReplaceAll(code, "-", " "), strings.ReplaceAll(code, "-", "")} {
		if r := d.do(t, "POST", "/api/login", `{"token":"`+typed+`"}`); r.code != http.StatusNoContent {
			t.Errorf("login with %q: %d", typed, r.code)
		}
	}
	if r := d.do(t, "POST", "/api/login", `{"token":"`+code[:9]+`"}`); r.code != http.StatusUnauthorized {
		t.Errorf("part of the code: %d", r.code)
	}
	// The staff API takes the code exactly.
	if r := d.do(t, "GET", "/api/calls", "", bearer(strings.ToUpper(code))...); r.code != http.StatusUnauthorized {
		t.Errorf("bearer in capitals: %d", r.code)
	}
}

// A phone already signed in keeps working while someone at the same address (behind the same
// NAT, say) is locked out for guessing: a session is not a guess.
func TestSignedInPhonesPassALockout(t *testing.T) {
	d := startDesk(t)
	phone := signIn(t, d, "Ana's phone", "x")
	for range 11 {
		d.do(t, "POST", "/api/login", `{"token":"guess"}`)
	}
	if r := d.do(t, "POST", "/api/login", `{"token":"`+staffToken+`"}`); r.code != http.StatusTooManyRequests {
		t.Errorf("the guesser's address: %d, want 429", r.code)
	}
	if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", phone); r.code != 200 {
		t.Errorf("the signed-in phone at that address: %d, want 200", r.code)
	}
	if r := d.do(t, "GET", "/api/calls?state=open", "", "Cookie", "staffdesk_session=made.up"); r.code != http.StatusTooManyRequests {
		t.Errorf("a made-up session at that address: %d, want 429", r.code)
	}
}
