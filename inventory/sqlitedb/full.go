package sqlitedb

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"time"

	"github.com/mattn/go-sqlite3"
)

// A WAL database cannot even be read on a completely full disk the usual way: every
// connection maps the -shm index, which SQLite makes room for on disk first. A handle opened
// with ReadWhenFull then reads through read-only connections that need no -shm, so shoppers
// still get answers from the last good catalog while syncs and staff calls fail saying why.

// FullError is a write refused because the disk holding the database is full.
type FullError struct {
	Path string // the database file
	Err  error  // what SQLite or the system said
}

func (e *FullError) Error() string { return "disk full: cannot write " + e.Path + ": " + e.Err.Error() }
func (e *FullError) Unwrap() error { return e.Err }

// IsDiskFull reports whether err says that a disk is full: a *FullError, SQLite's "database
// or disk is full", or the system's ENOSPC (from SQLite or from writing a file).
func IsDiskFull(err error) bool {
	if err == nil {
		return false
	}
	var fe *FullError
	var se sqlite3.Error
	switch {
	case errors.As(err, &fe), errors.Is(err, syscall.ENOSPC):
		return true
	case errors.As(err, &se):
		return se.Code == sqlite3.ErrFull || se.SystemErrno == syscall.ENOSPC
	}
	return false
}

// Writable reports whether db can be written now: nil, or a *FullError while its disk is
// full. If db has been reading read-only for want of space, it first tries to open a
// writable connection, so that the writes after a nil answer find one.
func Writable(db *sql.DB) error {
	d, ok := db.Driver().(handleDriver)
	if !ok {
		return nil
	}
	return d.c.writable()
}

// retryWritable is how long a read-only connection serves before a writable one is tried
// again: a disk with room again is used within seconds, and a full one costs a failed open
// that often at most.
const retryWritable = 2 * time.Second

// connector opens the connections of one handle: writable ones, and with readWhenFull,
// read-only ones while the disk is too full for a writable one.
type connector struct {
	drv          *sqlite3.SQLiteDriver
	path, dsn    string
	readWhenFull bool

	mu   sync.Mutex
	full *FullError // non-nil while connections are opened read-only
	gen  int        // counts returns to writable; read-only connections of an older count retire
}

func (c *connector) Driver() driver.Driver { return handleDriver{c} }

func (c *connector) Connect(context.Context) (driver.Conn, error) {
	conn, err := c.openWritable()
	if err != nil && c.readWhenFull && IsDiskFull(err) {
		return c.openReadOnly(err)
	}
	return conn, err
}

func (c *connector) openWritable() (driver.Conn, error) {
	if simulatedFull(c.path) {
		return nil, sqlite3.Error{Code: sqlite3.ErrIoErr, ExtendedCode: sqlite3.ErrIoErrSHMSize, SystemErrno: syscall.ENOSPC}
	}
	conn, err := c.drv.Open(c.dsn)
	if err != nil {
		return nil, err
	}
	c.mu.Lock()
	if c.full != nil {
		c.full = nil
		c.gen++
	}
	c.mu.Unlock()
	return conn, nil
}

// openReadOnly opens a connection that reads the database without writing anything, the -shm
// included.
func (c *connector) openReadOnly(cause error) (driver.Conn, error) {
	full := &FullError{Path: c.path, Err: cause}
	q := url.Values{}
	q.Set("mode", "ro")
	q.Set("_busy_timeout", "5000")
	// With nothing in the WAL, the database file alone is the whole database: open it as
	// immutable, which needs no -shm. (Nothing else may write it meanwhile; another process
	// that does once there is room is seen within retryWritable, when this connection
	// retires.) Frames in the WAL may be its latest commits, and only the -shm index left by
	// the process that wrote them can say which count: read through that, or not at all.
	wal, err := os.Stat(c.path + "-wal")
	immutable := err != nil || wal.Size() == 0
	if immutable {
		q.Set("immutable", "1")
	}
	conn, err := c.drv.Open(dsn(c.path, q))
	if err == nil {
		// Read now, so that a database that cannot be read fails here, saying why.
		if _, err = conn.(*sqlite3.SQLiteConn).ExecContext(context.Background(), `SELECT count(*) FROM sqlite_schema`, nil); err != nil {
			conn.Close()
		}
	}
	switch {
	case err != nil && immutable:
		return nil, fmt.Errorf("%w; reading it failed too: %v", full, err)
	case err != nil:
		return nil, fmt.Errorf("%w; its last changes are in %s-wal, which cannot be read without room for its -shm index: %v",
			full, c.path, err)
	}
	c.mu.Lock()
	c.full = full
	gen := c.gen
	c.mu.Unlock()
	return &readOnlyConn{SQLiteConn: conn.(*sqlite3.SQLiteConn), c: c, gen: gen, until: time.Now().Add(retryWritable)}, nil
}

func (c *connector) writable() error {
	c.mu.Lock()
	full := c.full
	c.mu.Unlock()
	if full == nil {
		return nil
	}
	conn, err := c.openWritable()
	if err != nil {
		if IsDiskFull(err) {
			return &FullError{Path: c.path, Err: err}
		}
		return err
	}
	return conn.Close()
}

func (c *connector) current(gen int) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.gen == gen
}

// handleDriver is the connector's Driver, through which Writable finds the connector of a
// *sql.DB.
type handleDriver struct{ c *connector }

func (d handleDriver) Open(string) (driver.Conn, error) { return d.c.Connect(context.Background()) }

// readOnlyConn is a connection opened read-only for want of space. It refuses to write with
// a *FullError, and retires after retryWritable, or as soon as a writable connection opens.
type readOnlyConn struct {
	*sqlite3.SQLiteConn
	c     *connector
	gen   int
	until time.Time
}

func (r *readOnlyConn) IsValid() bool { return time.Now().Before(r.until) && r.c.current(r.gen) }

func (r *readOnlyConn) ResetSession(context.Context) error {
	if !r.IsValid() {
		return driver.ErrBadConn
	}
	return nil
}

// BeginTx refuses a write transaction at once, the way every write here starts.
func (r *readOnlyConn) BeginTx(ctx context.Context, opts driver.TxOptions) (driver.Tx, error) {
	if !opts.ReadOnly {
		return nil, r.refuse()
	}
	return r.SQLiteConn.BeginTx(ctx, opts)
}

func (r *readOnlyConn) ExecContext(ctx context.Context, query string, args []driver.NamedValue) (driver.Result, error) {
	res, err := r.SQLiteConn.ExecContext(ctx, query, args)
	var se sqlite3.Error
	if errors.As(err, &se) && se.Code == sqlite3.ErrReadonly {
		return nil, r.refuse()
	}
	return res, err
}

// refuse is the answer to a write here: driver.ErrBadConn if a writable connection can be
// opened now (database/sql then retries on one, and this one retires), so that the first
// write after the disk has room again works; else why not.
func (r *readOnlyConn) refuse() error {
	if err := r.c.writable(); err != nil {
		return err
	}
	return driver.ErrBadConn
}

// Tests of what happens on a full disk use a real full filesystem where they can mount one;
// SimulateFull stands in where they cannot.
var simulated struct {
	sync.Mutex
	dirs []string
}

// SimulateFull makes every later attempt to open a database under dir for writing fail as it
// does on a full disk (ENOSPC), until end is called. It is for tests on machines where no
// small filesystem can be mounted to fill (a container without CAP_SYS_ADMIN).
func SimulateFull(dir string) (end func()) {
	dir = absolute(dir)
	simulated.Lock()
	simulated.dirs = append(simulated.dirs, dir)
	simulated.Unlock()
	return sync.OnceFunc(func() {
		simulated.Lock()
		defer simulated.Unlock()
		if i := slices.Index(simulated.dirs, dir); i >= 0 {
			simulated.dirs = slices.Delete(simulated.dirs, i, i+1)
		}
	})
}

func simulatedFull(path string) bool {
	simulated.Lock()
	defer simulated.Unlock()
	if len(simulated.dirs) == 0 {
		return false
	}
	path = absolute(path)
	for _, dir := range simulated.dirs {
		if strings.HasPrefix(path, dir+string(filepath.Separator)) {
			return true
		}
	}
	return false
}

func absolute(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		return abs
	}
	return filepath.Clean(path)
}
