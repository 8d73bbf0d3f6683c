package staffdesk

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// Staff phones sign in once with the staff code and get a session of their own: the cookie
// names that session (id.secret), never the code. Scripts and staff mode use the staff token
// as a bearer token; kiosks use the kiosk token.
const (
	sessionCookie = "staffdesk_session"
	// legacyCookie is what phones held before sessions: the staff code itself. It is cleared
	// whenever a phone sends it, and the phone is asked to sign in again.
	legacyCookie = "staffdesk_auth"
	// cookieMaxAge is long (browsers cap it at 400 days): the desk decides when a session
	// ends (Options.SessionIdle), not the browser.
	cookieMaxAge = 400 * 24 * 3600
)

type sessionKey struct{}

// sessionOf is the page session a request came with, if any.
func sessionOf(ctx context.Context) (Session, bool) {
	ses, ok := ctx.Value(sessionKey{}).(Session)
	return ses, ok
}

func tokenEqual(a, b string) bool {
	return a != "" && len(a) == len(b) && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
}

// codeMatches compares a code typed on the sign-in page with the staff code. A code of the
// kind NewCode makes may be typed in capitals, with spaces or without its dashes.
func codeMatches(typed, code string) bool {
	if tokenEqual(typed, code) {
		return true
	}
	want, ok := normalCode(code)
	if !ok {
		return false
	}
	got, ok := normalCode(typed)
	return ok && tokenEqual(got, want)
}

func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}

func unauthorized(w http.ResponseWriter, msg string) {
	w.Header().Set("WWW-Authenticate", `Bearer realm="staffdesk"`)
	writeError(w, http.StatusUnauthorized, msg)
}

// client is the address a request comes from, without its port. Behind a reverse proxy on
// this machine (Options.TrustProxy) it is the address the proxy saw, from X-Forwarded-For.
func (s *Server) client(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		host = r.RemoteAddr
	}
	if s.viaProxy(r, host) {
		hops := strings.Split(r.Header.Get("X-Forwarded-For"), ",")
		if last := strings.TrimSpace(hops[len(hops)-1]); net.ParseIP(last) != nil {
			return last
		}
	}
	return host
}

// viaProxy says whether r came through a trusted reverse proxy: one on this machine, when
// the desk is told to trust it. Anyone else's forwarding headers are ignored.
func (s *Server) viaProxy(r *http.Request, peer string) bool {
	if !s.opt.TrustProxy || r.Header.Get("X-Forwarded-For") == "" {
		return false
	}
	ip := net.ParseIP(peer)
	return ip != nil && ip.IsLoopback()
}

// secure says whether the phone reached the desk over HTTPS, so the cookie may say Secure.
func (s *Server) secure(r *http.Request) bool {
	if r.TLS != nil {
		return true
	}
	host, _, _ := net.SplitHostPort(r.RemoteAddr)
	return s.viaProxy(r, host) && strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
}

// locked answers 429 if client may not try credentials now.
func (s *Server) locked(w http.ResponseWriter, client string) bool {
	ok, wait := s.limit.allow(client)
	if ok {
		return false
	}
	w.Header().Set("Retry-After", strconv.Itoa(int(wait.Round(time.Second)/time.Second)+1))
	writeError(w, http.StatusTooManyRequests, "too many wrong codes from this device; wait a little and try again")
	return true
}

// token checks a presented token (or code) with match, counting a wrong one as a guess. It
// answers 429 or 401 itself and reports whether to go on.
func (s *Server) token(w http.ResponseWriter, r *http.Request, ok func() bool, msg string) bool {
	client := s.client(r)
	if s.locked(w, client) {
		return false
	}
	if !ok() {
		s.limit.fail(client)
		unauthorized(w, msg)
		return false
	}
	return true
}

// staffOnly admits staff by bearer token, or a phone by its session cookie. A cookie alone
// does not authorise a change: the request must also carry X-Requested-With, which another
// site's form cannot send, so a forged cross-site POST gets nowhere.
func (s *Server) staffOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if t := bearer(r); t != "" {
			if s.token(w, r, func() bool { return tokenEqual(t, s.opt.StaffToken) }, "wrong staff token") {
				h(w, r)
			}
			return
		}
		s.pageOnly(h).ServeHTTP(w, r)
	})
}

// staffTokenOnly admits the staff token alone: what manages sessions must not be a phone
// that could be lost.
func (s *Server) staffTokenOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t := bearer(r)
		if t == "" {
			unauthorized(w, "this needs the staff token: Authorization: Bearer <staff token>")
			return
		}
		if s.token(w, r, func() bool { return tokenEqual(t, s.opt.StaffToken) }, "wrong staff token") {
			h(w, r)
		}
	})
}

// pageOnly admits a phone by its session cookie, with X-Requested-With on changes.
func (s *Server) pageOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ses, ok := s.session(w, r)
		if !ok {
			return
		}
		if r.Method != http.MethodGet && r.Header.Get("X-Requested-With") == "" {
			writeError(w, http.StatusForbidden, "missing X-Requested-With header")
			return
		}
		h(w, r.WithContext(context.WithValue(r.Context(), sessionKey{}, ses)))
	})
}

// session finds the phone's session from its cookie. Without one it answers 401 (or 429)
// itself, and clears the cookies that did not work.
func (s *Server) session(w http.ResponseWriter, r *http.Request) (Session, bool) {
	if _, err := r.Cookie(legacyCookie); err == nil {
		s.clearCookie(w, r, legacyCookie)
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil || c.Value == "" {
		unauthorized(w, "sign in with the staff code (or use Authorization: Bearer <staff token>)")
		return Session{}, false
	}
	ses, err := s.store.Session(r.Context(), c.Value, s.opt.SessionIdle)
	switch {
	case err == nil:
		return ses, true // a signed-in phone passes even while its address is locked out
	case !errors.Is(err, ErrNoSession):
		s.log.Error("look up session", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not check this phone's sign-in; try again")
		return Session{}, false
	}
	client := s.client(r)
	if s.locked(w, client) {
		return Session{}, false
	}
	s.limit.fail(client) // a made-up session is a guess too
	s.clearCookie(w, r, sessionCookie)
	unauthorized(w, "this phone is signed out: sign in with the staff code")
	return Session{}, false
}

func (s *Server) clearCookie(w http.ResponseWriter, r *http.Request, name string) {
	http.SetCookie(w, &http.Cookie{Name: name, Value: "", Path: "/", HttpOnly: true, MaxAge: -1,
		SameSite: http.SameSiteStrictMode, Secure: s.secure(r)})
}

func (s *Server) kioskOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		t := bearer(r)
		if s.token(w, r, func() bool { return tokenEqual(t, s.opt.KioskToken) },
			"wrong or missing kiosk token: Authorization: Bearer <kiosk token>") {
			h(w, r)
		}
	})
}

// login signs a phone in with the staff code: it gets a session of its own.
func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Token  string `json:"token"`
		Device string `json:"device"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 4<<10)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, `body must be JSON like {"token":"...","device":"Ana's phone"}`)
		return
	}
	code := strings.TrimSpace(in.Token)
	if !s.token(w, r, func() bool { return codeMatches(code, s.opt.StaffToken) }, "that is not the staff code") {
		return
	}
	ua := r.UserAgent()
	device := clip(in.Device, 60)
	if device == "" {
		device = deviceName(ua)
	}
	ses, cookie, err := s.store.CreateSession(r.Context(), device, ua, s.client(r))
	if err != nil {
		s.log.Error("sign in", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not sign this phone in; try again")
		return
	}
	s.log.Info("staff device signed in", "session", ses.ID, "device", ses.Device, "client", ses.Remote)
	if _, err := r.Cookie(legacyCookie); err == nil {
		s.clearCookie(w, r, legacyCookie)
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: cookie, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: s.secure(r), MaxAge: cookieMaxAge})
	w.WriteHeader(http.StatusNoContent)
}

// logout signs this phone out: its session ends at the desk, not only in the browser.
func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if ses, ok := sessionOf(r.Context()); ok {
		if err := s.store.RevokeSession(r.Context(), ses.ID); err != nil && !errors.Is(err, ErrNoSession) {
			s.log.Error("sign out", "err", err)
			writeError(w, http.StatusInternalServerError, "the desk could not sign this phone out; try again")
			return
		}
		s.kick(ses.ID)
		s.log.Info("staff device signed out", "session", ses.ID, "device", ses.Device)
	}
	s.clearCookie(w, r, sessionCookie)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) listSessions(w http.ResponseWriter, r *http.Request) {
	list, err := s.store.Sessions(r.Context())
	if err != nil {
		s.log.Error("list sessions", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not list sessions; try again")
		return
	}
	writeJSON(w, http.StatusOK, list)
}

func (s *Server) revokeSession(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	err := s.store.RevokeSession(r.Context(), id)
	switch {
	case errors.Is(err, ErrNoSession):
		writeError(w, http.StatusNotFound, "no such session")
		return
	case err != nil:
		s.log.Error("revoke session", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not revoke it; try again")
		return
	}
	s.kick(id)
	s.log.Info("staff device revoked", "session", id)
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) revokeAllSessions(w http.ResponseWriter, r *http.Request) {
	n, err := s.store.RevokeAllSessions(r.Context())
	if err != nil {
		s.log.Error("revoke sessions", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not revoke them; try again")
		return
	}
	s.kick("")
	s.log.Info("every staff device signed out", "sessions", n)
	writeJSON(w, http.StatusOK, map[string]int{"revoked": n})
}

// watch registers an event stream of session id, to end when the session does; the returned
// channel closes then. Call the func when the stream ends.
func (s *Server) watch(id string) (<-chan struct{}, func()) {
	ch := make(chan struct{})
	s.streamsMu.Lock()
	if s.streams[id] == nil {
		s.streams[id] = map[chan struct{}]struct{}{}
	}
	s.streams[id][ch] = struct{}{}
	s.streamsMu.Unlock()
	return ch, func() {
		s.streamsMu.Lock()
		defer s.streamsMu.Unlock()
		if _, ok := s.streams[id][ch]; ok {
			delete(s.streams[id], ch)
			if len(s.streams[id]) == 0 {
				delete(s.streams, id)
			}
		}
	}
}

// kick ends the event streams of session id ("": of every session).
func (s *Server) kick(id string) {
	s.streamsMu.Lock()
	defer s.streamsMu.Unlock()
	for sid, chans := range s.streams {
		if id != "" && sid != id {
			continue
		}
		for ch := range chans {
			close(ch)
		}
		delete(s.streams, sid)
	}
}
