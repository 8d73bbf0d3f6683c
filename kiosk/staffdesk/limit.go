package staffdesk

import (
	"log/slog"
	"sort"
	"sync"
	"time"
)

// limiter slows guessing of the staff code and the tokens. Each client address has a bucket
// of Burst failed attempts that refills one every Refill; with the bucket empty the address is
// locked out, for everything it presents, until the next one refills. Failures are not logged
// one by one (a guesser would fill the journal): the limiter counts them and reports a
// summary once per Report period, plus one line when an address is first locked out.
type limiter struct {
	burst  float64
	refill time.Duration
	report time.Duration
	now    func() time.Time
	log    *slog.Logger

	mu      sync.Mutex
	buckets map[string]*bucket
	// since the last summary
	since    time.Time
	failures int
	refused  int
	byClient map[string]int  // failures and refusals per address
	noticed  map[string]bool // addresses already reported locked out
}

type bucket struct {
	tokens float64
	at     time.Time
}

// maxClients bounds the addresses tracked; past it, new ones share one bucket.
const maxClients = 4096

func newLimiter(burst int, refill, report time.Duration, now func() time.Time, log *slog.Logger) *limiter {
	return &limiter{burst: float64(burst), refill: refill, report: report, now: now, log: log,
		buckets: map[string]*bucket{}, since: now(), byClient: map[string]int{}, noticed: map[string]bool{}}
}

// level brings a bucket's tokens up to date.
func (l *limiter) level(b *bucket, now time.Time) {
	if d := now.Sub(b.at); d > 0 {
		b.tokens = min(l.burst, b.tokens+float64(d)/float64(l.refill))
	}
	b.at = now
}

func (l *limiter) bucket(client string, now time.Time) *bucket {
	if b, ok := l.buckets[client]; ok {
		return b
	}
	if len(l.buckets) >= maxClients {
		l.prune(now)
		if len(l.buckets) >= maxClients {
			client = "*"
			if b, ok := l.buckets[client]; ok {
				return b
			}
		}
	}
	b := &bucket{tokens: l.burst, at: now}
	l.buckets[client] = b
	return b
}

// prune forgets the addresses whose buckets are full again.
func (l *limiter) prune(now time.Time) {
	for c, b := range l.buckets {
		if l.level(b, now); b.tokens >= l.burst {
			delete(l.buckets, c)
		}
	}
}

// allow says whether client may try a credential now and, if not, how long until it may.
// A refusal counts towards the summary.
func (l *limiter) allow(client string) (bool, time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[client]
	if !ok {
		return true, 0
	}
	if l.level(b, now); b.tokens >= 1 {
		return true, 0
	}
	l.summarize(now)
	l.refused++
	l.byClient[client]++
	if !l.noticed[client] {
		l.noticed[client] = true
		l.log.Warn("too many failed sign-ins: client locked out", "client", client,
			"for", time.Duration((1-b.tokens)*float64(l.refill)).Round(time.Second).String())
	}
	return false, time.Duration((1 - b.tokens) * float64(l.refill))
}

// fail records a wrong code, token or session from client.
func (l *limiter) fail(client string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	l.summarize(now)
	b := l.bucket(client, now)
	l.level(b, now)
	b.tokens = max(0, b.tokens-1)
	l.failures++
	l.byClient[client]++
}

// flush writes the summary if the period is over; the server calls it now and then, so a
// quiet desk still reports the last burst of guesses.
func (l *limiter) flush() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.summarize(l.now())
}

// summarize logs what happened since the last summary, once a report period has passed.
func (l *limiter) summarize(now time.Time) {
	if now.Sub(l.since) < l.report {
		return
	}
	if l.failures+l.refused > 0 {
		clients := make([]string, 0, len(l.byClient))
		for c := range l.byClient {
			clients = append(clients, c)
		}
		sort.Slice(clients, func(i, j int) bool {
			if l.byClient[clients[i]] != l.byClient[clients[j]] {
				return l.byClient[clients[i]] > l.byClient[clients[j]]
			}
			return clients[i] < clients[j]
		})
		l.log.Warn("failed sign-ins", "failures", l.failures, "refused", l.refused, "clients", len(clients),
			"top", clients[0], "top_count", l.byClient[clients[0]], "period", now.Sub(l.since).Round(time.Second).String())
	}
	l.since, l.failures, l.refused = now, 0, 0
	l.byClient, l.noticed = map[string]int{}, map[string]bool{}
	l.prune(now)
}
