package health

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
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
	if got := strings.Join(names, ","); got != "catalog,sync,staff,microphone,speaker" {
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

func TestMetrics(t *testing.T) {
	base := serve(t, &Server{Sources: sources(), Kiosk: `Kiosk "1"`, Version: "1.2.3"})
	resp, body := get(t, base+"/metrics")
	if resp.StatusCode != 200 || resp.Header.Get("Content-Type") != "text/plain; version=0.0.4; charset=utf-8" {
		t.Fatalf("status %d, type %q", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	for _, line := range []string{
		`storekiosk_info{kiosk="Kiosk \"1\"",version="1.2.3"} 1`,
		`storekiosk_catalog_up 1`,
		`storekiosk_catalog_products 24322`,
		`storekiosk_catalog_version 20261124094200`,
		`storekiosk_catalog_info{version="20261124094200"} 1`,
		`storekiosk_catalog_age_seconds 1200`,
		"storekiosk_catalog_as_of_timestamp_seconds " + strconv.FormatInt(now.Add(-20*time.Minute).Unix(), 10),
		`storekiosk_staff_calls_up 1`,
		`storekiosk_staff_calls_total{stage="made"} 7`,
		`storekiosk_staff_calls_total{stage="sent"} 6`,
		`storekiosk_staff_calls_total{stage="acknowledged"} 5`,
		`storekiosk_staff_calls_total{stage="escalated"} 1`,
		`storekiosk_staff_calls_open 1`,
		`# TYPE storekiosk_answer_duration_seconds histogram`,
		`storekiosk_answer_duration_seconds_bucket{le="0.001"} 2`,
		`storekiosk_answer_duration_seconds_bucket{le="0.0025"} 3`,
		`storekiosk_answer_duration_seconds_bucket{le="0.005"} 4`,
		`storekiosk_answer_duration_seconds_bucket{le="0.05"} 5`,
		`storekiosk_answer_duration_seconds_bucket{le="2.5"} 5`,
		`storekiosk_answer_duration_seconds_bucket{le="5"} 6`,
		`storekiosk_answer_duration_seconds_bucket{le="+Inf"} 6`,
		`storekiosk_answer_duration_seconds_sum 3.047`,
		`storekiosk_answer_duration_seconds_count 6`,
		`storekiosk_microphone_up 1`,
		`storekiosk_speaker_up 1`,
		`storekiosk_sync_enabled 1`,
		`storekiosk_sync_consecutive_failures 0`,
		"storekiosk_sync_last_success_timestamp_seconds " + strconv.FormatInt(now.Add(-time.Minute).Unix(), 10),
		`# TYPE storekiosk_staff_calls_total counter`,
		`# TYPE go_goroutines gauge`,
	} {
		if !strings.Contains(body, line+"\n") {
			t.Errorf("missing line %q", line)
		}
	}
	checkExposition(t, body)
	if n := strings.Count(body, "# TYPE storekiosk_staff_calls_total"); n != 1 {
		t.Errorf("TYPE of staff calls written %d times", n)
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
	_, body := get(t, base+"/metrics")
	for _, line := range []string{"storekiosk_catalog_up 0", "storekiosk_staff_calls_up 0",
		"storekiosk_microphone_up 0", "storekiosk_speaker_up 1", "storekiosk_sync_enabled 0"} {
		if !strings.Contains(body, line+"\n") {
			t.Errorf("missing %q in\n%s", line, body)
		}
	}
	for _, absent := range []string{"storekiosk_catalog_products", "storekiosk_staff_calls_total", "storekiosk_sync_last_success"} {
		if strings.Contains(body, absent) {
			t.Errorf("%s reported without data", absent)
		}
	}
	checkExposition(t, body)
}

var (
	sampleLine = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*"(?:,[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\]|\\.)*")*\})? (\S+)$`)
	typeLine   = regexp.MustCompile(`^# TYPE ([a-zA-Z_:][a-zA-Z0-9_:]*) (counter|gauge|histogram)$`)
)

// checkExposition checks the text format line by line (every sample's family TYPEd before
// it, values numbers, histogram buckets cumulative), and with Prometheus' own Python parser
// where it is installed (python3-prometheus-client; required in CI).
func checkExposition(t *testing.T, body string) {
	t.Helper()
	typed := map[string]string{}
	var lastBucket float64 = -1
	for _, line := range strings.Split(strings.TrimSuffix(body, "\n"), "\n") {
		if m := typeLine.FindStringSubmatch(line); m != nil {
			typed[m[1]] = m[2]
			continue
		}
		if strings.HasPrefix(line, "# HELP ") {
			continue
		}
		m := sampleLine.FindStringSubmatch(line)
		if m == nil {
			t.Errorf("not a valid sample line: %q", line)
			continue
		}
		name := m[1]
		fam := name
		for _, suf := range []string{"_bucket", "_sum", "_count"} {
			if base, ok := strings.CutSuffix(name, suf); ok && typed[base] == "histogram" {
				fam = base
			}
		}
		if typed[fam] == "" {
			t.Errorf("%s has no TYPE line before it", name)
		}
		v, err := strconv.ParseFloat(m[3], 64)
		if err != nil {
			t.Errorf("%s: value %q", name, m[3])
		}
		if strings.HasSuffix(name, "_bucket") {
			if v < lastBucket {
				t.Errorf("%s: bucket counts not cumulative", line)
			}
			lastBucket = v
		}
	}
	py := "/usr/bin/python3"
	if exec.Command(py, "-c", "import prometheus_client").Run() != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("python3-prometheus-client is not installed (scripts/deps.sh test)")
		}
		t.Log("python3-prometheus-client not installed: Prometheus' own parser not run")
		return
	}
	cmd := exec.Command(py, "-c", `import sys
from prometheus_client.parser import text_string_to_metric_families
n = sum(len(f.samples) for f in text_string_to_metric_families(sys.stdin.read()))
print(n)`)
	cmd.Stdin = strings.NewReader(body)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("Prometheus' parser rejects /metrics: %v\n%s", err, out)
	}
	if n, _ := strconv.Atoi(strings.TrimSpace(string(out))); n < 5 {
		t.Errorf("Prometheus' parser found %s samples", out)
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
	h := NewHistogram(0.01, 0.1)
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
	_, cum, _, count := h.snapshot()
	if count != 4000 || cum[0] != 1336 || cum[1] != 4000 || cum[2] != 4000 {
		t.Errorf("count %d, cumulative %v", count, cum)
	}
}
