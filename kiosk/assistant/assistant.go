// Package assistant lets the kiosk ask a language model (any OpenAI-compatible /v1 server: the
// cloud, or Ollama, llama.cpp, LocalAI or vLLM on a box in the store) the questions a lookup
// cannot answer: "what can I use instead of eggs in a cake?", "I'm making tacos for six, what do
// I need?", "which of these is gentlest for sensitive skin?".
//
// The local answer engine always answers first and is always the fallback: the model is asked
// only when the store has turned it on and the question is of a kind the store allows. The
// model learns about the store only through tools over the inventory (search_products,
// get_product, list_categories, check_stock), and its reply is checked sentence by sentence:
// every price, place and stock claim must be true of a product the tools returned, and the
// tone rules (short, plain, no apologies or performed feelings, no health advice beyond the
// label) must hold. A reply that breaks any rule, or comes too late, is dropped and the local
// answer shown instead. The products shown are read from the database, never from the
// model's text. Nothing about the shopper but the question (with personal data taken out) is
// sent, and nothing of the exchange is kept.
package assistant

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// Local is the local answer engine (implemented by *answer.Engine).
type Local interface {
	Ask(ctx context.Context, q answer.Question) answer.Result
	Suggest(text string, n int) []answer.Suggestion
	Things(lang string, n int) []string
	Reload(ctx context.Context) error
}

// Outcome says what became of a question.
type Outcome string

// Outcomes. Only Answered shows the model's words; every other outcome shows the local answer.
const (
	Answered    Outcome = "answered"     // the model's checked answer
	Off         Outcome = "off"          // the assistant is not enabled
	NotAsked    Outcome = "not-asked"    // not a kind of question the store sends to the model
	Paused      Outcome = "paused"       // the server failed recently; not asked until it may have recovered
	Busy        Outcome = "busy"         // another question is with the model
	Timeout     Outcome = "timeout"      // no complete answer within the deadline
	RateLimited Outcome = "rate-limited" // the server said 429
	Unreachable Outcome = "unreachable"  // no connection to the server
	ServerError Outcome = "server-error" // an error status, or a reply that is not a chat completion
	Rejected    Outcome = "rejected"     // the reply said what the catalog does not back, or broke the tone rules
	Cancelled   Outcome = "cancelled"    // the shopper went on before the answer came
)

// Reply is an answer to show, with how it came about.
type Reply struct {
	// Result is what to show and speak: the model's checked answer when ByModel, else the
	// local answer.
	answer.Result
	Local   answer.Result // the local engine's answer, always computed first
	ByModel bool
	Kind    Kind
	Outcome Outcome
	Detail  string // why, in words for the log (never shown to shoppers)
	// Requests is how many chat completions were requested, ToolCalls how many tool calls
	// the model made.
	Requests, ToolCalls int
	// FirstText is the time from the question to the first checked sentence (0 if none).
	FirstText time.Duration
}

// Stage is how far the model has got.
type Stage int

// Stages, in the order they come.
const (
	// Started: the question went to the model; Progress.Local is the local answer.
	Started Stage = iota + 1
	// Looking: the model is looking things up; Progress.Tool names the tool.
	Looking
	// Writing: Progress.Text is the reply's sentences that have passed the checks so far.
	Writing
)

// Progress reports an answer under way.
type Progress struct {
	Stage Stage
	Local answer.Result // with Started
	Tool  string        // with Looking
	// Text is the whole checked text so far (not a delta). It may go back to "" when the model
	// turns from writing to looking things up. It is provisional: the final Reply decides.
	Text string
}

// Config says which model to ask, and which questions. Fields left at zero take their values
// from DefaultConfig, except Enabled and Stream.
type Config struct {
	// Enabled turns the assistant on; off, it only passes questions to the local engine.
	Enabled bool
	// BaseURL is an OpenAI-compatible server, including /v1: "http://ai.store.lan:11434/v1".
	BaseURL string
	// Model is the model name the server knows; it must support tool calling.
	Model string
	// APIKey is the server's key; local servers usually need none.
	APIKey string
	// StoreKind is what the model is told the store is: "grocery store", "hardware store",
	// "pharmacy".
	StoreKind string
	// AskFor are the kinds of question that may go to the model. Nil: the default; empty: none.
	AskFor []Kind
	// CallTimeout bounds one request to the server; Deadline the whole exchange, past which
	// the shopper gets the local answer.
	CallTimeout, Deadline time.Duration
	// MaxToolRounds is how many rounds of inventory look-ups the model may make.
	MaxToolRounds int
	// Stream asks for streamed replies.
	Stream bool
	// MaxTokens caps the length of one reply.
	MaxTokens int
	// Temperature is sent when above 0; 0 leaves it to the server.
	Temperature float64
}

// DefaultConfig is a disabled assistant with the values the other fields take when zero.
func DefaultConfig() Config {
	return Config{
		StoreKind:     "grocery store",
		AskFor:        []Kind{Advice, Unanswered},
		CallTimeout:   4 * time.Second,
		Deadline:      8 * time.Second,
		MaxToolRounds: 3,
		Stream:        true,
		MaxTokens:     300,
	}
}

// Options tune the assistant. The zero value is ready to use.
type Options struct {
	Logger *slog.Logger
	// Transport carries the requests; nil is http.DefaultTransport.
	Transport http.RoundTripper
}

// Assistant answers questions with the local engine and, when a question qualifies, a
// language model checked against the catalog. It is safe for concurrent use, and it
// implements the kiosk's Searcher (Ask, Suggest, Reload), so it can stand in for the engine.
type Assistant struct {
	local  Local
	db     *inventory.DB
	cfg    Config
	client *openai.Client
	Logger *slog.Logger

	slot       chan struct{} // one question with the model at a time: a kiosk has one shopper
	retryAfter atomic.Int64  // unix nanoseconds the server asked us to wait until (429)
	zones      atomic.Pointer[[]zone]

	mu          sync.Mutex
	pausedUntil time.Time
	pauseWhy    string
	failures    int
}

// Pauses after a failure: the next shopper should not wait out a timeout too. Each failure in
// a row doubles the pause, up to the maximum; a 429 waits as long as the server asks.
const (
	firstPause = 15 * time.Second
	maxPause   = 5 * time.Minute
	max429     = 10 * time.Minute
)

// New builds the assistant. With the assistant disabled in cfg it only passes questions to the
// local engine.
func New(ctx context.Context, local Local, db *inventory.DB, cfg Config, opts Options) (*Assistant, error) {
	if local == nil || db == nil {
		return nil, errors.New("assistant: needs the local engine and the catalog")
	}
	def := DefaultConfig()
	if cfg.CallTimeout <= 0 {
		cfg.CallTimeout = def.CallTimeout
	}
	if cfg.Deadline <= 0 {
		cfg.Deadline = def.Deadline
	}
	if cfg.MaxToolRounds <= 0 {
		cfg.MaxToolRounds = def.MaxToolRounds
	}
	if cfg.MaxTokens <= 0 {
		cfg.MaxTokens = def.MaxTokens
	}
	if cfg.AskFor == nil {
		cfg.AskFor = def.AskFor
	}
	if strings.TrimSpace(cfg.StoreKind) == "" {
		cfg.StoreKind = def.StoreKind
	}
	a := &Assistant{local: local, db: db, cfg: cfg, Logger: opts.Logger, slot: make(chan struct{}, 1)}
	if a.Logger == nil {
		a.Logger = slog.Default().With("component", "assistant")
	}
	if !cfg.Enabled {
		return a, nil
	}
	if cfg.BaseURL == "" || cfg.Model == "" {
		return nil, errors.New("assistant: enabled without base_url and model")
	}
	oc := openai.DefaultConfig(cfg.APIKey)
	oc.BaseURL = strings.TrimRight(cfg.BaseURL, "/")
	tr := opts.Transport
	if tr == nil {
		tr = http.DefaultTransport
	}
	// The default client has no timeout. Each call's context bounds it too; this is the
	// backstop.
	oc.HTTPClient = &http.Client{Timeout: cfg.CallTimeout, Transport: &retryAfterTransport{base: tr, until: &a.retryAfter}}
	a.client = openai.NewClientWithConfig(oc)
	if err := a.loadPlaces(ctx); err != nil {
		return nil, err
	}
	return a, nil
}

// Enabled reports whether questions may go to the model.
func (a *Assistant) Enabled() bool { return a.client != nil }

// Ask answers a question: the model's checked answer when the question qualifies and the
// model gives one in time, else the local answer. It blocks for at most the deadline.
func (a *Assistant) Ask(ctx context.Context, q answer.Question) answer.Result {
	return a.AskStream(ctx, q, nil).Result
}

// AskLocal answers from the local engine only, never the model: for the readings a voice
// question may have had ("Did you mean …?"), the tour, anything that must be instant.
func (a *Assistant) AskLocal(ctx context.Context, q answer.Question) answer.Result {
	return a.local.Ask(ctx, q)
}

// Suggest passes to the local engine.
func (a *Assistant) Suggest(text string, n int) []answer.Suggestion { return a.local.Suggest(text, n) }

// Things passes to the local engine.
func (a *Assistant) Things(lang string, n int) []string { return a.local.Things(lang, n) }

// Reload rebuilds the local engine's index and re-reads the store's place names, after a sync.
func (a *Assistant) Reload(ctx context.Context) error {
	err := a.local.Reload(ctx)
	if a.Enabled() {
		if perr := a.loadPlaces(ctx); perr != nil && err == nil {
			err = perr
		}
	}
	return err
}

// PlacesChanged re-reads the store's place names, after a sync that moved products and was
// patched into the local engine (see answer.Engine.Patch) rather than reloaded.
func (a *Assistant) PlacesChanged(ctx context.Context) error {
	if !a.Enabled() {
		return nil
	}
	return a.loadPlaces(ctx)
}

// AskStream is Ask with progress: progress (if not nil) is called on the calling goroutine,
// never concurrently, first with Started when the question goes to the model (not at all when
// it does not), then as the model looks things up and writes. Only the returned Reply is
// final; see Progress.Text.
func (a *Assistant) AskStream(ctx context.Context, q answer.Question, progress func(Progress)) Reply {
	start := time.Now()
	local := a.local.Ask(ctx, q)
	rep := Reply{Result: local, Local: local}
	if !a.Enabled() {
		rep.Outcome = Off
		return rep
	}
	kind, ok := qualifies(q.Text, local, a.cfg.AskFor)
	rep.Kind = kind
	if !ok {
		rep.Outcome = NotAsked
		return rep
	}
	if why := a.paused(); why != "" {
		rep.Outcome, rep.Detail = Paused, why
		a.Logger.Info("assistant not asked", "kind", kind, "outcome", rep.Outcome, "detail", why)
		return rep
	}
	select {
	case a.slot <- struct{}{}:
		defer func() { <-a.slot }()
	default:
		rep.Outcome = Busy
		return rep
	}
	if progress == nil {
		progress = func(Progress) {}
	}
	dctx, cancel := context.WithDeadline(ctx, start.Add(a.cfg.Deadline))
	defer cancel()
	progress(Progress{Stage: Started, Local: local})
	x := &exchange{a: a, q: q, start: start, progress: progress,
		tb: &toolbox{db: a.db, local: a.local, facts: newFacts()}}
	text, err := x.run(dctx)
	rep.Requests, rep.ToolCalls, rep.FirstText = x.requests, x.tb.calls, x.firstText
	if err == nil {
		var r answer.Result
		r, err = a.compose(dctx, local, q.Lang, text, x.check, x.tb.facts)
		if err == nil {
			r.Elapsed = time.Since(start)
			rep.Result, rep.ByModel, rep.Outcome = r, true, Answered
			a.succeeded()
			a.Logger.Info("assistant answered", "kind", kind, "requests", rep.Requests, "tools", rep.ToolCalls,
				"products", len(r.Products), "first_text", rep.FirstText, "elapsed", r.Elapsed)
			return rep
		}
	}
	rep.Outcome, rep.Detail = a.classify(ctx, dctx, err)
	rep.Result.Elapsed = time.Since(start)
	a.Logger.Info("assistant answer not used; local answer shown", "kind", kind, "outcome", rep.Outcome,
		"detail", rep.Detail, "requests", rep.Requests, "tools", rep.ToolCalls, "elapsed", rep.Result.Elapsed)
	return rep
}

// compose builds the result to show from a checked reply: the products it named, read again
// from the database, and nothing else of the model's.
func (a *Assistant) compose(ctx context.Context, local answer.Result, lang, text string, c *checker, f *facts) (answer.Result, error) {
	r := local
	r.Say, r.Products, r.Corrected, r.Relaxed = text, nil, false, ""
	for _, sku := range c.shown {
		if len(r.Products) == maxShown {
			break
		}
		p, err := a.db.BySKU(ctx, sku)
		if err != nil {
			return r, fmt.Errorf("read product %s: %w", sku, err)
		}
		if was := f.bySKU[sku].p; p.Price != was.Price || p.InStock() != was.InStock() || p.Location != was.Location {
			// A sync landed while the model was answering: what it said may no longer be true.
			return r, reject("stock", "product %s changed while the model answered", sku)
		}
		r.Products = append(r.Products, p)
	}
	r.Found = len(r.Products) > 0
	r.Human = c.referral || !r.Found
	if r.Topic == "" && r.Found {
		r.Topic = r.Products[0].DisplayName()
	}
	if r.Stale && r.Found {
		r.Say += " " + words.For(lang).Say("answer.stale", "Prices and stock as of {{.Time}}; they may have changed.",
			map[string]any{"Time": r.AsOf.Local().Format("15:04")})
	}
	return r, nil
}

// loadPlaces reads the store's place names that are not numbered aisles ("Dairy wall",
// "Bakery"), so a reply naming one can be checked.
func (a *Assistant) loadPlaces(ctx context.Context) error {
	rows, err := a.db.SQL().QueryContext(ctx, `SELECT DISTINCT aisle FROM products WHERE aisle <> '' LIMIT 2000`)
	if err != nil {
		return fmt.Errorf("assistant: read place names: %w", err)
	}
	defer rows.Close()
	var ps []string
	for rows.Next() {
		var p string
		if err := rows.Scan(&p); err != nil {
			return err
		}
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return err
	}
	zs := compileZones(ps)
	a.zones.Store(&zs)
	return nil
}

func (a *Assistant) placeZones() []zone {
	if z := a.zones.Load(); z != nil {
		return *z
	}
	return nil
}

// paused returns why the model is not being asked just now, or "".
func (a *Assistant) paused() string {
	a.mu.Lock()
	defer a.mu.Unlock()
	if time.Now().Before(a.pausedUntil) {
		return fmt.Sprintf("%s; next try after %s", a.pauseWhy, a.pausedUntil.Format("15:04:05"))
	}
	return ""
}

func (a *Assistant) pause(d time.Duration, why string) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.pausedUntil, a.pauseWhy = time.Now().Add(d), why
}

// failed pauses for longer after each failure in a row.
func (a *Assistant) failed(why string) {
	a.mu.Lock()
	a.failures++
	d := firstPause << min(a.failures-1, 8)
	a.mu.Unlock()
	a.pause(min(d, maxPause), why)
}

func (a *Assistant) succeeded() {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.failures = 0
}
