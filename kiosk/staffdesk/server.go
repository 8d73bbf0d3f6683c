// Package staffdesk is the staff desk: a small HTTP service for the store LAN that receives
// calls from kiosks, keeps them in SQLite and serves a mobile web page where staff see who is
// waiting, say "I'm coming" and mark calls done, with live updates over server-sent events.
// cmd/staffdesk runs it on its own; a single-kiosk store runs it inside the kiosk app.
package staffdesk

import (
	"context"
	"crypto/subtle"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

//go:embed web
var webFS embed.FS

// Options configure a Server.
type Options struct {
	// KioskToken is what kiosks present to submit calls; StaffToken is what staff phones log
	// in with. Both are required: the desk is never open to anonymous writes. They may be equal.
	KioskToken string
	StaffToken string
	// Logger defaults to slog.Default().With("component", "staffdesk").
	Logger *slog.Logger
	// Heartbeat is the interval of keep-alive comments on event streams (default 15 s), so
	// proxies keep them open and clients notice a dead desk.
	Heartbeat time.Duration
}

// Server is the desk's HTTP service.
type Server struct {
	store  *Store
	opt    Options
	log    *slog.Logger
	hub    *hub
	mux    *http.ServeMux
	closed chan struct{}
	once   sync.Once
}

const cookieName = "staffdesk_auth"

// New makes a server over store.
func New(store *Store, opt Options) (*Server, error) {
	if opt.KioskToken == "" || opt.StaffToken == "" {
		return nil, errors.New("staff desk: a kiosk token and a staff token are required (--token sets both)")
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default().With("component", "staffdesk")
	}
	if opt.Heartbeat <= 0 {
		opt.Heartbeat = 15 * time.Second
	}
	s := &Server{store: store, opt: opt, log: opt.Logger, hub: newHub(), mux: http.NewServeMux(), closed: make(chan struct{})}
	web, _ := fs.Sub(webFS, "web")
	files := http.FileServerFS(web)
	s.mux.Handle("GET /", noCache(files))
	s.mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })

	s.mux.HandleFunc("POST /api/login", s.login)
	s.mux.HandleFunc("POST /api/logout", s.logout)
	s.mux.Handle("GET /api/calls", s.staffOnly(s.listCalls))
	s.mux.Handle("GET /api/calls/{id}", s.staffOnly(s.getCall))
	s.mux.Handle("POST /api/calls/{id}/ack", s.staffOnly(s.ack))
	s.mux.Handle("POST /api/calls/{id}/resolve", s.staffOnly(s.resolve))
	s.mux.Handle("GET /api/events", s.staffOnly(s.staffEvents))

	s.mux.Handle("PUT /api/kiosk/calls/{id}", s.kioskOnly(s.putCall))
	s.mux.Handle("GET /api/kiosk/calls/{id}", s.kioskOnly(s.getCall))
	s.mux.Handle("GET /api/kiosk/events", s.kioskOnly(s.kioskEvents))
	return s, nil
}

// ServeHTTP serves the page and the API.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'")
	s.mux.ServeHTTP(w, r)
}

// Close ends every event stream; call it before shutting the HTTP server down.
func (s *Server) Close() { s.once.Do(func() { close(s.closed) }) }

// Serve serves on ln until ctx ends.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second, IdleTimeout: 2 * time.Minute,
		ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelWarn)}
	srv.RegisterOnShutdown(s.Close)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.Close()
	if err := srv.Shutdown(sctx); err != nil {
		return err
	}
	return nil
}

// Run opens the database at dbPath and serves the desk on addr until ctx ends: what the
// kiosk app calls to run the desk in-process.
func Run(ctx context.Context, addr, dbPath string, opt Options) error {
	store, err := Open(dbPath)
	if err != nil {
		return err
	}
	defer store.Close()
	s, err := New(store, opt)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return fmt.Errorf("staff desk: %w", err)
	}
	s.log.Info("staff desk listening", "addr", ln.Addr().String(), "db", dbPath)
	return s.Serve(ctx, ln)
}

func noCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		h.ServeHTTP(w, r)
	})
}

// --- authentication

func tokenEqual(a, b string) bool {
	return a != "" && len(a) == len(b) && subtle.ConstantTimeCompare([]byte(a), []byte(b)) == 1
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

// staffOnly admits staff by bearer token, or by the login cookie the page gets. A cookie
// alone does not authorise a change: the request must also carry X-Requested-With, which
// another site's form cannot send, so a forged cross-site POST gets nowhere.
func (s *Server) staffOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if t := bearer(r); t != "" {
			if !tokenEqual(t, s.opt.StaffToken) {
				unauthorized(w, "wrong staff token")
				return
			}
			h(w, r)
			return
		}
		c, err := r.Cookie(cookieName)
		if err != nil || !tokenEqual(c.Value, s.opt.StaffToken) {
			unauthorized(w, "log in first: Authorization: Bearer <staff token>")
			return
		}
		if r.Method != http.MethodGet && r.Header.Get("X-Requested-With") == "" {
			writeError(w, http.StatusForbidden, "missing X-Requested-With header")
			return
		}
		h(w, r)
	})
}

func (s *Server) kioskOnly(h http.HandlerFunc) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !tokenEqual(bearer(r), s.opt.KioskToken) {
			unauthorized(w, "wrong or missing kiosk token: Authorization: Bearer <kiosk token>")
			return
		}
		h(w, r)
	})
}

func (s *Server) login(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Token string `json:"token"`
	}
	if err := json.NewDecoder(io.LimitReader(r.Body, 4<<10)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, `body must be JSON like {"token":"..."}`)
		return
	}
	if !tokenEqual(strings.TrimSpace(in.Token), s.opt.StaffToken) {
		s.log.Warn("failed staff login", "remote", r.RemoteAddr)
		unauthorized(w, "that is not the staff code")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: s.opt.StaffToken, Path: "/", HttpOnly: true,
		SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil, MaxAge: 90 * 24 * 3600})
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: cookieName, Value: "", Path: "/", HttpOnly: true, MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}

// --- API

func writeJSON(w http.ResponseWriter, code int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.WriteHeader(code)
	_ = json.NewEncoder(w).Encode(v)
}

func writeError(w http.ResponseWriter, code int, msg string) {
	writeJSON(w, code, map[string]string{"error": msg})
}

func (s *Server) fail(w http.ResponseWriter, err error, c staff.Call) {
	switch {
	case errors.Is(err, ErrNotFound):
		writeError(w, http.StatusNotFound, "no such call")
	case errors.Is(err, ErrTaken):
		writeJSON(w, http.StatusConflict, map[string]any{"error": c.By + " is already coming", "call": c.Wire()})
	case errors.Is(err, ErrClosed):
		writeJSON(w, http.StatusConflict, map[string]any{"error": "this call is already " + string(c.State), "call": c.Wire()})
	default:
		s.log.Error("staff desk", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not do that; try again")
	}
}

func (s *Server) listCalls(w http.ResponseWriter, r *http.Request) {
	calls, err := s.store.List(r.Context(), r.URL.Query().Get("state"), 0)
	if err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	out := make([]staff.Wire, len(calls))
	for i, c := range calls {
		out[i] = c.Wire()
	}
	writeJSON(w, http.StatusOK, out)
}

func (s *Server) getCall(w http.ResponseWriter, r *http.Request) {
	c, err := s.store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, err, c)
		return
	}
	writeJSON(w, http.StatusOK, c.Wire())
}

type ackBody struct {
	Name       string `json:"name"`
	ETASeconds int    `json:"eta_seconds"`
}

func readBody(r *http.Request, v any) error {
	b, err := io.ReadAll(io.LimitReader(r.Body, 16<<10))
	if err != nil || len(strings.TrimSpace(string(b))) == 0 {
		return err
	}
	return json.Unmarshal(b, v)
}

func (s *Server) ack(w http.ResponseWriter, r *http.Request) {
	var in ackBody
	if err := readBody(r, &in); err != nil {
		writeError(w, http.StatusBadRequest, `body must be JSON like {"name":"Ana"}`)
		return
	}
	name := clip(in.Name, 60)
	if name == "" {
		writeError(w, http.StatusBadRequest, `say who is coming: {"name":"Ana"}`)
		return
	}
	c, err := s.store.Ack(r.Context(), r.PathValue("id"), name, time.Duration(max(in.ETASeconds, 0))*time.Second)
	if err != nil {
		s.fail(w, err, c)
		return
	}
	s.log.Info("staff call acknowledged", "id", c.ID, "by", c.By, "place", c.Place())
	s.publish(c)
	writeJSON(w, http.StatusOK, c.Wire())
}

func (s *Server) resolve(w http.ResponseWriter, r *http.Request) {
	var in ackBody
	_ = readBody(r, &in) // the name is optional here
	c, err := s.store.Resolve(r.Context(), r.PathValue("id"), clip(in.Name, 60))
	if err != nil {
		s.fail(w, err, c)
		return
	}
	s.log.Info("staff call resolved", "id", c.ID, "by", c.By)
	s.publish(c)
	writeJSON(w, http.StatusOK, c.Wire())
}

func (s *Server) putCall(w http.ResponseWriter, r *http.Request) {
	var in staff.Wire
	if err := json.NewDecoder(io.LimitReader(r.Body, 16<<10)).Decode(&in); err != nil {
		writeError(w, http.StatusBadRequest, "body must be a call as JSON: "+err.Error())
		return
	}
	id := r.PathValue("id")
	if in.ID == "" {
		in.ID = id
	}
	if in.ID != id || len(id) > 64 {
		writeError(w, http.StatusBadRequest, "the id in the body must match the URL and be at most 64 characters")
		return
	}
	if strings.TrimSpace(in.Kiosk) == "" && strings.TrimSpace(in.Location) == "" {
		writeError(w, http.StatusBadRequest, "a call must say which kiosk it comes from")
		return
	}
	c, created, changed, err := s.store.Put(r.Context(), in)
	if err != nil {
		s.fail(w, err, c)
		return
	}
	code := http.StatusOK
	if created {
		code = http.StatusCreated
	}
	if changed {
		s.log.Info("staff call "+string(c.State), "id", c.ID, "place", c.Place(), "reason", c.Reason)
		s.publish(c)
	}
	writeJSON(w, code, c.Wire())
}

// --- live updates

func (s *Server) publish(c staff.Call) {
	b, _ := json.Marshal(c.Wire())
	s.hub.publish(sseEvent("call", b))
}

func sseEvent(event string, data []byte) []byte {
	return []byte("event: " + event + "\ndata: " + string(data) + "\n\n")
}

type snapshot struct {
	ServerTime time.Time    `json:"server_time"`
	Calls      []staff.Wire `json:"calls"`
}

// staffEvents streams a snapshot of open calls, then every change.
func (s *Server) staffEvents(w http.ResponseWriter, r *http.Request) {
	s.stream(w, r, func() ([]byte, error) {
		calls, err := s.store.List(r.Context(), "open", 0)
		if err != nil {
			return nil, err
		}
		snap := snapshot{ServerTime: time.Now().UTC(), Calls: make([]staff.Wire, len(calls))}
		for i, c := range calls {
			snap.Calls[i] = c.Wire()
		}
		b, err := json.Marshal(snap)
		return sseEvent("snapshot", b), err
	})
}

func (s *Server) kioskEvents(w http.ResponseWriter, r *http.Request) { s.stream(w, r, nil) }

func (s *Server) stream(w http.ResponseWriter, r *http.Request, first func() ([]byte, error)) {
	rc := http.NewResponseController(w)
	// Subscribe before the snapshot, so no change falls between the two.
	ch, cancel := s.hub.subscribe()
	defer cancel()
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	if _, err := io.WriteString(w, "retry: 2000\n\n"); err != nil {
		return
	}
	if first != nil {
		b, err := first()
		if err != nil {
			s.log.Error("event stream snapshot", "err", err)
			return
		}
		if _, err := w.Write(b); err != nil {
			return
		}
	}
	if err := rc.Flush(); err != nil {
		return
	}
	beat := time.NewTicker(s.opt.Heartbeat)
	defer beat.Stop()
	for {
		var b []byte
		select {
		case <-r.Context().Done():
			return
		case <-s.closed:
			return
		case msg, ok := <-ch:
			if !ok {
				return // fell too far behind; the client reconnects and gets a fresh snapshot
			}
			b = msg
		case <-beat.C:
			b = []byte(": ping\n\n")
		}
		if _, err := w.Write(b); err != nil {
			return
		}
		if err := rc.Flush(); err != nil {
			return
		}
	}
}

// hub fans events out to every open stream.
type hub struct {
	mu   sync.Mutex
	subs map[chan []byte]struct{}
}

func newHub() *hub { return &hub{subs: map[chan []byte]struct{}{}} }

func (h *hub) subscribe() (chan []byte, func()) {
	ch := make(chan []byte, 64)
	h.mu.Lock()
	h.subs[ch] = struct{}{}
	h.mu.Unlock()
	return ch, func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		if _, ok := h.subs[ch]; ok {
			delete(h.subs, ch)
			close(ch)
		}
	}
}

func (h *hub) publish(msg []byte) {
	h.mu.Lock()
	defer h.mu.Unlock()
	for ch := range h.subs {
		select {
		case ch <- msg:
		default:
			delete(h.subs, ch) // a stuck client must not hold up everyone else
			close(ch)
		}
	}
}

// Embedded runs the desk the kiosk app serves itself (staff.desk.serve), with its database
// and tokens from the kiosk's configuration, until ctx ends. It returns nil at once when the
// configuration has the kiosk use a desk elsewhere, or none.
func Embedded(ctx context.Context, c config.Staff, logger *slog.Logger) error {
	if !c.Desk.Enabled || c.Desk.Serve == "" {
		return nil
	}
	if logger == nil {
		logger = slog.Default().With("component", "staffdesk")
	}
	return Run(ctx, c.Desk.Serve, c.DeskDBPath(), Options{
		KioskToken: c.Desk.KioskToken(), StaffToken: c.Desk.StaffToken(), Logger: logger,
	})
}
