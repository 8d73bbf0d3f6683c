package health

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"net/http"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

// ContentType is the Prometheus text exposition format /metrics answers in.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// AnswerBuckets are the answer-time histogram's upper bounds in seconds: the local engine
// answers in about a millisecond; the optional assistant takes seconds.
var AnswerBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

// Histogram counts durations into buckets, as a Prometheus histogram. Safe for concurrent use.
type Histogram struct {
	mu     sync.Mutex
	bounds []float64 // seconds, ascending
	counts []uint64  // per bucket (not cumulative); the last is +Inf
	sum    float64
	count  uint64
}

// NewHistogram returns a histogram with the given upper bounds in seconds (AnswerBuckets
// when none are given).
func NewHistogram(bounds ...float64) *Histogram {
	if len(bounds) == 0 {
		bounds = AnswerBuckets
	}
	b := append([]float64(nil), bounds...)
	sort.Float64s(b)
	return &Histogram{bounds: b, counts: make([]uint64, len(b)+1)}
}

// Observe records one duration.
func (h *Histogram) Observe(d time.Duration) {
	v := d.Seconds()
	i := sort.SearchFloat64s(h.bounds, v) // first bound >= v: le is inclusive
	h.mu.Lock()
	h.counts[i]++
	h.sum += v
	h.count++
	h.mu.Unlock()
}

// snapshot returns cumulative bucket counts, the sum and the count.
func (h *Histogram) snapshot() (bounds []float64, cum []uint64, sum float64, count uint64) {
	h.mu.Lock()
	defer h.mu.Unlock()
	cum = make([]uint64, len(h.counts))
	var run uint64
	for i, c := range h.counts {
		run += c
		cum[i] = run
	}
	return h.bounds, cum, h.sum, h.count
}

func (s *Server) serveMetrics(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", ContentType)
	bw := bufio.NewWriter(w)
	s.WriteMetrics(r.Context(), bw)
	bw.Flush()
}

// metrics writes families in the text format: HELP and TYPE once per family, then samples.
type metrics struct {
	w    *bufio.Writer
	seen map[string]bool
}

func (m *metrics) family(name, typ, help string) {
	if m.seen[name] {
		return
	}
	m.seen[name] = true
	fmt.Fprintf(m.w, "# HELP %s %s\n# TYPE %s %s\n", name, help, name, typ)
}

// sample writes one line; labels alternate name and value.
func (m *metrics) sample(name string, v float64, labels ...string) {
	m.w.WriteString(name)
	if len(labels) > 0 {
		m.w.WriteByte('{')
		for i := 0; i+1 < len(labels); i += 2 {
			if i > 0 {
				m.w.WriteByte(',')
			}
			fmt.Fprintf(m.w, "%s=\"%s\"", labels[i], escapeLabel(labels[i+1]))
		}
		m.w.WriteByte('}')
	}
	m.w.WriteByte(' ')
	m.w.WriteString(formatValue(v))
	m.w.WriteByte('\n')
}

func (m *metrics) gauge(name, help string, v float64, labels ...string) {
	m.family(name, "gauge", help)
	m.sample(name, v, labels...)
}

func (m *metrics) counter(name, help string, v float64, labels ...string) {
	m.family(name, "counter", help)
	m.sample(name, v, labels...)
}

func escapeLabel(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

func formatValue(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func unix(t time.Time) float64 {
	if t.IsZero() {
		return 0
	}
	return float64(t.UnixNano()) / 1e9
}

func boolValue(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// WriteMetrics writes every metric in the Prometheus text format: the body of /metrics.
func (s *Server) WriteMetrics(ctx context.Context, w *bufio.Writer) {
	s.init()
	now := s.Now()
	m := &metrics{w: w, seen: map[string]bool{}}
	src := s.Sources

	m.gauge("storekiosk_info", "The kiosk's name and software version (always 1).", 1,
		"kiosk", s.Kiosk, "version", s.Version)
	m.gauge("process_start_time_seconds", "When the kiosk process started, Unix time.", unix(s.started))
	m.gauge("go_goroutines", "Goroutines in the kiosk process.", float64(runtime.NumGoroutine()))
	if rss, ok := residentBytes(); ok {
		m.gauge("process_resident_memory_bytes", "Resident memory of the kiosk process.", rss)
	}

	if src.Catalog != nil {
		c, err := src.Catalog(ctx)
		m.gauge("storekiosk_catalog_up", "1 when the catalog could be read and holds products.", boolValue(err == nil && c.Products > 0))
		if err == nil {
			m.gauge("storekiosk_catalog_products", "Products in the catalog.", float64(c.Products))
			m.gauge("storekiosk_catalog_info", "The catalog's version as text (always 1).", 1, "version", c.Version)
			if v, err := strconv.ParseFloat(c.Version, 64); err == nil {
				m.gauge("storekiosk_catalog_version", "The catalog's feed version (YYYYMMDDhhmmss by default); absent for the demo.", v)
			}
			if !c.AsOf.IsZero() {
				m.gauge("storekiosk_catalog_as_of_timestamp_seconds", "When the catalog's prices and stock were true, Unix time.", unix(c.AsOf))
				m.gauge("storekiosk_catalog_age_seconds", "Age of the catalog's prices and stock.", now.Sub(c.AsOf).Seconds())
			}
			if !c.SyncedAt.IsZero() {
				m.gauge("storekiosk_catalog_synced_timestamp_seconds", "When this kiosk last received catalog data, Unix time.", unix(c.SyncedAt))
			}
		} else {
			s.Logger.Warn("health: catalog", "err", err)
		}
	}

	if src.Pages != nil {
		p, err := src.Pages(ctx)
		m.gauge("storekiosk_staff_calls_up", "1 when staff calls are set up (0: shoppers are sent to the service desk).", boolValue(err == nil))
		if err == nil {
			const help = "Staff calls made since the kiosk started, by how far they got: made, sent (a backend took it), acknowledged (a person answered), escalated (nobody answered in time)."
			m.counter("storekiosk_staff_calls_total", help, float64(p.Made), "stage", "made")
			m.counter("storekiosk_staff_calls_total", help, float64(p.Sent), "stage", "sent")
			m.counter("storekiosk_staff_calls_total", help, float64(p.Acknowledged), "stage", "acknowledged")
			m.counter("storekiosk_staff_calls_total", help, float64(p.Escalated), "stage", "escalated")
			m.gauge("storekiosk_staff_calls_open", "Staff calls in progress now.", float64(p.Open))
		}
	}

	if h := src.Answers; h != nil {
		const name = "storekiosk_answer_duration_seconds"
		m.family(name, "histogram", "Time from a question to its answer, in seconds.")
		bounds, cum, sum, count := h.snapshot()
		for i, b := range bounds {
			m.sample(name+"_bucket", float64(cum[i]), "le", formatValue(b))
		}
		m.sample(name+"_bucket", float64(cum[len(cum)-1]), "le", "+Inf")
		m.sample(name+"_sum", sum)
		m.sample(name+"_count", float64(count))
	}

	if src.Microphone != nil {
		m.gauge("storekiosk_microphone_up", "1 when the microphone works.", boolValue(src.Microphone() == nil))
	}
	if src.Speaker != nil {
		m.gauge("storekiosk_speaker_up", "1 when the speaker works.", boolValue(src.Speaker() == nil))
	}

	if src.Sync != nil {
		sy := src.Sync()
		m.gauge("storekiosk_sync_enabled", "1 when a catalog feed is configured.", boolValue(sy.Enabled))
		if sy.Enabled {
			m.gauge("storekiosk_sync_consecutive_failures", "Failed feed checks in a row (0 after a good one).", float64(sy.ConsecutiveFailures))
			m.gauge("storekiosk_sync_last_check_timestamp_seconds", "Last feed check, Unix time (0: none yet).", unix(sy.LastCheck))
			m.gauge("storekiosk_sync_last_success_timestamp_seconds", "Last feed check that ended well, Unix time (0: none yet).", unix(sy.LastSuccess))
			m.gauge("storekiosk_sync_last_error_timestamp_seconds", "Last failed feed check, Unix time (0: none).", unix(sy.LastErrorAt))
		}
	}
}

// residentBytes reads the process's resident set size from /proc (Linux only).
func residentBytes() (float64, bool) {
	b, err := os.ReadFile("/proc/self/statm")
	if err != nil {
		return 0, false
	}
	f := strings.Fields(string(b))
	if len(f) < 2 {
		return 0, false
	}
	pages, err := strconv.ParseFloat(f[1], 64)
	if err != nil {
		return 0, false
	}
	return pages * float64(os.Getpagesize()), true
}
