package staffdesk

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"os"
	"path/filepath"
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
	db, err := sqlitedb.Open(path, sqlitedb.Options{Synchronous: "FULL", Migrations: migrations, Pattern: "migrations/*.sql"})
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

const columns = `id, kiosk, location, reason, question, state, by_name, eta_s, created_at, updated_at`

type rowScanner interface{ Scan(...any) error }

func scanCall(r rowScanner) (staff.Call, error) {
	var c staff.Call
	var reason, state string
	var eta, created, updated int64
	if err := r.Scan(&c.ID, &c.Kiosk, &c.Location, &reason, &c.Question, &state, &c.By, &eta, &created, &updated); err != nil {
		return c, err
	}
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
			created_at, received_at, updated_at, acked_at, escalated_at, closed_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			in.ID, in.Kiosk, in.Location, string(in.Reason), in.Question, string(in.State), in.By, int64(in.ETA/time.Second),
			asked.UnixMilli(), now.UnixMilli(), now.UnixMilli(),
			when(in.State == staff.Acknowledged, now), when(in.State == staff.Escalated, now), when(in.State.Terminal(), now))
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

// List returns calls by state: "open" (waiting or someone coming; the default), "all", or one
// state's name. Open calls come oldest first; others newest first.
func (s *Store) List(ctx context.Context, state string, limit int) ([]staff.Call, error) {
	if limit <= 0 || limit > 1000 {
		limit = 200
	}
	var rows *sql.Rows
	var err error
	switch state {
	case "", "open":
		rows, err = s.db.QueryContext(ctx, `SELECT `+columns+` FROM calls
			WHERE state IN ('sent', 'escalated', 'acknowledged') ORDER BY created_at LIMIT ?`, limit)
	case "all":
		rows, err = s.db.QueryContext(ctx, `SELECT `+columns+` FROM calls ORDER BY created_at DESC LIMIT ?`, limit)
	default:
		if rank(staff.State(state)) == 0 {
			return nil, fmt.Errorf("unknown state %q: use open, all, sent, escalated, acknowledged, resolved or cancelled", state)
		}
		rows, err = s.db.QueryContext(ctx, `SELECT `+columns+` FROM calls WHERE state = ?
			ORDER BY created_at DESC LIMIT ?`, state, limit)
	}
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []staff.Call{}
	for rows.Next() {
		c, err := scanCall(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
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
