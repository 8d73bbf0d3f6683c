package staffdesk

import (
	"context"
	"database/sql"
	"embed"
	"encoding/base64"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

//go:embed migrations/*.sql
var migrations embed.FS

var (
	// ErrNotFound: no call with that id.
	ErrNotFound = errors.New("no such call")
	// ErrClosed: the call is resolved or cancelled.
	ErrClosed = errors.New("this call is already closed")
	// ErrTaken: someone else is already coming.
	ErrTaken = errors.New("someone else is already coming")
)

// Store keeps the desk's calls in SQLite, so a restarted desk still lists who is waiting.
type Store struct {
	db  *sql.DB
	now func() time.Time
}

// Open opens (creating if needed) the desk database at path.
func Open(path string) (*Store, error) {
	if path == "" {
		return nil, errors.New("open staff desk database: no path given")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("open staff desk database: %w", err)
	}
	// Many kiosks may submit at once on a busy box: writers wait their turn rather than fail.
	db, err := sqlitedb.Open(path, sqlitedb.Options{Synchronous: "FULL", Migrations: migrations, Pattern: "migrations/*.sql",
		BusyTimeout: 30 * time.Second})
	if err != nil {
		return nil, fmt.Errorf("open staff desk database %s: %w", path, err)
	}
	s := &Store{db: db, now: func() time.Time { return time.Now().Truncate(time.Millisecond) }}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// rank orders states by how far along a call is; a submission never moves a call back.
func rank(s staff.State) int {
	switch s {
	case staff.Queued, staff.Sent:
		return 1
	case staff.Escalated:
		return 2
	case staff.Acknowledged:
		return 3
	case staff.Resolved, staff.Cancelled:
		return 4
	}
	return 0
}

const columns = `id, kiosk, location, reason, question, state, by_name, eta_s, created_at, updated_at, left_at, acked_at, lang`

type rowScanner interface{ Scan(...any) error }

func scanCall(r rowScanner) (staff.Call, error) {
	var c staff.Call
	var reason, state string
	var eta, created, updated int64
	var left, acked sql.NullInt64
	if err := r.Scan(&c.ID, &c.Kiosk, &c.Location, &reason, &c.Question, &state, &c.By, &eta, &created, &updated, &left, &acked, &c.Lang); err != nil {
		return c, err
	}
	if acked.Valid {
		c.AckedAt = time.UnixMilli(acked.Int64)
	}
	c.ShopperLeft = left.Valid
	c.Reason, c.State = staff.Reason(reason), staff.State(state)
	c.ETA = time.Duration(eta) * time.Second
	c.CreatedAt, c.UpdatedAt = time.UnixMilli(created), time.UnixMilli(updated)
	return c, nil
}

type querier interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}

func get(ctx context.Context, q querier, id string) (staff.Call, error) {
	c, err := scanCall(q.QueryRowContext(ctx, `SELECT `+columns+` FROM calls WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	return c, err
}

// Get returns one call.
func (s *Store) Get(ctx context.Context, id string) (staff.Call, error) { return get(ctx, s.db, id) }

// Put records a kiosk's submission of a call: new calls are added, known ones move forward
// to the kiosk's state if that is further along (a kiosk retrying an old "sent" never undoes
// "Ana is coming"). It returns the call as the desk now holds it, whether it is new, and
// whether it changed.
func (s *Store) Put(ctx context.Context, w staff.Wire) (c staff.Call, created, changed bool, err error) {
	in := w.Call()
	in.Kiosk, in.Location, in.Question = clip(in.Kiosk, 80), clip(in.Location, 120), clip(in.Question, 500)
	in.By = clip(in.By, 60)
	if in.State == staff.Queued || rank(in.State) == 0 {
		in.State = staff.Sent
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return c, false, false, err
	}
	defer tx.Rollback()
	now := s.now()
	old, err := get(ctx, tx, in.ID)
	switch {
	case errors.Is(err, ErrNotFound):
		asked := in.CreatedAt
		if asked.IsZero() || asked.After(now) {
			asked = now // a kiosk clock ahead of ours must not make the wait look shorter
		}
		_, err = tx.ExecContext(ctx, `INSERT INTO calls (id, kiosk, location, reason, question, state, by_name, eta_s,
			created_at, received_at, updated_at, acked_at, escalated_at, closed_at, left_at, lang)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.ID, in.Kiosk, in.Location, string(in.Reason), in.Question, string(in.State), in.By, int64(in.ETA/time.Second),
			asked.UnixMilli(), now.UnixMilli(), now.UnixMilli(),
			when(in.State == staff.Acknowledged, now), when(in.State == staff.Escalated, now), when(in.State.Terminal(), now),
			when(in.ShopperLeft, now), in.Lang)
		if err != nil {
			return c, false, false, fmt.Errorf("save call %s: %w", in.ID, err)
		}
		created, changed = true, true
	case err != nil:
		return c, false, false, err
	case rank(in.State) > rank(old.State):
		by, eta := old.By, old.ETA
		if in.State == staff.Acknowledged || by == "" {
			by, eta = in.By, in.ETA
		}
		if err := setState(ctx, tx, in.ID, in.State, by, eta, now); err != nil {
			return c, false, false, err
		}
		changed = true
	}
	if !created && in.ShopperLeft && !old.ShopperLeft && !old.State.Terminal() {
		// The kiosk started again for the next shopper: the call stays as it is, marked.
		if _, err := tx.ExecContext(ctx, `UPDATE calls SET left_at = ?, updated_at = ? WHERE id = ? AND left_at IS NULL`,
			now.UnixMilli(), now.UnixMilli(), in.ID); err != nil {
			return c, false, false, fmt.Errorf("mark call %s: %w", in.ID, err)
		}
		changed = true
	}
	if !created && in.Reason != old.Reason && !old.State.Terminal() {
		// The shopper said what it is about after calling: the same call, now with a reason.
		if _, err := tx.ExecContext(ctx, `UPDATE calls SET reason = ?, updated_at = ? WHERE id = ?`,
			string(in.Reason), now.UnixMilli(), in.ID); err != nil {
			return c, false, false, fmt.Errorf("set the reason of call %s: %w", in.ID, err)
		}
		changed = true
	}
	if c, err = get(ctx, tx, in.ID); err != nil {
		return c, false, false, err
	}
	return c, created, changed, tx.Commit()
}

func setState(ctx context.Context, tx *sql.Tx, id string, st staff.State, by string, eta time.Duration, now time.Time) error {
	col := map[staff.State]string{staff.Acknowledged: "acked_at", staff.Escalated: "escalated_at",
		staff.Resolved: "closed_at", staff.Cancelled: "closed_at"}[st]
	extra := ""
	if col != "" {
		extra = ", " + col + " = coalesce(" + col + ", ?)"
	}
	args := []any{string(st), by, int64(eta / time.Second), now.UnixMilli()}
	if col != "" {
		args = append(args, now.UnixMilli())
	}
	args = append(args, id)
	if _, err := tx.ExecContext(ctx, `UPDATE calls SET state = ?, by_name = ?, eta_s = ?, updated_at = ?`+extra+
		` WHERE id = ?`, args...); err != nil {
		return fmt.Errorf("update call %s: %w", id, err)
	}
	return nil
}

// Ack records that name is coming. The same person acknowledging again is harmless; someone
// else finds ErrTaken (with the call, to say who).
func (s *Store) Ack(ctx context.Context, id, name string, eta time.Duration) (staff.Call, error) {
	return s.transition(ctx, id, func(c staff.Call) (staff.State, string, time.Duration, error) {
		switch {
		case c.State.Terminal():
			return "", "", 0, ErrClosed
		case c.State == staff.Acknowledged && !strings.EqualFold(c.By, name):
			return "", "", 0, ErrTaken
		case c.State == staff.Acknowledged:
			return "", "", 0, nil
		}
		return staff.Acknowledged, name, eta, nil
	})
}

// Resolve marks a call done. Resolving it again is harmless; a cancelled call is ErrClosed.
func (s *Store) Resolve(ctx context.Context, id, name string) (staff.Call, error) {
	return s.transition(ctx, id, func(c staff.Call) (staff.State, string, time.Duration, error) {
		switch c.State {
		case staff.Resolved:
			return "", "", 0, nil
		case staff.Cancelled:
			return "", "", 0, ErrClosed
		}
		by := c.By
		if by == "" {
			by = name
		}
		return staff.Resolved, by, c.ETA, nil
	})
}

func (s *Store) transition(ctx context.Context, id string, fn func(staff.Call) (staff.State, string, time.Duration, error)) (staff.Call, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return staff.Call{}, err
	}
	defer tx.Rollback()
	c, err := get(ctx, tx, id)
	if err != nil {
		return c, err
	}
	st, by, eta, err := fn(c)
	if err != nil || st == "" {
		return c, err
	}
	if err := setState(ctx, tx, id, st, clip(by, 60), eta, s.now()); err != nil {
		return c, err
	}
	if c, err = get(ctx, tx, id); err != nil {
		return c, err
	}
	return c, tx.Commit()
}

// Query asks for one page of calls.
type Query struct {
	// State is "open" (waiting or someone coming; the default), "all", or one state's name.
	State string
	// Limit is the page size: DefaultPageSize if 0, at most MaxPageSize.
	Limit int
	// Before is the Next of the previous page; empty for the newest calls.
	Before string
	// Since, if set, leaves out calls made before it (today's history: since midnight).
	Since time.Time
}

// Page is one page of calls, newest first.
type Page struct {
	Calls []staff.Call
	// Next fetches the page after this one (older calls); empty when there is none.
	Next string
}

const (
	// DefaultPageSize is how many calls a page holds unless asked otherwise.
	DefaultPageSize = 50
	// MaxPageSize is the most a page holds.
	MaxPageSize = 500
)

// ErrBadQuery: a state, page size or cursor that makes no sense.
var ErrBadQuery = errors.New("bad query")

// cursor is where a page ends: the last call's creation time and id (ties broken by id).
func cursor(c staff.Call) string {
	return base64.RawURLEncoding.EncodeToString([]byte(strconv.FormatInt(c.CreatedAt.UnixMilli(), 10) + ":" + c.ID))
}

func parseCursor(s string) (ms int64, id string, err error) {
	b, err := base64.RawURLEncoding.DecodeString(s)
	if err == nil {
		t, rest, ok := strings.Cut(string(b), ":")
		if ms, err = strconv.ParseInt(t, 10, 64); ok && err == nil {
			return ms, rest, nil
		}
	}
	return 0, "", fmt.Errorf("%w: before must be the next cursor of an earlier page", ErrBadQuery)
}

const openStates = `state IN ('sent', 'escalated', 'acknowledged')`

// List returns a page of calls, newest first: a new call is on the first page however many
// old ones nobody closed.
func (s *Store) List(ctx context.Context, q Query) (Page, error) {
	limit := q.Limit
	switch {
	case limit == 0:
		limit = DefaultPageSize
	case limit < 0:
		return Page{}, fmt.Errorf("%w: limit must be at least 1", ErrBadQuery)
	case limit > MaxPageSize:
		limit = MaxPageSize
	}
	var where []string
	var args []any
	switch q.State {
	case "", "open":
		where = append(where, openStates)
	case "all":
	default:
		if rank(staff.State(q.State)) == 0 {
			return Page{}, fmt.Errorf("%w: unknown state %q: use open, all, sent, escalated, acknowledged, resolved or cancelled", ErrBadQuery, q.State)
		}
		where = append(where, "state = ?")
		args = append(args, q.State)
	}
	if !q.Since.IsZero() {
		where = append(where, "created_at >= ?")
		args = append(args, q.Since.UnixMilli())
	}
	if q.Before != "" {
		ms, id, err := parseCursor(q.Before)
		if err != nil {
			return Page{}, err
		}
		where = append(where, "(created_at < ? OR (created_at = ? AND id < ?))")
		args = append(args, ms, ms, id)
	}
	query := `SELECT ` + columns + ` FROM calls`
	if len(where) > 0 {
		query += ` WHERE ` + strings.Join(where, " AND ")
	}
	query += ` ORDER BY created_at DESC, id DESC LIMIT ?`
	args = append(args, limit+1) // one more says whether there is a next page
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return Page{}, err
	}
	defer rows.Close()
	p := Page{Calls: []staff.Call{}}
	for rows.Next() {
		c, err := scanCall(rows)
		if err != nil {
			return Page{}, err
		}
		p.Calls = append(p.Calls, c)
	}
	if err := rows.Err(); err != nil {
		return Page{}, err
	}
	if len(p.Calls) > limit {
		p.Calls = p.Calls[:limit]
		p.Next = cursor(p.Calls[limit-1])
	}
	return p, nil
}

// CountOpen counts open calls, and of those the ones nobody has answered.
func (s *Store) CountOpen(ctx context.Context) (open, waiting int, err error) {
	err = s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(state != 'acknowledged'), 0) FROM calls WHERE `+openStates).
		Scan(&open, &waiting)
	return open, waiting, err
}

// CloseAcknowledged resolves the calls someone said they were coming to before before and
// nobody marked done: the shopper was helped long ago, or has gone. It returns them as closed.
func (s *Store) CloseAcknowledged(ctx context.Context, before time.Time) ([]staff.Call, error) {
	// Look first, outside a write transaction: there is usually nothing to do.
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM calls WHERE state = 'acknowledged' AND acked_at < ?`, before.UnixMilli())
	if err != nil {
		return nil, err
	}
	var ids []string
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return nil, err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	var closed []staff.Call
	for _, id := range ids {
		changed := false
		c, err := s.transition(ctx, id, func(c staff.Call) (staff.State, string, time.Duration, error) {
			if c.State != staff.Acknowledged { // answered in the meantime
				return "", "", 0, nil
			}
			changed = true
			return staff.Resolved, c.By, c.ETA, nil
		})
		if err != nil {
			return closed, err
		}
		if changed {
			closed = append(closed, c)
		}
	}
	return closed, nil
}

func when(cond bool, t time.Time) any {
	if !cond {
		return nil
	}
	return t.UnixMilli()
}

func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}
