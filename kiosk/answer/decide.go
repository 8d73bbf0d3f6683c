package answer

import (
	"cmp"
	"context"
	"math"
	"slices"
	"strings"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer/lexicon"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// Deciding: which reading of the question to answer, and whether the store carries what was
// asked for.

// verdict is what the engine concludes about the thing asked for.
type verdict int

const (
	carried    verdict = iota // products answer every part of the question that matters
	closest                   // products answer part of it: shown as the closest, with an offer of a person
	notCarried                // the thing is understood and the catalog has nothing of the kind
	unsure                    // the words are not understood: say so, never "we don't carry"
)

func (v verdict) String() string {
	return [...]string{"carried", "closest", "not carried", "unsure"}[v]
}

// finding is one reading's search, with what had to be let go to find anything.
type finding struct {
	hits    []scored
	all     []concept // every concept of the reading
	kept    []concept // those the products answer
	dropped []concept // those no product answers together with the rest
	relaxed string    // attributes let go, to say so ("organic")
	verdict verdict
}

// reading is one way of taking a question: its words, what the search found, and how well
// that reading accounts for what the shopper said.
type reading struct {
	p       parsed
	f       finding
	score   float64
	variant variantSpec // the size or variant asked for, read apart from the words searched
	// aside are the words of the question's other parts, when one part is the reading (not an
	// example, "like …"): they may tell a line's variants apart ("Essie Nail Polish, Ballet
	// Slippers").
	aside []string
}

// better reports whether reading a is a better reading than b: a better verdict, then more of
// the shopper's words answered.
func (a reading) better(b reading) bool {
	if a.f.verdict != b.f.verdict {
		return a.f.verdict < b.f.verdict
	}
	return a.score > b.score
}

// try searches for one reading of the question.
func (x *index) try(q parsed) reading { return x.tryConcepts(q, x.concepts(q)) }

// tryConcepts searches for a reading of the question as the given concepts.
func (x *index) tryConcepts(q parsed, cs []concept) reading {
	if !slices.ContainsFunc(cs, func(c concept) bool { return c.soft == 0 && !c.size }) {
		// Only a size ("queen size" after a comma): nothing named to look for.
		return reading{p: q, f: finding{all: cs, dropped: cs, verdict: unsure}}
	}
	f := x.relax(cs)
	rd := reading{p: q, f: f}
	if len(f.hits) > 0 {
		// More of the shopper's words answered is a better reading; a part that asks
		// ("where's the…", "do you have…") beats one that explains.
		top := &x.items[f.hits[0].id]
		for _, c := range f.kept {
			switch {
			case c.soft == 0:
				rd.score++
			case x.strength(top, c) > 0:
				rd.score += 0.5 // "without gluten, like bread": the bread counts too
			}
		}
		for _, c := range f.dropped {
			if c.soft == 0 && !c.attribute {
				rd.score -= 0.75
			}
		}
		if q.signaled {
			rd.score += 0.5
		}
	}
	return rd
}

// read finds the best reading of a question. A long spoken question carries its request in
// one part: "where's the frosting, I'm doing cupcakes". Each part is a reading too; the whole
// question counts a little less for every part it strings together.
func (x *index) read(p parsed, text string) reading {
	best := x.try(p)
	if best.f.verdict == carried && len(best.f.dropped) == 0 {
		// Every word answered: no problem to read into it.
	} else if rd, ok := x.needReading(p, text); ok && rd.better(best) {
		best = rd // "grubs are killing my lawn": the grubs, not the lawn
	}
	if best.f.verdict != carried || len(best.f.dropped) > 0 {
		if rd, ok := x.forItReading(p, text, best); ok && rd.better(best) {
			best = rd // "my knees hurt when I play volleyball": Knee Pads
		}
	}
	if best.f.verdict != carried || len(best.f.dropped) > 0 {
		if rd, ok := x.remedyReading(p); ok && rd.better(best) {
			best = rd // "wart treatment": the Wart Remover
		}
		if q, ok := withReading(p); ok && best.f.verdict >= notCarried {
			if rd := x.try(q); rd.f.verdict <= closest && rd.better(best) {
				best = rd // "a trash can with a lid": the Trash Can
			}
		}
	}
	if parts := clauses(text); len(parts) > 1 {
		whole := best.f.verdict
		best.score -= 0.5 * float64(len(parts)-1)
		for i, part := range parts {
			if part[0] == "like" && whole == notCarried {
				// "self tanner like St. Tropez", "kayaks, like a sit on top one": an example
				// of a thing the store does not have, not another thing asked for.
				continue
			}
			q := parse(part, x.labelled)
			q.es = p.es
			if len(q.topic) == 0 || q.intent == Barcode || q.intent == Facility || doesToIt(part, q.topic) {
				continue
			}
			if !q.signaled {
				q.intent = p.intent
			}
			rd := x.try(q)
			if explains(part) {
				if rd.f.verdict == notCarried {
					continue // "my name is Ana Silva": no thing the store could lack
				}
				rd.score-- // "my kid has sensitive skin" is why, not what
			}
			if rd.better(best) {
				best = rd
				for j, other := range parts {
					if j != i && other[0] != "like" {
						best.aside = append(best.aside, other...)
					}
				}
			}
		}
	}
	return best
}

// doesToIt reports whether a part of a question only says what to do to a thing another part
// names: "what do I need to fix it" after "my toilet keeps running".
func doesToIt(part, topic []string) bool {
	last := part[len(part)-1]
	return len(topic) == 1 && (taskVerb[topic[0]] || purposeVerb[topic[0]]) && (last == "it" || last == "them")
}

// list reads a question that asks for several things at once ("milk, eggs, bread and
// coffee", "peanut butter and also the bread"), one reading a thing; nil unless it names at
// least two things the store has.
func (x *index) list(p parsed, text string) []reading {
	var items []reading
	found := 0
	for _, part := range strings.Split(text, ",") {
		toks := tokens(part)
		start := 0
		for i := 0; i <= len(toks); i++ {
			if i < len(toks) && toks[i] != "and" && toks[i] != "also" && toks[i] != "plus" {
				continue
			}
			piece := toks[start:i]
			if len(piece) > 0 && piece[0] == "like" {
				return nil // "kayaks, like a sit on top one": an example, not another thing
			}
			q := parse(piece, x.labelled)
			q.es = p.es
			start = i + 1
			if slices.ContainsFunc(piece, func(w string) bool { return telling[w] }) {
				// "my son's got a cough, where's the cough syrup", "my usual is nice and
				// easy" tell, not list.
				return nil
			}
			if len(q.topic) == 0 || q.intent == Barcode || q.intent == Facility || q.intent == Help {
				continue
			}
			if len(q.topic) > 4 || explains(piece) {
				return nil
			}
			if slices.ContainsFunc(piece, func(w string) bool { return w == "size" || w == "sizes" }) {
				return nil // "bed sheets, queen size": a size of the thing, not another thing
			}
			if _, rest, ok := variantOf(piece); ok && len(parse(rest, x.labelled).topic) == 0 || onlySize(q.topic) {
				return nil // "tennis balls, the 4 can pack", "red mulch, the two cubic foot bags": only a size
			}
			if !q.signaled {
				q.intent = p.intent
			}
			rd := x.try(q)
			if rd.f.verdict <= closest {
				found++
			}
			items = append(items, rd)
			if len(items) == maxListItems {
				break
			}
		}
	}
	if found == 0 || len(items) < 2 {
		return nil
	}
	for _, rd := range items {
		if rd.f.verdict == unsure {
			return nil // a list is of things; a part not understood is more likely not one
		}
	}
	return items
}

// onlySize reports whether words say only how much and in what: "the two cubic foot bags",
// "12.4 oz box".
func onlySize(ws []string) bool {
	sized := false
	for _, w := range ws {
		switch {
		case numeral(w) || unitNames[w] != "" || w == "cubic" || w == "foot" || w == "feet":
			sized = true
		case packaging[w] || containers[w] || container[w]:
		default:
			return false
		}
	}
	return sized
}

// telling words mark a part of a question that tells the shopper's situation rather than
// naming something to find.
var telling = setOf(`my our his her their im ive were am gotta says said make making doing having
	because since cause wanna`)

// maxListItems bounds a list question: a shopper's list, not a pasted inventory.
const maxListItems = 12

func (e *Engine) products(ctx context.Context, x *index, w *words.Words, p parsed, text string, r *Result) {
	best := x.read(p, text)
	// A size or variant ("in a large", "the 35 lb one") is looked for among the line found
	// without it, so that it never vetoes the line.
	if v, rest, ok := withoutVariant(text); ok {
		q := parse(tokens(rest), x.labelled)
		q.es = p.es
		// A question all of whose words the catalog answers keeps them ("diapers size 4",
		// "family size hummus"); the size then only orders the line. Read without the size,
		// a question must find it ("65 inch tvs" is not a mount for 32-55 in TVs).
		if len(q.topic) > 0 && (best.f.verdict != carried || len(best.f.dropped) > 0) {
			rd := x.read(q, rest)
			if len(rd.f.hits) > 0 && rd.f.verdict <= best.f.verdict {
				_, found, sizes := x.chooseVariant(rd.f.hits, v, rd.f.dropped)
				had := false
				if best.f.verdict == carried {
					_, had, _ = x.chooseVariant(best.f.hits, v, best.f.dropped)
				}
				// A line that comes in other sizes is the answer, with its sizes, rather than
				// "I'm not sure we have…". A size the labels write otherwise ("3/4 inch" for
				// "0.75 in.") is the size, not a word the whole question let go of.
				other := len(sizes) > 0 && best.f.verdict == closest
				lost := found && len(rd.f.dropped) < len(best.f.dropped)
				if found && !had || other || lost || best.f.verdict != carried && rd.f.verdict == best.f.verdict {
					best, p, text = rd, q, rest
				}
			}
		}
		best.variant = v
	}
	if best.f.verdict == notCarried && (p.told || p.seeks || needUnmet(best.f)) {
		// A told situation ("my dog still stinks after a bath"), a request for whatever
		// helps ("something for my dog's itchy skin") or a need nothing in the catalog
		// answers names no product the store lacks: the engine is unsure, and a person may
		// know what helps.
		best.f.verdict = unsure
		if (p.told || p.seeks) && x.tellsOfIt(best.f) {
			best.f.verdict = closest
		}
		best.p.told = best.p.told || p.told
		best.p.seeks = best.p.seeks || p.seeks
	}
	// A list is answered thing by thing, unless one product is all of it ("salt and vinegar
	// chips", "mac and cheese").
	whole := best.f.verdict == carried && len(best.f.dropped) == 0 && slices.Equal(best.p.topic, p.topic)
	if !whole {
		if items := x.list(p, text); items != nil {
			e.answerList(ctx, x, w, items, r)
			return
		}
	}
	e.answer(ctx, x, w, best, r)
}

// answerList answers each thing of a list question, and says where each is, in the order
// asked: "Peanut butter: Aisle 9, left side, bay 4. Bread: Bakery, bay 2."
func (e *Engine) answerList(ctx context.Context, x *index, w *words.Words, items []reading, r *Result) {
	var says []string
	var more []*inventory.Product
	for _, rd := range items {
		var ir Result
		ir.Question = strings.Join(rd.p.topic, " ")
		e.answer(ctx, x, w, rd, &ir)
		r.Items = append(r.Items, ir)
		if !ir.Found {
			says = append(says, ir.Say)
			r.Human = true
			continue
		}
		r.Found = true
		p := ir.Products[0]
		d := productData(w, p)
		d["Topic"] = capitalise(ir.Topic)
		d["The"] = capitalise(rd.p.the(ir.Topic))
		says = append(says, w.Say("answer.list.item", "{{.Topic}}: {{.Place}}, {{.Name}}, {{.Price}}, {{.Stock}}.", d))
		r.Products = append(r.Products, p)
		more = append(more, ir.Products[1:]...)
	}
	for _, p := range more {
		if len(r.Products) >= e.opts.Limit {
			break
		}
		r.Products = append(r.Products, p)
	}
	r.Intent = items[0].p.intent
	r.Topic = strings.Join(topics(r.Items), ", ")
	r.Say = strings.Join(says, " ")
}

func topics(rs []Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, r.Topic)
	}
	return out
}

// answer fills a result from a reading: the products, in the order to show them, and the
// sentences to say.
func (e *Engine) answer(ctx context.Context, x *index, w *words.Words, rd reading, r *Result) {
	p, f := rd.p, rd.f
	r.Intent, r.Relaxed, r.Verdict = p.intent, f.relaxed, f.verdict.String()
	thing := x.askedFor(p, f.all)
	asked := p.shown(thing)
	// The store sells things of its kind: it may have the thing under another name.
	h := slices.IndexFunc(f.all, func(c concept) bool { return c.head })
	maybe := f.verdict == notCarried && h >= 0 && x.kindSold(f.all[h], strings.Fields(thing))
	if asked == "" && f.verdict == notCarried {
		// The words name no thing ("the battery is dead"): the store cannot be said to lack it.
		f.verdict = unsure
		r.Verdict = f.verdict.String()
	}
	switch f.verdict {
	case notCarried:
		r.Topic = asked
		if maybe {
			r.Verdict = unsure.String()
			r.Say = w.Say("answer.maybe", "I'm not sure we have {{.Topic}}. A member of staff can check for you.", map[string]any{"Topic": asked})
			return
		}
		r.Say = w.Say("answer.absent", "We don't seem to carry {{.Topic}}. A member of staff can check for you.",
			map[string]any{"Topic": asked})
		return
	case unsure:
		r.Topic = asked
		if p.told || p.seeks || needUnmet(f) {
			// The shopper's words are a situation, not a thing: saying them back would
			// be odd ("what you mean by always dies before lunch").
			r.Say = w.Say("answer.unsure.need", "I'm not sure what would help with that. A member of staff can help.", nil)
			return
		}
		if asked == "" {
			r.Say = w.Say("answer.unsure.thing", "I'm not sure what you are looking for. A member of staff can help.", nil)
			return
		}
		r.Say = w.Say("answer.unsure", "I'm not sure what you mean by {{.Topic}}. A member of staff can help.",
			map[string]any{"Topic": asked})
		return
	}
	hits, cs := f.hits, f.kept
	r.Found = true
	dropped := f.dropped
	for _, w := range append(slices.Clip(rd.aside), p.packed...) {
		if isLetters(w) && !stopword[w] && !filler[w] {
			dropped = append(slices.Clip(dropped), concept{said: w})
		}
	}
	hits, sized, sizes := x.chooseVariant(hits, rd.variant, dropped)
	named := hits[0].named
	if p.cheapest && !named {
		hits = cheapestFirst(x, hits)
	}
	ids := order(x, hits, named || sized, cs, e.opts.Limit)
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
	r.Topic = p.shown(strings.Join(labels, " "))
	if named {
		r.Topic = r.Products[0].DisplayName()
	}
	if p.intent == WhatIs {
		if full, err := e.db.BySKU(ctx, r.Products[0].SKU); err == nil {
			r.Products[0] = full
		}
	}
	if f.verdict == closest {
		r.Human = true
		d := productData(w, r.Products[0])
		d["Topic"] = asked
		if asked == "" || p.told || p.seeks {
			r.Say = w.Say("answer.closest.thing", "I'm not sure I found what you are looking for. The closest: {{.Name}}, {{.Place}}, {{.Price}}, {{.Stock}}.", d)
			return
		}
		r.Say = w.Say("answer.closest", "I'm not sure we have {{.Topic}}. The closest: {{.Name}}, {{.Place}}, {{.Price}}, {{.Stock}}.", d)
		return
	}
	// A task ("something to clean my oven") or a need ("my toilet keeps running") is answered
	// with the product, not by saying the shopper's words back as a thing.
	verb := slices.ContainsFunc(cs, func(c concept) bool { return c.need && c.head })
	for _, t := range p.topic {
		verb = verb || taskVerb[t]
	}
	r.Say = say(w, p.intent, r, wording{named: named, how: how, said: p.shown(saidOf(cs, p.topic)), verb: verb,
		cheapest: p.cheapest && !named, the: p.the(r.Topic), many: p.many(r.Topic), a: p.article(r.Topic)}, hits, x)
	if len(sizes) > 0 {
		// The size asked for is not on the shelf: say which there are.
		r.Say += " " + w.Say("answer.sizes", "We have it in {{.Sizes}}.", map[string]any{"Sizes": strings.Join(sizes, ", ")})
	}
}

// tellsOfIt reports whether the best product's label has, by the shopper's own words, the
// thing a told situation is about and another word of it: for "my cat keeps throwing up
// hairballs" the Hairball Control Cat Food.
func (x *index) tellsOfIt(f finding) bool {
	h := slices.IndexFunc(f.all, func(c concept) bool { return c.head })
	if h < 0 || len(f.hits) == 0 {
		return false
	}
	top := &x.items[f.hits[0].id]
	named := 0
	for _, c := range f.kept {
		if c.soft > 0 || c.attribute {
			continue
		}
		kind, a := x.howMatched(top, c)
		if kind != byName || !slices.ContainsFunc(a.terms, func(t uint32) bool { return !has(top.brandTerms(), t) }) {
			if c.said == f.all[h].said {
				return false
			}
			continue
		}
		named++
	}
	// A word on many labels ("paw" of Top Paw) is a line's name more than what a product is for.
	return named >= 2 && slices.ContainsFunc(f.kept, func(c concept) bool { return c.said == f.all[h].said }) &&
		x.idf(f.all[h]) >= 1+math.Log(toldShare)
}

// toldShare: the thing a told situation is about picks out a product only when at most one
// label in toldShare has it.
const toldShare = 50

// needUnmet reports whether a finding is about a need ("a clogged drain", "a chesty cough")
// that no product answers.
func needUnmet(f finding) bool {
	head := slices.IndexFunc(f.all, func(c concept) bool { return c.head })
	return len(f.hits) == 0 && head >= 0 && f.all[head].need
}

// relax searches with every concept; when no product answers them all, it lets go of what a
// shopper would not insist on, one step at a time: attributes (said so in the answer), the
// purpose clause, everything but a named need ("a chesty cough"), words the catalog does not
// know, and then, least telling first, words it knows. What was let go decides the verdict.
func (x *index) relax(cs []concept) finding {
	f := x.relaxAll(cs)
	if f.verdict != notCarried && f.verdict != unsure || len(f.hits) > 0 && !droppedHead(f) {
		return f
	}
	if hits, kept, ok := x.cover(cs); ok {
		g := finding{all: cs, hits: hits, kept: kept, verdict: closest}
		for _, c := range cs {
			if !slices.ContainsFunc(kept, func(k concept) bool { return k.said == c.said }) {
				g.dropped = append(g.dropped, c)
			}
		}
		return g
	}
	return f
}

// cover weighs what each product answers of a question no product answers whole: when one
// holds most of what the shopper said ("the lawn has brown patches": a lawn patch repair
// seed), it is the closest answer, offered as such with a person, never "we don't carry".
// The thing asked about, when the catalog has no word for it and English has ("a riding lawn
// mower"), is evidence the store lacks it: then nothing is covered.
func (x *index) cover(cs []concept) ([]scored, []concept, bool) {
	var known []int
	weights := make([]float64, len(cs))
	total := 0.0
	for i, c := range cs {
		if c.soft > 0 || c.attribute || c.size || !isLetters(lastWord(c.said)) || unitNames[lastWord(c.said)] != "" {
			continue // sizes and numbers say which one, not what: "2x4" is no shipping label
		}
		weights[i] = x.idf(c)
		if c.head {
			weights[i] *= 2 // the thing asked about counts as much again as its words around it
		}
		total += weights[i]
		if c.unknown || len(c.alts) == 0 {
			if c.head && x.thing(c) {
				return nil, nil, false
			}
			continue
		}
		known = append(known, i)
	}
	if len(known) < 2 || len(known) > 8 {
		return nil, nil, false
	}
	seen := x.marks.Get().(*marks)
	defer x.marks.Put(seen)
	seen.next()
	type covered struct {
		scored
		weight float64
		n      int
	}
	var out []covered
	for a := 0; a < len(known); a++ {
		for b := a + 1; b < len(known); b++ {
			for _, id := range x.intersect([]concept{cs[known[a]], cs[known[b]]}) {
				if !seen.mark(id) {
					continue
				}
				it := &x.items[id]
				c := covered{scored: scored{id: id}}
				for _, i := range known {
					if s := x.strength(it, cs[i]); s > 0 {
						c.weight += weights[i]
						c.score += weights[i] * s
						c.n++
					}
				}
				if c.n >= 2 && c.weight >= coverShare*total {
					if it.qty > 0 {
						c.score += 0.2
					}
					out = append(out, c)
				}
			}
		}
	}
	if len(out) == 0 {
		return nil, nil, false
	}
	slices.SortFunc(out, func(a, b covered) int {
		if a.weight != b.weight {
			return cmp.Compare(b.weight, a.weight)
		}
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		return cmp.Compare(a.id, b.id)
	})
	hits := make([]scored, 0, min(len(out), 64))
	for _, c := range out[:min(len(out), 64)] {
		hits = append(hits, c.scored)
	}
	var kept []concept
	top := &x.items[hits[0].id]
	for _, i := range known {
		if x.strength(top, cs[i]) > 0 {
			kept = append(kept, cs[i])
		}
	}
	return hits, kept, true
}

// coverShare is the least share of a question's weight (its words' rarity) one product must
// hold to be offered as the closest answer when none holds all of it.
const coverShare = 0.5

func (x *index) relaxAll(cs []concept) finding {
	f := finding{all: cs, kept: cs}
	if f.hits = x.search(cs); len(f.hits) > 0 {
		if f.hits[0].other {
			// The best product only uses the thing's word for another thing ("Lawn Mower
			// Oil" for a lawn mower): letting go of a word may find the thing itself.
			// Only when the words let go make with the thing a kind of their own.
			if g := x.letGo(cs); g.verdict == carried && len(g.hits) > 0 && !g.hits[0].other && x.kindLetGo(g) {
				return g
			}
			if h := slices.IndexFunc(cs, func(c concept) bool { return c.head }); h > 0 && x.kindOf(cs[:h+1]) && x.known(cs[h]) &&
				x.modifiesHead(&x.items[f.hits[0].id], cs[:h+1]) {
				// Every word is on the label, but as what another thing is of or for, where
				// English names a thing by them: Cane Sugar for "sugar cane", an Ice Cream
				// Maker for "ice cream".
				f.verdict = notCarried
			}
			if h := slices.IndexFunc(cs, func(c concept) bool { return c.head }); h >= 0 && x.known(cs[h]) && !cs[h].need &&
				!slices.ContainsFunc(f.hits, func(s scored) bool { return x.onLabel(&x.items[s.id], cs[h]) }) {
				// The thing asked about is only in the names of shelves that hold what is for it:
				// Wood Pellets in "stove fuel & fire starters" are no pellet stove.
				f.verdict = notCarried
			}
		} else if g, ok := x.namedOnLabel(f); ok {
			return g
		}
		return f
	}
	return x.letGo(cs)
}

// modifiesHead reports whether a label has the shopper's words only to say what its own thing
// is of or for: in another order ("Cane Sugar" for sugar cane), or just before its head noun
// ("Ice Cream Maker"). Words standing as the label's own thing, with a colour or a lens said
// after them ("Safety Glasses Clear Lens"), are the thing; so are words a label writes
// backwards ("Potatoes Sweet").
func (x *index) modifiesHead(it *item, cs []concept) bool {
	names := it.nameTerms()
	n := len(cs)
	for p := 0; p+n <= len(names); p++ {
		in := true
		for k, c := range cs {
			in = in && x.holds(c, names[p+k])
		}
		if in {
			// A kit or a pack of the thing is the thing: "Screen Protector Kit".
			return p+n < len(names) && names[p+n] == it.head && !collective[x.terms[it.head].surface] && !packaging[x.terms[it.head].surface]
		}
	}
	// Not in the shopper's order: the label's head must be a thing, not a word written after
	// one ("Potatoes Sweet" are sweet potatoes).
	return it.head != noTerm && !x.lex.IsAdjective(x.terms[it.head].surface)
}

// kindLetGo reports whether the words a finding let go, with the thing asked about after them,
// name a kind of thing in English: "lawn" of "lawn mower", not "fancy feast" of "fancy feast trout".
func (x *index) kindLetGo(f finding) bool {
	head := slices.IndexFunc(f.all, func(c concept) bool { return c.head })
	first := slices.IndexFunc(f.all, func(c concept) bool {
		return slices.ContainsFunc(f.dropped, func(d concept) bool { return d.said == c.said })
	})
	return head > 0 && first >= 0 && first < head && x.kindOf(f.all[first:head+1])
}

// saidWords are the words the shopper said for the required concepts.
func saidWords(cs []concept) []string {
	var ws []string
	for _, c := range cs {
		if c.soft == 0 {
			ws = append(ws, strings.Fields(c.said)...)
		}
	}
	return ws
}

// kindFirst puts first, among the products found without a word the shopper said before the
// thing, one that English says is the kind that word and the thing name: for "pocket knife"
// the Folding Knife (a pocketknife "folds into the handle"), not the first knife found.
func (x *index) kindFirst(f finding) {
	head := slices.IndexFunc(f.all, func(c concept) bool { return c.head })
	if head <= 0 || len(f.hits) < 2 || f.all[head].need {
		return
	}
	first := slices.IndexFunc(f.all[:head], func(c concept) bool {
		return c.soft == 0 && slices.ContainsFunc(f.dropped, func(d concept) bool { return d.said == c.said })
	})
	if first < 0 || !x.kindOf(f.all[first:head+1]) {
		return
	}
	for k, h := range f.hits[:min(len(f.hits), 12)] {
		it := &x.items[h.id]
		if !x.isHead(it, f.all[head]) {
			continue
		}
		// What the product's word says it does, not a word the definition merely has: a
		// table saw is "a circular saw mounted under a table", and no Circular Saw is one.
		if mod, sib := x.sibling(it, f.all); sib && len(gerundBases(mod)) > 0 && x.glossSays(saidWords(f.all[first:head+1]), mod, false) {
			if k > 0 {
				copy(f.hits[1:k+1], f.hits[:k])
				f.hits[0] = h
			}
			return
		}
	}
}

// letGo is relaxAll once the whole question found nothing fit.
func (x *index) letGo(cs []concept) finding {
	f := finding{all: cs, kept: cs}
	without := func(cs []concept, drop func(concept) bool) []concept {
		var out []concept
		for _, c := range cs {
			if !drop(c) {
				out = append(out, c)
			}
		}
		return out
	}
	found := func(kept []concept) finding {
		f.kept = kept
		f.dropped = without(cs, func(c concept) bool {
			return slices.ContainsFunc(kept, func(k concept) bool { return k.said == c.said && k.soft == c.soft })
		})
		var attrs []string
		for _, c := range f.dropped {
			switch {
			case c.size && (isNumber(c.said) || sizeWord[c.said]):
				attrs = append(attrs, "size "+c.said) // "size 10 girls leggings"
			case c.size:
				attrs = append(attrs, c.said+" size") // "queen size sheets"
			case c.attribute:
				attrs = append(attrs, c.said)
			}
		}
		f.relaxed = strings.Join(attrs, " ")
		x.kindFirst(f)
		f.verdict = x.judge(f)
		return f
	}
	core := without(cs, func(c concept) bool { return c.attribute })
	if len(core) < len(cs) && len(core) > 0 {
		if f.hits = x.search(core); len(f.hits) > 0 {
			return found(core)
		}
	}
	if needs := without(cs, func(c concept) bool { return !c.need || c.soft > 0 }); len(needs) > 0 && len(needs) < len(cs) {
		if f.hits = x.search(needs); len(f.hits) > 0 {
			return found(needs)
		}
	}
	kept := without(core, func(c concept) bool { return c.unknown || len(c.alts) == 0 })
	for searches := 0; searches < maxRelaxSearches; {
		if !slices.ContainsFunc(kept, func(c concept) bool { return c.soft == 0 }) {
			break
		}
		if len(kept) < len(core) {
			searches++
			if f.hits = x.search(kept); len(f.hits) > 0 {
				return found(kept)
			}
		}
		// Let go of the word whose loss leaves the best answer: the best verdict, then the
		// best score; the thing asked about last.
		var best finding
		bestScore := 0.0
		for i, c := range kept {
			if c.soft > 0 || searches >= maxRelaxSearches {
				continue
			}
			searches++
			rest := slices.Delete(slices.Clone(kept), i, i+1)
			if f.hits = x.search(rest); len(f.hits) == 0 {
				continue
			}
			g := found(rest)
			score := g.hits[0].score
			if c.head {
				score -= 100
			}
			if best.hits == nil || g.verdict < best.verdict || g.verdict == best.verdict && score > bestScore {
				best, bestScore = g, score
			}
		}
		if best.hits != nil {
			return best
		}
		// No one word's loss is enough: let go of the least telling word (never the thing
		// asked about while anything else is left) and try again.
		least := -1
		for i, c := range kept {
			if c.soft > 0 {
				continue
			}
			if least < 0 || kept[least].head && !c.head || c.head == kept[least].head && x.idf(c) < x.idf(kept[least]) {
				least = i
			}
		}
		if least < 0 {
			break
		}
		kept = slices.Delete(slices.Clone(kept), least, least+1)
	}
	f.hits = nil
	f.kept = nil
	f.dropped = cs
	f.verdict = x.judge(f)
	return f
}

// maxRelaxSearches bounds the work of letting go of words, so a long odd question costs a few
// searches, not dozens.
const maxRelaxSearches = 16

// judge decides what a relaxed search found. "Not carried" needs evidence: the thing asked
// about is a known kind of thing (an English noun, a catalog word, a vocabulary phrase) and
// what the catalog has is not it. When the words are not understood, the engine is unsure.
func (x *index) judge(f finding) verdict {
	v := x.judgeWords(f)
	if v == notCarried && !x.thingAsked(f) {
		// "I need to tow my buddy's car home", "keep my drinks cold": the words left are no
		// thing a shop sells ("home", "cold"), so the store cannot be said to lack it.
		return unsure
	}
	return v
}

// thingAsked reports whether the thing a question is about is a kind of thing: a word labels
// end on, a vocabulary phrase, or an English noun whose commoner senses can be on a shelf.
func (x *index) thingAsked(f finding) bool {
	head := slices.IndexFunc(f.all, func(c concept) bool { return c.head })
	if head < 0 {
		return true // judged on its other words
	}
	c := f.all[head]
	return c.need || x.thing(c) || slices.ContainsFunc(c.alts, func(a calt) bool { return !a.own })
}

func (x *index) judgeWords(f finding) verdict {
	head := slices.IndexFunc(f.all, func(c concept) bool { return c.head })
	if (len(f.hits) == 0 || droppedHead(f)) && len(f.all) > 0 && taskVerb[strings.Fields(f.all[0].said)[0]] {
		// A task the store has nothing for is not a thing it does not carry: "something to
		// stop a dripping sink" may be answered by a person.
		return unsure
	}
	if len(f.hits) == 0 {
		if head >= 0 && x.known(f.all[head]) {
			return notCarried
		}
		// The thing asked about is a word neither the catalog nor English knows ("gum
		// sheild"): the store cannot be said to lack the words around it.
		if head < 0 && slices.ContainsFunc(f.all, func(c concept) bool { return c.soft == 0 && x.known(c) && !c.attribute }) {
			return notCarried
		}
		return unsure
	}
	droppedHead := droppedHead(f)
	content := 0
	for _, c := range f.kept {
		if c.soft == 0 && !c.attribute && isLetters(lastWord(c.said)) && unitNames[lastWord(c.said)] == "" {
			content++
		}
	}
	if content == 0 {
		// Only a size or a number was found ("8" of "bad utf8"): nothing the shopper named.
		if head >= 0 && x.known(f.all[head]) {
			return notCarried
		}
		return unsure
	}
	if droppedHead {
		if head > 0 && x.namesKind(f.all[head-1:head+1], &x.items[f.hits[0].id], true) {
			return carried // "rose bushes": a rosebush is also called a rose, and roses are here
		}
		if head > 0 && x.kindShelvedWith(f.all[head-1:head+1], &x.items[f.hits[0].id]) {
			// "waffle iron": English files it under appliances, and the Waffle Maker found
			// is among the small appliances; the closest, offered with a person.
			return closest
		}
		word := slices.ContainsFunc(f.kept, func(c concept) bool {
			return c.soft == 0 && !c.attribute && isLetters(c.said) && len(c.said) >= 3 && unitNames[c.said] == ""
		})
		if content >= 2 || content == 1 && word && slices.ContainsFunc(f.kept, func(c concept) bool { return c.soft == 0 && isNumber(c.said) }) ||
			content == 1 && x.purposeNamed(f) && x.siblingKind(&x.items[f.hits[0].id], f.all[head]) {
			// The shopper's other words, or a word and a size ("40 oz stanley"), are on
			// the label: what they called it may be their own word for it ("cups"). So
			// may a kin of it, labelled with what they said it is for: the UV Nail Lamp
			// for a "uv light for gel nails".
			return closest
		}
		if x.known(f.all[head]) {
			return notCarried
		}
		return closest
	}
	if head < 0 || !slices.ContainsFunc(f.dropped, func(c concept) bool { return c.soft == 0 && !c.attribute }) {
		return carried
	}
	// Something the shopper said was let go. The products must then be the thing asked about
	// itself, not merely mention it: a shopper asking for a toaster does not want toaster
	// pastries, nor one asking for live lobster lobster bisque.
	// A word let go after the thing asked about may make it a place or thing of its own: a
	// "gas station" is not gas.
	if h := head + 1; h < len(f.all) && f.all[h].soft == 0 && slices.ContainsFunc(f.dropped, func(d concept) bool { return d.said == f.all[h].said }) &&
		x.kindOf(f.all[head:h+1]) {
		return notCarried
	}
	if f.all[head].need {
		// What helps with a need is many kinds of thing, none a sibling; but the shopper's
		// words may name a thing of their own: a "computer mouse" is not mice.
		for i := head - 1; i >= 0; i-- {
			if f.all[i].soft == 0 && slices.ContainsFunc(f.dropped, func(d concept) bool { return d.said == f.all[i].said }) && x.kindOf(f.all[i:head+1]) {
				return notCarried
			}
		}
		return carried
	}
	// named counts the shopper's other words the products have: a brand, a line, a variant.
	named := 0
	for _, c := range f.kept {
		switch {
		case c.code && c.soft == 0:
			named += 2 // "low beam bulb h11": the labels' H11 is the bulb asked for
		case c.soft == 0 && !c.head && !c.attribute && isLetters(lastWord(c.said)):
			named++
		}
	}
	top := &x.items[f.hits[0].id]
	if x.trouble(f.all[head]) && x.onLabel(top, f.all[head]) {
		// A trouble named on the label is what the product is for: the Pinkeye Spray for
		// "my cow has pink eye".
		return carried
	}
	if x.ownKind(top, f.all[head], f.all) {
		// The label names a thing of its own with the shopper's word: Root Beer for
		// "non-alcoholic beer", Hot Dogs for "perro".
		if x.known(f.all[head]) {
			return notCarried
		}
		return unsure
	}
	if !x.isHead(top, f.all[head]) {
		if x.known(f.all[head]) && named < 2 && !x.siblingKind(top, f.all[head]) {
			return notCarried
		}
		return closest
	}
	if named >= 2 {
		// The shopper's other words name this very product ("Downy Infusions Amber Blossom
		// dryer sheets" for "... Fabric Softener Sheets"): a word of theirs the label lacks
		// does not make it another thing.
		return carried
	}
	for i := head - 1; i >= 0 && !f.all[i+1].starts; i-- {
		c := f.all[i]
		if c.soft > 0 || !slices.ContainsFunc(f.dropped, func(d concept) bool { return d.said == c.said }) {
			continue
		}
		if c.without {
			return notCarried // "non-alcoholic beer": the beer found is what the shopper did not want
		}
		// The product is another kind of the same thing: "Olive Oil" for motor oil, "Bowl
		// Brush" for paint brushes, "Playing Cards" for greeting cards. It is not carried when
		// the shopper's words name a kind of their own ("motor oil", "paintbrush"), or the
		// shopper's word does not belong where the product is kept (unlike "furnace" filters
		// among heating and cooling, "christmas" lights among holiday decor).
		if top.head != noTerm && x.kinLabelled(c.said, f.hits, top.head) {
			return notCarried // "quail eggs": the labels tell eggs apart by the bird (Duck Eggs)
		}
		if i >= 1 && i == head-1 && !f.all[i-1].attribute && numeral(f.all[i-1].said) {
			// A count and its word say how the thing is made or sold: "two part" epoxy,
			// "3 prong" plugs. The product without them is the closest.
			return closest
		}
		// The label has the shopper's words on both sides of its own: "outlet cover plates"
		// may well be the Outlet Wall Plate, though English has cover plates of their own.
		sandwiched := i == head-1 && i > 0 && f.all[i-1].soft == 0 && !f.all[i-1].attribute &&
			slices.ContainsFunc(f.kept, func(k concept) bool { return k.said == f.all[i-1].said })
		mod, sib := x.sibling(top, f.all)
		if !sib {
			// Not another kind by its name, but the shopper's word, not the product's, is a
			// kind of its own: "computer mouse" asked, "Mouse Traps" found. (A product on a
			// shelf named for the thing is one: Wiper Blades among "wipers".) A thing of the
			// shopper's own that English files elsewhere is not the label's either: "dry
			// ice" is no Ice.
			if x.kindOf(f.all[i:head+1]) && (!x.ownHead(top, f.all[head]) && !x.shelvedAs(top, f.all[head]) ||
				top.head != noTerm && x.filedElsewhere(saidWords(f.all[i:head+1]), []string{x.terms[top.head].surface})) {
				return notCarried
			}
			if x.forAnother(top, f, i, head) {
				return notCarried // "hearing aid batteries": C Batteries
			}
			continue
		}
		if x.kindIsA(mod, top, f.all[i:head+1]) {
			continue // "Spring Water" is bottled water
		}

		if sameVerb(mod, lastWord(c.said)) {
			continue // "packing" tape is the Packaging Tape
		}
		if x.kindOf(f.all[i : head+1]) {
			if sandwiched {
				return closest
			}
			return notCarried
		}
		if c.unknown && i >= 1 && i == head-1 && x.sameFrame(top, f.all[i-1:head+1]) {
			// The label has the shopper's words around another of the same place: an
			// "oil catch pan" may be the Oil Drain Pan, a "rust converter" the Rust Reformer.
			return closest
		}
		if i+1 < head && particle[f.all[i+1].said] {
			// A verb and its particle say how the thing works, not what it is: a "blow up
			// mattress" may be the Air Mattress.
			return closest
		}
		if c.unknown && len(c.said) <= 2 {
			continue // "ea coffee": two letters no label has say nothing of another kind
		}
		if x.lex.IsNoun(strings.Fields(c.said)...) && !x.related(c.said, top) && !x.definedBy(top, c.said) && !x.usedNearby(c.said, top) {
			if i < head-1 && f.all[i+1].soft == 0 && slices.ContainsFunc(f.kept, func(k concept) bool { return k.said == f.all[i+1].said }) {
				// The word says which of the next word's things, and the label has that
				// word: a "hand luggage suitcase" is a Carry-On Suitcase, or close to it.
				return closest
			}
			if sizeKept(f) || sandwiched {
				// The label has the shopper's size too, number and unit: a "swiss ball 65
				// cm" may well be the Stability Ball, 65 cm. Or their words around it.
				return closest
			}
			return notCarried
		}
	}
	return carried
}

// ownKind reports whether a product's label names, by the word before the shopper's, a thing
// English files elsewhere than what the shopper's word means: Root Beer is a soft drink, no
// beer; Hot Dogs are sausages, no dogs. A thing filed under the shopper's word is a kind of it
// (Olive Oil is an oil, a Bell Pepper a pepper), and a word the shopper said themselves makes
// it the thing asked for.
func (x *index) ownKind(it *item, c concept, cs []concept) bool {
	names := it.nameTerms()
	h := int(it.headAt)
	if x.lex == nil || it.head == noTerm || h == 0 || h >= len(names) || names[h] != it.head || !x.ownHead(it, c) {
		return false
	}
	mod := names[h-1]
	if slices.ContainsFunc(cs, func(k concept) bool {
		return slices.ContainsFunc(k.alts, func(a calt) bool { return has(a.terms, mod) })
	}) {
		return false
	}
	return x.filedElsewhere([]string{x.terms[mod].surface, x.terms[it.head].surface}, strings.Fields(c.said))
}

// filedElsewhere reports whether English knows a phrase as a thing, and files it under no
// sense of the word given: root beer is no beer, dry ice no ice. A thing filed under any sense
// of the word, as written or as a singular ("cords" are also corduroys), is a kind of it: a
// reciprocating saw is a power saw, an extension cord a cord; so is one of a narrow kind with
// it (a measuring cup is a container as a cup is).
func (x *index) filedElsewhere(phrase, word []string) bool {
	if x.lex == nil {
		return false
	}
	compound := x.lex.Senses(phrase...)
	if len(compound) == 0 {
		compound = x.lex.Senses(strings.Join(phrase, ""))
	}
	senses := x.lex.Senses(word...)
	if one := x.lex.Singular(word[len(word)-1]); one != word[len(word)-1] {
		senses = append(senses, x.lex.Senses(append(word[:len(word)-1:len(word)-1], one)...)...)
	}
	var asked, common []int32
	for _, s := range senses {
		if s.Kind.Tangible() {
			asked = append(asked, s.ID)
			common = append(common, x.broader(s.ID, 3)...)
		}
	}
	if len(asked) == 0 {
		return false
	}
	own := false
	for _, s := range compound {
		if s.Rank > 2 || !s.Kind.Tangible() {
			continue
		}
		if slices.ContainsFunc(asked, func(a int32) bool { return x.lex.IsA(s.ID, a, ownKindDepth) }) ||
			slices.ContainsFunc(x.broader(s.ID, 3), func(g int32) bool { return x.lex.Depth(g) >= ownKindKin && slices.Contains(common, g) }) {
			return false
		}
		own = true
	}
	return own
}

// purposeNamed reports whether the best product's label has, by the shopper's own word, the
// thing the product is for: "gel nails" on the UV LED Nail Lamp. (Who it is for, "for men",
// is no such thing.)
func (x *index) purposeNamed(f finding) bool {
	top := &x.items[f.hits[0].id]
	return slices.ContainsFunc(f.all, func(c concept) bool {
		kind, _ := x.howMatched(top, c)
		return c.soft == purposeWeight && kind == byName && x.thing(c)
	})
}

// sizeKept reports whether the products found have a size the shopper said, its number and
// its unit.
func sizeKept(f finding) bool {
	return slices.ContainsFunc(f.kept, func(c concept) bool { return c.soft == 0 && isNumber(c.said) }) &&
		slices.ContainsFunc(f.kept, func(c concept) bool { return c.soft == 0 && unitNames[c.said] != "" })
}

// numeral reports whether a word is a number, said in figures or in words.
func numeral(w string) bool {
	_, word := numberWords[w]
	return word || isNumber(w)
}

// particle words follow a verb to make a phrase of it: "blow up", "pull out", "fold down".
var particle = setOf(`up down out off on`)

// forAnother reports whether the words the shopper said before the thing, all let go, name a
// thing of their own that the product is not for, where the label says which of its kind it
// is with a word the shopper did not say: "hearing aid" batteries are not the C Batteries. A
// bare label ("Buns" for hot dog buns) may be it.
func (x *index) forAnother(top *item, f finding, i, head int) bool {
	names := top.nameTerms()
	h := int(top.headAt)
	if top.head == noTerm || h == 0 || h >= len(names) || names[h] != top.head ||
		slices.ContainsFunc(f.all, func(c concept) bool { return x.holds(c, names[h-1]) }) {
		return false
	}
	for _, c := range f.all[i:head] {
		if c.soft > 0 || !slices.ContainsFunc(f.dropped, func(d concept) bool { return d.said == c.said }) {
			return false
		}
	}
	run := saidWords(f.all[i:head])
	if len(run) < 2 {
		return false // one word may say which, not for what: "cow" of "almond milk, not from a cow"
	}
	if !slices.ContainsFunc(x.lex.Senses(run...), func(s lexicon.Sense) bool { return s.Rank <= 2 && s.Kind.Tangible() }) {
		return false
	}
	said := strings.Join(run, " ")
	return !x.related(said, top) && !x.definedBy(top, said) && !x.usedNearby(said, top)
}

// kinLabelled reports whether other labels name the thing found with a word of the same
// narrow kind as the shopper's word, and none with a kind of it: for "quail eggs", Duck Eggs.
// The catalog tells its eggs apart by the bird, and has none of the shopper's. ("Fruit trees"
// are the Peach Trees.)
func (x *index) kinLabelled(word string, hits []scored, head uint32) bool {
	if x.lex == nil {
		return false
	}
	var mine []int32
	for _, s := range x.lex.Senses(strings.Fields(word)...) {
		if s.Rank <= 2 && s.Kind.Tangible() {
			mine = append(mine, s.ID)
		}
	}
	if len(mine) == 0 {
		return false
	}
	var seen []uint32
	kin := false
	for i, h := range hits {
		if i == 64 {
			break
		}
		it := &x.items[h.id]
		names := it.nameTerms()
		k := int(it.headAt)
		if it.head != head || k == 0 || k >= len(names) || slices.Contains(seen, names[k-1]) {
			continue
		}
		seen = append(seen, names[k-1])
		for _, s := range x.lex.Senses(x.terms[names[k-1]].surface) {
			if s.Rank > 3 || !s.Kind.Tangible() { // duck is the bird's flesh third
				continue
			}
			up := x.broader(s.ID, 2)
			for _, a := range mine {
				if x.lex.IsA(s.ID, a, ownKindDepth) || x.lex.IsA(a, s.ID, ownKindDepth) {
					return false // "fruit trees": a Peach Tree is one
				}
				kin = kin || slices.ContainsFunc(x.broader(a, 2), func(g int32) bool { return x.lex.Depth(g) >= kinLabelledDepth && slices.Contains(up, g) })
			}
		}
	}
	return kin
}

// kinLabelledDepth is how narrow, in steps below "entity", the kind two words share must be
// for a label with one to show the store tells its things apart by it: meat (5) for lamb and
// pork; food (3) is too broad.
const kinLabelledDepth = 5

// ownKindDepth is how many steps up English may file a thing under a word for it to be a kind
// of it: a bell pepper is a capsicum pepper plant in one.
const ownKindDepth = 4

// ownKindKin is how narrow, in steps below "entity", a kind two things must share for one to
// count as the other: a container (6) makes a measuring cup a cup; a beverage (5) is too broad
// to make root beer a beer.
const ownKindKin = 6

// shelvedAs reports whether a product's category is named by the thing asked about, its
// last word: Wiper Blades in "wipers", tents in "tents".
func (x *index) shelvedAs(it *item, c concept) bool {
	terms := x.cats[it.cat].terms
	return len(terms) > 0 && slices.ContainsFunc(c.alts, func(a calt) bool {
		return a.own && !a.isCat && len(a.terms) > 0 && a.terms[len(a.terms)-1] == terms[len(terms)-1]
	})
}

// usedNearby reports whether the word names another category of the product's own
// department: "phone" of "cell phones" and "phone cases", beside the chargers. There the word
// says what the product is for ("phone charger"), not another kind of it; in a grocery, with
// no phones, a phone charger is another thing than a battery charger.
func (x *index) usedNearby(word string, it *item) bool {
	id, ok := x.termID[stem(lastWord(word))]
	if !ok {
		return false
	}
	dept := x.cats[it.cat].dept
	return slices.ContainsFunc(x.catTerms[id], func(c uint32) bool { return c != it.cat && x.cats[c].dept == dept })
}

// isHead reports whether a product is the thing a concept names: the concept is the
// product's head noun or its category, not a word of its name that modifies another.
func (x *index) isHead(it *item, c concept) bool {
	for _, a := range c.alts {
		switch {
		case a.isCat:
			if it.cat == a.cat {
				return true
			}
		case len(a.terms) > 0:
			t := a.terms[len(a.terms)-1]
			if it.head == t || it.head == noTerm && has(it.nameTerms(), t) || x.catThing(it.cat, t) {
				return true
			}
		}
	}
	return false
}

// namedOnLabel is the finding without one of the shopper's words, when every product with
// all of them is only shelved with the thing asked about and named as another, and without
// that word a label in the same place names the thing, with another of the words said: for
// an "electric fence charger", the Fence Charger, not the Electric Fence Volt Meter on the
// fence chargers' shelf.
func (x *index) namedOnLabel(f finding) (finding, bool) {
	h := slices.IndexFunc(f.all, func(c concept) bool { return c.head && c.soft == 0 })
	if h < 0 || f.all[h].need {
		return f, false
	}
	alone := !slices.ContainsFunc(f.all, func(c concept) bool { return c.soft == 0 && !c.head })
	if alone || slices.ContainsFunc(f.hits[:min(len(f.hits), 8)], func(s scored) bool {
		return x.role(&x.items[s.id], f.all[h], false) != keptAsThing
	}) {
		return f, false
	}
	g := x.letGo(f.all)
	if g.verdict != carried || len(g.hits) == 0 || droppedHead(g) {
		return f, false
	}
	top := &x.items[g.hits[0].id]
	if top.cat != x.items[f.hits[0].id].cat || x.role(top, f.all[h], false) != theThing ||
		!slices.ContainsFunc(g.kept, func(c concept) bool { return c.soft == 0 && !c.head && !c.attribute }) {
		return f, false
	}
	return g, true
}

// trouble reports whether a concept names, first of all, an illness or its sign (pinkeye, a
// cough, acne): not any state ("soil", a "mess").
func (x *index) trouble(c concept) bool {
	said := strings.ReplaceAll(c.said, " ", "")
	ss := x.lex.Senses(said)
	if len(ss) == 0 {
		said = c.said
		ss = x.lex.Senses(strings.Fields(said)...)
	}
	if len(ss) == 0 || ss[0].Kind != lexicon.State {
		return false
	}
	// In the singular too: "spots" are first of all floaters in the eye, a spot a place.
	if one := x.lex.Singular(said); one != said {
		if s1 := x.lex.Senses(strings.Fields(one)...); len(s1) > 0 && s1[0].ID != ss[0].ID {
			return false
		}
	}
	return x.namedAbove(ss[0].ID, 6, func(l string) bool { return illness[l] })
}

// namedAbove reports whether a sense, or what it is a kind of up to depth steps, has a name
// that name accepts.
func (x *index) namedAbove(id int32, depth int, name func(string) bool) bool {
	seen := map[int32]bool{}
	var walk func(id int32, depth int) bool
	walk = func(id int32, depth int) bool {
		if seen[id] {
			return false
		}
		seen[id] = true
		if slices.ContainsFunc(x.lex.Lemmas(id), name) {
			return true
		}
		return depth > 0 && slices.ContainsFunc(x.lex.Hypernyms(id), func(h int32) bool { return walk(h, depth-1) })
	}
	return walk(id, depth)
}

// illness names WordNet's kinds of what ails a body.
var illness = map[string]bool{"symptom": true, "injury": true, "ill health": true, "pathological state": true}

// onLabel reports whether a product's name, brand, tags or description have one of a
// concept's words.
func (x *index) onLabel(it *item, c concept) bool {
	names := it.terms
	return slices.ContainsFunc(c.alts, func(a calt) bool {
		return !a.isCat && len(a.terms) > 0 && !slices.ContainsFunc(a.terms, func(t uint32) bool { return !has(names, t) })
	})
}

// catThing reports whether a category's name has the term as a thing its products are, not
// only to say which kind of another ("goat" of "goat & sheep feed").
func (x *index) catThing(cat, t uint32) bool {
	return has(x.cats[cat].terms, t) && !has(x.cats[cat].modifiers, t)
}

// ownHead reports whether the product's head noun is the shopper's own word for the thing.
func (x *index) ownHead(it *item, c concept) bool {
	return slices.ContainsFunc(c.alts, func(a calt) bool {
		return a.own && !a.isCat && len(a.terms) > 0 && a.terms[len(a.terms)-1] == it.head
	})
}

// sibling reports whether a product's name says which kind of its head it is with a word the
// shopper did not say ("Pleated Air Filter", "Standard Playing Cards", "Threaded Rod"), and
// returns that word.
func (x *index) sibling(it *item, cs []concept) (string, bool) {
	names := it.nameTerms()
	h := int(it.headAt)
	if h >= len(names) || names[h] != it.head {
		return "", false
	}
	for k := h - 1; k >= 0 && k >= h-2; k-- {
		w := x.terms[names[k]].surface
		// A packaging word says how the thing comes ("Tissues Box"), unless it says what the
		// thing is for, just before a thing that is no pack itself: a Can Opener.
		pack := packaging[w] && !(k == h-1 && !packaging[x.terms[it.head].surface] && !collective[x.terms[it.head].surface])
		if !isLetters(w) || len(w) < 3 || pack || unitNames[w] != "" {
			continue
		}
		said := slices.ContainsFunc(cs, func(c concept) bool {
			return slices.ContainsFunc(c.alts, func(a calt) bool { return has(a.terms, names[k]) })
		})
		return w, !said
	}
	return "", false
}

// sameFrame reports whether a product's label has the first of the shopper's three words,
// then a word of its own just before its head noun where the shopper said a word no label
// has, and that head is what the shopper asked for: "Oil Drain Pan" for "oil catch pan",
// "Makeup Setting Spray" for "makeup fixing spray".
func (x *index) sameFrame(it *item, cs []concept) bool {
	if len(cs) != 3 || cs[0].soft > 0 {
		return false
	}
	names := it.nameTerms()
	h := int(it.headAt)
	if h < 2 || h >= len(names) || !x.holds(cs[2], names[h]) {
		return false
	}
	return !x.holds(cs[0], names[h-1]) && slices.ContainsFunc(names[:h-1], func(t uint32) bool { return x.holds(cs[0], t) })
}

// holds reports whether one of a concept's words is the term t.
func (x *index) holds(c concept, t uint32) bool {
	return slices.ContainsFunc(c.alts, func(a calt) bool { return len(a.terms) == 1 && a.terms[0] == t })
}

// kindIsA reports whether the product's kind ("spring water") is, in English, a kind of what
// the shopper asked for ("bottled water"), though the words differ.
func (x *index) kindIsA(modifier string, it *item, asked []concept) bool {
	var ws []string
	for _, c := range asked {
		if c.soft == 0 {
			ws = append(ws, c.english()...)
		}
	}
	if x.namesKind(asked, it, false) {
		return true // "flower pots": a flowerpot is also called a pot
	}
	head := x.terms[it.head].surface
	for _, s := range x.lex.Senses(modifier, head) {
		for _, a := range x.lex.Senses(ws...) {
			if x.lex.IsA(s.ID, a.ID, 3) {
				return true
			}
		}
	}
	// The definition of what was asked names the product's kind: bottled water is "drinking
	// water (often spring water) put into bottles", a pocketknife "a knife with a blade that
	// folds into the handle" (a Folding Knife).
	if x.glossSays(ws, modifier, true) {
		return true
	}
	// The words that tell the kinds apart name the same thing: "kitty" litter is cat litter.
	if len(ws) == 2 {
		for _, s := range x.lex.Senses(ws[0]) {
			for _, m := range x.lex.Senses(modifier) {
				if x.lex.IsA(s.ID, m.ID, 2) || x.lex.IsA(m.ID, s.ID, 2) {
					return true
				}
			}
		}
	}
	return false
}

// glossSays reports whether the definition of the phrase ws has the word w, or (doing) says
// what w does: a pocketknife's blade "folds" into the handle, a Folding Knife.
func (x *index) glossSays(ws []string, w string, exact bool) bool {
	for _, a := range x.lex.Senses(ws...) {
		if slices.ContainsFunc(strings.Fields(x.lex.Gloss(a.ID)), func(g string) bool {
			return exact && g == w || sameVerb(w, g) || sameVerb(w, strings.TrimSuffix(g, "s"))
		}) {
			return true
		}
	}
	return false
}

// namesKind reports whether the shopper's phrase names, in English, a kind of thing that the
// product's head noun is another name of: a flowerpot is also a pot, a lawn mower a mower, a
// rosebush a rose. The product is then the thing asked about, though it lacks a word of it.
// With first, that must be the commonest sense of the head: a rose is first of all a rosebush,
// but a vacuum is not first of all a vacuum cleaner ("Ham Vacuum Pack").
func (x *index) namesKind(cs []concept, it *item, first bool) bool {
	if it.head == noTerm || x.lex == nil {
		return false
	}
	var ws []string
	for _, c := range cs {
		if c.soft == 0 {
			ws = append(ws, c.english()...)
		}
	}
	if len(ws) < 2 {
		return false
	}
	kinds := x.lex.Senses(ws...)
	if len(kinds) == 0 {
		kinds = x.lex.Senses(strings.Join(ws, ""))
	}
	if len(kinds) == 0 || !kinds[0].Kind.Tangible() {
		return false
	}
	for _, h := range x.lex.Senses(x.terms[it.head].surface) {
		if h.ID == kinds[0].ID && (!first || h.Rank == 1) {
			// ...and is kept with such things: a bed sheet is a sheet, but not one among
			// the dryer sheets in laundry.
			return x.keptWith(kinds[0].ID, it, 1)
		}
	}
	return false
}

// kindShelvedWith reports whether the thing a phrase names ("waffle iron") is, by what English
// says it is a kind of, what the product's category is named for ("small appliances"). Unlike
// keptWith it reads only a name's last word and only the category: a kitchen appliance is an
// appliance, not a kitchen; a riding mower is a "garden tool", yet no lawn aerator, and a
// tennis racket no tennis ball (measured: keptWith's looser reading claims both).
func (x *index) kindShelvedWith(cs []concept, it *item) bool {
	if x.lex == nil {
		return false
	}
	var ws []string
	for _, c := range cs {
		if c.soft == 0 {
			ws = append(ws, c.english()...)
		}
	}
	kinds := x.lex.Senses(ws...)
	if len(ws) < 2 || len(kinds) == 0 || !kinds[0].Kind.Tangible() {
		return false
	}
	c := &x.cats[it.cat]
	names := c.terms[:c.nTerms]
	var named func(id int32, depth int) bool
	named = func(id int32, depth int) bool {
		for _, l := range x.lex.Lemmas(id) {
			if t, ok := x.termID[stem(lastWord(l))]; ok && has(names, t) {
				return true
			}
		}
		return depth > 0 && slices.ContainsFunc(x.lex.Hypernyms(id), func(h int32) bool { return named(h, depth-1) })
	}
	return slices.ContainsFunc(x.lex.Hypernyms(kinds[0].ID), func(h int32) bool { return named(h, 1) })
}

// sameVerb reports whether two words are forms of one verb: packing and packaging, heating
// and heater. One must be a verb's -ing form.
func sameVerb(a, b string) bool {
	if len(gerundBases(a)) == 0 && len(gerundBases(b)) == 0 {
		return false
	}
	forms := func(w string) []string { return append([]string{w}, gerundBases(w)...) }
	for _, u := range forms(a) {
		for _, v := range forms(b) {
			if len(u) < len(v) {
				u, v = v, u
			}
			if len(v) >= 4 && strings.HasPrefix(u, v) && slices.Contains([]string{"", "e", "er", "ed", "age"}, u[len(v):]) {
				return true
			}
		}
	}
	return false
}

// definedBy reports whether English defines the product's head noun with the shopper's word:
// a vase is "an open jar ... to hold flowers", so a flower vase is a vase, not another thing.
func (x *index) definedBy(it *item, word string) bool {
	if it.head == noTerm || x.lex == nil {
		return false
	}
	ss := x.lex.Senses(x.terms[it.head].surface)
	if len(ss) == 0 {
		return false
	}
	w := stem(lastWord(word))
	return slices.ContainsFunc(strings.Fields(x.lex.Gloss(ss[0].ID)), func(g string) bool { return stem(g) == w })
}

// keptWith reports whether a sense, or what it is a kind of within depth steps, is named by
// the product's category or department: a flowerpot among "pots planters", a rosebush (a
// shrub) among "shrubs trees", a lawn mower in "lawn & garden".
func (x *index) keptWith(id int32, it *item, depth int) bool {
	c := &x.cats[it.cat]
	names := append(slices.Clone(c.terms[:c.nTerms]), c.deptTerms...)
	for _, l := range x.lex.Lemmas(id) {
		for _, w := range strings.Fields(l) {
			if t, ok := x.termID[stem(w)]; ok && has(names, t) {
				return true
			}
		}
	}
	if depth == 0 {
		return false
	}
	return slices.ContainsFunc(x.lex.Hypernyms(id), func(h int32) bool { return x.keptWith(h, it, depth-1) })
}

// related reports whether a word belongs with a product's category: it, what it is a kind of,
// or the words that define it share a stem with the category's or department's name
// ("christmas" is a holiday: holiday decor; a furnace is where heat is produced: heating
// cooling).
func (x *index) related(word string, it *item) bool {
	c := &x.cats[it.cat]
	var names []string
	for _, t := range append(slices.Clone(c.terms), c.deptTerms...) {
		names = append(names, x.terms[t].surface)
	}
	near := func(a string) bool {
		for _, w := range strings.Fields(a) {
			for _, n := range names {
				if sameStem(w, n) {
					return true
				}
			}
		}
		return false
	}
	// The words of a definition are many: each must be a name's word or its stem ("heat",
	// heating), not merely look like one ("personnel", personal).
	defines := func(gloss string) bool {
		for _, w := range strings.Fields(gloss) {
			for _, n := range names {
				if len(w) >= 4 && (strings.HasPrefix(n, w) || strings.HasPrefix(w, n)) {
					return true
				}
			}
		}
		return false
	}
	if near(word) {
		return true
	}
	for _, s := range x.lex.Senses(strings.Fields(word)...) {
		if s.Rank <= 2 && defines(x.lex.Gloss(s.ID)) || x.namedAbove(s.ID, 3, near) {
			return true
		}
	}
	return false
}

// sameStem reports whether two words share their beginning, as "heater" and "heating" do.
func sameStem(a, b string) bool {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	short := min(len(a), len(b))
	return n >= 4 && (n == short || n*5 >= short*3)
}

func droppedHead(f finding) bool {
	return slices.ContainsFunc(f.dropped, func(c concept) bool { return c.head })
}

// known reports whether a concept names something: an English noun, a word of the catalog or
// of the vocabulary.
func (x *index) known(c concept) bool {
	if len(c.alts) > 0 && !c.unknown {
		return true
	}
	ws := strings.Fields(c.said)
	return x.lex != nil && len(ws) > 0 && x.lex.IsNoun(ws...)
}

// kindOf reports whether a phrase ("motor oil", "paint brushes", "computer mouse") is itself
// the name of a kind of thing in English, written apart or as one word ("paintbrush").
func (x *index) kindOf(cs []concept) bool {
	var ws []string
	for _, c := range cs {
		if c.soft > 0 {
			continue
		}
		ws = append(ws, strings.Fields(c.said)...)
	}
	if len(ws) < 2 {
		return false
	}
	tangible := func(ss []lexicon.Sense) bool {
		return slices.ContainsFunc(ss, func(s lexicon.Sense) bool { return s.Kind.Tangible() })
	}
	return tangible(x.lex.Senses(ws...)) || tangible(x.lex.Senses(strings.Join(ws, "")))
}

// askedFor is the thing asked about, in the shopper's words, to say back: the head and the
// words said just before it, never the words around it ("corn tortillas", not "coming over";
// "22 lr" of "a box of 22 lr"). It is "" when the words name no thing ("my battery is dead",
// "when i ride at night"): then the answer says so without echoing them.
func (x *index) askedFor(p parsed, cs []concept) string {
	head := slices.IndexFunc(cs, func(c concept) bool { return c.head })
	var parts []string
	for i, c := range cs {
		if c.soft > 0 || head >= 0 && i > head {
			continue
		}
		if c.starts {
			parts = parts[:0] // "left my umbrella": the umbrella
		}
		if c.unknown && i != head && !x.lex.IsNoun(strings.Fields(c.said)...) {
			continue // "rust off bolts": no word of the thing ("paint brushes" keep their paint)
		}
		parts = append(parts, c.said)
	}
	if p.es == nil && head >= 0 && p.words != nil {
		bridge := func(w string) bool {
			return w == "in" || w == "with" || slices.Contains(p.topic, w) && (x.lex.IsNoun(w) || strings.HasSuffix(w, "ing"))
		}
		if at, n, ok := saidTogether(p.words, parts, bridge); ok {
			parts = p.words[at : at+n]
			if predicate(p.words[:at], p.topic) {
				return "" // "the battery is dead", "my lips are so chapped": said of a thing
			}
		}
		if !x.nameable(cs[head], strings.Fields(strings.Join(parts, " "))) {
			return ""
		}
	}
	if len(parts) > 4 {
		parts = parts[len(parts)-4:]
	}
	return strings.Join(parts, " ")
}

// nameable reports whether the thing a question asks about can be said back: a need, a kind
// of thing (see thingAsked), a label's noun, a thing English names with the word before it
// ("car seat"), a noun that is no doing or time ("video games"), or a word English does not
// know ("colonge", a brand). Words English knows as no thing ("dead", "showing", "night")
// cannot: "I'm not sure we have dead" would be nonsense.
func (x *index) nameable(c concept, phrase []string) bool {
	if c.need || x.thing(c) || x.labelNoun(c) || slices.ContainsFunc(c.alts, func(a calt) bool { return !a.own }) {
		return true
	}
	if n := len(phrase); n >= 2 && slices.ContainsFunc(x.lex.Senses(phrase[n-2:]...), func(s lexicon.Sense) bool { return s.Kind.Tangible() }) {
		return true
	}
	w := lastWord(c.said)
	if len(w) < 3 || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || x.lex.IsAdjective(w) && !x.lex.IsNoun(w) {
		return false
	}
	ss := x.lex.Senses(w)
	return len(ss) == 0 || ss[0].Kind != lexicon.Time || slices.ContainsFunc(ss, func(s lexicon.Sense) bool { return s.Kind.Tangible() })
}

// saidTogether finds the words of a phrase (the last being the thing) that the shopper said
// in one run ending with the thing, with words bridge lets in between them: of "price check
// on a box of 22 lr", "22 lr". It returns
// where the run starts in the question and how long it is.
func saidTogether(question, parts []string, bridge func(string) bool) (at, n int, ok bool) {
	if len(parts) == 0 {
		return 0, 0, false
	}
	var ws []string
	for _, p := range parts {
		ws = append(ws, strings.Fields(p)...)
	}
	last := strings.Fields(parts[len(parts)-1])
	end := -1
	for i := len(question) - len(last); i >= 0; i-- {
		if slices.Equal(question[i:i+len(last)], last) {
			end = i
			break
		}
	}
	if end < 0 {
		return 0, 0, false
	}
	// Back over the phrase's words, and words between them that may be part of it ("heavy
	// punching bag", "walker with wheels").
	start := end
	for start > 0 && (slices.Contains(ws, question[start-1]) || bridge(question[start-1])) && end+len(last)-start < 4 {
		start--
	}
	for start < end && !slices.Contains(ws, question[start]) {
		start++ // the phrase begins with one of its own words, not "with"
	}
	return start, end + len(last) - start, true
}

// predicate reports whether the words before a phrase end in a verb that says something of a
// thing the shopper named ("the battery is", "my lips are so"), or in "to": the phrase is then
// what is said of the thing ("dead", "chapped") or a doing ("to sleep in"), not a thing. "Is
// the perfume in stock" and "where is the bread" ask about one.
func predicate(before, topic []string) bool {
	n := len(before)
	if n > 0 && before[n-1] == "to" {
		return true
	}
	for k := n - 1; k >= 1 && k >= n-2; k-- {
		if copula[before[k]] {
			s := before[k-1]
			return slices.Contains(topic, s) || s == "it" || s == "they" || s == "mine"
		}
		if !degree[before[k]] {
			return false
		}
	}
	return false
}

var copula = setOf(`is are was were be been am isnt arent wasnt werent feel feels felt look looks
	seem seems become becomes`)

var degree = setOf(`so too very really all quite always still not`)

func lastWord(s string) string { return s[strings.LastIndexByte(s, ' ')+1:] }

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
// shelf that answers as much of the question. In-stock alternatives follow an out-of-stock
// first product.
func order(x *index, hits []scored, named bool, cs []concept, limit int) []uint32 {
	first := 0
	if !named {
		// The first product on the shelf answers in its place only if it answers all the best
		// one did: "the duracell double a 8 pack" is not answered by another brand's.
		best := &x.items[hits[0].id]
		own := func(it *item, c concept) bool {
			return slices.ContainsFunc(c.alts, func(a calt) bool { return a.own && !a.isCat && x.phraseStrength(it, a.terms) > 0 })
		}
		same := func(it *item) bool {
			for _, c := range cs {
				if c.soft == 0 && own(best, c) && !own(it, c) {
					return false
				}
			}
			return true
		}
		// Nor by another thing that has the word: Body Cream in the shaving aisle for a shaving
		// cream that is out.
		for i, h := range hits {
			if it := &x.items[h.id]; it.cat == best.cat && it.qty > 0 && same(it) && (!h.other || hits[0].other) {
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
	if first := &x.items[ids[0]]; first.qty <= 0 {
		if len(ids) < 4 {
			// Few matches on the shelf: add the nearest in-stock products of the same kind.
			for _, id := range x.sameKindIDs(ids[0], 4) {
				if !slices.Contains(ids, id) && !slices.Contains(out, id) {
					ids = append(ids, id)
				}
			}
		}
		// Other things that are out too help only when of the same kind: Peanut Butter
		// Cups, also out, are no answer to peanut butter being out.
		out = slices.DeleteFunc(out, func(id uint32) bool { return x.items[id].cat != first.cat })
	}
	ids = append(ids, out...)
	if len(ids) > limit {
		ids = ids[:limit]
	}
	return ids
}

// sameKindIDs is alternativeIDs filled up, when too few share a word with the product, with
// the category's in-stock products named by the category's own word, nearest in price first:
// peanut butter out of stock is answered with the Hazelnut Spread on the shelf of spreads,
// not with the jam beside it.
func (x *index) sameKindIDs(id uint32, n int) []uint32 {
	ids := x.alternativeIDs(id, n)
	if len(ids) >= n {
		return ids
	}
	it := &x.items[id]
	c := &x.cats[it.cat]
	var rest []uint32
	for _, o := range c.byID {
		if ot := &x.items[o]; o != id && ot.qty > 0 && slices.Contains(c.terms, ot.head) && !slices.Contains(ids, o) {
			rest = append(rest, o)
		}
	}
	dist := func(o uint32) inventory.Money {
		d := x.items[o].price - it.price
		if d < 0 {
			return -d
		}
		return d
	}
	slices.SortStableFunc(rest, func(a, b uint32) int {
		if da, db := dist(a), dist(b); da != db {
			return cmp.Compare(da, db)
		}
		return x.prior(a, noTerm) - x.prior(b, noTerm)
	})
	return append(ids, rest[:min(n-len(ids), len(rest))]...)
}

// kindSold reports whether the store sells things of the same narrow kind as the thing asked
// about: English files the thing and the first sense of labels' head nouns directly under one
// kind (a sibling, or the kind itself), that kind is narrow (six steps or more below
// "entity": "hand tool", "cooking utensil", not "device") and a few of the store's products
// (3, or 1 in 1,000) are of it. The store may then have the thing under another name (an
// "oil catch pan" is its Drain Pan), and the kiosk says it is not sure rather than that the
// store lacks it. A grocery's odd pair of pantyhose makes no wedding dress likely.
func (x *index) kindSold(c concept, phrase []string) bool {
	if x.lex == nil {
		return false
	}
	x.soldOnce.Do(func() {
		x.sold = map[int32]int{}
		for id := range x.terms {
			t := &x.terms[id]
			if t.headDF == 0 || 2*t.headDF < t.nameDF || !isLetters(t.surface) {
				continue
			}
			for _, sn := range x.lex.Senses(t.surface) {
				if sn.Rank > 1 || !sn.Kind.Tangible() {
					continue
				}
				x.sold[sn.ID] += t.headDF
				for _, h := range x.lex.Hypernyms(sn.ID) {
					x.sold[h] += t.headDF
				}
			}
		}
	})
	var senses []lexicon.Sense
	if n := len(phrase); n >= 2 {
		// "garden hoses" are no hosiery; "paint brushes" are paintbrushes.
		if senses = x.lex.Senses(phrase[n-2:]...); len(senses) == 0 {
			senses = x.lex.Senses(phrase[n-2] + phrase[n-1])
		}
	}
	depth := kindSoldDepth
	if len(senses) == 0 {
		// A word alone is vaguer than a thing of two words: its kind must be narrower (a
		// brush is an implement, too broad to tell a paint brush from a Bowl Brush).
		senses, depth = x.lex.Senses(strings.Fields(c.said)...), kindSoldDepth+1
	}
	enough := max(kindSoldItems, len(x.items)/1000)
	for _, sn := range senses {
		if sn.Rank > 2 || !sn.Kind.Tangible() {
			continue
		}
		for _, k := range append([]int32{sn.ID}, x.lex.Hypernyms(sn.ID)...) {
			if slices.ContainsFunc(x.lex.Lemmas(k), func(l string) bool { return x.lex.Singular(l) == x.lex.Singular(lastWord(c.said)) }) {
				// The kind is the shopper's own word, and the labels that have it name other
				// kinds: a Bowl Brush is no paint brush.
				continue
			}
			if x.sold[k] >= enough && x.lex.Depth(k) >= depth {
				return true
			}
		}
	}
	return false
}

// kindSoldDepth and kindSoldItems bound kindSold: how narrow a kind the thing shares with the
// store's products, and how few of them are enough. Measured on the development sets: at 6,
// 28 stocked things were told "we don't carry" and 293 absent ones; at 5, 24 and 286 (a
// pharmacy with snacks is "not sure" of pizza); at 4, no fewer stocked, 282 absent.
const (
	kindSoldDepth = 5
	kindSoldItems = 3
)

// siblingKind reports whether a product named with the shopper's word before another thing is
// of the same narrow kind as what they asked for: "acetone" finds the 100% Acetone Nail Polish
// Remover, and a remover is a solvent as acetone is. Then it is the closest, not "not carried"
// (a Candy Cane is no walking cane: candy and canes are no kin).
func (x *index) siblingKind(it *item, c concept) bool {
	if it.head == noTerm || x.lex == nil {
		return false
	}
	for _, a := range x.lex.Senses(strings.Fields(c.said)...) {
		if a.Rank > 2 || !a.Kind.Tangible() {
			continue
		}
		for _, b := range x.lex.Senses(x.terms[it.head].surface) {
			if b.Rank > 1 || !b.Kind.Tangible() {
				continue
			}
			for _, ha := range x.lex.Hypernyms(a.ID) {
				if x.lex.Depth(ha) >= siblingDepth && slices.Contains(x.lex.Hypernyms(b.ID), ha) {
					return true
				}
			}
		}
	}
	return false
}

// siblingDepth is how narrow the kind a product and the thing asked share must be, in steps
// below "entity": "solvent" is 5 (substances are few steps deep), "implement" 6.
const siblingDepth = 5
