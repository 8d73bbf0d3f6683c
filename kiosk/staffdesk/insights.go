package staffdesk

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/insights"
)

// The Insights page: what shoppers could not find, as the kiosks report it (kiosk/insights),
// and what staff do about it — teach the kiosks a phrase, write the store's own answer for
// something it does not sell, or dismiss it. What staff teach becomes the store's vocabulary
// file, which kiosks fetch from GET /api/kiosk/vocabulary.

// routeInsights adds the Insights API to the desk.
func (s *Server) routeInsights() {
	s.mux.Handle("PUT /api/kiosk/insights", s.kioskOnly(s.putInsights))
	s.mux.Handle("GET /api/kiosk/vocabulary", s.kioskOnly(s.getVocabulary))
	s.mux.Handle("GET /api/insights", s.staffOnly(s.listInsights))
	s.mux.Handle("POST /api/insights/action", s.staffOnly(s.insightAction))
	s.mux.Handle("GET /api/insights/summary", s.staffOnly(s.insightSummary))
	s.mux.Handle("GET /api/insights/summary.csv", s.staffOnly(s.insightSummaryCSV))
}

// maxReportRows bounds one report; a kiosk sends more in several.
const maxReportRows = 500

func (s *Server) putInsights(w http.ResponseWriter, r *http.Request) {
	var rep insights.Report
	if err := json.NewDecoder(io.LimitReader(r.Body, 1<<20)).Decode(&rep); err != nil {
		writeError(w, http.StatusBadRequest, `body must be JSON like {"kiosk":"Kiosk 1","rows":[{"day":"2026-12-05","question":"pop","kind":"unsure","count":2,"last_at":"…"}]}`)
		return
	}
	if strings.TrimSpace(rep.Kiosk) == "" || len(rep.Rows) > maxReportRows {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("a report names its kiosk and has at most %d rows", maxReportRows))
		return
	}
	for i, row := range rep.Rows {
		if _, err := time.Parse(insights.DayFormat, row.Day); err != nil || !slices.Contains(insights.Kinds, row.Kind) ||
			row.Count < 0 || row.Count > 1e7 {
			writeError(w, http.StatusBadRequest, fmt.Sprintf("row %d: day must be YYYY-MM-DD, kind one of %s, count 0 or more",
				i, strings.Join(insights.Kinds, ", ")))
			return
		}
	}
	if err := s.store.PutInsights(r.Context(), rep); err != nil {
		s.log.Error("save insights", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not save the report; try again")
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

// PutInsights saves a kiosk's report. Each row holds the kiosk's count so far, so the larger
// of the two counts is kept: a report delivered twice, or late, never counts twice.
func (s *Store) PutInsights(ctx context.Context, rep insights.Report) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	kiosk := clip(rep.Kiosk, 80)
	for _, row := range rep.Rows {
		q := ""
		if row.Kind != insights.Asked {
			q = insights.Tidy(row.Question) // the kiosk normalised it; a desk keeps no long numbers either way
			if q == "" {
				continue
			}
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO insight_misses (kiosk, day, question, topic, kind, count, last_at)
			VALUES (?, ?, ?, ?, ?, ?, ?)
			ON CONFLICT (kiosk, day, question, kind) DO UPDATE SET count = max(count, excluded.count),
				last_at = max(last_at, excluded.last_at), topic = CASE WHEN excluded.topic != '' THEN excluded.topic ELSE topic END`,
			kiosk, row.Day, q, clip(insights.Tidy(row.Topic), 80), row.Kind, row.Count, row.LastAt.UnixMilli()); err != nil {
			return fmt.Errorf("save insight: %w", err)
		}
	}
	return tx.Commit()
}

// Miss is one question shoppers asked that the kiosks could not answer well, over a period.
type Miss struct {
	Question string         `json:"question"`
	Topic    string         `json:"topic"`
	Count    int            `json:"count"`
	Kinds    map[string]int `json:"kinds"`
	Kiosks   []string       `json:"kiosks"`
	LastAt   time.Time      `json:"last_at"`
}

// Action is what staff did about a question.
type Action struct {
	Question   string    `json:"question"`
	Action     string    `json:"action"` // taught, not_carried, dismissed
	Phrase     string    `json:"phrase,omitempty"`
	Target     string    `json:"target,omitempty"`
	TargetKind string    `json:"target_kind,omitempty"`
	At         time.Time `json:"at"`
}

// Actions staff take on the Insights page.
const (
	ActTaught     = "taught"
	ActNotCarried = "not_carried"
	ActDismissed  = "dismissed"
)

// since is the first day of the period ending today: days days, today included.
func since(now time.Time, days int) string {
	return now.AddDate(0, 0, -(days - 1)).Format(insights.DayFormat)
}

// Misses lists the questions of the period (from the day since on) nobody has acted on yet,
// most asked first; kiosk "" is every kiosk.
func (s *Store) Misses(ctx context.Context, from, kiosk string) ([]Miss, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.question, m.topic, m.kind, m.count, m.kiosk, m.last_at
		FROM insight_misses m LEFT JOIN insight_actions a ON a.question = m.question
		WHERE m.day >= ? AND m.kind != ? AND a.question IS NULL AND (? = '' OR m.kiosk = ?)`,
		from, insights.Asked, kiosk, kiosk)
	if err != nil {
		return nil, fmt.Errorf("list insights: %w", err)
	}
	defer rows.Close()
	by := map[string]*Miss{}
	for rows.Next() {
		var q, topic, kind, k string
		var n int
		var last int64
		if err := rows.Scan(&q, &topic, &kind, &n, &k, &last); err != nil {
			return nil, err
		}
		m := by[q]
		if m == nil {
			m = &Miss{Question: q, Kinds: map[string]int{}}
			by[q] = m
		}
		m.Count += n
		m.Kinds[kind] += n
		if topic != "" {
			m.Topic = topic
		}
		if !slices.Contains(m.Kiosks, k) {
			m.Kiosks = append(m.Kiosks, k)
		}
		if t := time.UnixMilli(last); t.After(m.LastAt) {
			m.LastAt = t
		}
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	out := make([]Miss, 0, len(by))
	for _, m := range by {
		if m.Topic == "" {
			m.Topic = m.Question
		}
		sort.Strings(m.Kiosks)
		out = append(out, *m)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Count != out[j].Count {
			return out[i].Count > out[j].Count
		}
		return out[i].Question < out[j].Question
	})
	return out, nil
}

// InsightKiosks are the kiosks that have reported, for the page's choice.
func (s *Store) InsightKiosks(ctx context.Context) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT kiosk FROM insight_misses ORDER BY kiosk`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, err
		}
		out = append(out, k)
	}
	return out, rows.Err()
}

// Act records what staff did about a question; a later action on it replaces an earlier one.
func (s *Store) Act(ctx context.Context, a Action) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO insight_actions (question, action, phrase, target, target_kind, at)
		VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (question) DO UPDATE SET action = excluded.action, phrase = excluded.phrase,
		target = excluded.target, target_kind = excluded.target_kind, at = excluded.at`,
		a.Question, a.Action, a.Phrase, a.Target, a.TargetKind, s.now().UnixMilli())
	if err != nil {
		return fmt.Errorf("save action: %w", err)
	}
	return nil
}

// Actions lists what staff taught and answered (dismissals are left out), newest first.
func (s *Store) Actions(ctx context.Context) ([]Action, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT question, action, phrase, target, target_kind, at FROM insight_actions
		WHERE action != ? ORDER BY at DESC, question`, ActDismissed)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []Action
	for rows.Next() {
		var a Action
		var at int64
		if err := rows.Scan(&a.Question, &a.Action, &a.Phrase, &a.Target, &a.TargetKind, &at); err != nil {
			return nil, err
		}
		a.At = time.UnixMilli(at)
		out = append(out, a)
	}
	return out, rows.Err()
}

// Vocabulary is the store's vocabulary file, made from what staff taught and answered.
func (s *Store) Vocabulary(ctx context.Context) (string, error) {
	acts, err := s.Actions(ctx)
	if err != nil {
		return "", err
	}
	var taught []insights.Teaching
	var answers []insights.StoreAnswer
	for _, a := range acts {
		switch a.Action {
		case ActTaught:
			taught = append(taught, insights.Teaching{Phrase: a.Phrase, Target: a.Target, TargetKind: a.TargetKind})
		case ActNotCarried:
			answers = append(answers, insights.StoreAnswer{Phrase: a.Phrase, Text: a.Target})
		}
	}
	return insights.FormatVocabulary(taught, answers), nil
}

func (s *Server) getVocabulary(w http.ResponseWriter, r *http.Request) {
	text, err := s.store.Vocabulary(r.Context())
	if err != nil {
		s.log.Error("store vocabulary", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not read the store's vocabulary; try again")
		return
	}
	sum := sha256.Sum256([]byte(text))
	etag := `"` + hex.EncodeToString(sum[:8]) + `"`
	w.Header().Set("ETag", etag)
	w.Header().Set("Cache-Control", "no-cache")
	if match := r.Header.Get("If-None-Match"); match != "" && strings.Contains(match, etag) {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	io.WriteString(w, text)
}

// periodDays reads ?days= (1–92, default 7): the period ending today.
func periodDays(r *http.Request) (int, bool) {
	v := r.URL.Query().Get("days")
	if v == "" {
		return 7, true
	}
	n, err := strconv.Atoi(v)
	return n, err == nil && n >= 1 && n <= 92
}

func (s *Server) listInsights(w http.ResponseWriter, r *http.Request) {
	days, ok := periodDays(r)
	if !ok {
		writeError(w, http.StatusBadRequest, "days must be 1 to 92")
		return
	}
	from := since(s.opt.Clock(), days)
	kiosk := r.URL.Query().Get("kiosk")
	misses, err := s.store.Misses(r.Context(), from, kiosk)
	if err == nil {
		var kiosks []string
		var acts []Action
		if kiosks, err = s.store.InsightKiosks(r.Context()); err == nil {
			if acts, err = s.store.Actions(r.Context()); err == nil {
				writeJSON(w, http.StatusOK, map[string]any{"since": from, "kiosk": kiosk, "kiosks": orEmpty(kiosks),
					"misses": misses, "actions": orEmpty(acts)})
				return
			}
		}
	}
	s.log.Error("list insights", "err", err)
	writeError(w, http.StatusInternalServerError, "the desk could not list them; try again")
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

func (s *Server) insightAction(w http.ResponseWriter, r *http.Request) {
	var a Action
	if err := json.NewDecoder(io.LimitReader(r.Body, 16<<10)).Decode(&a); err != nil {
		writeError(w, http.StatusBadRequest, `body must be JSON like {"question":"pop","action":"taught","phrase":"pop","target":"soft drinks","target_kind":"category"}`)
		return
	}
	a.Question = insights.Tidy(a.Question)
	a.Phrase, a.Target = clip(a.Phrase, 120), clip(a.Target, 300)
	if a.Question == "" {
		writeError(w, http.StatusBadRequest, "which question? (question is empty)")
		return
	}
	switch a.Action {
	case ActTaught:
		if a.Phrase == "" || a.Target == "" {
			writeError(w, http.StatusBadRequest, "say what shoppers say and what it means (phrase and target)")
			return
		}
		if !slices.Contains([]string{insights.TargetCategory, insights.TargetProduct, insights.TargetPhrase}, a.TargetKind) {
			writeError(w, http.StatusBadRequest, "target_kind must be category, product or phrase")
			return
		}
	case ActNotCarried:
		if a.Phrase == "" || a.Target == "" {
			writeError(w, http.StatusBadRequest, "say what shoppers ask for and the store's answer (phrase and target)")
			return
		}
		a.TargetKind = ""
	case ActDismissed:
		a.Phrase, a.Target, a.TargetKind = "", "", ""
	default:
		writeError(w, http.StatusBadRequest, "action must be taught, not_carried or dismissed")
		return
	}
	if err := s.store.Act(r.Context(), a); err != nil {
		s.log.Error("insight action", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not save that; try again")
		return
	}
	s.log.Info("insight acted on", "question", a.Question, "action", a.Action, "phrase", a.Phrase, "target", a.Target)
	w.WriteHeader(http.StatusNoContent)
}

// Summary is the store manager's week: what was missed most, how many questions were
// answered, when calls come, and how long shoppers wait for someone to answer one.
type Summary struct {
	Since        string  `json:"since"`
	Until        string  `json:"until"`
	Questions    int     `json:"questions"`     // every question asked
	Missed       int     `json:"missed"`        // answered "not carried" or "unsure"
	AnsweredRate float64 `json:"answered_rate"` // share of questions not missed, 0–1; 0 with no questions
	TopMissed    []Miss  `json:"top_missed"`
	Calls        int     `json:"calls"`
	// CallsPerHour are the calls made in each hour of the day (0–23, the desk's local time).
	CallsPerHour [24]int `json:"calls_per_hour"`
	// MedianAckSeconds is the median time from a call to "I'm coming"; -1 with none answered.
	MedianAckSeconds float64 `json:"median_ack_seconds"`
	Acknowledged     int     `json:"acknowledged"`
}

// Summary sums up the period from day from to now.
func (s *Store) Summary(ctx context.Context, from string, now time.Time) (Summary, error) {
	sum := Summary{Since: from, Until: now.Format(insights.DayFormat), MedianAckSeconds: -1}
	err := s.db.QueryRowContext(ctx, `SELECT
		coalesce(sum(CASE WHEN kind = ? THEN count END), 0),
		coalesce(sum(CASE WHEN kind IN (?, ?) THEN count END), 0)
		FROM insight_misses WHERE day >= ?`, insights.Asked, insights.NotCarried, insights.Unsure, from).
		Scan(&sum.Questions, &sum.Missed)
	if err != nil {
		return sum, fmt.Errorf("summary: %w", err)
	}
	if sum.Questions > 0 {
		sum.AnsweredRate = 1 - float64(min(sum.Missed, sum.Questions))/float64(sum.Questions)
	}
	// Top missed over every question, acted on or not: the manager's view of the week.
	rows, err := s.db.QueryContext(ctx, `SELECT question, max(topic), sum(count), group_concat(DISTINCT kiosk)
		FROM insight_misses WHERE day >= ? AND kind != ? GROUP BY question ORDER BY sum(count) DESC, question LIMIT 20`,
		from, insights.Asked)
	if err != nil {
		return sum, fmt.Errorf("summary: %w", err)
	}
	for rows.Next() {
		var m Miss
		var kiosks string
		if err := rows.Scan(&m.Question, &m.Topic, &m.Count, &kiosks); err != nil {
			rows.Close()
			return sum, err
		}
		if m.Topic == "" {
			m.Topic = m.Question
		}
		m.Kiosks = strings.Split(kiosks, ",")
		sum.TopMissed = append(sum.TopMissed, m)
	}
	rows.Close()
	sum.TopMissed = orEmpty(sum.TopMissed)
	start, err := time.ParseInLocation(insights.DayFormat, from, now.Location())
	if err != nil {
		return sum, err
	}
	crows, err := s.db.QueryContext(ctx, `SELECT created_at, acked_at FROM calls WHERE created_at >= ?`, start.UnixMilli())
	if err != nil {
		return sum, fmt.Errorf("summary: %w", err)
	}
	defer crows.Close()
	var waits []float64
	for crows.Next() {
		var created int64
		var acked sql.NullInt64
		if err := crows.Scan(&created, &acked); err != nil {
			return sum, err
		}
		sum.Calls++
		sum.CallsPerHour[time.UnixMilli(created).In(now.Location()).Hour()]++
		if acked.Valid && acked.Int64 >= created {
			waits = append(waits, float64(acked.Int64-created)/1000)
		}
	}
	if err := crows.Err(); err != nil {
		return sum, err
	}
	sum.Acknowledged = len(waits)
	if n := len(waits); n > 0 {
		sort.Float64s(waits)
		sum.MedianAckSeconds = waits[n/2]
		if n%2 == 0 {
			sum.MedianAckSeconds = (waits[n/2-1] + waits[n/2]) / 2
		}
	}
	return sum, nil
}

func (s *Server) summary(w http.ResponseWriter, r *http.Request) (Summary, bool) {
	days, ok := periodDays(r)
	if !ok {
		writeError(w, http.StatusBadRequest, "days must be 1 to 92")
		return Summary{}, false
	}
	now := s.opt.Clock()
	sum, err := s.store.Summary(r.Context(), since(now, days), now)
	if err != nil {
		s.log.Error("insights summary", "err", err)
		writeError(w, http.StatusInternalServerError, "the desk could not sum up the week; try again")
		return sum, false
	}
	return sum, true
}

func (s *Server) insightSummary(w http.ResponseWriter, r *http.Request) {
	if sum, ok := s.summary(w, r); ok {
		writeJSON(w, http.StatusOK, sum)
	}
}

// insightSummaryCSV is the summary as a spreadsheet: one "measure" row each, then the top
// missed questions and the calls in each hour.
func (s *Server) insightSummaryCSV(w http.ResponseWriter, r *http.Request) {
	sum, ok := s.summary(w, r)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/csv; charset=utf-8")
	w.Header().Set("Content-Disposition", fmt.Sprintf(`attachment; filename="insights-%s-to-%s.csv"`, sum.Since, sum.Until))
	cw := csv.NewWriter(w)
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	_ = cw.Write([]string{"section", "item", "value"})
	_ = cw.Write([]string{"period", "from", sum.Since})
	_ = cw.Write([]string{"period", "to", sum.Until})
	_ = cw.Write([]string{"questions", "asked", strconv.Itoa(sum.Questions)})
	_ = cw.Write([]string{"questions", "missed", strconv.Itoa(sum.Missed)})
	_ = cw.Write([]string{"questions", "answered rate", f(float64(int(sum.AnsweredRate*1000+0.5)) / 1000)})
	_ = cw.Write([]string{"calls", "total", strconv.Itoa(sum.Calls)})
	median := ""
	if sum.MedianAckSeconds >= 0 {
		median = f(sum.MedianAckSeconds)
	}
	_ = cw.Write([]string{"calls", "median seconds to acknowledgement", median})
	for _, m := range sum.TopMissed {
		_ = cw.Write([]string{"top missed", csvSafe(m.Question), strconv.Itoa(m.Count)})
	}
	for h, n := range sum.CallsPerHour {
		_ = cw.Write([]string{"calls per hour", fmt.Sprintf("%02d:00", h), strconv.Itoa(n)})
	}
	cw.Flush()
}

// csvSafe keeps a spreadsheet from taking a shopper's words for a formula.
func csvSafe(s string) string {
	if s != "" && strings.ContainsRune("=+-@", rune(s[0])) {
		return "'" + s
	}
	return s
}
