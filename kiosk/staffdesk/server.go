// Package staffdesk is the staff desk: a small HTTP service for the store LAN that receives
// calls from kiosks, keeps them in SQLite and serves a mobile web page where staff see who is
// waiting, say "I'm coming" and mark calls done, with live updates over server-sent events.
// cmd/staffdesk runs it on its own; a single-kiosk store runs it inside the kiosk app.
package staffdesk

import (
	"context"
	"crypto/tls"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

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
	// CloseAcknowledgedAfter is how long after "I'm coming" a call nobody marked done closes
	// itself (default DefaultCloseAcknowledgedAfter): otherwise calls pile up on every phone.
	CloseAcknowledgedAfter time.Duration
	// SweepEvery is how often the desk looks for such calls while it runs (default 1 min, or a
	// quarter of CloseAcknowledgedAfter if that is less). Listing calls looks too.
	SweepEvery time.Duration
	// Clock is the desk's clock (default time.Now); tests move it by hand. The store then
	// takes its times from it too.
	Clock func() time.Time

	// ReadHeaderTimeout, ReadTimeout, WriteTimeout and IdleTimeout bound how long a client may
	// take to send a request's headers (default 10 s), the whole request (20 s), to take the
	// answer (30 s), and how long a kept-alive connection may sit idle (2 min). The event
	// streams are the exception: they last, and each of their writes has WriteTimeout.
	ReadHeaderTimeout, ReadTimeout, WriteTimeout, IdleTimeout time.Duration
	// MaxUnauthenticated caps the requests in progress that show no token or session (the
	// page's files, /healthz, logins): 64 in all, MaxUnauthenticatedPerClient (8) per client
	// address. Beyond them the desk answers 503 at once, so slow clients cannot use it up.
	MaxUnauthenticated, MaxUnauthenticatedPerClient int
	// FailBurst and FailRefill limit guessing: a client address may get the staff code or a
	// token wrong FailBurst times (default 10), then once per FailRefill (6 s); meanwhile it
	// gets 429 for everything it presents. FailReport is how often the desk logs a summary of
	// failures (1 min) instead of a line each.
	FailBurst              int
	FailRefill, FailReport time.Duration

	// SessionIdle is how long a phone may go unused before it must sign in again (default
	// 30 days). Sessions are revoked through the API (GET/DELETE /api/sessions).
	SessionIdle time.Duration
	// TrustProxy takes the client's address (and whether it used HTTPS) from X-Forwarded-For
	// (and X-Forwarded-Proto) on requests from a reverse proxy on this machine (loopback).
	TrustProxy bool
	// TLSCertFile and TLSKeyFile, both set, make the desk serve HTTPS with that certificate
	// (PEM), reread when the files change.
	TLSCertFile, TLSKeyFile string
}

// DefaultCloseAcknowledgedAfter is Options.CloseAcknowledgedAfter unless set: longer than any
// real walk to a kiosk, short enough that yesterday's calls are gone by the morning.
const DefaultCloseAcknowledgedAfter = 2 * time.Hour

// The bounds of CloseAcknowledgedAfter that the desk's flags and the kiosk's configuration
// accept: less than a minute closes calls people are walking to; more than a day is never.
const (
	MinCloseAcknowledgedAfter = time.Minute
	MaxCloseAcknowledgedAfter = 24 * time.Hour
)

// Server is the desk's HTTP service.
type Server struct {
	store *Store
	opt   Options
	log   *slog.Logger
	hub   *hub
	gate  *gate
	limit *limiter

	streamsMu sync.Mutex
	streams   map[string]map[chan struct{}]struct{} // event streams by session id
	mux       *http.ServeMux
	closed    chan struct{}
	once      sync.Once
}

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
	if opt.CloseAcknowledgedAfter <= 0 {
		opt.CloseAcknowledgedAfter = DefaultCloseAcknowledgedAfter
	}
	if opt.SweepEvery <= 0 {
		opt.SweepEvery = min(time.Minute, opt.CloseAcknowledgedAfter/4)
	}
	opt.ReadHeaderTimeout = orDefault(opt.ReadHeaderTimeout, 10*time.Second)
	opt.ReadTimeout = orDefault(opt.ReadTimeout, 20*time.Second)
	opt.WriteTimeout = orDefault(opt.WriteTimeout, 30*time.Second)
	opt.IdleTimeout = orDefault(opt.IdleTimeout, 2*time.Minute)
	opt.MaxUnauthenticated = orDefault(opt.MaxUnauthenticated, 64)
	opt.MaxUnauthenticatedPerClient = orDefault(opt.MaxUnauthenticatedPerClient, 8)
	opt.FailBurst = orDefault(opt.FailBurst, 10)
	opt.FailRefill = orDefault(opt.FailRefill, 6*time.Second)
	opt.FailReport = orDefault(opt.FailReport, time.Minute)
	opt.SessionIdle = orDefault(opt.SessionIdle, 30*24*time.Hour)
	if (opt.TLSCertFile == "") != (opt.TLSKeyFile == "") {
		return nil, errors.New("staff desk: a TLS certificate and its key go together: give both or neither")
	}
	if opt.Clock == nil {
		opt.Clock = time.Now
	} else {
		clock := opt.Clock
		store.now = func() time.Time { return clock().Truncate(time.Millisecond) }
	}
	s := &Server{store: store, opt: opt, log: opt.Logger, hub: newHub(), mux: http.NewServeMux(), closed: make(chan struct{}),
		gate:    newGate(opt.MaxUnauthenticated, opt.MaxUnauthenticatedPerClient),
		limit:   newLimiter(opt.FailBurst, opt.FailRefill, opt.FailReport, opt.Clock, opt.Logger),
		streams: map[string]map[chan struct{}]struct{}{}}
	if code, ok := normalCode(opt.StaffToken); len(opt.StaffToken) < 12 || (ok && len(code) < 12) {
		s.log.Warn("the staff code is short and easy to guess: make a new one with staffdesk --new-code")
	}
	web, _ := fs.Sub(webFS, "web")
	s.mux.Handle("GET /", s.public(noCache(staticFiles(web))))
	s.mux.Handle("GET /healthz", s.public(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "ok\n") })))

	s.mux.Handle("POST /api/login", s.public(http.HandlerFunc(s.login)))
	s.mux.Handle("POST /api/logout", s.pageOnly(s.logout))
	s.mux.Handle("GET /api/sessions", s.staffTokenOnly(s.listSessions))
	s.mux.Handle("DELETE /api/sessions/{id}", s.staffTokenOnly(s.revokeSession))
	s.mux.Handle("DELETE /api/sessions", s.staffTokenOnly(s.revokeAllSessions))
	s.mux.Handle("GET /api/calls", s.staffOnly(s.listCalls))
	s.mux.Handle("GET /api/calls/{id}", s.staffOnly(s.getCall))
	s.mux.Handle("POST /api/calls/{id}/ack", s.staffOnly(s.ack))
	s.mux.Handle("POST /api/calls/{id}/resolve", s.staffOnly(s.resolve))
	s.mux.Handle("GET /api/events", s.staffOnly(s.staffEvents))

	s.mux.Handle("PUT /api/kiosk/calls/{id}", s.kioskOnly(s.putCall))
	s.mux.Handle("GET /api/kiosk/calls/{id}", s.kioskOnly(s.getCall))
	s.mux.Handle("GET /api/kiosk/events", s.kioskOnly(s.kioskEvents))
	s.routeInsights()
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
	srv := &http.Server{Handler: s,
		ReadHeaderTimeout: s.opt.ReadHeaderTimeout, ReadTimeout: s.opt.ReadTimeout,
		WriteTimeout: s.opt.WriteTimeout, IdleTimeout: s.opt.IdleTimeout,
		ErrorLog: slog.NewLogLogger(s.log.Handler(), slog.LevelWarn)}
	srv.RegisterOnShutdown(s.Close)
	if s.opt.TLSCertFile != "" {
		certs, err := newCertLoader(s.opt.TLSCertFile, s.opt.TLSKeyFile)
		if err != nil {
			return err
		}
		srv.TLSConfig = &tls.Config{MinVersion: tls.VersionTLS12, GetCertificate: certs.get}
	}
	errc := make(chan error, 1)
	go func() {
		if srv.TLSConfig != nil {
			errc <- srv.ServeTLS(ln, "", "")
			return
		}
		errc <- srv.Serve(ln)
	}()
	sweepCtx, stopSweep := context.WithCancel(ctx)
	swept := make(chan struct{})
	go func() { s.sweep(sweepCtx); close(swept) }()
	defer func() { stopSweep(); <-swept }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	s.Close()
	if err := srv.Shutdown(sctx); err != nil {
		// A connection still busy, or one a browser opened ahead and never used (the server
		// waits five seconds for those), is cut: stopping must not hang on a client.
		srv.Close()
		if !errors.Is(err, context.DeadlineExceeded) {
			return err
		}
		s.log.Warn("connections still open at shutdown were closed")
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
	s.log.Info("staff desk listening", "addr", ln.Addr().String(), "db", dbPath, "https", opt.TLSCertFile != "")
	return s.Serve(ctx, ln)
}

// staticFiles serves the page's files. A path that cannot name a file (not UTF-8, say) is
// simply not found: the file server would call it a server error.
func staticFiles(web fs.FS) http.Handler {
	files := http.FileServerFS(web)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := strings.TrimPrefix(r.URL.Path, "/")
		if name != "" && !fs.ValidPath(strings.TrimSuffix(name, "/")) {
			http.NotFound(w, r)
			return
		}
		files.ServeHTTP(w, r)
	})
}

func orDefault[T int | time.Duration](v, def T) T {
	if v <= 0 {
		return def
	}
	return v
}

// public admits a request that shows no credentials (the page, /healthz, a login) only while
// the gate has room, so clients that send slowly or never finish cannot tie the desk up;
// the timeouts end them, and meanwhile everyone else gets a quick 503.
func (s *Server) public(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		client := s.client(r)
		if !s.gate.enter(client) {
			w.Header().Set("Retry-After", "5")
			w.Header().Set("Connection", "close")
			writeError(w, http.StatusServiceUnavailable, "the desk is busy; try again in a few seconds")
			return
		}
		defer s.gate.leave(client)
		h.ServeHTTP(w, r)
	})
}

// gate counts requests in progress, in all and per client, up to a limit of each.
type gate struct {
	mu             sync.Mutex
	max, perClient int
	total          int
	by             map[string]int
}

func newGate(max, perClient int) *gate {
	return &gate{max: max, perClient: perClient, by: map[string]int{}}
}

func (g *gate) enter(client string) bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	if g.total >= g.max || g.by[client] >= g.perClient {
		return false
	}
	g.total++
	g.by[client]++
	return true
}

func (g *gate) leave(client string) {
	g.mu.Lock()
	defer g.mu.Unlock()
	g.total--
	if g.by[client]--; g.by[client] <= 0 {
		delete(g.by, client)
	}
}

func noCache(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		h.ServeHTTP(w, r)
	})
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

// listCalls answers a page of calls, newest first, as a JSON array; a Link header (rel="next")
// gives the next page when there is one.
func (s *Server) listCalls(w http.ResponseWriter, r *http.Request) {
	s.closeStale(r.Context())
	v, err := url.ParseQuery(r.URL.RawQuery)
	if err != nil {
		writeError(w, http.StatusBadRequest, "the query string is not valid: "+err.Error())
		return
	}
	q := Query{State: v.Get("state"), Before: v.Get("before")}
	if l := v.Get("limit"); l != "" {
		n, err := strconv.Atoi(l)
		if err != nil || n < 1 {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("limit must be a number from 1 to %d", MaxPageSize))
			return
		}
		q.Limit = n
	}
	if since := v.Get("since"); since != "" {
		t, err := time.Parse(time.RFC3339, since)
		if err != nil {
			writeError(w, http.StatusBadRequest, "since must be a time like 2025-03-04T00:00:00+01:00")
			return
		}
		q.Since = t
	}
	page, err := s.store.List(r.Context(), q)
	if errors.Is(err, ErrBadQuery) {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	if err != nil {
		s.fail(w, err, staff.Call{})
		return
	}
	if page.Next != "" {
		next := url.Values{"before": {page.Next}}
		if q.State != "" {
			next.Set("state", q.State)
		}
		if q.Limit != 0 {
			next.Set("limit", strconv.Itoa(q.Limit))
		}
		if !q.Since.IsZero() {
			next.Set("since", q.Since.Format(time.RFC3339))
		}
		w.Header().Set("Link", `</api/calls?`+next.Encode()+`>; rel="next"`)
	}
	writeJSON(w, http.StatusOK, wires(page.Calls))
}

func wires(calls []staff.Call) []staff.Wire {
	out := make([]staff.Wire, len(calls))
	for i, c := range calls {
		out[i] = c.Wire()
	}
	return out
}

// closeStale closes acknowledged calls nobody marked done within CloseAcknowledgedAfter,
// and tells every page and kiosk.
func (s *Server) closeStale(ctx context.Context) {
	closed, err := s.store.CloseAcknowledged(ctx, s.opt.Clock().Add(-s.opt.CloseAcknowledgedAfter))
	for _, c := range closed {
		s.log.Info("staff call closed by itself: acknowledged and never marked done", "id", c.ID, "by", c.By,
			"after", s.opt.CloseAcknowledgedAfter.String())
		s.publish(c)
	}
	if err != nil && ctx.Err() == nil {
		s.log.Error("close acknowledged calls", "err", err)
	}
}

// sweep closes stale acknowledged calls every SweepEvery until ctx ends, so an open page sees
// them go without anyone asking.
func (s *Server) sweep(ctx context.Context) {
	t := time.NewTicker(s.opt.SweepEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			s.closeStale(ctx)
			s.limit.flush()
			if err := s.store.PruneSessions(ctx, s.opt.Clock().Add(-s.opt.SessionIdle)); err != nil && ctx.Err() == nil {
				s.log.Error("prune sessions", "err", err)
			}
		}
	}
}

func (s *Server) getCall(w http.ResponseWriter, r *http.Request) {
	s.closeStale(r.Context())
	c, err := s.store.Get(r.Context(), r.PathValue("id"))
	if err != nil {
		s.fail(w, err, c)
		return
	}
	writeJSON(w, http.StatusOK, c.Wire())
}

// MaxETA is the longest "I'm coming" the desk takes: beyond it a number is a mistake, and
// seconds that large overflow a time.Duration.
const MaxETA = time.Hour

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
	if in.ETASeconds < 0 || in.ETASeconds > int(MaxETA/time.Second) {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("eta_seconds must be between 0 and %d", int(MaxETA/time.Second)))
		return
	}
	c, err := s.store.Ack(r.Context(), r.PathValue("id"), name, time.Duration(in.ETASeconds)*time.Second)
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
	// Capped, not refused: a kiosk would retry a refused call forever, and the shopper's call
	// matters more than a relayed ETA.
	in.ETASeconds = min(max(in.ETASeconds, 0), int(MaxETA/time.Second))
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

// snapshot is the first event of a staff stream: the newest open calls, where the older ones
// begin (for GET /api/calls?state=open&before=NEXT), and how many calls are open in all.
type snapshot struct {
	ServerTime time.Time    `json:"server_time"`
	Calls      []staff.Wire `json:"calls"`
	Next       string       `json:"next,omitempty"`
	Open       int          `json:"open"`
	Waiting    int          `json:"waiting"`
}

// staffEvents streams a snapshot of the newest open calls, then every change.
func (s *Server) staffEvents(w http.ResponseWriter, r *http.Request) {
	s.stream(w, r, func() ([]byte, error) {
		s.closeStale(r.Context())
		page, err := s.store.List(r.Context(), Query{State: "open"})
		if err != nil {
			return nil, err
		}
		snap := snapshot{ServerTime: s.opt.Clock().UTC(), Calls: wires(page.Calls), Next: page.Next}
		if snap.Open, snap.Waiting, err = s.store.CountOpen(r.Context()); err != nil {
			return nil, err
		}
		b, err := json.Marshal(snap)
		return sseEvent("snapshot", b), err
	})
}

func (s *Server) kioskEvents(w http.ResponseWriter, r *http.Request) { s.stream(w, r, nil) }

func (s *Server) stream(w http.ResponseWriter, r *http.Request, first func() ([]byte, error)) {
	rc := http.NewResponseController(w)
	// The server's read and write timeouts are for requests that end: lift them for this one,
	// and give each write its own deadline instead, so a client that stops reading is dropped.
	_ = rc.SetReadDeadline(time.Time{})
	write := func(b []byte) error {
		if err := rc.SetWriteDeadline(time.Now().Add(s.opt.WriteTimeout)); err != nil && !errors.Is(err, http.ErrNotSupported) {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
		return rc.Flush()
	}
	// Subscribe before the snapshot, so no change falls between the two.
	ch, cancel := s.hub.subscribe()
	defer cancel()
	var signedOut <-chan struct{} // stays nil (never ready) for tokens
	if ses, ok := sessionOf(r.Context()); ok {
		c, unwatch := s.watch(ses.ID)
		defer unwatch()
		signedOut = c
	}
	h := w.Header()
	h.Set("Content-Type", "text/event-stream")
	h.Set("Cache-Control", "no-cache")
	h.Set("X-Accel-Buffering", "no")
	w.WriteHeader(http.StatusOK)
	start := []byte("retry: 2000\n\n")
	if first != nil {
		snap, err := first()
		if err != nil {
			s.log.Error("event stream snapshot", "err", err)
			return
		}
		start = append(start, snap...)
	}
	if err := write(start); err != nil {
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
		case <-signedOut:
			return // the phone was signed out or revoked
		case msg, ok := <-ch:
			if !ok {
				return // fell too far behind; the client reconnects and gets a fresh snapshot
			}
			b = msg
		case <-beat.C:
			b = []byte(": ping\n\n")
		}
		if err := write(b); err != nil {
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

// Config is a desk the kiosk app serves itself, for a store with a single kiosk.
type Config struct {
	// Listen is the address to serve on (":8090"). Empty: this kiosk serves no desk.
	Listen string
	// DB is the desk's database file.
	DB string
	// KioskToken and StaffToken are as in Options: both required, possibly equal.
	KioskToken, StaffToken string
	// CloseAcknowledgedAfter and TrustProxy are as in Options.
	CloseAcknowledgedAfter time.Duration
	TrustProxy             bool
}

// Embedded runs the desk the kiosk app serves itself until ctx ends. It returns nil at once
// when c.Listen is empty: the kiosk then uses a desk elsewhere, or none.
func Embedded(ctx context.Context, c Config, logger *slog.Logger) error {
	if c.Listen == "" {
		return nil
	}
	if c.DB == "" {
		return errors.New("staff desk: no database file")
	}
	if logger == nil {
		logger = slog.Default().With("component", "staffdesk")
	}
	return Run(ctx, c.Listen, c.DB, Options{KioskToken: c.KioskToken, StaffToken: c.StaffToken, Logger: logger,
		CloseAcknowledgedAfter: c.CloseAcknowledgedAfter, TrustProxy: c.TrustProxy})
}

// LocalURL is the address at which a kiosk on this machine reaches a desk listening on listen
// (":8090", "0.0.0.0:8090"), or "" if listen is not host:port.
func LocalURL(listen string) string {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return ""
	}
	if host == "" || host == "0.0.0.0" || host == "::" {
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port)
}
