package staff

import (
	"context"
	"crypto/rand"
	"database/sql"
	"embed"
	"encoding/base32"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
)

//go:embed migrations/*.sql
var migrations embed.FS

// ErrNotFound is returned for a call id the outbox does not hold.
var ErrNotFound = errors.New("no such call")

// outbox is the kiosk's durable record of calls and of each backend's delivery of each
// event. Every change is committed before anyone is told about it, so a kiosk killed at any
// moment resumes where it stood.
//
// Several processes may share one outbox file (kioskctl call-staff runs given the same
// --outbox): each reads a call's state from the file, never from memory, and takes a delivery
// (claim) before making it, so that one of them makes it.
type outbox struct {
	db *sql.DB
}

func openOutbox(path string) (*outbox, error) {
	if path == "" {
		return nil, errors.New("open call outbox: no database path given")
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o750); err != nil {
		return nil, fmt.Errorf("open call outbox: %w", err)
	}
	// FULL: a call the shopper was told is saved must survive a power cut, not only a crash.
	// On a full disk the outbox opens read-only: calls left in it wait until their delivery
	// can be claimed and recorded, and new ones fail (the shopper is sent to the service
	// desk) until there is room.
	db, err := sqlitedb.Open(path, sqlitedb.Options{Synchronous: "FULL", ForeignKeys: true,
		BusyTimeout: outboxBusyTimeout, Migrations: migrations, Pattern: "migrations/*.sql", ReadWhenFull: true})
	if err != nil {
		return nil, fmt.Errorf("open call outbox %s: %w", path, err)
	}
	o := &outbox{db: db}
	return o, nil
}

func (o *outbox) close() error { return o.db.Close() }

// outboxBusyTimeout is how long a write waits for the others'. Writes are short, but with
// many processes on one outbox and few cores, the one holding the lock may wait for a core:
// a call waits its turn rather than failing with "database is locked".
const outboxBusyTimeout = 30 * time.Second

// claimHold is how long a claimed delivery is left to the process that claimed it: longer
// than an attempt (deliverTimeout) and the writes around it. A process that dies while
// delivering leaves it to the others this long; one starting on the outbox takes it back at
// once (releaseDead).
const claimHold = 3 * deliverTimeout

// host and claimer name this process in its claims, so that another can tell whether it
// still runs.
var (
	host, _ = os.Hostname()
	claimer = host + "/" + strconv.Itoa(os.Getpid())
)

// Delivery events besides the states reported after a call changes.
const (
	evCreate   = "create"
	evEscalate = "escalate"
	evLeft     = "left"   // the kiosk started again for the next shopper: the shopper may have gone
	evReason   = "reason" // the shopper said what the call is about after it was made
)

// Delivery outcomes.
const (
	outSent    = "sent"
	outSkipped = "skipped" // nothing to say any more (answered, or never paged here)
	outExpired = "expired"
)

type delivery struct {
	seq      int64
	callID   string
	backend  string
	event    string
	attempts int
}

// record is a call as the outbox holds it.
type record struct {
	Call
	ackKey      string
	sentAt      time.Time
	escalatedAt time.Time
	leftAt      time.Time // the kiosk started again for the next shopper while the call was open
}

const callColumns = `id, kiosk, location, reason, question, state, by_name, eta_s, ack_key,
	created_at, updated_at, sent_at, escalated_at, left_at, lang`

type scanner interface{ Scan(...any) error }

func scanRecord(s scanner) (record, error) {
	var r record
	var reason, state string
	var eta int64
	var created, updated int64
	var sent, escalated, left sql.NullInt64
	err := s.Scan(&r.ID, &r.Kiosk, &r.Location, &reason, &r.Question, &state, &r.By, &eta, &r.ackKey,
		&created, &updated, &sent, &escalated, &left, &r.Lang)
	if err != nil {
		return r, err
	}
	r.Reason, r.State = Reason(reason), State(state)
	r.ETA = time.Duration(eta) * time.Second
	r.CreatedAt, r.UpdatedAt = fromMillis(created), fromMillis(updated)
	if sent.Valid {
		r.sentAt = fromMillis(sent.Int64)
	}
	if escalated.Valid {
		r.escalatedAt = fromMillis(escalated.Int64)
	}
	if left.Valid {
		r.leftAt = fromMillis(left.Int64)
		r.ShopperLeft = true
	}
	return r, nil
}

func millis(t time.Time) int64      { return t.UnixMilli() }
func fromMillis(ms int64) time.Time { return time.UnixMilli(ms) }
func newID() string                 { return randomText(10) }
func placeholders(n int) string     { return strings.TrimSuffix(strings.Repeat("?,", n), ",") }

// nullMillis stores the zero time as NULL: "not yet".
func nullMillis(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return millis(t)
}

// randomText is n random bytes as lowercase base32: safe in URLs, ntfy sequence ids and logs.
func randomText(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b) // never fails on Linux (getrandom)
	return strings.ToLower(base32.StdEncoding.WithPadding(base32.NoPadding).EncodeToString(b))
}

// insert saves a new call and its create deliveries, one per backend, in one transaction.
// SQLite may refuse the write at once, not waiting out the busy timeout, when many processes
// share the outbox (a write lock asked for on a snapshot another has just moved past): the
// call is then saved again, until the busy timeout has passed. A staff call is never lost to
// a lock.
func (o *outbox) insert(ctx context.Context, r record, backends []string) error {
	return sqlitedb.RetryBusy(ctx, outboxBusyTimeout, func() error { return o.insertOnce(ctx, r, backends) })
}

func (o *outbox) insertOnce(ctx context.Context, r record, backends []string) error {
	tx, err := o.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("save call: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `INSERT INTO calls (`+callColumns+`) VALUES (`+placeholders(15)+`)`,
		r.ID, r.Kiosk, r.Location, string(r.Reason), r.Question, string(r.State), r.By, int64(r.ETA/time.Second), r.ackKey,
		millis(r.CreatedAt), millis(r.UpdatedAt), nullMillis(r.sentAt), nullMillis(r.escalatedAt), nullMillis(r.leftAt), r.Lang); err != nil {
		return fmt.Errorf("save call: %w", err)
	}
	for _, b := range backends {
		if err := addDelivery(ctx, tx, r.ID, b, evCreate, r.CreatedAt); err != nil {
			return err
		}
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("save call: %w", err)
	}
	return nil
}

func addDelivery(ctx context.Context, tx *sql.Tx, callID, backend, event string, at time.Time) error {
	_, err := tx.ExecContext(ctx, `INSERT INTO deliveries (call_id, backend, event, next_at) VALUES (?, ?, ?, ?)
		ON CONFLICT (call_id, backend, event) DO NOTHING`, callID, backend, event, millis(at))
	if err != nil {
		return fmt.Errorf("queue %s of call %s to %s: %w", event, callID, backend, err)
	}
	return nil
}

func getRecord(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, id string) (record, error) {
	r, err := scanRecord(q.QueryRowContext(ctx, `SELECT `+callColumns+` FROM calls WHERE id = ?`, id))
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, fmt.Errorf("read call %s: %w", id, err)
	}
	return r, nil
}

func (o *outbox) get(ctx context.Context, id string) (record, error) { return getRecord(ctx, o.db, id) }

// open returns the calls still in progress, oldest first.
func (o *outbox) open(ctx context.Context) ([]record, error) {
	rows, err := o.db.QueryContext(ctx, `SELECT `+callColumns+` FROM calls
		WHERE state NOT IN ('resolved', 'cancelled') ORDER BY created_at`)
	if err != nil {
		return nil, fmt.Errorf("list open calls: %w", err)
	}
	defer rows.Close()
	var out []record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// saveChange writes a changed call and queues event to every backend that has been told of
// the call, except the one named except, all in tx.
func saveChange(ctx context.Context, tx *sql.Tx, r record, event, except string, now time.Time) error {
	if _, err := tx.ExecContext(ctx, `UPDATE calls SET state = ?, reason = ?, by_name = ?, eta_s = ?, updated_at = ?,
		sent_at = ?, escalated_at = ?, left_at = ? WHERE id = ?`,
		string(r.State), string(r.Reason), r.By, int64(r.ETA/time.Second), millis(r.UpdatedAt),
		nullMillis(r.sentAt), nullMillis(r.escalatedAt), nullMillis(r.leftAt), r.ID); err != nil {
		return fmt.Errorf("update call %s: %w", r.ID, err)
	}
	if event == "" {
		return nil
	}
	rows, err := tx.QueryContext(ctx, `SELECT backend FROM deliveries
		WHERE call_id = ? AND event = ? AND outcome = ? AND backend != ?`, r.ID, evCreate, outSent, except)
	if err != nil {
		return fmt.Errorf("list backends of call %s: %w", r.ID, err)
	}
	var told []string
	for rows.Next() {
		var b string
		if err := rows.Scan(&b); err != nil {
			rows.Close()
			return err
		}
		told = append(told, b)
	}
	rows.Close()
	for _, b := range told {
		if err := addDelivery(ctx, tx, r.ID, b, event, now); err != nil {
			return err
		}
	}
	return nil
}

// due returns a backend's deliveries whose time has come, in the order they were queued.
func (o *outbox) due(ctx context.Context, backend string, now time.Time, limit int) ([]delivery, error) {
	rows, err := o.db.QueryContext(ctx, `SELECT seq, call_id, backend, event, attempts FROM deliveries
		WHERE backend = ? AND done_at IS NULL AND next_at <= ? ORDER BY seq LIMIT ?`, backend, millis(now), limit)
	if err != nil {
		return nil, fmt.Errorf("list due deliveries: %w", err)
	}
	defer rows.Close()
	var out []delivery
	for rows.Next() {
		var d delivery
		if err := rows.Scan(&d.seq, &d.callID, &d.backend, &d.event, &d.attempts); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

// nextDue is when the backend's next pending delivery falls due; ok is false when none is pending.
func (o *outbox) nextDue(ctx context.Context, backend string) (t time.Time, ok bool, err error) {
	var ms sql.NullInt64
	err = o.db.QueryRowContext(ctx, `SELECT min(next_at) FROM deliveries WHERE backend = ? AND done_at IS NULL`,
		backend).Scan(&ms)
	if err != nil || !ms.Valid {
		return time.Time{}, false, err
	}
	return fromMillis(ms.Int64), true, nil
}

// claim takes a due delivery for this process until now+claimHold, so that no other process
// sharing the outbox makes it meanwhile. ok is false if another has it or it is done; attempts
// is the delivery's count as it stands.
func (o *outbox) claim(ctx context.Context, seq int64, now time.Time) (attempts int, ok bool, err error) {
	err = o.db.QueryRowContext(ctx, `UPDATE deliveries SET next_at = ?, claimed_by = ?
		WHERE seq = ? AND done_at IS NULL AND next_at <= ? RETURNING attempts`,
		millis(now.Add(claimHold)), claimer, seq, millis(now)).Scan(&attempts)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, false, nil
	}
	return attempts, err == nil, err
}

// release gives a claimed delivery up, due at once: this process stopped before making it.
func (o *outbox) release(ctx context.Context, seq int64, now time.Time) error {
	_, err := o.db.ExecContext(ctx, `UPDATE deliveries SET next_at = ?, claimed_by = '' WHERE seq = ? AND done_at IS NULL`,
		millis(now), seq)
	return err
}

// releaseDead gives back, due at once, the deliveries claimed by processes on this host that
// no longer run: a kioskctl run or kiosk killed while delivering, then started again.
func (o *outbox) releaseDead(ctx context.Context, now time.Time) error {
	rows, err := o.db.QueryContext(ctx, `SELECT DISTINCT claimed_by FROM deliveries
		WHERE done_at IS NULL AND claimed_by != '' AND next_at > ?`, millis(now))
	if err != nil {
		return err
	}
	var dead []string
	for rows.Next() {
		var by string
		if err := rows.Scan(&by); err != nil {
			rows.Close()
			return err
		}
		h, pid, _ := strings.Cut(by, "/")
		if n, err := strconv.Atoi(pid); err == nil && h == host && by != claimer && processGone(n) {
			dead = append(dead, by)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, by := range dead {
		if _, err := o.db.ExecContext(ctx, `UPDATE deliveries SET next_at = ?, claimed_by = ''
			WHERE claimed_by = ? AND done_at IS NULL AND next_at > ?`, millis(now), by, millis(now)); err != nil {
			return err
		}
	}
	return nil
}

func (o *outbox) finish(ctx context.Context, seq int64, outcome string, now time.Time) error {
	tried := 0
	if outcome == outSent {
		tried = 1
	}
	_, err := o.db.ExecContext(ctx, `UPDATE deliveries SET done_at = ?, outcome = ?, attempts = attempts + ?
		WHERE seq = ?`, millis(now), outcome, tried, seq)
	return err
}

func (o *outbox) retry(ctx context.Context, seq int64, attempts int, next time.Time, failure string) error {
	_, err := o.db.ExecContext(ctx, `UPDATE deliveries SET attempts = ?, next_at = ?, last_error = ?, claimed_by = ''
		WHERE seq = ?`, attempts, millis(next), failure, seq)
	return err
}

// told reports whether backend has been given the call (its create delivery went out).
func (o *outbox) told(ctx context.Context, callID, backend string) (bool, error) {
	var n int
	err := o.db.QueryRowContext(ctx, `SELECT count(*) FROM deliveries
		WHERE call_id = ? AND backend = ? AND event = ? AND outcome = ?`, callID, backend, evCreate, outSent).Scan(&n)
	return n > 0, err
}

// toldOpen lists the open calls backend has been given: the ones whose fate it may know.
func (o *outbox) toldOpen(ctx context.Context, backend string) ([]record, error) {
	rows, err := o.db.QueryContext(ctx, `SELECT `+prefixed("c.", callColumns)+` FROM calls c
		JOIN deliveries d ON d.call_id = c.id AND d.backend = ? AND d.event = ? AND d.outcome = ?
		WHERE c.state NOT IN ('resolved', 'cancelled') ORDER BY c.created_at`, backend, evCreate, outSent)
	if err != nil {
		return nil, fmt.Errorf("list calls given to %s: %w", backend, err)
	}
	defer rows.Close()
	var out []record
	for rows.Next() {
		r, err := scanRecord(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// expireDeliveries gives up every pending delivery of a call.
func expireDeliveries(ctx context.Context, tx *sql.Tx, callID string, now time.Time) error {
	_, err := tx.ExecContext(ctx, `UPDATE deliveries SET done_at = ?, outcome = ? WHERE call_id = ? AND done_at IS NULL`,
		millis(now), outExpired, callID)
	return err
}

// prune forgets finished calls older than the cutoff; the outbox is not an archive.
func (o *outbox) prune(ctx context.Context, before time.Time) error {
	_, err := o.db.ExecContext(ctx, `DELETE FROM calls WHERE state IN ('resolved', 'cancelled') AND updated_at < ?`,
		millis(before))
	return err
}

func prefixed(p, columns string) string {
	parts := strings.Split(columns, ",")
	for i, c := range parts {
		parts[i] = p + strings.TrimSpace(c)
	}
	return strings.Join(parts, ", ")
}
