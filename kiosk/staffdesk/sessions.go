package staffdesk

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"database/sql"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"
)

// ErrNoSession: no such session, or it was revoked or has expired.
var ErrNoSession = errors.New("no such session")

// Session is one device signed in to the desk with the staff code.
type Session struct {
	ID        string    `json:"id"`
	Device    string    `json:"device"`
	UserAgent string    `json:"user_agent"`
	Remote    string    `json:"remote"`
	CreatedAt time.Time `json:"created_at"`
	LastSeen  time.Time `json:"last_seen"`
}

// touchEvery is how stale last_seen may get before a request writes it again: often enough
// to tell staff which phones are in use, rarely enough not to write on every request.
const touchEvery = time.Minute

func randomBytes(n int) []byte {
	b := make([]byte, n)
	if _, err := rand.Read(b); err != nil {
		panic(err) // crypto/rand does not fail on Linux; without it nothing here is safe
	}
	return b
}

func secretHash(secret string) []byte {
	h := sha256.Sum256([]byte(secret))
	return h[:]
}

// CreateSession signs a device in and returns its session and the cookie value that proves
// it (id.secret), which the desk does not keep.
func (s *Store) CreateSession(ctx context.Context, device, userAgent, remote string) (Session, string, error) {
	now := s.now()
	ses := Session{ID: hex.EncodeToString(randomBytes(8)), Device: clip(device, 60), UserAgent: clip(userAgent, 300),
		Remote: clip(remote, 64), CreatedAt: now, LastSeen: now}
	secret := base64.RawURLEncoding.EncodeToString(randomBytes(32))
	_, err := s.db.ExecContext(ctx, `INSERT INTO sessions (id, secret_hash, device, user_agent, remote, created_at, last_seen)
		VALUES (?, ?, ?, ?, ?, ?, ?)`, ses.ID, secretHash(secret), ses.Device, ses.UserAgent, ses.Remote,
		now.UnixMilli(), now.UnixMilli())
	if err != nil {
		return Session{}, "", fmt.Errorf("save session: %w", err)
	}
	return ses, ses.ID + "." + secret, nil
}

const sessionColumns = `id, device, user_agent, remote, created_at, last_seen`

func scanSession(r rowScanner, extra ...any) (Session, error) {
	var ses Session
	var created, seen int64
	err := r.Scan(append([]any{&ses.ID, &ses.Device, &ses.UserAgent, &ses.Remote, &created, &seen}, extra...)...)
	ses.CreatedAt, ses.LastSeen = time.UnixMilli(created), time.UnixMilli(seen)
	return ses, err
}

// Session returns the session a cookie value proves, if it was used within idle, and notes
// that it was seen now.
func (s *Store) Session(ctx context.Context, cookie string, idle time.Duration) (Session, error) {
	id, secret, ok := strings.Cut(cookie, ".")
	if !ok || id == "" || secret == "" {
		return Session{}, ErrNoSession
	}
	var hash []byte
	ses, err := scanSession(s.db.QueryRowContext(ctx, `SELECT `+sessionColumns+`, secret_hash FROM sessions WHERE id = ?`, id), &hash)
	if errors.Is(err, sql.ErrNoRows) {
		return Session{}, ErrNoSession
	}
	if err != nil {
		return Session{}, err
	}
	now := s.now()
	if subtle.ConstantTimeCompare(hash, secretHash(secret)) != 1 || now.Sub(ses.LastSeen) > idle {
		return Session{}, ErrNoSession
	}
	if now.Sub(ses.LastSeen) >= touchEvery {
		if _, err := s.db.ExecContext(ctx, `UPDATE sessions SET last_seen = ? WHERE id = ?`, now.UnixMilli(), id); err != nil {
			return Session{}, fmt.Errorf("note session seen: %w", err)
		}
		ses.LastSeen = now
	}
	return ses, nil
}

// Sessions lists the signed-in devices, most recently seen first.
func (s *Store) Sessions(ctx context.Context) ([]Session, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT `+sessionColumns+` FROM sessions ORDER BY last_seen DESC, id`)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []Session{}
	for rows.Next() {
		ses, err := scanSession(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, ses)
	}
	return out, rows.Err()
}

// RevokeSession signs one device out.
func (s *Store) RevokeSession(ctx context.Context, id string) error {
	res, err := s.db.ExecContext(ctx, `DELETE FROM sessions WHERE id = ?`, id)
	if err != nil {
		return fmt.Errorf("revoke session: %w", err)
	}
	if n, _ := res.RowsAffected(); n == 0 {
		return ErrNoSession
	}
	return nil
}

// RevokeAllSessions signs every device out and says how many there were.
func (s *Store) RevokeAllSessions(ctx context.Context) (int, error) {
	res, err := s.db.ExecContext(ctx, `DELETE FROM sessions`)
	if err != nil {
		return 0, fmt.Errorf("revoke sessions: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// PruneSessions forgets the sessions not seen since before.
func (s *Store) PruneSessions(ctx context.Context, before time.Time) error {
	_, err := s.db.ExecContext(ctx, `DELETE FROM sessions WHERE last_seen < ?`, before.UnixMilli())
	return err
}

// codeAlphabet has no letters or digits a person could confuse (0/o, 1/l/i) and no capitals:
// codes are typed on phone keyboards.
const codeAlphabet = "23456789abcdefghjkmnpqrstuvwxyz"

// NewCode makes a staff code: 12 characters of codeAlphabet (59 bits) in groups of four,
// like "k7mq-x3pa-9rtd". With guessing limited per client, that is beyond reach.
func NewCode() string {
	var b strings.Builder
	n := big.NewInt(int64(len(codeAlphabet)))
	for i := range 12 {
		if i > 0 && i%4 == 0 {
			b.WriteByte('-')
		}
		k, err := rand.Int(rand.Reader, n)
		if err != nil {
			panic(err)
		}
		b.WriteByte(codeAlphabet[k.Int64()])
	}
	return b.String()
}

// normalCode is a typed code as the desk compares it when the staff code is one of its own
// kind: lower case, without spaces or dashes. ok is false when code is not of that kind.
func normalCode(code string) (string, bool) {
	var b strings.Builder
	for _, r := range strings.ToLower(code) {
		switch {
		case r == '-' || r == ' ':
		case strings.ContainsRune(codeAlphabet, r):
			b.WriteRune(r)
		default:
			return "", false
		}
	}
	return b.String(), b.Len() > 0
}

// deviceName names a device from its browser's User-Agent when staff gave it no name:
// "iPhone, Safari", "Android, Chrome".
func deviceName(ua string) string {
	platform := ""
	for _, p := range []struct{ key, name string }{
		{"iPhone", "iPhone"}, {"iPad", "iPad"}, {"Android", "Android"}, {"Windows", "Windows"},
		{"Macintosh", "Mac"}, {"CrOS", "Chromebook"}, {"Linux", "Linux"},
	} {
		if strings.Contains(ua, p.key) {
			platform = p.name
			break
		}
	}
	browser := ""
	for _, b := range []struct{ key, name string }{
		{"SamsungBrowser/", "Samsung Internet"}, {"Edg", "Edge"}, {"Firefox/", "Firefox"}, {"FxiOS/", "Firefox"},
		{"CriOS/", "Chrome"}, {"Chrome/", "Chrome"}, {"Safari/", "Safari"},
	} {
		if strings.Contains(ua, b.key) {
			browser = b.name
			break
		}
	}
	switch {
	case platform != "" && browser != "":
		return platform + ", " + browser
	case platform != "" || browser != "":
		return platform + browser
	}
	return "unknown device"
}
