package health

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// AnswerBuckets are the answer-time histogram's upper bounds in seconds: the local engine
// answers in about a millisecond; the optional assistant takes seconds.
var AnswerBuckets = []float64{0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10}

const (
	answersName = "storekiosk_answer_duration_seconds"
	answersHelp = "Time from a question to its answer, in seconds."
)

// Histogram counts the time to answer questions, reported on /metrics as
// storekiosk_answer_duration_seconds. Safe for concurrent use. It wraps a Prometheus
// histogram so that the app records durations without knowing Prometheus.
type Histogram struct {
	h prometheus.Histogram
}

// NewHistogram returns a histogram with the given upper bounds in seconds (AnswerBuckets
// when none are given).
func NewHistogram(bounds ...float64) *Histogram {
	if len(bounds) == 0 {
		bounds = AnswerBuckets
	}
	// Prometheus wants bounds strictly increasing; callers need not care.
	b := slices.Compact(slices.Sorted(slices.Values(bounds)))
	return &Histogram{h: prometheus.NewHistogram(prometheus.HistogramOpts{
		Name: answersName, Help: answersHelp, Buckets: b})}
}

// Observe records one duration.
func (h *Histogram) Observe(d time.Duration) {
	h.h.Observe(d.Seconds())
}

// The metrics' names, labels and help. Dashboards and alerts (packaging/INSTALL.md) use
// these names: change none of them lightly.
var (
	descInfo = prometheus.NewDesc("storekiosk_info", "The kiosk's name and software version (always 1).", []string{"kiosk", "version"}, nil)

	descStart      = prometheus.NewDesc("process_start_time_seconds", "When the kiosk process started, Unix time.", nil, nil)
	descGoroutines = prometheus.NewDesc("go_goroutines", "Goroutines in the kiosk process.", nil, nil)
	descResident   = prometheus.NewDesc("process_resident_memory_bytes", "Resident memory of the kiosk process.", nil, nil)

	descCatalogUp       = prometheus.NewDesc("storekiosk_catalog_up", "1 when the catalog could be read and holds products.", nil, nil)
	descCatalogProducts = prometheus.NewDesc("storekiosk_catalog_products", "Products in the catalog.", nil, nil)
	descAnswersReady    = prometheus.NewDesc("storekiosk_answers_ready", "1 when the kiosk answers; 0 while its answer index is being built (shoppers hear \"Getting ready\").", nil, nil)
	descCatalogInfo     = prometheus.NewDesc("storekiosk_catalog_info", "The catalog's version as text (always 1).", []string{"version"}, nil)
	descCatalogVersion  = prometheus.NewDesc("storekiosk_catalog_version", "The catalog's feed version (YYYYMMDDhhmmss by default); absent for the demo.", nil, nil)
	descCatalogAsOf     = prometheus.NewDesc("storekiosk_catalog_as_of_timestamp_seconds", "When the catalog's prices and stock were true, Unix time.", nil, nil)
	descCatalogAge      = prometheus.NewDesc("storekiosk_catalog_age_seconds", "Age of the catalog's prices and stock.", nil, nil)
	descCatalogSynced   = prometheus.NewDesc("storekiosk_catalog_synced_timestamp_seconds", "When this kiosk last received catalog data, Unix time.", nil, nil)

	descStaffUp    = prometheus.NewDesc("storekiosk_staff_calls_up", "1 when staff calls are set up (0: shoppers are sent to the service desk).", nil, nil)
	descStaffCalls = prometheus.NewDesc("storekiosk_staff_calls_total", "Staff calls made since the kiosk started, by how far they got: made, sent (a backend took it), acknowledged (a person answered), escalated (nobody answered in time).", []string{"stage"}, nil)
	descStaffOpen  = prometheus.NewDesc("storekiosk_staff_calls_open", "Staff calls in progress now.", nil, nil)

	// The same name and help as every Histogram's: the registry checks they agree.
	descAnswers = prometheus.NewDesc(answersName, answersHelp, nil, nil)

	descMicrophone = prometheus.NewDesc("storekiosk_microphone_up", "1 when the microphone works.", nil, nil)
	descSpeaker    = prometheus.NewDesc("storekiosk_speaker_up", "1 when the speaker works.", nil, nil)
	descPrinter    = prometheus.NewDesc("storekiosk_printer_up", "1 when the receipt printer can print (0: out of paper, offline); absent without one.", nil, nil)

	descSyncEnabled     = prometheus.NewDesc("storekiosk_sync_enabled", "1 when a catalog feed is configured.", nil, nil)
	descSyncFailures    = prometheus.NewDesc("storekiosk_sync_consecutive_failures", "Failed feed checks in a row (0 after a good one).", nil, nil)
	descSyncLastCheck   = prometheus.NewDesc("storekiosk_sync_last_check_timestamp_seconds", "Last feed check, Unix time (0: none yet).", nil, nil)
	descSyncLastSuccess = prometheus.NewDesc("storekiosk_sync_last_success_timestamp_seconds", "Last feed check that ended well, Unix time (0: none yet).", nil, nil)
	descSyncLastError   = prometheus.NewDesc("storekiosk_sync_last_error_timestamp_seconds", "Last failed feed check, Unix time (0: none).", nil, nil)

	descDiskFree = prometheus.NewDesc("storekiosk_disk_free_bytes", "Space left for the kiosk in a directory it writes to (its catalog's, its staff calls'), in bytes.", []string{"path"}, nil)
	descDiskFull = prometheus.NewDesc("storekiosk_disk_full", "1 when a directory the kiosk writes to is full: a write there was refused for want of space, or less than 1 MiB is left.", []string{"path"}, nil)

	allDescs = []*prometheus.Desc{descInfo, descStart, descGoroutines, descResident,
		descCatalogUp, descCatalogProducts, descAnswersReady, descCatalogInfo, descCatalogVersion, descCatalogAsOf, descCatalogAge, descCatalogSynced,
		descStaffUp, descStaffCalls, descStaffOpen, descAnswers, descMicrophone, descSpeaker, descPrinter,
		descSyncEnabled, descSyncFailures, descSyncLastCheck, descSyncLastSuccess, descSyncLastError,
		descDiskFree, descDiskFull}
)

// sourceTimeout bounds the sources' work in one scrape. Prometheus' collectors get no
// request context; this stays under the server's WriteTimeout.
const sourceTimeout = 5 * time.Second

// metricsHandler serves /metrics from a registry of the server's own: nothing else in the
// process (a library's init) can add to what the kiosk exposes.
func (s *Server) metricsHandler() http.Handler {
	reg := prometheus.NewRegistry()
	reg.MustRegister(collector{s})
	return promhttp.HandlerFor(reg, promhttp.HandlerOpts{
		// A source that cannot answer shows as a missing metric, not as an error page.
		ErrorHandling: promhttp.ContinueOnError,
		ErrorLog:      printLogger{s.Logger},
	})
}

type printLogger struct{ l *slog.Logger }

func (p printLogger) Println(v ...any) { p.l.Warn("health: metrics", "err", fmt.Sprint(v...)) }

// collector asks the Sources at each scrape, so /metrics says what is true at that moment
// and nothing is copied between scrapes.
type collector struct{ s *Server }

func (c collector) Describe(ch chan<- *prometheus.Desc) {
	for _, d := range allDescs {
		ch <- d
	}
}

func (c collector) Collect(ch chan<- prometheus.Metric) {
	s := c.s
	// The registry collects on a goroutine of its own, where a panicking source would take
	// the whole kiosk down (net/http only recovers its handlers' goroutines).
	defer func() {
		if r := recover(); r != nil {
			s.Logger.Error("health: a metrics source panicked", "panic", r)
		}
	}()
	ctx, cancel := context.WithTimeout(context.Background(), sourceTimeout)
	defer cancel()
	now := s.Now()
	src := s.Sources

	gauge(ch, descInfo, 1, s.Kiosk, s.Version)
	gauge(ch, descStart, unix(s.started))
	gauge(ch, descGoroutines, float64(runtime.NumGoroutine()))
	if rss, ok := residentBytes(); ok {
		gauge(ch, descResident, rss)
	}

	if src.Catalog != nil {
		cat, err := src.Catalog(ctx)
		gauge(ch, descCatalogUp, boolValue(err == nil && cat.Products > 0))
		if err == nil {
			gauge(ch, descCatalogProducts, float64(cat.Products))
			gauge(ch, descAnswersReady, boolValue(!cat.GettingReady))
			gauge(ch, descCatalogInfo, 1, cat.Version)
			if v, err := strconv.ParseFloat(cat.Version, 64); err == nil {
				gauge(ch, descCatalogVersion, v)
			}
			if !cat.AsOf.IsZero() {
				gauge(ch, descCatalogAsOf, unix(cat.AsOf))
				gauge(ch, descCatalogAge, now.Sub(cat.AsOf).Seconds())
			}
			if !cat.SyncedAt.IsZero() {
				gauge(ch, descCatalogSynced, unix(cat.SyncedAt))
			}
		} else {
			s.Logger.Warn("health: catalog", "err", err)
		}
	}

	if src.Pages != nil {
		p, err := src.Pages(ctx)
		gauge(ch, descStaffUp, boolValue(err == nil))
		if err == nil {
			for _, st := range []struct {
				stage string
				n     int64
			}{{"made", p.Made}, {"sent", p.Sent}, {"acknowledged", p.Acknowledged}, {"escalated", p.Escalated}} {
				send(ch, descStaffCalls, prometheus.CounterValue, float64(st.n), st.stage)
			}
			gauge(ch, descStaffOpen, float64(p.Open))
		}
	}

	if h := src.Answers; h != nil {
		ch <- h.h
	}

	if src.Microphone != nil {
		gauge(ch, descMicrophone, boolValue(src.Microphone() == nil))
	}
	if src.Speaker != nil {
		gauge(ch, descSpeaker, boolValue(src.Speaker() == nil))
	}
	if src.Printer != nil {
		_, err := src.Printer(ctx)
		gauge(ch, descPrinter, boolValue(err == nil))
	}

	if src.Sync != nil {
		sy := src.Sync()
		gauge(ch, descSyncEnabled, boolValue(sy.Enabled))
		if sy.Enabled {
			gauge(ch, descSyncFailures, float64(sy.ConsecutiveFailures))
			gauge(ch, descSyncLastCheck, unix(sy.LastCheck))
			gauge(ch, descSyncLastSuccess, unix(sy.LastSuccess))
			gauge(ch, descSyncLastError, unix(sy.LastErrorAt))
		}
	}

	if src.Disks != nil {
		for _, d := range src.Disks() {
			if d.Free >= 0 {
				gauge(ch, descDiskFree, float64(d.Free), d.Path)
			}
			gauge(ch, descDiskFull, boolValue(d.Full()), d.Path)
		}
	}
}

func gauge(ch chan<- prometheus.Metric, d *prometheus.Desc, v float64, labels ...string) {
	send(ch, d, prometheus.GaugeValue, v, labels...)
}

// send never panics, unlike MustNewConstMetric: a label value that is not UTF-8 (a
// catalog version from a feed) costs that one metric, reported by the handler's log.
func send(ch chan<- prometheus.Metric, d *prometheus.Desc, t prometheus.ValueType, v float64, labels ...string) {
	m, err := prometheus.NewConstMetric(d, t, v, labels...)
	if err != nil {
		m = prometheus.NewInvalidMetric(d, err)
	}
	ch <- m
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
