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
	"sort"
	"strings"
	"sync/atomic"
	"time"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// Options tune the engine. The zero value is ready to use.
type Options struct {
	// SynonymFiles are the store's own vocabulary files, read after the built-in one.
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
	AsOf      time.Time
	Stale     bool
	Elapsed   time.Duration
}

// Engine answers questions. It is safe for concurrent use.
type Engine struct {
	db     *inventory.DB
	opts   Options
	idx    atomic.Pointer[index]
	Logger *slog.Logger
}

// New builds an engine over the catalog, reading it into memory once.
func New(ctx context.Context, db *inventory.DB, opts Options) (*Engine, error) {
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
	if err := e.Reload(ctx); err != nil {
		return nil, err
	}
	return e, nil
}

// Reload rebuilds the index from the catalog, for after a sync. Questions asked meanwhile are
// answered from the previous index.
func (e *Engine) Reload(ctx context.Context) error {
	syn, err := e.loadSynonyms()
	if err != nil {
		return err
	}
	x, err := build(ctx, e.db, syn, loadDictionary(e.opts.Dictionary))
	if err != nil {
		return err
	}
	e.idx.Store(x)
	e.Logger.Info("answer index built", "products", len(x.items), "terms", len(x.terms),
		"categories", len(x.cats), "elapsed", x.built)
	return nil
}

func (e *Engine) loadSynonyms() (*Synonyms, error) {
	b, err := fs.ReadFile(assets.FS, assets.Synonyms)
	if err != nil {
		return nil, fmt.Errorf("built-in vocabulary: %w", err)
	}
	syn, errs := ParseSynonyms(bytes.NewReader(b), assets.Synonyms)
	for _, f := range e.opts.SynonymFiles {
		file, err := os.Open(f)
		if err != nil {
			// A missing store vocabulary must not take the kiosk down: log and go on.
			e.Logger.Error("store vocabulary unreadable; using the built-in one", "file", f, "err", err)
			continue
		}
		errs = append(errs, syn.add(file, f)...)
		file.Close()
	}
	for _, err := range errs {
		e.Logger.Warn("vocabulary line skipped", "err", err)
	}
	return syn, nil
}

// Ask answers a question. It never fails: a question it cannot answer gets an answer that
// says so and offers a person.
func (e *Engine) Ask(ctx context.Context, q Question) Result {
	start := time.Now()
	x := e.idx.Load()
	w := words.For(q.Lang)
	r := Result{Question: q.Text, AsOf: x.meta.AsOf}
	if !x.meta.AsOf.IsZero() && e.opts.Now().Sub(x.meta.AsOf) > e.opts.StaleAfter {
		r.Stale = true
	}
	text := q.Text
	if len(text) > maxQuestionBytes {
		text = text[:maxQuestionBytes]
	}
	p := parse(tokens(text))
	r.Intent = p.intent
	r.Human = p.human

	switch {
	case len(x.items) == 0 && p.intent != Help && p.intent != Unclear:
		// A new kiosk before its first sync: say so, rather than "we don't carry" everything.
		r.Say = w.X("answer.nocatalog", "The product list is not loaded yet. A member of staff can help.")
		r.Human = true
	case p.intent == Barcode:
		e.barcode(ctx, x, w, p.barcode, &r)
	case p.intent == Help:
		r.Say = w.X("answer.help", "A member of staff can help. Press Call a staff member.")
	case p.intent == Facility:
		r.Topic = strings.Join(p.topic, " ")
		r.Human = true
		r.Say = w.X("answer.place", "I can only find products. A member of staff can show you the way.")
	case p.intent == Unclear:
		r.Say = w.X("answer.unclear", "Ask about a product, for example: where is the coffee?")
	default:
		e.products(ctx, x, w, p, text, &r)
	}
	if !r.Found {
		r.Human = true
	}
	if r.Stale && r.Found {
		r.Say += " " + w.X("answer.stale", "Prices and stock as of {{.Time}}; they may have changed.",
			map[string]any{"Time": r.AsOf.Local().Format("15:04")})
	}
	r.Elapsed = time.Since(start)
	return r
}

func (e *Engine) barcode(ctx context.Context, x *index, w *words.Words, code string, r *Result) {
	id, ok := x.gtin[inventory.GTINKey(code)]
	if !ok {
		r.Topic = code
		r.Say = w.X("answer.barcode.unknown", "That barcode is not in our catalog. A member of staff can check it.")
		return
	}
	p := x.product(id)
	r.Found, r.Topic = true, p.DisplayName()
	r.Products = []*inventory.Product{p}
	for _, alt := range x.alternativeIDs(id, e.opts.Limit-1) {
		r.Products = append(r.Products, x.product(alt))
	}
	r.Say = sayProduct(w, r.Products)
}

func (e *Engine) products(ctx context.Context, x *index, w *words.Words, p parsed, text string, r *Result) {
	type reading struct {
		p       parsed
		hits    []scored
		cs      []concept
		said    string
		relaxed string
		score   float64
	}
	var try func(q parsed) reading
	try = func(q parsed) reading {
		qcs := x.concepts(q)
		var qr Result
		h, kept := x.searchRelaxed(qcs, &qr)
		rd := reading{p: q, hits: h, cs: kept, said: saidOf(qcs, q.topic), relaxed: qr.Relaxed}
		if len(h) > 0 {
			// More of the shopper's words answered is a better reading; a part that asks
			// ("where's the…", "do you have…") beats one that explains.
			top := &x.items[h[0].id]
			for _, c := range kept {
				switch {
				case c.soft == 0:
					rd.score++
				case x.strength(top, c) > 0:
					rd.score += 0.5 // "without gluten, like bread": the bread counts too
				}
			}
			if q.signaled {
				rd.score += 0.5
			}
		}
		if len(h) == 0 {
			// "plastic forks and spoons": any of them, when no product is all of them.
			if i := slices.Index(q.topic, "and"); i > 0 && i < len(q.topic)-1 {
				q.topic, q.either = trimStopwords(q.topic[:i]), append(slices.Clone(q.topic[i+1:]), q.either...)
				return try(q)
			}
		}
		return rd
	}
	best := try(p)
	// A long spoken question carries its request in one part: "where's the frosting,
	// I'm doing cupcakes". Each part is a reading too; the whole question counts a little
	// less for every part it strings together.
	if parts := clauses(text); len(parts) > 1 {
		best.score -= 0.5 * float64(len(parts)-1)
		for _, part := range parts {
			q := parse(part)
			if len(q.topic) == 0 || q.intent == Barcode || q.intent == Facility {
				continue
			}
			if !q.signaled {
				q.intent = p.intent
			}
			rd := try(q)
			if explains(part) {
				rd.score-- // "my kid has sensitive skin" is why, not what
			}
			if len(rd.hits) > 0 && rd.score > best.score {
				best = rd
			}
		}
	}
	if len(best.hits) > 0 {
		p = best.p
		r.Intent, r.Relaxed = p.intent, best.relaxed
	}
	hits, cs, said := best.hits, best.cs, best.said
	if len(hits) == 0 {
		r.Topic = said
		r.Say = w.X("answer.absent", "We don't seem to carry {{.Topic}}. A member of staff can check for you.",
			map[string]any{"Topic": said})
		return
	}
	r.Found = true
	named := hits[0].named
	if p.cheapest && !named {
		hits = cheapestFirst(x, hits)
	}
	ids := order(x, hits, named, e.opts.Limit)
	for _, id := range ids {
		r.Products = append(r.Products, x.product(id))
	}
	top := &x.items[ids[0]]
	how := byName
	var labels []string
	for _, c := range cs {
		if c.soft > 0 {
			continue
		}
		kind, alt := x.howMatched(top, c)
		how = max(how, kind)
		label := c.label
		if kind == byFix && len(alt.terms) == 1 {
			label = x.terms[alt.terms[0]].surface
			r.Corrected = true
		}
		labels = append(labels, label)
	}
	r.Topic = strings.Join(labels, " ")
	if named {
		r.Topic = r.Products[0].DisplayName()
	}
	if p.intent == WhatIs {
		if full, err := e.db.BySKU(ctx, r.Products[0].SKU); err == nil {
			r.Products[0] = full
		}
	}
	verb := false
	for _, t := range p.topic {
		verb = verb || taskVerb[t]
	}
	r.Say = say(w, p.intent, r, wording{named: named, how: how, said: said, verb: verb,
		cheapest: p.cheapest && !named}, hits, x)
}

// searchRelaxed searches with every concept, then, if nothing matches, lets go of what a
// shopper would not insist on, one step at a time: attributes (said so in the answer),
// the purpose clause, and, when a need is named ("a chesty cough"), everything but the need.
func (x *index) searchRelaxed(cs []concept, r *Result) ([]scored, []concept) {
	if hits := x.search(cs); len(hits) > 0 {
		return hits, cs
	}
	keep := func(f func(concept) bool) []concept {
		var out []concept
		for _, c := range cs {
			if f(c) {
				out = append(out, c)
			}
		}
		return out
	}
	core := keep(func(c concept) bool { return !c.attribute })
	if len(core) < len(cs) && len(core) > 0 {
		if hits := x.search(core); len(hits) > 0 {
			var dropped []string
			for _, c := range cs {
				if c.attribute {
					dropped = append(dropped, c.said)
				}
			}
			r.Relaxed = strings.Join(dropped, " ")
			return hits, core
		}
	}
	// Only words the catalog knows may be let go: "computer mouse" is not a mouse trap.
	unknown := len(keep(func(c concept) bool { return c.unknown })) > 0
	if needs := keep(func(c concept) bool { return c.need && c.soft == 0 }); !unknown && len(needs) > 0 && len(needs) < len(cs) {
		if hits := x.search(needs); len(hits) > 0 {
			return hits, needs
		}
	}
	return nil, cs
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

// saidOf is the shopper's own words for the topic, to say back when nothing matches.
func saidOf(cs []concept, topic []string) string {
	var parts []string
	for _, c := range cs {
		if c.soft == 0 {
			parts = append(parts, c.said)
		}
	}
	if len(parts) == 0 {
		return strings.Join(topic, " ")
	}
	return strings.Join(parts, " ")
}

// order picks the products to list. A product named word for word stays first even when out
// of stock, since it is what was asked about; otherwise the first is the best one on the
// shelf. In-stock alternatives follow an out-of-stock first product.
func order(x *index, hits []scored, named bool, limit int) []uint32 {
	first := 0
	if !named {
		cat := x.items[hits[0].id].cat
		for i, h := range hits {
			if x.items[h.id].cat == cat && x.items[h.id].qty > 0 {
				first = i
				break
			}
		}
	}
	ids := []uint32{hits[first].id}
	var out []uint32
	for i, h := range hits {
		if i == first {
			continue
		}
		if len(ids)+len(out) >= limit*2 {
			break
		}
		if x.items[h.id].qty > 0 {
			ids = append(ids, h.id)
		} else {
			out = append(out, h.id)
		}
	}
	if x.items[ids[0]].qty <= 0 && len(ids) < 4 {
		// Few matches on the shelf: add the nearest in-stock products of the same kind.
		for _, id := range x.alternativeIDs(ids[0], 4) {
			if !slices.Contains(ids, id) && !slices.Contains(out, id) {
				ids = append(ids, id)
			}
		}
	}
	ids = append(ids, out...)
	if len(ids) > limit {
		ids = ids[:limit]
	}
	return ids
}

// alternativeIDs lists in-stock products of the same category, nearest in name first.
func (x *index) alternativeIDs(id uint32, n int) []uint32 {
	it := &x.items[id]
	type cand struct {
		id     uint32
		shared int
	}
	var cs []cand
	for _, o := range x.cats[it.cat].items {
		if o == id || x.items[o].qty <= 0 {
			continue
		}
		shared := 0
		for _, t := range x.items[o].nameTerms() {
			if has(it.nameTerms(), t) && !packaging[x.terms[t].surface] && isLetters(x.terms[t].stem) {
				shared++ // "8 Pack" makes batteries no alternative to light bulbs
			}
		}
		if x.items[o].head == it.head && it.head != noTerm {
			shared += 2
		}
		cs = append(cs, cand{o, shared})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].shared > cs[j].shared })
	var out []uint32
	for _, c := range cs[:min(n, len(cs))] {
		if c.shared == 0 {
			break // same shelf is not the same thing: no tape is "instead of" matches
		}
		out = append(out, c.id)
	}
	return out
}
