// Package health is the kiosk's local health endpoint, for store IT watching a fleet:
// GET /healthz says in JSON whether the kiosk can serve shoppers (and why not), GET /metrics
// gives the same facts and a few more in Prometheus' text format.
//
// It knows nothing of the UI, the catalog or the pager: the app fills in Sources, a few
// functions read at each request. A source left nil is simply not reported.
package health

import (
	"context"
	"crypto/subtle"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Catalog is what the kiosk's catalog holds.
type Catalog struct {
	Version  string    // the catalog's version (a feed version, or the demo's)
	AsOf     time.Time // when its prices and stock were true; zero: unknown
	SyncedAt time.Time // when this kiosk last received data; zero: never
	Products int
	// GettingReady: the answer index is still being built (at start, or after a catalog too
	// changed to patch); shoppers hear "Getting ready, one moment".
	GettingReady bool
	// SearchPending: the full-text index is still being filled after a snapshot (products
	// are live and answered; only the staff's plain-text search falls back to a slower scan).
	SearchPending bool
}

// Pages counts staff calls ("Call a staff member") made since the kiosk started, by how
// far each got.
type Pages struct {
	Made         int64 // calls the shoppers made
	Sent         int64 // ... that reached at least one backend (desk, ntfy, webhook)
	Acknowledged int64 // ... that a person answered ("I'm coming" or "Done")
	Escalated    int64 // ... that nobody answered in time
	Open         int64 // calls in progress now (made at any time)
}

// Sync is the catalog feed's state.
type Sync struct {
	Enabled             bool // a feed is configured
	LastCheck           time.Time
	LastSuccess         time.Time
	LastError           string // why the last attempt failed; "" once one succeeds
	LastErrorAt         time.Time
	ConsecutiveFailures int
}

// Disk is a directory the kiosk writes to (where its catalog is, where it keeps staff
// calls) and the room left there.
type Disk struct {
	Path string // the directory
	Free int64  // bytes the kiosk may still write there; -1: unknown
	// Refused names what could not be written there for want of space, each with what that
	// means for shoppers, e.g. "the catalog (answers come from it as it stands)"; empty when
	// nothing was.
	Refused []string
}

// fullBelow is the free space under which a disk counts as full even before a write fails:
// SQLite could not grow a WAL by much, nor a sync download a file.
const fullBelow = 1 << 20

// Full reports whether the disk is full: something was refused for want of space, or less
// than 1 MiB is left.
func (d Disk) Full() bool { return len(d.Refused) > 0 || d.Free >= 0 && d.Free < fullBelow }

// Sources are the app's answers to the endpoint's questions. Each is called once per
// request, from the request's goroutine: they must be safe for concurrent use and quick.
type Sources struct {
	Catalog func(ctx context.Context) (Catalog, error)
	// Pages returns an error when staff calls are not set up at all.
	Pages func(ctx context.Context) (Pages, error)
	Sync  func() Sync
	// Microphone and Speaker return nil when the device works, else why not.
	Microphone func() error
	Speaker    func() error
	// Answers is the time to answer each question, observed by the app.
	Answers *Histogram
	// Disks are the directories the kiosk writes to, each once.
	Disks func() []Disk
	// Printer is the receipt printer's state in words, and an error when it cannot print
	// (out of paper, offline); nil: no printer is set up.
	Printer func(ctx context.Context) (string, error)
}

// Status is a check's verdict.
type Status string

const (
	OK   Status = "ok"   // all is well
	Warn Status = "warn" // shoppers are served, but someone should look
	Fail Status = "fail" // shoppers cannot be served: /healthz answers 503
)

// Check is one line of /healthz.
type Check struct {
	Name   string `json:"name"`
	Status Status `json:"status"`
	Detail string `json:"detail"`
}

// Report is the body of /healthz.
type Report struct {
	Status  Status    `json:"status"`
	Kiosk   string    `json:"kiosk,omitempty"`
	Version string    `json:"version,omitempty"`
	Time    time.Time `json:"time"`
	Checks  []Check   `json:"checks"`
}

// Server serves /healthz and /metrics.
type Server struct {
	// Addr to listen on, e.g. "127.0.0.1:9464". Beyond localhost, Token is required.
	Addr string
	// Token is the bearer token asked of requests that do not come from this machine.
	Token   string
	Sources Sources
	// Kiosk names the kiosk ("Kiosk 1, entrance") and Version the software, in both outputs.
	Kiosk   string
	Version string
	// WarnAfter is the catalog age (by AsOf) and the time since the last good sync beyond
	// which /healthz warns. 0: 90 minutes.
	WarnAfter time.Duration
	Logger    *slog.Logger
	// Now is the clock; default time.Now.
	Now func() time.Time

	started time.Time
	metrics http.Handler
	once    sync.Once
}

func (s *Server) init() {
	s.once.Do(func() {
		if s.Now == nil {
			s.Now = time.Now
		}
		if s.Logger == nil {
			s.Logger = slog.Default().With("component", "health")
		}
		if s.WarnAfter <= 0 {
			s.WarnAfter = 90 * time.Minute
		}
		s.started = s.Now()
		s.metrics = s.metricsHandler()
	})
}

// ErrNoToken is returned by Run for an address beyond localhost without a token.
var ErrNoToken = errors.New("health endpoint beyond localhost needs a token (health.token_env or credential health-token)")

// Run serves until ctx ends. It refuses an address beyond localhost without a token:
// kiosk metrics name the store and its staff activity, and are nobody else's business.
func (s *Server) Run(ctx context.Context) error {
	s.init()
	if !isLoopbackAddr(s.Addr) && s.Token == "" {
		return ErrNoToken
	}
	ln, err := net.Listen("tcp", s.Addr)
	if err != nil {
		return fmt.Errorf("health endpoint: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx ends, then closes it.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	s.init()
	srv := &http.Server{Handler: s.Handler(), ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout: 10 * time.Second, IdleTimeout: time.Minute}
	go func() {
		<-ctx.Done()
		sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		defer cancel()
		srv.Shutdown(sctx)
	}()
	s.Logger.Info("health endpoint listening", "addr", ln.Addr().String(), "token", s.Token != "")
	if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// Handler is the endpoint's HTTP handler: /healthz and /metrics, GET or HEAD.
func (s *Server) Handler() http.Handler {
	s.init()
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", s.serveHealth)
	mux.Handle("GET /metrics", s.metrics)
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		fmt.Fprintln(w, "store kiosk health endpoint: /healthz (JSON), /metrics (Prometheus)")
	})
	return s.guard(mux)
}

// guard asks requests from other machines for the token. Requests from this machine (a
// local script, curl on the kiosk) pass: whoever is on the kiosk can read its files anyway.
func (s *Server) guard(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !fromLoopback(r.RemoteAddr) {
			if s.Token == "" || !bearerMatches(r.Header.Get("Authorization"), s.Token) {
				w.Header().Set("WWW-Authenticate", `Bearer realm="store-kiosk health"`)
				http.Error(w, "unauthorized: send Authorization: Bearer TOKEN", http.StatusUnauthorized)
				return
			}
		}
		w.Header().Set("Cache-Control", "no-store")
		next.ServeHTTP(w, r)
	})
}

func bearerMatches(header, token string) bool {
	got, ok := strings.CutPrefix(header, "Bearer ")
	if !ok {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(got)), []byte(token)) == 1
}

func fromLoopback(remote string) bool {
	host, _, err := net.SplitHostPort(remote)
	if err != nil {
		return false
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func isLoopbackAddr(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

func (s *Server) serveHealth(w http.ResponseWriter, r *http.Request) {
	rep := s.Check(r.Context())
	w.Header().Set("Content-Type", "application/json")
	if rep.Status == Fail {
		w.WriteHeader(http.StatusServiceUnavailable)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(rep)
}

// Check runs every check: the body of /healthz.
func (s *Server) Check(ctx context.Context) Report {
	s.init()
	now := s.Now()
	rep := Report{Status: OK, Kiosk: s.Kiosk, Version: s.Version, Time: now.UTC()}
	add := func(name string, st Status, format string, args ...any) {
		rep.Checks = append(rep.Checks, Check{Name: name, Status: st, Detail: fmt.Sprintf(format, args...)})
		if rank(st) > rank(rep.Status) {
			rep.Status = st
		}
	}
	src := s.Sources
	if src.Catalog != nil {
		c, err := src.Catalog(ctx)
		switch {
		case err != nil:
			add("catalog", Fail, "cannot read the catalog: %v", err)
		case c.Products == 0:
			add("catalog", Fail, "the catalog is empty: import one (kioskctl import) or configure sync.feed")
		case c.AsOf.IsZero():
			add("catalog", Warn, "%d products, version %s; the age of its prices and stock is unknown", c.Products, c.Version)
		case now.Sub(c.AsOf) > s.WarnAfter:
			add("catalog", Warn, "%d products, version %s; prices and stock are %s old (as of %s), over %s",
				c.Products, c.Version, age(now.Sub(c.AsOf)), c.AsOf.UTC().Format(time.RFC3339), age(s.WarnAfter))
		default:
			add("catalog", OK, "%d products, version %s, as of %s", c.Products, c.Version, c.AsOf.UTC().Format(time.RFC3339))
		}
		switch {
		case err != nil || c.Products == 0:
		case c.GettingReady:
			add("answers", Warn, "getting ready: the answer index is being built (shoppers hear \"Getting ready, one moment\")")
		case c.SearchPending:
			add("answers", OK, "answering; the full-text search index is still being filled after the last snapshot")
		default:
			add("answers", OK, "answering")
		}
	}
	if src.Sync != nil {
		sy := src.Sync()
		switch {
		case !sy.Enabled:
			add("sync", OK, "no feed configured: the catalog changes only by kioskctl import")
		case sy.ConsecutiveFailures > 0:
			add("sync", Warn, "%d failed attempt(s) in a row, last: %s", sy.ConsecutiveFailures, sy.LastError)
		case sy.LastSuccess.IsZero():
			add("sync", OK, "no attempt finished yet")
		case now.Sub(sy.LastSuccess) > s.WarnAfter:
			add("sync", Warn, "no good sync for %s", age(now.Sub(sy.LastSuccess)))
		default:
			add("sync", OK, "last good sync %s ago", age(now.Sub(sy.LastSuccess)))
		}
	}
	if src.Pages != nil {
		p, err := src.Pages(ctx)
		if err != nil {
			add("staff", Warn, "staff calls do not work: %v (shoppers are sent to the service desk)", err)
		} else {
			add("staff", OK, "%d call(s) since start, %d answered, %d escalated, %d open", p.Made, p.Acknowledged, p.Escalated, p.Open)
		}
	}
	device := func(name string, f func() error) {
		if f == nil {
			return
		}
		if err := f(); err != nil {
			add(name, Warn, "%v", err)
		} else {
			add(name, OK, "working")
		}
	}
	device("microphone", src.Microphone)
	device("speaker", src.Speaker)
	if src.Printer != nil {
		// Shoppers are told, and take their list as a QR code instead: a warning.
		if detail, err := src.Printer(ctx); err != nil {
			add("printer", Warn, "%s: %v (shoppers are told, and offered the QR code)", detail, err)
		} else {
			add("printer", OK, "%s", detail)
		}
	}
	if src.Disks != nil {
		// A full disk leaves shoppers their answers, from the catalog as it stands: a warning.
		var full, room []string
		for _, d := range src.Disks() {
			switch {
			case len(d.Refused) > 0:
				full = append(full, fmt.Sprintf("%s (%s): cannot write %s", d.Path, freeText(d.Free), strings.Join(d.Refused, " or ")))
			case d.Full():
				full = append(full, fmt.Sprintf("%s (%s)", d.Path, freeText(d.Free)))
			default:
				room = append(room, fmt.Sprintf("%s: %s", d.Path, freeText(d.Free)))
			}
		}
		switch {
		case len(full) > 0:
			add("disk", Warn, "disk full: %s; free some space there", strings.Join(full, "; "))
		case len(room) > 0:
			add("disk", OK, "%s", strings.Join(room, ", "))
		}
	}
	if rep.Checks == nil {
		rep.Checks = []Check{}
	}
	return rep
}

func rank(s Status) int {
	switch s {
	case Fail:
		return 2
	case Warn:
		return 1
	}
	return 0
}

// age writes a duration for people: "3h12m", "45s".
func age(d time.Duration) string {
	if d >= time.Hour {
		return strings.TrimSuffix(d.Round(time.Minute).String(), "0s")
	}
	return d.Round(time.Second).String()
}

// freeText writes free space for people: "0 B free", "512 KiB free", "3.2 GiB free".
func freeText(n int64) string {
	switch {
	case n < 0:
		return "free space unknown"
	case n < 1024:
		return fmt.Sprintf("%d B free", n)
	}
	f, unit := float64(n)/1024, "KiB"
	for _, u := range []string{"MiB", "GiB", "TiB"} {
		if f < 1024 {
			break
		}
		f, unit = f/1024, u
	}
	if f < 10 {
		return fmt.Sprintf("%.1f %s free", f, unit)
	}
	return fmt.Sprintf("%.0f %s free", f, unit)
}
