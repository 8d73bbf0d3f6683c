package health

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"maps"
	"math"
	"net"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

var now = time.Date(2026, 11, 24, 10, 0, 0, 0, time.UTC)

// sources fills every source with fixed answers.
func sources() Sources {
	h := NewHistogram()
	for _, ms := range []int{1, 1, 2, 3, 40, 3000} {
		h.Observe(time.Duration(ms) * time.Millisecond)
	}
	return Sources{
		Catalog: func(context.Context) (Catalog, error) {
			return Catalog{Version: "20261124094200", AsOf: now.Add(-20 * time.Minute), SyncedAt: now.Add(-5 * time.Minute), Products: 24322}, nil
		},
		Pages: func(context.Context) (Pages, error) {
			return Pages{Made: 7, Sent: 6, Acknowledged: 5, Escalated: 1, Open: 1}, nil
		},
		Sync: func() Sync {
			return Sync{Enabled: true, LastCheck: now.Add(-time.Minute), LastSuccess: now.Add(-time.Minute)}
		},
		Microphone: func() error { return nil },
		Speaker:    func() error { return nil },
		Answers:    h,
	}
}

// serve runs the endpoint on a real socket on 127.0.0.1 and returns its base URL.
func serve(t *testing.T, s *Server) string {
	t.Helper()
	if s.Now == nil {
		s.Now = func() time.Time { return now }
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
		}
	})
	return "http://" + ln.Addr().String()
}

func get(t *testing.T, url string) (*http.Response, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp, string(b)
}

func TestHealthzAllWell(t *testing.T) {
	base := serve(t, &Server{Sources: sources(), Kiosk: "Kiosk 1, entrance", Version: "1.2.3"})
	resp, body := get(t, base+"/healthz")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "application/json" {
		t.Fatalf("status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	var rep Report
	if err := json.Unmarshal([]byte(body), &rep); err != nil {
		t.Fatal(err)
	}
	if rep.Status != OK || rep.Kiosk != "Kiosk 1, entrance" || rep.Version != "1.2.3" || !rep.Time.Equal(now) {
		t.Errorf("report %+v", rep)
	}
	var names []string
	for _, c := range rep.Checks {
		names = append(names, c.Name)
		if c.Status != OK {
			t.Errorf("%s: %s %s", c.Name, c.Status, c.Detail)
		}
	}
	if got := strings.Join(names, ","); got != "catalog,answers,sync,staff,microphone,speaker" {
		t.Errorf("checks %s", got)
	}
	if !strings.Contains(body, `"24322 products, version 20261124094200, as of 2026-11-24T09:40:00Z"`) {
		t.Errorf("catalog detail missing:\n%s", body)
	}
}

func TestHealthzWarnAndFail(t *testing.T) {
	src := sources()
	var catalogErr atomic.Value
	catalogErr.Store("")
	src.Catalog = func(context.Context) (Catalog, error) {
		if e := catalogErr.Load().(string); e != "" {
			return Catalog{}, errors.New(e)
		}
		return Catalog{Version: "20261124060000", AsOf: now.Add(-4 * time.Hour), Products: 10}, nil
	}
	src.Microphone = func() error { return errors.New("no microphone found") }
	src.Sync = func() Sync {
		return Sync{Enabled: true, LastSuccess: now.Add(-4 * time.Hour), ConsecutiveFailures: 3, LastError: "manifest.json: 503 Service Unavailable"}
	}
	src.Pages = func(context.Context) (Pages, error) { return Pages{}, errors.New("no staff desk token") }
	base := serve(t, &Server{Sources: src})

	resp, body := get(t, base+"/healthz")
	if resp.StatusCode != 200 {
		t.Fatalf("warnings gave status %d, want 200", resp.StatusCode)
	}
	var rep Report
	json.Unmarshal([]byte(body), &rep)
	want := map[string]string{
		"catalog":    "prices and stock are 4h0m old",
		"sync":       "3 failed attempt(s) in a row, last: manifest.json: 503 Service Unavailable",
		"staff":      "staff calls do not work: no staff desk token",
		"microphone": "no microphone found",
	}
	if rep.Status != Warn {
		t.Errorf("status %s, want warn", rep.Status)
	}
	for _, c := range rep.Checks {
		if w, ok := want[c.Name]; ok && (c.Status != Warn || !strings.Contains(c.Detail, w)) {
			t.Errorf("%s: %s %q, want warn with %q", c.Name, c.Status, c.Detail, w)
		}
	}

	catalogErr.Store("database disk image is malformed")
	resp, body = get(t, base+"/healthz")
	if resp.StatusCode != http.StatusServiceUnavailable || !strings.Contains(body, `"status": "fail"`) ||
		!strings.Contains(body, "cannot read the catalog: database disk image is malformed") {
		t.Errorf("unreadable catalog: %d\n%s", resp.StatusCode, body)
	}
}

// Store IT can see a kiosk that cannot answer yet (its answer index is being built: a warning,
// shoppers hear "Getting ready") and one whose full-text index is still being filled after a
// snapshot (answering: all is well).
func TestHealthzSaysWhetherTheKioskAnswers(t *testing.T) {
	for _, tc := range []struct {
		c      Catalog
		status Status
		detail string
	}{
		{Catalog{Products: 10, AsOf: now, GettingReady: true}, Warn, "getting ready: the answer index is being built"},
		{Catalog{Products: 10, AsOf: now, SearchPending: true}, OK, "answering; the full-text search index is still being filled"},
		{Catalog{Products: 10, AsOf: now}, OK, "answering"},
	} {
		s := &Server{Sources: Sources{Catalog: func(context.Context) (Catalog, error) { return tc.c, nil }}, Now: func() time.Time { return now }}
		rep := s.Check(context.Background())
		found := false
		for _, c := range rep.Checks {
			if c.Name == "answers" {
				found = true
				if c.Status != tc.status || !strings.HasPrefix(c.Detail, tc.detail) {
					t.Errorf("%+v: answers %s %q, want %s %q", tc.c, c.Status, c.Detail, tc.status, tc.detail)
				}
			}
		}
		if !found || rep.Status != tc.status {
			t.Errorf("%+v: status %s, checks %+v", tc.c, rep.Status, rep.Checks)
		}
	}
}

func TestEmptyCatalogFails(t *testing.T) {
	s := &Server{Sources: Sources{Catalog: func(context.Context) (Catalog, error) { return Catalog{}, nil }}, Now: func() time.Time { return now }}
	rep := s.Check(context.Background())
	if rep.Status != Fail || !strings.Contains(rep.Checks[0].Detail, "the catalog is empty") {
		t.Errorf("%+v", rep)
	}
	if rep := (&Server{}).Check(context.Background()); rep.Status != OK || rep.Checks == nil {
		t.Errorf("no sources: %+v", rep)
	}
}

// The families /metrics has exposed since the endpoint was written, with their types:
// dashboards and alerts (packaging/INSTALL.md) rely on every one of them.
var families = map[string]dto.MetricType{
	"go_goroutines":                                  dto.MetricType_GAUGE,
	"process_resident_memory_bytes":                  dto.MetricType_GAUGE,
	"process_start_time_seconds":                     dto.MetricType_GAUGE,
	"storekiosk_info":                                dto.MetricType_GAUGE,
	"storekiosk_catalog_up":                          dto.MetricType_GAUGE,
	"storekiosk_catalog_products":                    dto.MetricType_GAUGE,
	"storekiosk_answers_ready":                       dto.MetricType_GAUGE,
	"storekiosk_catalog_info":                        dto.MetricType_GAUGE,
	"storekiosk_catalog_version":                     dto.MetricType_GAUGE,
	"storekiosk_catalog_age_seconds":                 dto.MetricType_GAUGE,
	"storekiosk_catalog_as_of_timestamp_seconds":     dto.MetricType_GAUGE,
	"storekiosk_catalog_synced_timestamp_seconds":    dto.MetricType_GAUGE,
	"storekiosk_staff_calls_up":                      dto.MetricType_GAUGE,
	"storekiosk_staff_calls_total":                   dto.MetricType_COUNTER,
	"storekiosk_staff_calls_open":                    dto.MetricType_GAUGE,
	"storekiosk_answer_duration_seconds":             dto.MetricType_HISTOGRAM,
	"storekiosk_microphone_up":                       dto.MetricType_GAUGE,
	"storekiosk_speaker_up":                          dto.MetricType_GAUGE,
	"storekiosk_sync_enabled":                        dto.MetricType_GAUGE,
	"storekiosk_sync_consecutive_failures":           dto.MetricType_GAUGE,
	"storekiosk_sync_last_check_timestamp_seconds":   dto.MetricType_GAUGE,
	"storekiosk_sync_last_success_timestamp_seconds": dto.MetricType_GAUGE,
	"storekiosk_sync_last_error_timestamp_seconds":   dto.MetricType_GAUGE,
}

// scrape gets /metrics and parses it with Prometheus' own text parser, which rejects what
// Prometheus would: a malformed line, a sample before its TYPE, a family TYPEd twice.
func scrape(t *testing.T, base string) map[string]*dto.MetricFamily {
	t.Helper()
	resp, body := get(t, base+"/metrics")
	if ct := resp.Header.Get("Content-Type"); resp.StatusCode != 200 || !strings.HasPrefix(ct, "text/plain; version=0.0.4; charset=utf-8") {
		t.Fatalf("status %d, type %q", resp.StatusCode, ct)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(strings.NewReader(body))
	if err != nil {
		t.Fatalf("Prometheus' parser rejects /metrics: %v\n%s", err, body)
	}
	return fams
}

// value is the value of family name's sample with exactly the labels given (name, value,
// ...); it fails the test when there is no such sample.
func value(t *testing.T, fams map[string]*dto.MetricFamily, name string, labels ...string) float64 {
	t.Helper()
	f, ok := fams[name]
	if !ok {
		t.Errorf("%s missing", name)
		return math.NaN()
	}
	want := map[string]string{}
	for i := 0; i+1 < len(labels); i += 2 {
		want[labels[i]] = labels[i+1]
	}
	for _, m := range f.GetMetric() {
		got := map[string]string{}
		for _, l := range m.GetLabel() {
			got[l.GetName()] = l.GetValue()
		}
		if !maps.Equal(got, want) {
			continue
		}
		switch f.GetType() {
		case dto.MetricType_GAUGE:
			return m.GetGauge().GetValue()
		case dto.MetricType_COUNTER:
			return m.GetCounter().GetValue()
		}
		t.Fatalf("%s is a %s", name, f.GetType())
	}
	t.Errorf("%s%v missing", name, want)
	return math.NaN()
}

// buckets returns a histogram's cumulative counts by upper bound (+Inf included).
func buckets(h *dto.Histogram) map[float64]uint64 {
	b := map[float64]uint64{}
	for _, x := range h.GetBucket() {
		b[x.GetUpperBound()] = x.GetCumulativeCount()
	}
	return b
}

func TestMetrics(t *testing.T) {
	base := serve(t, &Server{Sources: sources(), Kiosk: `Kiosk "1"`, Version: "1.2.3"})
	fams := scrape(t, base)

	var names []string
	for name, f := range fams {
		names = append(names, name)
		if want, ok := families[name]; ok && f.GetType() != want {
			t.Errorf("%s is a %s, want %s", name, f.GetType(), want)
		}
	}
	if got, want := slices.Sorted(slices.Values(names)), slices.Sorted(maps.Keys(families)); !slices.Equal(got, want) {
		t.Errorf("families\n got %v\nwant %v", got, want)
	}

	for _, c := range []struct {
		name   string
		labels []string
		want   float64
	}{
		{"storekiosk_info", []string{"kiosk", `Kiosk "1"`, "version", "1.2.3"}, 1},
		{"process_start_time_seconds", nil, float64(now.Unix())},
		{"storekiosk_catalog_up", nil, 1},
		{"storekiosk_catalog_products", nil, 24322},
		{"storekiosk_answers_ready", nil, 1},
		{"storekiosk_catalog_version", nil, 20261124094200},
		{"storekiosk_catalog_info", []string{"version", "20261124094200"}, 1},
		{"storekiosk_catalog_age_seconds", nil, 1200},
		{"storekiosk_catalog_as_of_timestamp_seconds", nil, float64(now.Add(-20 * time.Minute).Unix())},
		{"storekiosk_catalog_synced_timestamp_seconds", nil, float64(now.Add(-5 * time.Minute).Unix())},
		{"storekiosk_staff_calls_up", nil, 1},
		{"storekiosk_staff_calls_total", []string{"stage", "made"}, 7},
		{"storekiosk_staff_calls_total", []string{"stage", "sent"}, 6},
		{"storekiosk_staff_calls_total", []string{"stage", "acknowledged"}, 5},
		{"storekiosk_staff_calls_total", []string{"stage", "escalated"}, 1},
		{"storekiosk_staff_calls_open", nil, 1},
		{"storekiosk_microphone_up", nil, 1},
		{"storekiosk_speaker_up", nil, 1},
		{"storekiosk_sync_enabled", nil, 1},
		{"storekiosk_sync_consecutive_failures", nil, 0},
		{"storekiosk_sync_last_check_timestamp_seconds", nil, float64(now.Add(-time.Minute).Unix())},
		{"storekiosk_sync_last_success_timestamp_seconds", nil, float64(now.Add(-time.Minute).Unix())},
		{"storekiosk_sync_last_error_timestamp_seconds", nil, 0},
	} {
		if got := value(t, fams, c.name, c.labels...); got != c.want {
			t.Errorf("%s%v = %v, want %v", c.name, c.labels, got, c.want)
		}
	}
	if n := len(fams["storekiosk_staff_calls_total"].GetMetric()); n != 4 {
		t.Errorf("%d staff call stages, want 4", n)
	}
	if g := value(t, fams, "go_goroutines"); g < 1 {
		t.Errorf("go_goroutines %v", g)
	}
	if rss := value(t, fams, "process_resident_memory_bytes"); rss < 1<<20 {
		t.Errorf("process_resident_memory_bytes %v", rss)
	}

	// sources() observed 1, 1, 2, 3, 40 and 3000 ms; le is inclusive.
	h := fams["storekiosk_answer_duration_seconds"].GetMetric()[0].GetHistogram()
	want := map[float64]uint64{0.001: 2, 0.0025: 3, 0.005: 4, 0.01: 4, 0.025: 4, 0.05: 5, 0.1: 5,
		0.25: 5, 0.5: 5, 1: 5, 2.5: 5, 5: 6, 10: 6, math.Inf(1): 6}
	if got := buckets(h); !maps.Equal(got, want) {
		t.Errorf("answer buckets\n got %v\nwant %v", got, want)
	}
	if h.GetSampleCount() != 6 || math.Abs(h.GetSampleSum()-3.047) > 1e-9 {
		t.Errorf("answers: count %d, sum %v", h.GetSampleCount(), h.GetSampleSum())
	}
}

// /metrics reads the sources when it is scraped: the catalog ages with the clock, and new
// answers and staff calls count.
func TestMetricsAreReadWhenScraped(t *testing.T) {
	src := sources()
	var calls atomic.Int64
	src.Pages = func(context.Context) (Pages, error) { return Pages{Made: calls.Load()}, nil }
	var clock atomic.Int64
	clock.Store(now.UnixNano())
	base := serve(t, &Server{Sources: src, Now: func() time.Time { return time.Unix(0, clock.Load()) }})

	fams := scrape(t, base)
	age := value(t, fams, "storekiosk_catalog_age_seconds")
	made := value(t, fams, "storekiosk_staff_calls_total", "stage", "made")
	if age != 1200 || made != 0 {
		t.Errorf("first scrape: age %v, calls %v", age, made)
	}

	clock.Add(int64(time.Hour))
	calls.Add(2)
	src.Answers.Observe(20 * time.Millisecond)
	fams = scrape(t, base)
	age = value(t, fams, "storekiosk_catalog_age_seconds")
	made = value(t, fams, "storekiosk_staff_calls_total", "stage", "made")
	if age != 4800 || made != 2 {
		t.Errorf("an hour later: age %v, want 4800; calls %v, want 2", age, made)
	}
	h := fams["storekiosk_answer_duration_seconds"].GetMetric()[0].GetHistogram()
	if b := buckets(h); h.GetSampleCount() != 7 || b[0.01] != 4 || b[0.025] != 5 {
		t.Errorf("after one more answer: count %d, buckets %v", h.GetSampleCount(), b)
	}
}

// A broken device or source shows as 0, not as a missing metric or an error page.
func TestMetricsWhenThingsAreWrong(t *testing.T) {
	src := Sources{
		Catalog:    func(context.Context) (Catalog, error) { return Catalog{}, errors.New("disk I/O error") },
		Pages:      func(context.Context) (Pages, error) { return Pages{}, errors.New("not set up") },
		Microphone: func() error { return errors.New("unplugged") },
		Speaker:    func() error { return nil },
		Sync:       func() Sync { return Sync{} },
	}
	base := serve(t, &Server{Sources: src})
	fams := scrape(t, base)
	for name, want := range map[string]float64{"storekiosk_catalog_up": 0, "storekiosk_staff_calls_up": 0,
		"storekiosk_microphone_up": 0, "storekiosk_speaker_up": 1, "storekiosk_sync_enabled": 0} {
		if got := value(t, fams, name); got != want {
			t.Errorf("%s = %v, want %v", name, got, want)
		}
	}
	for _, absent := range []string{"storekiosk_catalog_products", "storekiosk_catalog_info", "storekiosk_staff_calls_total",
		"storekiosk_sync_last_success_timestamp_seconds", "storekiosk_answer_duration_seconds"} {
		if _, ok := fams[absent]; ok {
			t.Errorf("%s reported without data", absent)
		}
	}
}

// A catalog version that is not UTF-8 costs its own label, and a panicking source the
// metrics after it: never the page, nor the kiosk.
func TestMetricsSurviveBadSources(t *testing.T) {
	src := sources()
	src.Catalog = func(context.Context) (Catalog, error) {
		return Catalog{Version: "v\xff", Products: 3, AsOf: now.Add(-time.Minute)}, nil
	}
	src.Sync = func() Sync { panic("sync state corrupt") }
	base := serve(t, &Server{Sources: src})
	fams := scrape(t, base)
	if _, ok := fams["storekiosk_catalog_info"]; ok {
		t.Error("catalog_info with a label that is not UTF-8")
	}
	if v := value(t, fams, "storekiosk_catalog_age_seconds"); v != 60 {
		t.Errorf("catalog age %v", v)
	}
	if v := value(t, fams, "storekiosk_speaker_up"); v != 1 {
		t.Errorf("speaker_up %v", v)
	}
	if _, ok := fams["storekiosk_sync_enabled"]; ok {
		t.Error("sync reported from a source that panicked")
	}
}

// Requests from other machines need the token; requests from the kiosk itself do not.
func TestTokenBeyondLocalhost(t *testing.T) {
	s := &Server{Sources: sources(), Token: "s3cret", Now: func() time.Time { return now }}
	h := s.Handler()
	call := func(remote, auth string) int {
		r := httptest.NewRequest("GET", "/metrics", nil)
		r.RemoteAddr = remote
		if auth != "" {
			r.Header.Set("Authorization", auth)
		}
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		return w.Code
	}
	for _, c := range []struct {
		remote, auth string
		want         int
	}{
		{"192.0.2.10:40000", "", 401},
		{"192.0.2.10:40000", "Bearer wrong", 401},
		{"192.0.2.10:40000", "Basic czNjcmV0", 401},
		{"192.0.2.10:40000", "Bearer s3cret", 200},
		{"[2001:db8::1]:40000", "", 401},
		{"127.0.0.1:40000", "", 200},
		{"[::1]:40000", "", 200},
	} {
		if got := call(c.remote, c.auth); got != c.want {
			t.Errorf("from %s with %q: %d, want %d", c.remote, c.auth, got, c.want)
		}
	}
	// With no token at all, nobody but the kiosk itself gets in.
	open := (&Server{Sources: sources()}).Handler()
	r := httptest.NewRequest("GET", "/healthz", nil)
	r.RemoteAddr = "192.0.2.10:40000"
	w := httptest.NewRecorder()
	open.ServeHTTP(w, r)
	if w.Code != 401 {
		t.Errorf("no token, remote: %d", w.Code)
	}
}

func TestRunRefusesBeyondLocalhostWithoutToken(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	for _, addr := range []string{":0", "0.0.0.0:0", "[::]:0"} {
		if err := (&Server{Addr: addr}).Run(ctx); !errors.Is(err, ErrNoToken) {
			t.Errorf("%s without a token: %v", addr, err)
		}
	}
	done := make(chan error, 1)
	go func() { done <- (&Server{Addr: "127.0.0.1:0"}).Run(ctx) }()
	select {
	case err := <-done:
		t.Fatalf("loopback without a token did not run: %v", err)
	case <-time.After(200 * time.Millisecond):
	}
	cancel()
	if err := <-done; err != nil {
		t.Errorf("stop: %v", err)
	}
}

func TestOnlyGetAndKnownPaths(t *testing.T) {
	base := serve(t, &Server{Sources: sources()})
	resp, err := http.Post(base+"/metrics", "text/plain", nil)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusMethodNotAllowed {
		t.Errorf("POST /metrics: %d", resp.StatusCode)
	}
	if resp, _ := get(t, base+"/nothing"); resp.StatusCode != 404 {
		t.Errorf("/nothing: %d", resp.StatusCode)
	}
	req, _ := http.NewRequest("HEAD", base+"/healthz", nil)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 {
		t.Errorf("HEAD /healthz: %d", resp.StatusCode)
	}
}

func TestHistogramConcurrent(t *testing.T) {
	h := NewHistogram(0.1, 0.01, 0.1) // out of order and repeated: taken as 0.01, 0.1
	done := make(chan struct{})
	for g := 0; g < 4; g++ {
		go func() {
			for i := 0; i < 1000; i++ {
				h.Observe(time.Duration(i%3) * 50 * time.Millisecond) // 0, 50 ms, 100 ms
			}
			done <- struct{}{}
		}()
	}
	for g := 0; g < 4; g++ {
		<-done
	}
	var m dto.Metric
	if err := h.h.Write(&m); err != nil {
		t.Fatal(err)
	}
	hist := m.GetHistogram()
	want := map[float64]uint64{0.01: 1336, 0.1: 4000}
	if got := buckets(hist); hist.GetSampleCount() != 4000 || !maps.Equal(got, want) ||
		math.Abs(hist.GetSampleSum()-4*333*0.15) > 1e-6 {
		t.Errorf("count %d, sum %v, cumulative %v", hist.GetSampleCount(), hist.GetSampleSum(), got)
	}
}
