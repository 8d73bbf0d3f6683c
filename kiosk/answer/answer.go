// Package answer turns a shopper's question — typed, spoken or scanned, misspelt or misheard —
// into an answer grounded in the store's inventory: where it is, what it costs, whether it is
// in stock, or plainly that the store does not seem to carry it. It works offline from an
// in-memory index of the catalog and answers in well under a millisecond.
//
// Every price, place and stock level in an answer is copied from the database; the engine
// never makes one up. Sentences are short and plain so they read at a glance and sound
// right when spoken.
package answer

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer/lexicon"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// Options tune the engine. The zero value is ready to use.
type Options struct {
	// Packs are the built-in vocabulary packs to read ("grocery", "hardware", "pharmacy",
	// "department", "general"); none or "auto" reads those whose lines the catalog has
	// products for, "all" every one.
	Packs []string
	// SynonymFiles are the store's own vocabulary files, read after the built-in packs.
	SynonymFiles []string
	// StaleAfter is the data age beyond which answers say how old their prices are.
	// Zero means two hours.
	StaleAfter time.Duration
	// Limit is how many products an answer lists at most. Zero means 24.
	Limit int
	// Dictionary is an English pronouncing dictionary (CMUdict format) used to tell typos from
	// real words. Empty means DefaultDictionary if installed; "none" disables it.
	Dictionary string
	Logger     *slog.Logger
	// Now is the clock, for tests.
	Now func() time.Time
}

// Question is what the shopper asked.
type Question struct {
	Text string
	Lang string // language code for the answer's wording; "" is English
}

// Result is an answer.
type Result struct {
	Question string
	Intent   Intent
	Topic    string // what the answer is about, in words ("cheese", "Tomato Ketchup")
	Found    bool   // the store carries it: Products[0] is the answer
	Say      string // the answer in a few short sentences, shown large and spoken
	// Products are best first. When the product asked about is out of stock it stays first and
	// in-stock alternatives follow.
	Products  []*inventory.Product
	Corrected bool   // a word was read as a near catalog word ("chese" as cheese)
	Relaxed   string // an attribute no product had and that the answer left out ("organic")
	Human     bool   // offer a person: asked for, or nothing found
	// Verdict is what the engine concluded about the thing asked for: "carried", "closest",
	// "not carried" or "unsure"; empty for other kinds of question and for a list (see Items).
	Verdict string
	// Items are the answers to each thing of a question that asks for several ("milk, eggs
	// and bread"), in the order asked; Products then starts with the first product of each.
	Items []Result
	// Lang is the language the answer is worded in: the question's own when it was plainly
	// asked in another language than the screen's, and then Detected is true.
	Lang     string
	Detected bool
	AsOf     time.Time
	Stale    bool
	Elapsed  time.Duration
}

// Engine answers questions. It is safe for concurrent use.
type Engine struct {
	db     *inventory.DB
	opts   Options
	idx    atomic.Pointer[index]
	Logger *slog.Logger
	// writing lets one Reload or Update at a time build or patch the index, so that a patch
	// is never lost to a rebuild that read the catalog before it.
	writing sync.Mutex
}

// New builds an engine over the catalog, reading it into memory once.
func New(ctx context.Context, db *inventory.DB, opts Options) (*Engine, error) {
	e := NewPending(db, opts)
	if err := e.reload(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// NewPending returns at once an engine that answers every question "Getting ready, one
// moment" until Reload has built its index: a kiosk shows its first screen without waiting
// for a big catalog to be read (a million products take seconds). A failed Reload leaves it
// saying the product list is not loaded.
func NewPending(db *inventory.DB, opts Options) *Engine {
	if opts.StaleAfter == 0 {
		opts.StaleAfter = 2 * time.Hour
	}
	if opts.Limit == 0 {
		opts.Limit = 24
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Dictionary == "" {
		opts.Dictionary = DefaultDictionary
	}
	e := &Engine{db: db, opts: opts, Logger: opts.Logger}
	if e.Logger == nil {
		e.Logger = slog.Default().With("component", "answer")
	}
	syn, _ := ParseSynonyms(strings.NewReader(""), "")
	e.idx.Store(&index{pending: true, syn: syn})
	return e
}

// Ready reports whether the engine has an index to answer from (see NewPending).
func (e *Engine) Ready() bool { return !e.idx.Load().pending }

// Reload rebuilds the index from the catalog, for after a sync. Questions asked meanwhile are
// answered from the previous index.
func (e *Engine) Reload(ctx context.Context) error {
	e.writing.Lock()
	defer e.writing.Unlock()
	return e.reload(ctx)
}

func (e *Engine) reload(ctx context.Context) error {
	lex, err := lexicon.Load()
	if err != nil {
		// Without it the engine still answers; it only knows less English.
		e.Logger.Error("English lexicon unreadable", "err", err)
	}
	x, err := build(ctx, e.db, loadDictionary(e.opts.Dictionary), lex)
	if err != nil {
		e.unpend()
		return err
	}
	if x.syn, x.packs, err = e.loadVocabulary(x); err != nil {
		e.unpend()
		return err
	}
	x.elsewhere = append(x.elsewhere, x.syn.elsewhere...)
	if x.es, err = loadSpanish(x.packs); err != nil {
		return err
	}
	e.idx.Store(x)
	// The names suggested as shoppers type are made now, not at the first keystroke: a
	// million products take seconds. A suggestion asked for meanwhile waits for them.
	go x.phrasesOnce.Do(x.makePhrases)
	e.Logger.Info("answer index built", "products", len(x.items), "terms", len(x.terms),
		"categories", len(x.cats), "vocabulary", strings.Join(x.packs, ","), "elapsed", x.built)
	return nil
}

// unpend makes an engine still waiting for its first index say the product list is not
// loaded, once building it failed.
func (e *Engine) unpend() {
	if x := e.idx.Load(); x.pending {
		e.idx.Store(&index{syn: x.syn})
	}
}

// loadVocabulary reads the vocabulary packs chosen for the catalog, then the store's own
// files. With packs left to the engine ("auto", the default), a pack is read when the store
// sells what its lines name: a grocery reads the grocery and pharmacy packs, a hardware store
// the hardware pack; every store reads the general one. A department store's "vacuum cleaner"
// must not reach a grocery's vacuum-packed ham.
func (e *Engine) loadVocabulary(x *index) (*Synonyms, []string, error) {
	names, err := VocabularyPacks(e.opts.Packs)
	if err != nil {
		return nil, nil, err
	}
	auto := len(e.opts.Packs) == 0 || slices.Contains(e.opts.Packs, "auto")
	syn, errs := ParseSynonyms(strings.NewReader(""), "")
	var read []string
	texts := map[string][]byte{}
	covers, best := map[string]float64{}, 0.0
	for _, name := range names {
		path := assets.Vocabulary + "/" + name + ".txt"
		b, err := fs.ReadFile(assets.FS, path)
		if err != nil {
			return nil, nil, fmt.Errorf("built-in vocabulary %s: %w", name, err)
		}
		texts[name] = b
		if auto && name != "general" {
			pack, _ := ParseSynonyms(bytes.NewReader(b), path)
			covers[name] = x.coverage(pack)
			best = max(best, covers[name])
		}
	}
	for _, name := range names {
		path := assets.Vocabulary + "/" + name + ".txt"
		b := texts[name]
		if auto && name != "general" {
			pack, _ := ParseSynonyms(bytes.NewReader(b), path)
			if covers[name] < minPackCoverage {
				// What another kind of store sells is what shoppers may ask for here in
				// vain: the speech recogniser should hear it as said.
				for _, t := range pack.things {
					if !x.sellsThing(t) {
						x.elsewhere = append(x.elsewhere, t) // a grocery sells candles too
					}
				}
				// Its lines for things this store sells as things still hold: a department
				// store's Surge Protector is a "power strip" as in a hardware store.
				if lines := x.sellsAsThings(pack); lines != "" {
					from := len(syn.rules)
					errs = append(errs, syn.add(strings.NewReader(lines), path)...)
					for i := from; i < len(syn.rules); i++ {
						syn.rules[i].partial = true
					}
					read = append(read, name+" (in part)")
				}
				continue
			}
		}
		from := len(syn.rules)
		errs = append(errs, syn.add(bytes.NewReader(b), path)...)
		read = append(read, name)
		if auto && name != "general" && covers[name] < best-ownKindMargin {
			// Read for its answers, but the store is of another kind: a grocery's beauty
			// aisle answers "blusher", and the recogniser still hears the grocery first.
			for i := from; i < len(syn.rules); i++ {
				syn.rules[i].partial = true
			}
		}
	}
	for _, f := range e.opts.SynonymFiles {
		file, err := os.Open(f)
		if err != nil {
			// A missing store vocabulary must not take the kiosk down: log and go on.
			e.Logger.Error("store vocabulary unreadable; using the built-in one", "file", f, "err", err)
			continue
		}
		errs = append(errs, syn.add(file, f)...)
		file.Close()
		read = append(read, f)
	}
	for _, err := range errs {
		e.Logger.Warn("vocabulary line skipped", "err", err)
	}
	return syn, read, nil
}

// ownKindMargin is how far below the best-covered pack a pack read whole may be and still be
// of the store's own kind, whose phrases the speech recogniser expects: a grocery covers the
// grocery and pharmacy packs alike (0.9), the beauty pack less (0.7).
const ownKindMargin = 0.15

// minPackCoverage is the share of a pack's lines a catalog must have products for before the
// pack is read. Measured: a store's own kind of pack covers 70–99 % of its lines, other kinds
// 4–34 % (a grocery covers the pharmacy pack too, and reads it).
const minPackCoverage = 0.5

// coverage is the share of a vocabulary's lines that name something this catalog sells: a
// category it has, or a phrase some product is named after.
func (x *index) coverage(s *Synonyms) float64 {
	seen := map[string]bool{}
	n, hit := 0, 0
	for _, r := range s.rules {
		if seen[r.line] {
			continue
		}
		seen[r.line] = true
		n++
		if x.sells(r, true) {
			hit++
		}
	}
	if n == 0 {
		return 0
	}
	return float64(hit) / float64(n)
}

// sells reports whether a vocabulary line names something this catalog sells: a phrase some
// product is named after (the thing itself, its last word heading a label), or, with cats, a
// category it has.
func (x *index) sells(r synonymRule, cats bool) bool {
	return slices.ContainsFunc(r.to, func(to alternative) bool {
		if to.category != "" {
			return cats && len(x.catsNamed(to.category)) > 0
		}
		a, ok := x.phraseAlt(to.stems, 1)
		return ok && x.terms[a.terms[len(a.terms)-1]].headDF > 0
	})
}

// sellsAsThings is the text of a pack's lines that name, by other words than the shopper's,
// a thing this catalog's labels are about (not a need, not a category alone): those hold in
// any store. "bed sheets = sheet" does not: in a grocery the Sheets are dryer sheets.
func (x *index) sellsAsThings(s *Synonyms) string {
	var b strings.Builder
	seen := map[string]bool{}
	for _, r := range s.rules {
		if seen[r.line] || r.need {
			continue
		}
		other := slices.ContainsFunc(r.to, func(to alternative) bool {
			if to.category != "" || !x.sells(synonymRule{to: []alternative{to}}, false) {
				return false
			}
			return len(to.stems) > 1 || !slices.ContainsFunc(s.rules, func(o synonymRule) bool {
				return o.line == r.line && slices.Contains(o.from, to.stems[0])
			})
		})
		if !other {
			continue
		}
		seen[r.line] = true
		b.WriteString(r.line)
		b.WriteByte('\n')
	}
	return b.String()
}

// VocabularyPacks lists the built-in vocabulary packs to read for a choice of packs: every
// pack for none, "auto" (the engine then skips those the catalog does not need) or "all";
// else those named, in the built-in order. An unknown name is an error naming the packs.
func VocabularyPacks(chosen []string) ([]string, error) {
	all := assets.VocabularyPacks()
	// Everyday words first, then the kinds of store: a pack read later wins where two give the
	// same words different meanings and both apply.
	slices.SortStableFunc(all, func(a, b string) int {
		return cmp.Compare(packOrder(a), packOrder(b))
	})
	if len(chosen) == 0 || slices.Contains(chosen, "all") || slices.Contains(chosen, "auto") {
		return all, nil
	}
	for _, c := range chosen {
		if !slices.Contains(all, c) {
			return nil, fmt.Errorf("no vocabulary pack %q (there are: auto, all, %s)", c, strings.Join(all, ", "))
		}
	}
	var out []string
	for _, a := range all {
		if slices.Contains(chosen, a) {
			out = append(out, a)
		}
	}
	return out, nil
}

func packOrder(name string) int {
	if name == "general" {
		return 0
	}
	return 1
}

// Ask answers a question. It never fails: a question it cannot answer gets an answer that
// says so and offers a person.
func (e *Engine) Ask(ctx context.Context, q Question) Result {
	start := time.Now()
	x := e.idx.Load()
	x.mu.RLock()
	defer x.mu.RUnlock()
	r := Result{Question: q.Text, AsOf: x.meta.AsOf, Lang: q.Lang}
	if r.Lang == "" {
		r.Lang = "en"
	}
	if !x.meta.AsOf.IsZero() && e.opts.Now().Sub(x.meta.AsOf) > e.opts.StaleAfter {
		r.Stale = true
	}
	text := q.Text
	if len(text) > maxQuestionBytes {
		text = text[:maxQuestionBytes]
	}
	var es *spanishQuestion
	if lang := x.language(text, r.Lang); lang == "es" && x.es != nil { // nil: not built yet (NewPending)
		sq := x.es.translate(text)
		es, text = &sq, sq.english
		r.Detected, r.Lang = r.Lang != "es", "es"
	} else if lang != r.Lang {
		r.Detected, r.Lang = true, lang
	}
	if r.Lang == "en" {
		text = x.borrowed(text)
	}
	w := words.For(r.Lang)
	text = x.forWhom(x.mendGrammar(text))
	p := parse(tokens(text), x.labelled)
	p.es = es
	if es != nil {
		p.told = p.told || es.told
	}
	r.Intent = p.intent
	r.Human = p.human

	switch {
	case x.pending && p.intent != Help:
		r.Say = w.Say("answer.pending", "Getting ready, one moment…")
	case len(x.items) == 0 && p.intent != Help && p.intent != Unclear:
		// A new kiosk before its first sync: say so, rather than "we don't carry" everything.
		r.Say = w.Say("answer.nocatalog", "The product list is not loaded yet. A member of staff can help.")
		r.Human = true
	case p.intent == Barcode:
		e.barcode(ctx, x, w, p.barcode, &r)
	case p.intent == Help:
		r.Say = w.Say("answer.help", "A member of staff can help. Press Call a staff member.")
	case p.intent == Facility:
		r.Topic = strings.Join(p.topic, " ")
		r.Human = true
		r.Say = w.Say("answer.place", "I can only find products. A member of staff can show you the way.")
	case p.intent != Barcode && asksService(tokens(text)):
		r.Topic = strings.Join(p.topic, " ")
		r.Human = true
		r.Say = w.Say("answer.service", "I can only find products. A member of staff can help with that.")
	case p.intent == Unclear:
		r.Say = w.Say("answer.unclear", "Ask about a product, for example: where is the coffee?")
	default:
		e.products(ctx, x, w, p, text, &r)
	}
	if !r.Found || len(r.Products) > 0 && r.Products[0].Quantity <= 0 {
		r.Human = true // nothing found, or what was asked about is out of stock
	}
	if r.Stale && r.Found {
		r.Say += " " + w.Say("answer.stale", "Prices and stock as of {{.Time}}; they may have changed.",
			map[string]any{"Time": r.AsOf.Local().Format("15:04")})
	}
	r.Elapsed = time.Since(start)
	return r
}

func (e *Engine) barcode(ctx context.Context, x *index, w *words.Words, code string, r *Result) {
	k, ok := gtinKey(code)
	id, found := x.gtin[k]
	if !ok || !found {
		r.Topic = code
		r.Say = w.Say("answer.barcode.unknown", "That barcode is not in our catalog. A member of staff can check it.")
		return
	}
	p := x.product(id)
	r.Found, r.Topic = true, p.DisplayName()
	r.Products = []*inventory.Product{p}
	alts := x.alternativeIDs
	if p.Quantity <= 0 {
		alts = x.sameKindIDs // out of stock: something of the kind, even if no word is shared
	}
	for _, alt := range alts(id, e.opts.Limit-1) {
		r.Products = append(r.Products, x.product(alt))
	}
	r.Say = sayProduct(w, r.Products)
}

// cheapestFirst reorders the matches of the best category by price, in-stock first: "cheap
// coffee" is the lowest-priced coffee on the shelf, not the best-matching one.
func cheapestFirst(x *index, hits []scored) []scored {
	cat := x.items[hits[0].id].cat
	var same, rest []scored
	for _, h := range hits {
		if x.items[h.id].cat == cat && h.score >= hits[0].score-2 {
			same = append(same, h)
		} else {
			rest = append(rest, h)
		}
	}
	slices.SortStableFunc(same, func(a, b scored) int {
		ia, ib := &x.items[a.id], &x.items[b.id]
		if (ia.qty > 0) != (ib.qty > 0) {
			if ia.qty > 0 {
				return -1
			}
			return 1
		}
		return cmp.Compare(ia.price, ib.price)
	})
	return append(same, rest...)
}
