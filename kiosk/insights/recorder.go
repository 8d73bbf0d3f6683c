package insights

import (
	"bytes"
	"context"
	"database/sql"
	"embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

//go:embed migrations/*.sql
var migrations embed.FS

// Options configure a Recorder.
type Options struct {
	// Path is the recorder's database (insights.db beside the staff call outbox).
	Path string
	// Kiosk names this kiosk in its reports.
	Kiosk string
	// Retention is how long a record is kept, delivered or not (default 30 days).
	Retention time.Duration
	// DeskURL is the staff desk ("http://staffdesk.lan:8090"); Token the kiosk token. Without a
	// desk, records are kept (and pruned) here only.
	DeskURL, Token string
	// SendEvery is how often records waiting for the desk are looked for (default 15 s; a new
	// record is sent at once). RetryMin and RetryMax bound the wait after a failed delivery
	// (1 s doubling to 1 min).
	SendEvery, RetryMin, RetryMax time.Duration
	// Window is how soon a staff call or another question must follow an answer to count
	// against it (default one minute).
	Window time.Duration
	Client *http.Client
	Logger *slog.Logger
	Now    func() time.Time // the clock, for tests
}

// Recorder records the questions a kiosk could not answer well and delivers them to the desk.
// It is safe for concurrent use.
type Recorder struct {
	db   *sql.DB
	opt  Options
	log  *slog.Logger
	wake chan struct{}

	mu   sync.Mutex
	last last // the shopper's latest question, for what follows it
}

// last is the latest question answered, until the window after it closes.
type last struct {
	question, topic, verdict, product string
	words                             map[string]bool
	day                               string
	at                                time.Time
	counted                           bool // already recorded as a miss
}

// Open opens (creating if needed) the recorder's database.
func Open(opt Options) (*Recorder, error) {
	if opt.Path == "" {
		return nil, errors.New("open insights: no database path given")
	}
	if opt.Retention <= 0 {
		opt.Retention = 30 * 24 * time.Hour
	}
	opt.SendEvery = orDefault(opt.SendEvery, 15*time.Second)
	opt.RetryMin = orDefault(opt.RetryMin, time.Second)
	opt.RetryMax = orDefault(opt.RetryMax, time.Minute)
	opt.Window = orDefault(opt.Window, time.Minute)
	if opt.Client == nil {
		opt.Client = &http.Client{Timeout: 20 * time.Second}
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default().With("component", "insights")
	}
	if opt.Now == nil {
		opt.Now = time.Now
	}
	if err := os.MkdirAll(filepath.Dir(opt.Path), 0o750); err != nil {
		return nil, fmt.Errorf("open insights: %w", err)
	}
	db, err := sqlitedb.Open(opt.Path, sqlitedb.Options{Synchronous: "NORMAL", BusyTimeout: 10 * time.Second,
		Migrations: migrations, Pattern: "migrations/*.sql"})
	if err != nil {
		return nil, fmt.Errorf("open insights %s: %w", opt.Path, err)
	}
	return &Recorder{db: db, opt: opt, log: opt.Logger, wake: make(chan struct{}, 1)}, nil
}

func orDefault(v, def time.Duration) time.Duration {
	if v <= 0 {
		return def
	}
	return v
}

// Close closes the database.
func (r *Recorder) Close() error { return r.db.Close() }

// missKind is the outcome to record an answer with, or "" when it answered.
func missKind(res answer.Result) string {
	switch res.Verdict {
	case "not carried":
		return NotCarried
	case "unsure":
		return Unsure
	}
	return ""
}

// Answered records a shopper's question and the answer the kiosk showed: counted among the
// day's questions, and as a miss if it ended "not carried" or "unsure" (each thing of a list
// on its own). A different question within the window after one the kiosk answered only in
// part (the closest) or with other products on the same words counts that one as rephrased.
func (r *Recorder) Answered(question string, res answer.Result) {
	q := Normalize(question)
	if q == "" {
		return
	}
	now := r.opt.Now()
	day := now.Format(DayFormat)
	r.mu.Lock()
	defer r.mu.Unlock()
	r.bump(day, "", Asked, "", now)
	if p := r.last; p.question != "" && !p.counted && now.Sub(p.at) <= r.opt.Window && p.question != q && rephrases(p, q, res) {
		r.bump(p.day, p.question, Rephrased, p.topic, now)
	}
	cur := last{question: q, topic: redactedFrom(Normalize(res.Topic), question, q), verdict: res.Verdict, words: contentWords(q), day: day, at: now}
	if len(res.Products) > 0 {
		cur.product = res.Products[0].SKU
	}
	if k := missKind(res); k != "" {
		r.bump(day, q, k, cur.topic, now)
		cur.counted = true
	}
	for _, it := range res.Items {
		if k := missKind(it); k != "" {
			if iq := Normalize(it.Question); iq != "" {
				r.bump(day, iq, k, redactedFrom(Normalize(it.Topic), question, q), now)
				cur.counted = true
			}
		}
	}
	r.last = cur
}

// rephrases reports whether question q, asked after p, is p asked again in other words.
func rephrases(p last, q string, res answer.Result) bool {
	if p.verdict == "closest" {
		return true
	}
	shared := false
	for w := range contentWords(q) {
		shared = shared || p.words[w]
	}
	top := ""
	if len(res.Products) > 0 {
		top = res.Products[0].SKU
	}
	return shared && top != p.product
}

// stopWords are the words of a question that say nothing about what is asked for.
var stopWords = map[string]bool{"where": true, "what": true, "which": true, "how": true, "much": true, "many": true,
	"is": true, "are": true, "the": true, "a": true, "an": true, "do": true, "does": true, "you": true, "have": true,
	"any": true, "some": true, "i": true, "need": true, "want": true, "for": true, "of": true, "to": true, "in": true,
	"can": true, "find": true, "get": true, "my": true, "me": true, "it": true, "and": true, "or": true, "please": true,
	"looking": true, "your": true, "there": true, "this": true, "that": true, "with": true, "on": true, "sell": true}

// redactedFrom is a topic without the words Redact took out of the question it came from
// (q is that question redacted): the kiosk says back the shopper's own words, and a name
// introduced ("my name is Ana Silva") must not come back by that way.
func redactedFrom(topic, question, q string) string {
	kept := map[string]bool{}
	for _, w := range strings.Fields(q) {
		kept[w] = true
	}
	gone := map[string]bool{}
	for _, w := range strings.Fields(tidy(question)) {
		gone[w] = !kept[w]
	}
	var out []string
	for _, w := range strings.Fields(topic) {
		if !gone[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}

func contentWords(q string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(q) {
		if len(w) >= 3 && !stopWords[w] {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}

// Called records that the shopper called staff: the question answered within the window
// before it counts as called, unless it was already recorded as a miss.
func (r *Recorder) Called() {
	now := r.opt.Now()
	r.mu.Lock()
	defer r.mu.Unlock()
	if p := r.last; p.question != "" && !p.counted && now.Sub(p.at) <= r.opt.Window {
		r.bump(p.day, p.question, Called, p.topic, now)
		r.last.counted = true
	}
}

// NewShopper forgets the latest question: the next one is another shopper's.
func (r *Recorder) NewShopper() {
	r.mu.Lock()
	r.last = last{}
	r.mu.Unlock()
}

// bump adds one to a row; r.mu is held. A record that cannot be saved is logged and lost:
// the shopper is never kept waiting for it.
func (r *Recorder) bump(day, question, kind, topic string, now time.Time) {
	_, err := r.db.Exec(`INSERT INTO misses (day, question, kind, topic, count, last_at) VALUES (?, ?, ?, ?, 1, ?)
		ON CONFLICT (day, question, kind) DO UPDATE SET count = count + 1, last_at = excluded.last_at,
			topic = CASE WHEN excluded.topic != '' THEN excluded.topic ELSE topic END`,
		day, question, kind, topic, now.UnixMilli())
	if err != nil {
		r.log.Warn("insight not recorded", "err", err)
		return
	}
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// Rows are the records kept, oldest day first, with the count the desk has confirmed in Sent.
func (r *Recorder) Rows(ctx context.Context) ([]Held, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT day, question, kind, topic, count, sent, last_at FROM misses
		ORDER BY day, question, kind`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Held
	for rows.Next() {
		var h Held
		var at int64
		if err := rows.Scan(&h.Day, &h.Question, &h.Kind, &h.Topic, &h.Count, &h.Sent, &at); err != nil {
			return nil, err
		}
		h.LastAt = time.UnixMilli(at)
		out = append(out, h)
	}
	return out, rows.Err()
}

// Held is a record as the kiosk holds it.
type Held struct {
	Row
	Sent int
}

// Prune forgets records older than the retention time, delivered or not.
func (r *Recorder) Prune(ctx context.Context) (int64, error) {
	cut := r.opt.Now().Add(-r.opt.Retention)
	res, err := r.db.ExecContext(ctx, `DELETE FROM misses WHERE last_at < ?`, cut.UnixMilli())
	if err != nil {
		return 0, fmt.Errorf("prune insights: %w", err)
	}
	return res.RowsAffected()
}

// sendBatch bounds one report.
const sendBatch = 200

// Flush delivers the records waiting for the desk, a report at a time, until none wait or a
// delivery fails. Each row carries its whole count, so a report the desk got but whose answer
// was lost counts once when sent again.
func (r *Recorder) Flush(ctx context.Context) error {
	if r.opt.DeskURL == "" {
		return nil
	}
	for {
		rows, err := r.pending(ctx)
		if err != nil || len(rows) == 0 {
			return err
		}
		if err := r.send(ctx, rows); err != nil {
			return err
		}
		tx, err := r.db.BeginTx(ctx, nil)
		if err != nil {
			return err
		}
		for _, row := range rows {
			if _, err := tx.ExecContext(ctx, `UPDATE misses SET sent = max(sent, ?) WHERE day = ? AND question = ? AND kind = ?`,
				row.Count, row.Day, row.Question, row.Kind); err != nil {
				tx.Rollback()
				return err
			}
		}
		if err := tx.Commit(); err != nil {
			return err
		}
		if len(rows) < sendBatch {
			return nil
		}
	}
}

func (r *Recorder) pending(ctx context.Context) ([]Row, error) {
	rows, err := r.db.QueryContext(ctx, `SELECT day, question, kind, topic, count, last_at FROM misses
		WHERE count > sent ORDER BY last_at LIMIT ?`, sendBatch)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Row
	for rows.Next() {
		var row Row
		var at int64
		if err := rows.Scan(&row.Day, &row.Question, &row.Kind, &row.Topic, &row.Count, &at); err != nil {
			return nil, err
		}
		row.LastAt = time.UnixMilli(at).UTC()
		out = append(out, row)
	}
	return out, rows.Err()
}

func (r *Recorder) send(ctx context.Context, rows []Row) error {
	body, err := json.Marshal(Report{Kiosk: r.opt.Kiosk, Rows: rows})
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPut, strings.TrimRight(r.opt.DeskURL, "/")+"/api/kiosk/insights", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+r.opt.Token)
	resp, err := r.opt.Client.Do(req)
	if err != nil {
		return fmt.Errorf("send insights: %w", err)
	}
	defer resp.Body.Close()
	if resp.StatusCode/100 != 2 {
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return fmt.Errorf("send insights: desk answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	return nil
}

// Run delivers records as they come and prunes old ones, until ctx ends. A desk that cannot
// be reached is tried again with backoff; nothing is lost meanwhile.
func (r *Recorder) Run(ctx context.Context) {
	prune := func() {
		if n, err := r.Prune(ctx); err != nil && ctx.Err() == nil {
			r.log.Warn("insights not pruned", "err", err)
		} else if n > 0 {
			r.log.Info("old insights forgotten", "rows", n)
		}
	}
	prune()
	lastPrune := time.Now()
	wait, failing := r.opt.RetryMin, false
	for {
		err := r.Flush(ctx)
		if ctx.Err() != nil {
			return
		}
		next := r.opt.SendEvery
		switch {
		case err != nil:
			if !failing {
				r.log.Warn("insights wait for the staff desk", "err", err)
			}
			failing, next = true, wait
			wait = min(wait*2, r.opt.RetryMax)
		case failing:
			r.log.Info("insights delivered to the staff desk again")
			failing, wait = false, r.opt.RetryMin
		}
		if time.Since(lastPrune) > time.Hour {
			prune()
			lastPrune = time.Now()
		}
		t := time.NewTimer(next)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		case <-r.wake:
			t.Stop()
			if failing { // a new record does not hurry a retry
				select {
				case <-ctx.Done():
					return
				case <-time.After(wait / 2):
				}
			}
		}
	}
}
