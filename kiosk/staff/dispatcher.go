package staff

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"github.com/storekiosk/storekiosk/inventory/sqlitedb"
)

// maxQuestion bounds the question carried to staff; a page is not a transcript.
const maxQuestion = 300

// deliverTimeout bounds one delivery attempt, so a backend that hangs is retried, not waited on.
const deliverTimeout = 10 * time.Second

// watchPoll is how often Watch reads the call again: another process sharing the outbox (a
// kioskctl run, say) may have delivered it or heard the answer, and this one is not told.
const watchPoll = 200 * time.Millisecond

// Dispatcher is the kiosk's pager: it saves each call in the outbox, delivers it to every
// configured backend in the background until one takes it, listens for staff answering,
// escalates calls nobody answers, and tells watchers (the shopper's screen) each change.
//
// Make one with New, start Run in a goroutine, and Close it after Run returns.
type Dispatcher struct {
	Logger *slog.Logger

	cfg      Config
	box      *outbox
	backends []backend
	webhook  *webhookBackend // nil without a webhook; it also answers callbacks
	client   *http.Client
	running  atomic.Bool

	mu       sync.Mutex
	watchers map[string]map[chan struct{}]struct{}
	wake     map[string]chan struct{} // one per backend worker
	tick     chan struct{}            // the escalation clock
}

// backend is one way of paging staff.
type backend interface {
	name() string
	// deliver tells the backend about the call: evCreate, evEscalate or a state it reached.
	// It must be safe to repeat: a delivery whose reply was lost is sent again.
	deliver(ctx context.Context, r record, event string) error
}

// listener is a backend that hears staff answer; listen runs until ctx ends, reconnecting.
type listener interface {
	listen(ctx context.Context)
}

// update is news about a call from a backend: someone is coming, or it is done.
type update struct {
	id     string
	state  State
	by     string
	eta    time.Duration
	source string // where it came from, for the log
	knows  string // a backend that already knows (the one it came from, if it keeps state)
}

// Config says how a Dispatcher pages staff. Every backend set here is paged at once; a call
// counts as delivered when any of them takes it. Durations left at zero take their defaults.
type Config struct {
	// Kiosk and Location name this kiosk to staff ("Kiosk 1", "entrance").
	Kiosk, Location string
	// StatePath is the outbox database, where calls wait until a backend takes them.
	StatePath string
	// EscalateAfter is how long a call may go unanswered before it is paged again at higher
	// priority (and to managers) and the shopper is sent to the service desk. Default 90 s.
	EscalateAfter time.Duration
	// ExpireAfter is the age beyond which a call nobody could be told about is dropped.
	// Default 30 min.
	ExpireAfter time.Duration
	// RetryMin and RetryMax bound the wait between delivery attempts, doubling from one to the
	// other. Default 1 s and 30 s.
	RetryMin, RetryMax time.Duration

	Desk    DeskConfig
	Ntfy    NtfyConfig
	Webhook WebhookConfig
}

// DeskConfig is the staff desk (package staffdesk).
type DeskConfig struct {
	// URL is the desk, e.g. "http://staffdesk.lan:8090". Empty: no desk.
	URL string
	// Token is what this kiosk presents to the desk; required with URL.
	Token string
}

// NtfyConfig is an ntfy server (self-hosted push, Android and iOS apps).
type NtfyConfig struct {
	// Server is e.g. "https://ntfy.store.lan". Empty: ntfy is not used.
	Server string
	// Topic is where calls are published; staff phones subscribe to it.
	Topic string
	// AckTopic is where the "I'm coming" button publishes. Default Topic + "-ack".
	AckTopic string
	// EscalateTopic, if set, also receives calls nobody answered in time.
	EscalateTopic string
	// Priority of a new call, 1 (min) to 5 (max); escalations go out at 5. Default 4.
	Priority int
	// Token is an ntfy access token, if the server needs one.
	Token string
	// Click is the page a notification opens when tapped (the staff desk as phones reach
	// it), if any.
	Click string
}

// WebhookConfig posts each call as JSON to a URL.
type WebhookConfig struct {
	// URL receives a POST per call event. Empty: no webhook.
	URL string
	// EscalateURL, if set, also receives escalations.
	EscalateURL string
	// Secret signs each request (HMAC-SHA256); callbacks need it.
	Secret string
	// CallbackListen is the address to listen on for signed acknowledgements (":8091"), and
	// CallbackURL how receivers reach it. Empty: receivers cannot acknowledge.
	CallbackListen, CallbackURL string
}

// Errors New returns for a backend that cannot work as configured; callers may add where the
// missing secret comes from.
var (
	ErrNoDeskToken     = errors.New("staff desk: no kiosk token")
	ErrNoWebhookSecret = errors.New("staff webhook: callbacks need a signing secret")
)

// New opens the outbox at cfg.StatePath and sets up the backends cfg sets. A backend that
// cannot work as configured (a missing token, say) is an error: staff would silently never be
// paged.
func New(cfg Config, logger *slog.Logger) (*Dispatcher, error) {
	if logger == nil {
		logger = slog.Default().With("component", "staff")
	}
	cfg.Kiosk, cfg.Location = strings.TrimSpace(cfg.Kiosk), strings.TrimSpace(cfg.Location)
	if cfg.RetryMin <= 0 {
		cfg.RetryMin = time.Second
	}
	if cfg.RetryMax < cfg.RetryMin {
		cfg.RetryMax = max(30*time.Second, cfg.RetryMin)
	}
	if cfg.EscalateAfter <= 0 {
		cfg.EscalateAfter = 90 * time.Second
	}
	if cfg.ExpireAfter <= 0 {
		cfg.ExpireAfter = 30 * time.Minute
	}
	d := &Dispatcher{
		Logger:   logger,
		cfg:      cfg,
		client:   &http.Client{}, // each request carries its own deadline; streams carry none
		watchers: map[string]map[chan struct{}]struct{}{},
		wake:     map[string]chan struct{}{},
		tick:     make(chan struct{}, 1),
	}
	if err := d.setupBackends(); err != nil {
		return nil, err
	}
	box, err := openOutbox(cfg.StatePath)
	if err != nil {
		return nil, err
	}
	d.box = box
	for _, b := range d.backends {
		d.wake[b.name()] = make(chan struct{}, 1)
	}
	return d, nil
}

func (d *Dispatcher) setupBackends() error {
	c := d.cfg
	if c.Desk.URL != "" {
		if c.Desk.Token == "" {
			return ErrNoDeskToken
		}
		d.backends = append(d.backends, &deskBackend{d: d, base: strings.TrimRight(c.Desk.URL, "/"), token: c.Desk.Token,
			log: d.Logger.With("backend", "desk")})
	}
	if c.Ntfy.Server != "" {
		ack := c.Ntfy.AckTopic
		if ack == "" {
			ack = c.Ntfy.Topic + "-ack"
		}
		prio := c.Ntfy.Priority
		if prio < 1 || prio > 5 {
			prio = 4
		}
		d.backends = append(d.backends, &ntfyBackend{d: d, server: strings.TrimRight(c.Ntfy.Server, "/"),
			topic: c.Ntfy.Topic, ackTopic: ack, escalateTopic: c.Ntfy.EscalateTopic, priority: prio,
			token: c.Ntfy.Token, click: c.Ntfy.Click, log: d.Logger.With("backend", "ntfy")})
	}
	if c.Webhook.URL != "" {
		if c.Webhook.CallbackURL != "" && c.Webhook.Secret == "" {
			return ErrNoWebhookSecret
		}
		d.webhook = &webhookBackend{d: d, url: c.Webhook.URL, escalateURL: c.Webhook.EscalateURL, secret: c.Webhook.Secret,
			callbackURL: strings.TrimRight(c.Webhook.CallbackURL, "/"), log: d.Logger.With("backend", "webhook")}
		d.backends = append(d.backends, d.webhook)
	}
	if len(d.backends) == 0 {
		return errors.New("staff calls: no backend configured (staff desk, ntfy or webhook)")
	}
	return nil
}

// Close closes the outbox. Call it after Run has returned.
func (d *Dispatcher) Close() error { return d.box.close() }

// Writable reports whether calls can be saved now: nil, or a disk-full error
// (sqlitedb.IsDiskFull) while the outbox is read-only for want of space.
func (d *Dispatcher) Writable() error { return sqlitedb.Writable(d.box.db) }

func (d *Dispatcher) now() time.Time { return time.Now().Truncate(time.Millisecond) }

// Call saves the request durably and returns at once with the call Queued; delivery happens
// in Run. The call is on disk when Call returns: a kiosk killed a moment later still sends it.
func (d *Dispatcher) Call(ctx context.Context, req Request) (Call, error) {
	q := strings.Join(strings.Fields(req.Question), " ")
	if utf8.RuneCountInString(q) > maxQuestion {
		q = string([]rune(q)[:maxQuestion-1]) + "…"
	}
	now := d.now()
	r := record{
		Call: Call{
			ID: newID(), Kiosk: d.cfg.Kiosk, Location: d.cfg.Location, Reason: ParseReason(string(req.Reason)),
			Question: q, Lang: ParseLang(req.Lang), State: Queued, CreatedAt: now, UpdatedAt: now,
		},
		ackKey: randomText(10),
	}
	names := make([]string, len(d.backends))
	for i, b := range d.backends {
		names[i] = b.name()
	}
	if err := d.box.insert(ctx, r, names); err != nil {
		return Call{}, err
	}
	d.Logger.Info("staff call queued", "id", r.ID, "reason", r.Reason)
	d.wakeAll()
	return r.Call, nil
}

// Get returns a call as it stands.
func (d *Dispatcher) Get(ctx context.Context, id string) (Call, error) {
	r, err := d.box.get(ctx, id)
	return r.Call, err
}

// Open returns the calls still in progress, oldest first.
func (d *Dispatcher) Open(ctx context.Context) ([]Call, error) {
	rs, err := d.box.open(ctx)
	out := make([]Call, len(rs))
	for i, r := range rs {
		out[i] = r.Call
	}
	return out, err
}

// Cancel withdraws a call the shopper no longer needs; staff who were paged are told.
// Cancelling a finished call does nothing.
func (d *Dispatcher) Cancel(ctx context.Context, id string) error {
	if _, err := d.box.get(ctx, id); err != nil {
		return err
	}
	return d.apply(ctx, update{id: id, state: Cancelled})
}

// ShopperLeft records that the kiosk started again for the next shopper while the call was
// open: the shopper may have left. The call stays open (they may be waiting nearby); staff
// already paged are told, so whoever is coming knows to look around rather than wait at the
// kiosk. Once is enough; a finished call is left alone.
func (d *Dispatcher) ShopperLeft(ctx context.Context, id string) error {
	changed, err := d.change(ctx, id, "", func(r *record, now time.Time) (string, bool) {
		if r.State.Terminal() || !r.leftAt.IsZero() {
			return "", false
		}
		r.leftAt, r.ShopperLeft, r.UpdatedAt = now, true, now
		return evLeft, true
	})
	if err != nil {
		return fmt.Errorf("mark call %s: %w", id, err)
	}
	if changed {
		d.Logger.Info("kiosk started again while a staff call was open; staff told the shopper may have left", "id", id)
		d.notify(id)
		d.wakeAll()
	}
	return nil
}

// SetReason records what the call is about, when the shopper says so after calling. The call
// is the same one (its place in the queue, its escalation clock, whoever is already coming):
// staff already paged are told the reason, not paged again. A finished call is left alone.
func (d *Dispatcher) SetReason(ctx context.Context, id string, reason Reason) error {
	reason = ParseReason(string(reason))
	changed, err := d.change(ctx, id, "", func(r *record, now time.Time) (string, bool) {
		if r.State.Terminal() || r.Reason == reason {
			return "", false
		}
		r.Reason, r.UpdatedAt = reason, now
		return evReason, true
	})
	if err != nil {
		return fmt.Errorf("set the reason of call %s: %w", id, err)
	}
	if changed {
		d.Logger.Info("staff call reason given", "id", id, "reason", reason)
		d.notify(id)
		d.wakeAll()
	}
	return nil
}

// Watch sends the call's current state at once and then each change, until the call is
// Resolved or Cancelled or ctx ends; then it closes the channel. A reader that falls behind
// gets the latest state, not every intermediate one. Every state sent is read from the outbox,
// so changes made by other processes sharing it are seen too (within watchPoll).
func (d *Dispatcher) Watch(ctx context.Context, id string) (<-chan Call, error) {
	// Listen for changes before reading the state, so a change in between is not missed.
	sig := make(chan struct{}, 1)
	d.mu.Lock()
	if d.watchers[id] == nil {
		d.watchers[id] = map[chan struct{}]struct{}{}
	}
	d.watchers[id][sig] = struct{}{}
	d.mu.Unlock()
	unwatch := func() {
		d.mu.Lock()
		delete(d.watchers[id], sig)
		if len(d.watchers[id]) == 0 {
			delete(d.watchers, id)
		}
		d.mu.Unlock()
	}
	r, err := d.box.get(ctx, id)
	if err != nil {
		unwatch()
		return nil, err
	}

	out := make(chan Call, 1)
	go func() {
		defer func() {
			unwatch()
			close(out)
		}()
		last := r.Call
		select {
		case out <- last:
		case <-ctx.Done():
			return
		}
		poll := time.NewTicker(watchPoll)
		defer poll.Stop()
		for !last.State.Terminal() {
			select {
			case <-ctx.Done():
				return
			case <-sig:
			case <-poll.C:
			}
			cur, err := d.box.get(ctx, id)
			if err != nil {
				if ctx.Err() == nil {
					d.Logger.Warn("watch call", "id", id, "err", err)
				}
				continue
			}
			if cur.State == last.State && cur.By == last.By && cur.ETA == last.ETA && cur.Reason == last.Reason {
				continue
			}
			last = cur.Call
			select {
			case out <- last:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out, nil
}

func (d *Dispatcher) notify(id string) {
	d.mu.Lock()
	defer d.mu.Unlock()
	for sig := range d.watchers[id] {
		select {
		case sig <- struct{}{}:
		default:
		}
	}
}

func (d *Dispatcher) wakeAll() {
	for _, ch := range d.wake {
		poke(ch)
	}
	poke(d.tick)
}

func poke(ch chan struct{}) {
	select {
	case ch <- struct{}{}:
	default:
	}
}

// Run delivers, retries, listens and escalates until ctx ends. Calls left in the outbox by
// an earlier run are picked up where they stood.
func (d *Dispatcher) Run(ctx context.Context) error {
	if !d.running.CompareAndSwap(false, true) {
		return errors.New("staff dispatcher: already running")
	}
	defer d.running.Store(false)
	d.tidy(ctx)

	var wg sync.WaitGroup
	for _, b := range d.backends {
		wg.Go(func() { d.work(ctx, b) })
		if l, ok := b.(listener); ok {
			wg.Go(func() { l.listen(ctx) })
		}
	}
	wg.Go(func() { d.clock(ctx) })
	var srvErr error
	if d.webhook != nil && d.cfg.Webhook.CallbackListen != "" {
		srv := &http.Server{Addr: d.cfg.Webhook.CallbackListen, Handler: d.CallbackHandler(),
			ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second, WriteTimeout: 30 * time.Second}
		ln, err := net.Listen("tcp", srv.Addr)
		if err != nil {
			srvErr = fmt.Errorf("staff webhook callbacks: %w", err)
			d.Logger.Error("cannot listen for webhook callbacks; receivers cannot acknowledge", "addr", srv.Addr, "err", err)
		} else {
			wg.Go(func() { _ = srv.Serve(ln) })
			wg.Go(func() {
				<-ctx.Done()
				sctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
				defer cancel()
				_ = srv.Shutdown(sctx)
			})
		}
	}
	<-ctx.Done()
	wg.Wait()
	return srvErr
}

// tidy settles what a previous run, or another configuration, left behind.
func (d *Dispatcher) tidy(ctx context.Context) {
	names := make([]any, len(d.backends))
	for i, b := range d.backends {
		names[i] = b.name()
	}
	// Deliveries to a backend no longer configured would wait forever.
	if _, err := d.box.db.ExecContext(ctx, `UPDATE deliveries SET done_at = ?, outcome = ?
		WHERE done_at IS NULL AND backend NOT IN (`+placeholders(len(names))+`)`,
		append([]any{millis(d.now()), outSkipped}, names...)...); err != nil {
		d.Logger.Warn("tidy outbox", "err", err)
	}
	if err := d.box.prune(ctx, d.now().Add(-7*24*time.Hour)); err != nil {
		d.Logger.Warn("prune outbox", "err", err)
	}
	if err := d.box.releaseDead(ctx, d.now()); err != nil {
		d.Logger.Warn("take back deliveries of processes that died", "err", err)
	}
}

// work delivers one backend's queue: in order, each until it succeeds, with backoff.
func (d *Dispatcher) work(ctx context.Context, b backend) {
	wake := d.wake[b.name()]
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for ctx.Err() == nil {
		stuck := false
		for ctx.Err() == nil && !stuck {
			due, err := d.box.due(ctx, b.name(), d.now(), 16)
			if err != nil {
				if ctx.Err() == nil {
					d.Logger.Error("read outbox", "backend", b.name(), "err", err)
				}
				break
			}
			if len(due) == 0 {
				break
			}
			for _, dl := range due {
				n, ok, err := d.box.claim(ctx, dl.seq, d.now())
				if err != nil {
					if ctx.Err() == nil {
						d.Logger.Error("claim delivery", "backend", b.name(), "id", dl.callID, "err", err)
					}
					stuck = true
					break
				}
				if !ok {
					continue // another process sharing the outbox is making it, or has
				}
				dl.attempts = n
				if err := d.attempt(ctx, b, dl); err != nil {
					stuck = true
					break
				}
			}
		}
		wait := time.Hour
		if next, ok, err := d.box.nextDue(ctx, b.name()); err == nil && ok {
			wait = max(time.Until(next), time.Millisecond)
		} else if err != nil && ctx.Err() == nil {
			wait = d.cfg.RetryMin
		}
		if stuck {
			// The outbox cannot record what happened (its disk is full): going on at once
			// would make the same delivery again and again. Look again later.
			wait = d.cfg.RetryMax
		}
		timer.Reset(wait)
		select {
		case <-ctx.Done():
		case <-wake:
		case <-timer.C:
		}
	}
}

// attempt makes one claimed delivery attempt and records its outcome. It returns an error
// when the outbox could not read the call or record the outcome.
func (d *Dispatcher) attempt(ctx context.Context, b backend, dl delivery) error {
	r, err := d.box.get(ctx, dl.callID)
	if errors.Is(err, ErrNotFound) {
		return d.box.finish(ctx, dl.seq, outSkipped, d.now())
	}
	if err != nil {
		if ctx.Err() == nil {
			d.Logger.Error("read call", "id", dl.callID, "err", err)
		}
		d.giveBack(ctx, dl, err)
		return err
	}
	skip := false
	switch dl.event {
	case evCreate:
		// Nobody needs paging for a call someone already took, or that is over.
		skip = r.State == Acknowledged || r.State.Terminal()
	case evEscalate:
		told, err := d.box.told(ctx, r.ID, b.name())
		skip = err == nil && (!told || r.State != Escalated)
	case evLeft, evReason:
		told, err := d.box.told(ctx, r.ID, b.name())
		skip = err == nil && (!told || r.State.Terminal())
	default:
		told, err := d.box.told(ctx, r.ID, b.name())
		skip = err == nil && !told
	}
	if skip {
		return d.box.finish(ctx, dl.seq, outSkipped, d.now())
	}
	actx, cancel := context.WithTimeout(ctx, deliverTimeout)
	err = b.deliver(actx, r, dl.event)
	cancel()
	if err != nil {
		if ctx.Err() != nil {
			d.giveBack(ctx, dl, err)
			return nil
		}
		n := dl.attempts + 1
		wait := d.backoff(n)
		lvl := slog.LevelInfo
		if n == 1 || n%10 == 0 {
			lvl = slog.LevelWarn
		}
		d.Logger.Log(ctx, lvl, "staff call not delivered yet; will retry", "backend", b.name(), "id", r.ID,
			"event", dl.event, "attempt", n, "retry_in", wait.Round(time.Millisecond), "err", err)
		if rerr := d.box.retry(ctx, dl.seq, n, d.now().Add(wait), err.Error()); rerr != nil {
			d.Logger.Error("record retry", "err", rerr)
			return rerr
		}
		return nil
	}
	// Record it even if we are shutting down: otherwise a restart would send it again
	// (harmless, but noise).
	bg := context.WithoutCancel(ctx)
	if err := d.box.finish(bg, dl.seq, outSent, d.now()); err != nil {
		d.Logger.Error("staff call delivered, but the outbox cannot record it; it will be delivered again",
			"backend", b.name(), "id", r.ID, "event", dl.event, "err", err)
		return err
	}
	d.Logger.Info("staff call delivered", "backend", b.name(), "id", r.ID, "event", dl.event, "attempts", dl.attempts+1)
	if dl.event == evCreate {
		d.delivered(bg, r, b.name())
	}
	return nil
}

// giveBack returns a claimed delivery this process did not make: due again at once if it is
// stopping (another process, or its next run, makes it), else after RetryMin.
func (d *Dispatcher) giveBack(ctx context.Context, dl delivery, why error) {
	bg := context.WithoutCancel(ctx)
	var err error
	if ctx.Err() != nil {
		err = d.box.release(bg, dl.seq, d.now())
	} else {
		err = d.box.retry(bg, dl.seq, dl.attempts, d.now().Add(d.cfg.RetryMin), why.Error())
	}
	if err != nil {
		d.Logger.Error("give back delivery", "id", dl.callID, "err", err)
	}
}

// backoff is the wait before attempt n+1: doubling from RetryMin to RetryMax, ±20 % jitter
// so kiosks that lost the desk together do not all return at the same instant.
func (d *Dispatcher) backoff(n int) time.Duration {
	w := d.cfg.RetryMin
	for i := 1; i < n && w < d.cfg.RetryMax; i++ {
		w *= 2
	}
	w = min(w, d.cfg.RetryMax)
	return time.Duration(float64(w) * (0.8 + 0.4*rand.Float64()))
}

// delivered records that backend took the call: the call is Sent if it was Queued. If the call
// changed while the delivery was under way, the backend is told the news.
func (d *Dispatcher) delivered(ctx context.Context, sent record, backend string) {
	nowSent := false
	_, err := d.change(ctx, sent.ID, "", func(r *record, now time.Time) (string, bool) {
		nowSent = false // change may call this twice
		first := r.sentAt.IsZero()
		if first {
			r.sentAt = now
		}
		if r.State == Queued {
			r.State, r.UpdatedAt, nowSent = Sent, now, true
		}
		return "", first || nowSent
	})
	if err != nil {
		d.Logger.Error("record delivery", "id", sent.ID, "err", err)
		return
	}
	cur, err := d.box.get(ctx, sent.ID)
	var news []string
	if err == nil && (cur.State != sent.State && cur.State != Sent || cur.By != sent.By) {
		news = append(news, eventFor(cur.State))
	}
	if err == nil && cur.ShopperLeft && !sent.ShopperLeft {
		news = append(news, evLeft)
	}
	if err == nil && cur.Reason != sent.Reason && !cur.State.Terminal() {
		news = append(news, evReason)
	}
	if len(news) > 0 {
		tx, err := d.box.db.BeginTx(ctx, nil)
		if err == nil {
			for _, ev := range news {
				if err = addDelivery(ctx, tx, cur.ID, backend, ev, d.now()); err != nil {
					break
				}
			}
			if err == nil {
				err = tx.Commit()
			}
			tx.Rollback()
		}
		if err != nil {
			d.Logger.Error("queue catch-up delivery", "id", sent.ID, "err", err)
		}
		poke(d.wake[backend])
	}
	if nowSent {
		d.notify(sent.ID)
	}
}

func eventFor(s State) string {
	if s == Escalated {
		return evEscalate
	}
	return string(s)
}

// change applies fn to a call in one transaction. fn returns the event to report to the
// backends already told, except knows (the backend the news came from, if it keeps state),
// or "" for none, and whether anything changed.
//
// fn is tried first on the call as read outside the transaction, and the write lock is taken
// only if it would change something: most news changes nothing (every process sharing an
// outbox hears every answer the desk relays, about every kiosk's calls), and many processes
// must not queue for the lock to learn that. fn must therefore be safe to call twice.
func (d *Dispatcher) change(ctx context.Context, id, knows string, fn func(r *record, now time.Time) (event string, changed bool)) (bool, error) {
	// As insert: a write SQLite refuses at once is tried again until the busy timeout passes.
	var changed bool
	err := sqlitedb.RetryBusy(ctx, outboxBusyTimeout, func() (err error) {
		changed, err = d.changeOnce(ctx, id, knows, fn)
		return err
	})
	return changed, err
}

func (d *Dispatcher) changeOnce(ctx context.Context, id, knows string, fn func(r *record, now time.Time) (event string, changed bool)) (bool, error) {
	peek, err := d.box.get(ctx, id)
	if err != nil {
		return false, err
	}
	if _, changed := fn(&peek, d.now()); !changed {
		return false, nil
	}
	tx, err := d.box.db.BeginTx(ctx, nil)
	if err != nil {
		return false, err
	}
	defer tx.Rollback()
	r, err := getRecord(ctx, tx, id)
	if err != nil {
		return false, err
	}
	now := d.now()
	event, changed := fn(&r, now)
	if !changed {
		return false, nil
	}
	if err := saveChange(ctx, tx, r, event, knows, now); err != nil {
		return false, err
	}
	if err := tx.Commit(); err != nil {
		return false, err
	}
	return true, nil
}

// apply takes news of a call from a backend (or the kiosk itself, for Cancel).
func (d *Dispatcher) apply(ctx context.Context, u update) error {
	changed, err := d.change(ctx, u.id, u.knows, func(r *record, now time.Time) (string, bool) {
		if r.State.Terminal() {
			return "", false
		}
		switch u.state {
		case Acknowledged:
			if r.State == Acknowledged {
				return "", false // the first to answer is the one coming
			}
			r.By, r.ETA = strings.TrimSpace(u.by), u.eta
		case Resolved:
			if r.By == "" {
				r.By = strings.TrimSpace(u.by)
			}
		case Cancelled:
		default:
			return "", false // queued, sent and escalated are the kiosk's own to decide
		}
		r.State, r.UpdatedAt = u.state, now
		return string(u.state), true
	})
	if errors.Is(err, ErrNotFound) {
		return nil // another kiosk's call
	}
	if err != nil {
		return fmt.Errorf("update call %s: %w", u.id, err)
	}
	if changed {
		r, _ := d.box.get(ctx, u.id)
		d.Logger.Info("staff call "+string(u.state), "id", u.id, "by", r.By, "via", cmp.Or(u.source, "kiosk"))
		d.notify(u.id)
		d.wakeAll()
	}
	return nil
}

// clock escalates calls nobody answered in time and drops calls nobody could be told about.
func (d *Dispatcher) clock(ctx context.Context) {
	timer := time.NewTimer(time.Hour)
	defer timer.Stop()
	for ctx.Err() == nil {
		next := d.checkTimes(ctx)
		timer.Reset(max(time.Until(next), time.Millisecond))
		select {
		case <-ctx.Done():
		case <-d.tick:
		case <-timer.C:
		}
	}
}

// checkTimes escalates and expires what is due and returns when to look again.
func (d *Dispatcher) checkTimes(ctx context.Context) time.Time {
	now := d.now()
	next := now.Add(time.Hour)
	open, err := d.box.open(ctx)
	if err != nil {
		if ctx.Err() == nil {
			d.Logger.Error("read outbox", "err", err)
		}
		return now.Add(d.cfg.RetryMin)
	}
	esc, exp := d.cfg.EscalateAfter, d.cfg.ExpireAfter
	for _, r := range open {
		if r.sentAt.IsZero() {
			if at := r.CreatedAt.Add(exp); !now.Before(at) {
				d.expire(ctx, r.ID)
				continue
			} else if at.Before(next) {
				next = at
			}
		}
		if r.State != Queued && r.State != Sent {
			continue
		}
		if at := r.CreatedAt.Add(esc); !now.Before(at) {
			d.escalate(ctx, r.ID)
		} else if at.Before(next) {
			next = at
		}
	}
	return next
}

func (d *Dispatcher) escalate(ctx context.Context, id string) {
	changed, err := d.change(ctx, id, "", func(r *record, now time.Time) (string, bool) {
		if r.State != Queued && r.State != Sent {
			return "", false
		}
		r.State, r.escalatedAt, r.UpdatedAt = Escalated, now, now
		return evEscalate, true
	})
	if err != nil {
		if ctx.Err() == nil {
			d.Logger.Error("escalate call", "id", id, "err", err)
		}
		return
	}
	if changed {
		d.Logger.Warn("nobody answered the staff call in time; paging again, louder", "id", id,
			"after", d.cfg.EscalateAfter)
		d.notify(id)
		for _, ch := range d.wake {
			poke(ch)
		}
	}
}

// expire gives up a call no backend could be told about for ExpireAfter.
func (d *Dispatcher) expire(ctx context.Context, id string) {
	tx, err := d.box.db.BeginTx(ctx, nil)
	if err != nil {
		return
	}
	defer tx.Rollback()
	r, err := getRecord(ctx, tx, id)
	if err != nil || r.State.Terminal() || !r.sentAt.IsZero() {
		return
	}
	now := d.now()
	r.State, r.UpdatedAt = Cancelled, now
	if saveChange(ctx, tx, r, "", "", now) != nil || expireDeliveries(ctx, tx, id, now) != nil || tx.Commit() != nil {
		d.Logger.Error("expire call", "id", id)
		return
	}
	d.Logger.Error("staff call dropped: no backend could be reached", "id", id, "after", d.cfg.ExpireAfter)
	d.notify(id)
}

// redo sends a call to a backend again from the start (the backend lost it).
func (d *Dispatcher) redo(ctx context.Context, id, backend string) error {
	_, err := d.box.db.ExecContext(ctx, `UPDATE deliveries SET done_at = NULL, outcome = '', attempts = 0, next_at = ?
		WHERE call_id = ? AND backend = ? AND event = ?`, millis(d.now()), id, backend, evCreate)
	poke(d.wake[backend])
	return err
}

// follow keeps a backend's answer stream open until ctx ends: stream runs until the
// connection drops, then it is opened again after a pause that doubles on each quick failure
// (up to RetryMax) and starts over once a connection has held for a minute.
func (d *Dispatcher) follow(ctx context.Context, log *slog.Logger, what string, stream func(context.Context) error) {
	delay := d.cfg.RetryMin
	for ctx.Err() == nil {
		start := time.Now()
		err := stream(ctx)
		if ctx.Err() != nil {
			return
		}
		if time.Since(start) > time.Minute {
			delay = d.cfg.RetryMin
		}
		log.Debug(what+" ended; reconnecting", "err", err, "in", delay)
		select {
		case <-ctx.Done():
		case <-time.After(delay):
		}
		delay = min(delay*2, d.cfg.RetryMax)
	}
}
