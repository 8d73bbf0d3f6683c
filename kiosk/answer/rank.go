package answer

import (
	"cmp"
	"math"
	"slices"
	"strings"
)

// concept is one thing the shopper named ("cheese", "gluten free", "fizzy drinks"), with every
// way the catalog may say it. A product answers the question only if it matches every concept.
type concept struct {
	label     string  // how to say it back to the shopper
	said      string  // the shopper's own words
	soft      float64 // a purpose or context ("for the kids"): its weight when matched; never required
	need      bool    // a need or problem from the vocabulary ("a chesty cough")
	named     bool    // the shopper's own words are in product names (not only a category's)
	plural    bool    // the shopper said it in the plural ("strawberries")
	phrased   bool    // some of its readings are words found on labels, not only categories
	alts      []calt
	attribute bool // an attribute such as "organic": may be relaxed, and said so
	corrected bool // the shopper's word was corrected to a catalog word
	unknown   bool // the catalog has no such thing
}

// calt is one alternative of a concept: a phrase of catalog terms, all of which must be found
// in the same product, or a category.
type calt struct {
	terms     []uint32
	cat       uint32
	isCat     bool
	weight    float64 // 1 for the shopper's own word; less for synonyms and corrections
	own       bool    // the shopper's own words (or their correction), not a synonym
	fix       bool    // a spelling correction of the shopper's word
	homophone bool    // a catalog word that sounds like the shopper's (known) word
}

// attributes are the product attributes shoppers ask for; several are two words.
var attributes = [][]string{
	{"gluten", "free"}, {"sugar", "free"}, {"dairy", "free"}, {"lactose", "free"}, {"fat", "free"},
	{"caffeine", "free"}, {"nut", "free"}, {"peanut", "free"}, {"egg", "free"}, {"soy", "free"},
	{"salt", "free"}, {"low", "sodium"}, {"low", "fat"}, {"low", "sugar"}, {"no", "sugar"},
	{"reduced", "fat"}, {"reduced", "sodium"}, {"no", "salt"}, {"no", "sugar", "added"},
	{"high", "protein"}, {"non", "gmo"}, {"whole", "grain"}, {"whole", "wheat"}, {"low", "carb"},
	{"organic"}, {"vegan"}, {"vegetarian"}, {"kosher"}, {"halal"}, {"decaf"}, {"unsweetened"},
	{"diet"}, {"keto"}, {"paleo"}, {"unsalted"}, {"fragrance", "free"}, {"unscented"},
	{"nitrate", "free"}, {"alcohol", "free"}, {"meat", "free"},
}

// sameAttribute lists the other ways labels state an attribute.
var sameAttribute = map[string][]string{
	"caffeine free":  {"decaf", "decaffeinated", "caffeine free", "herbal"},
	"decaf":          {"decaffeinated", "caffeine free"},
	"sugar free":     {"no sugar", "sugarless", "zero sugar", "no sugar added", "unsweetened"},
	"nitrate free":   {"uncured", "no nitrates", "nitrite free"},
	"fragrance free": {"unscented", "free clear", "free and clear"},
	"unscented":      {"fragrance free", "free clear"},
	"dairy free":     {"non dairy", "plant based", "almond", "oat", "soy", "coconut", "vegan"},
	"lactose free":   {"lactose free", "lactaid"},
	"salt free":      {"no salt", "unsalted", "low sodium"},
	"alcohol free":   {"non alcoholic", "alcohol free", "zero alcohol"},
	"meat free":      {"vegetarian", "meatless", "plant based", "veggie"},
	"gluten free":    {"gf", "gluten free"},
}

// concepts turns a question's words into concepts; those of a purpose clause and the
// alternatives after "or" are soft.
func (x *index) concepts(p parsed) []concept {
	cs := x.phraseConcepts(p.topic)
	for _, soft := range [][]string{p.purpose, p.either} {
		for _, c := range x.phraseConcepts(soft) {
			c.soft = 0.3
			cs = append(cs, c)
		}
	}
	// With a need named, who and where are context, not the product: "my toddler has a
	// fever", "I cut my finger". They count when matched, never required. (Without a need
	// they stay: "Head and Shoulders", "a wedding dress", "a Christmas tree".)
	need := false
	for _, c := range cs {
		need = need || c.need
	}
	if need {
		for i := range cs {
			switch {
			case cs[i].soft > 0:
			case whoWord[cs[i].said] && need:
				cs[i].soft = 0.4 // "my toddler": children's medicine first
			case contextWord[cs[i].said]:
				cs[i].soft = 0.1
			}
		}
	}
	return cs
}

// contextWord names who or where, not what: dropped as requirements when a need is named.
var contextWord = setOf(`finger fingers hand hands foot feet toe toes head back knee knees leg legs
	arm arms neck shoulder shoulders husband wife son daughter mum mom dad grandma grandpa
	partner kitchen bathroom garden house home carpet floor sink night morning today everyday
	work school holiday trip party parties birthday picnic barbecue bbq christmas easter
	halloween thanksgiving wedding`)

// whoWord names who the need is for; products for them are the better answer.
var whoWord = setOf(`baby babies infant infants toddler toddlers kid kids child children`)

func (x *index) phraseConcepts(topic []string) []concept {
	m := fixes{}
	var ws []string
	for _, w := range topic {
		if !stopword[w] {
			ws = append(ws, w)
		}
	}
	orig := slices.Clone(ws)
	st := make([]string, len(ws))
	fixed := make([]bool, len(ws))
	for i, w := range ws {
		st[i] = stem(w)
		// Misspellings are mended first, so "vitamen d" can still be read as vitamin D.
		if _, known := x.termID[st[i]]; known || x.syn.knows(st[i]) {
			continue
		}
		if i+1 < len(ws) {
			if _, n := x.compound(ws, st, i, m); n > 0 {
				continue // "tooth past" is mended as a whole below
			}
		}
		if fixes := m.correct(x, w, st[i]); len(fixes) > 0 {
			ws[i] = x.terms[fixes[0]].surface
			st[i] = x.terms[fixes[0]].stem
			fixed[i] = true
		} else if sw := x.syn.correct(w, st[i], x.dict); sw != "" {
			ws[i], st[i], fixed[i] = sw, stem(sw), true // "tylenal" → tylenol, a vocabulary word
		}
	}
	type placed struct {
		at int
		c  concept
	}
	var out []placed
	used := make([]bool, len(st))
	add := func(c concept, i, n int) {
		c.said = strings.Join(orig[i:i+n], " ")
		c.plural = isPlural(orig[i+n-1])
		if slices.Contains(fixed[i:i+n], true) {
			c.corrected = true
			for k := range c.alts {
				if c.alts[k].own {
					c.alts[k].fix = true
				}
			}
		}
		out = append(out, placed{i, c})
		for k := i; k < i+n; k++ {
			used[k] = true
		}
	}
	// Phrases as said: attributes, vocabulary lines, split compounds.
	for i := 0; i < len(st); {
		if c, n := x.attributeAt(ws, st, i); n > 0 {
			add(c, i, n)
			i += n
			continue
		}
		if r, n := x.syn.match(st, i); n > 0 {
			if c, ok := x.synonymConcept(r, ws[i:i+n], st[i:i+n]); ok {
				add(c, i, n)
				i += n
				continue
			}
		}
		if c, n := x.compound(ws, st, i, m); n > 0 {
			add(c, i, n)
			i += n
			continue
		}
		i++
	}
	// Vocabulary phrases in any order: "my throat is sore" is a sore throat.
	for _, r := range x.syn.unordered(st, used) {
		var pos []int
		for _, w := range r.from {
			for k := range st {
				if !used[k] && st[k] == w && !slices.Contains(pos, k) {
					pos = append(pos, k)
					break
				}
			}
		}
		if len(pos) != len(r.from) {
			continue
		}
		var said []string
		for _, k := range pos {
			said = append(said, ws[k])
		}
		if c, ok := x.synonymConcept(r, said, r.from); ok {
			var o []string
			for _, k := range pos {
				o = append(o, orig[k])
				used[k] = true
				c.corrected = c.corrected || fixed[k]
			}
			c.said = strings.Join(o, " ")
			out = append(out, placed{slices.Min(pos), c})
		}
	}
	for i := range st {
		if !used[i] {
			c := x.wordConcept(ws[i], st[i], m)
			add(c, i, 1)
		}
	}
	slices.SortStableFunc(out, func(a, b placed) int { return cmp.Compare(a.at, b.at) })
	cs := make([]concept, len(out))
	for i, p := range out {
		cs[i] = p.c
	}
	if len(cs) == 1 && !cs[0].corrected {
		// Alone, a real catalog word means itself: "flowers" are flowers. Its sound-alikes
		// are for questions where other words can tell them apart ("flower for baking").
		cs[0].alts = slices.DeleteFunc(cs[0].alts, func(a calt) bool { return a.homophone })
	}
	return cs
}

func (x *index) attributeAt(ws, st []string, i int) (concept, int) {
	for _, a := range attributes {
		if i+len(a) > len(st) {
			continue
		}
		match := true
		for k, w := range a {
			if st[i+k] != stem(w) {
				match = false
				break
			}
		}
		if !match {
			continue
		}
		alt, ok := x.phraseAlt(st[i:i+len(a)], 1)
		alt.own = true
		c := concept{label: strings.Join(ws[i:i+len(a)], " "), alts: altIf(alt, ok), attribute: true}
		for _, same := range sameAttribute[strings.Join(a, " ")] {
			if alt, ok := x.phraseAlt(stems(tokens(same)), 0.95); ok {
				c.alts = append(c.alts, alt)
			}
		}
		c.unknown = len(c.alts) == 0
		return c, len(a)
	}
	return concept{}, 0
}

func altIf(a calt, ok bool) []calt {
	if ok {
		return []calt{a}
	}
	return nil
}

// phraseAlt looks up every stem of a phrase; ok is false if the catalog lacks any of them.
func (x *index) phraseAlt(st []string, weight float64) (calt, bool) {
	a := calt{weight: weight}
	for _, s := range st {
		id, ok := x.termID[s]
		if !ok {
			return calt{}, false
		}
		a.terms = append(a.terms, id)
	}
	return a, len(a.terms) > 0
}

// synonymConcept builds the concept of a vocabulary rule that matched the shopper's words.
// ok is false when none of the rule's alternatives exists in this store's catalog.
func (x *index) synonymConcept(r *synonymRule, ws, st []string) (concept, bool) {
	c := concept{label: strings.Join(ws, " "), need: r.need}
	ownWeight := 1.0
	if r.replace || r.need {
		// "crisps" are chips, whatever a cracker box says; "I cut my finger" wants a
		// plaster, not cut spinach.
		ownWeight = 0.6
	}
	own, hasOwn := x.phraseAlt(st, ownWeight)
	if hasOwn {
		own.own = true
		c.alts = append(c.alts, own)
		c.named = x.inNames(own.terms)
	}
	phrases := 0
	for _, to := range r.to {
		if to.category != "" {
			for _, id := range x.catsNamed(to.category) {
				c.alts = append(c.alts, calt{cat: id, isCat: true, weight: 0.95})
			}
			continue
		}
		// The first reading on a vocabulary line is the likeliest.
		weight := 0.95
		if phrases > 0 {
			weight = 0.8
		}
		phrases++
		if a, ok := x.phraseAlt(to.stems, weight); ok && !(hasOwn && sameTerms(a.terms, own.terms)) {
			c.alts = append(c.alts, a)
			c.phrased = c.phrased || x.inNames(a.terms)
		}
	}
	return c, len(c.alts) > 0
}

func isPlural(w string) bool { return stem(w) != w && strings.HasSuffix(w, "s") }

// fixes remembers a question's spelling corrections: the same word is looked at several ways.
type fixes map[string][]uint32

func (m fixes) correct(x *index, word, st string) []uint32 {
	if v, ok := m[word]; ok {
		return v
	}
	v := x.correct(word, st)
	m[word] = v
	return v
}

// inNames reports whether some product's name holds every one of the terms.
func (x *index) inNames(terms []uint32) bool {
	for _, t := range terms {
		if x.terms[t].nameDF == 0 {
			return false
		}
	}
	return len(terms) > 0
}

func (x *index) catsNamed(name string) []uint32 {
	var ids []uint32
	for id, c := range x.cats {
		if strings.EqualFold(c.name, name) {
			ids = append(ids, uint32(id))
		}
	}
	return ids
}

// compound joins words shoppers split ("tooth paste", even "tooth past") when the catalog
// only knows the joined word.
func (x *index) compound(ws, st []string, i int, m fixes) (concept, int) {
	if i+1 >= len(ws) {
		return concept{}, 0
	}
	joinedWord := ws[i] + ws[i+1]
	joined := stem(joinedWord)
	id, ok := x.termID[joined]
	if !ok {
		// "tooth past": a near miss of a joined word, when one half is not a catalog word.
		_, known1 := x.termID[st[i]]
		_, known2 := x.termID[st[i+1]]
		if len(ws[i]) < 3 || len(ws[i+1]) < 3 || known1 && known2 {
			return concept{}, 0
		}
		fixes := m.correct(x, joinedWord, joined)
		if len(fixes) == 0 || x.terms[fixes[0]].headDF == 0 || editDistance(joined, x.terms[fixes[0]].stem, 2) > 1 {
			return concept{}, 0
		}
		id = fixes[0]
	}
	if x.terms[id].nameDF == 0 {
		return concept{}, 0
	}
	_, ok1 := x.termID[st[i]]
	_, ok2 := x.termID[st[i+1]]
	if ok1 && ok2 && x.terms[id].headDF == 0 {
		return concept{}, 0
	}
	return concept{label: x.terms[id].surface, alts: []calt{{terms: []uint32{id}, weight: 1, own: true}}}, 2
}

// wordConcept is a single word: the catalog's own word, a correction, or a split compound.
func (x *index) wordConcept(w, s string, m fixes) concept {
	if id, ok := x.termID[s]; ok {
		c := concept{label: w, alts: []calt{{terms: []uint32{id}, weight: 1, own: true}}, named: x.terms[id].nameDF > 0}
		// A word that sounds like another catalog word may be a mishearing or a slip:
		// "flower for baking" is flour, "fresh time, the herb" is thyme.
		for _, h := range x.homophones(w) {
			c.alts = append(c.alts, calt{terms: []uint32{h}, weight: 0.8, own: true, fix: true, homophone: true})
		}
		t := &x.terms[id]
		if len(x.catTerms[id]) == 0 && t.nameDF <= max(2, len(x.items)/10000) {
			// A word only a brand, a description or a stray abbreviation uses ("Chese" on
			// one label) is more likely a misspelling of a common word: offer that too.
			for _, alt := range m.correct(x, w, s) {
				if x.terms[alt].nameDF > 5*t.nameDF+5 {
					c.alts = append(c.alts, calt{terms: []uint32{alt}, weight: 1, own: true, fix: true})
				}
			}
		}
		return c
	}
	if fixes := m.correct(x, w, s); len(fixes) > 0 {
		c := concept{label: x.terms[fixes[0]].surface, corrected: true}
		for _, id := range fixes {
			c.alts = append(c.alts, calt{terms: []uint32{id}, weight: 0.8, own: true, fix: true})
		}
		return c
	}
	// "icecream" → ice cream
	for k := 3; k <= len(w)-3; k++ {
		a, okA := x.termID[stem(w[:k])]
		b, okB := x.termID[stem(w[k:])]
		if okA && okB && x.terms[a].nameDF >= 3 && x.terms[b].nameDF >= 3 {
			return concept{label: w[:k] + " " + w[k:], alts: []calt{{terms: []uint32{a, b}, weight: 0.9, own: true}}}
		}
	}
	return concept{label: w, unknown: true}
}

// matchKind is how a product answered a concept, which decides how the answer is worded.
type matchKind int

const (
	byName     matchKind = iota // the shopper's words are in the product's name
	byFix                       // a correction of the shopper's word is in the name
	bySynonym                   // a synonym is in the name
	byCategory                  // the product is in a category the words name
	byOther                     // brand, department, tags or description
)

// howMatched tells, for each concept, how the item matched it best.
func (x *index) howMatched(it *item, c concept) (matchKind, calt) {
	bestKind, bestAlt, best := byOther, calt{}, 0.0
	for _, a := range c.alts {
		var s float64
		kind := byOther
		if a.isCat {
			if it.cat == a.cat {
				s, kind = 0.9, byCategory
			}
		} else {
			s = x.phraseStrength(it, a.terms)
			inName := true
			for _, t := range a.terms {
				inName = inName && has(it.nameTerms(), t)
			}
			switch {
			case !inName:
				kind = byOther
			case a.fix:
				kind = byFix
			case a.own:
				kind = byName
			default:
				kind = bySynonym
			}
		}
		if s*a.weight > best {
			best, bestKind, bestAlt = s*a.weight, kind, a
		}
	}
	return bestKind, bestAlt
}

// scored is a candidate product and how well it answers.
type scored struct {
	id    uint32
	score float64
	exact float64 // share of the product's name the shopper said: 1 is "this very product"
	named bool    // the shopper named this very product, word for word
	head  bool    // the product is one of what the shopper named (its head noun was said)
}

// search finds the products that match every required concept, best first.
func (x *index) search(cs []concept) []scored {
	var req []concept
	for _, c := range cs {
		if c.soft > 0 {
			continue
		}
		if c.unknown || len(c.alts) == 0 {
			return nil
		}
		req = append(req, c)
	}
	if len(req) == 0 || len(req) == 1 && req[0].plural && x.onlyModifier(req[0]) {
		return nil
	}
	var cands []uint32
	if len(req) == 1 {
		cands = x.candidates(req[0])
	} else {
		cands = x.intersect(req)
	}

	// The shopper's own words decide whether they named one product exactly; synonyms count
	// half, so "plasters" prefers "Adhesive Bandages" to a long name that merely has "bandage".
	asked := map[uint32]float64{}
	plurals := map[uint32]bool{} // terms the shopper said in the plural
	owned := 0
	for _, c := range req {
		if c.plural {
			for _, a := range c.alts {
				if a.own && len(a.terms) > 0 {
					plurals[a.terms[len(a.terms)-1]] = true
				}
			}
		}
		hasOwn := false
		for _, a := range c.alts {
			v := 0.5
			if a.own {
				hasOwn, v = true, 1
			}
			for _, t := range a.terms {
				asked[t] = max(asked[t], v)
			}
		}
		if hasOwn {
			owned++
		}
	}
	weights := make([]float64, len(cs))
	for i, c := range cs {
		weights[i] = x.idf(c)
	}
	// One word names a kind of product; several words may name one product.
	exactWeight := []float64{0.5, 0.5, 1.0}[min(owned, 2)]
	if owned >= 3 {
		exactWeight = 1.5
	}

	out := make([]scored, 0, len(cands))
	for _, id := range cands {
		it := &x.items[id]
		score := 0.0
		ok := true
		for i, c := range cs {
			s := x.strength(it, c)
			if c.soft > 0 {
				score += c.soft * weights[i] * s
				continue
			}
			if s == 0 {
				ok = false
				break
			}
			score += weights[i] * s
		}
		if !ok {
			continue
		}
		exact := x.exactness(it, asked)
		score += exactWeight * exact
		if it.qty > 0 {
			score += 0.2
		}
		named := exact >= 0.99 && owned >= 2 && x.namesAll(it, req)
		head := it.head != noTerm && asked[it.head] > 0
		if head && plurals[it.head] {
			// The shopper said "strawberries": the fruit's label says Strawberries, a
			// yogurt's says Strawberry.
			if it.headPlural {
				score += 0.75
			} else {
				head = false
			}
		}
		out = append(out, scored{id: id, score: score, exact: exact, named: named, head: head})
	}
	x.voteCategories(out, asked)
	for i := range out {
		if out[i].named {
			// Every word of the name said, every word said in the name: this very product,
			// the nearer to the shopper's word order the better.
			out[i].score += 3 + x.orderBonus(&x.items[out[i].id], req)
		}
	}
	return bestFirst(out, 64)
}

// better orders scored products: higher score first, then the catalog's order.
func better(a, b scored) int {
	if c := cmp.Compare(b.score, a.score); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// bestFirst puts the k best in order at the front; the rest follow in no particular order.
// Sorting thousands of matches to show a screenful would waste most of the work.
func bestFirst(out []scored, k int) []scored {
	if len(out) <= 2*k {
		slices.SortFunc(out, better)
		return out
	}
	// The k-th best, by a bounded insertion into a small sorted slice...
	var top [65]scored
	n := 0
	for _, s := range out {
		if n == k && better(s, top[k-1]) >= 0 {
			continue
		}
		i, _ := slices.BinarySearchFunc(top[:n], s, better)
		copy(top[i+1:min(n+1, k)], top[i:min(n, k-1)])
		top[i] = s
		n = min(n+1, k)
	}
	// ...then an in-place partition around it (better is a strict order: ids break ties).
	kth := top[k-1]
	w := 0
	for i, s := range out {
		if better(s, kth) <= 0 {
			out[w], out[i] = out[i], out[w]
			w++
		}
	}
	slices.SortFunc(out[:w], better)
	return out
}

// onlyModifier reports whether a lone word is only ever a modifier in product names, never
// what a product is: "toasters" when the store has only "French Toaster Sticks". A shopper
// asking for the things (plural) should hear that the store does not seem to carry them;
// a singular word may be a brand ("Windex") or a flavour, and is answered.
func (x *index) onlyModifier(c concept) bool {
	for _, a := range c.alts {
		if a.isCat || len(a.terms) != 1 || !a.own {
			return false
		}
		t := a.terms[0]
		if x.terms[t].headDF > 0 || len(x.catTerms[t]) > 0 {
			return false
		}
	}
	return true
}

// orderBonus rewards a name whose words come in the order the shopper said them:
// "Organic Whole Milk" over "Organic Milk Whole".
func (x *index) orderBonus(it *item, cs []concept) float64 {
	var seq []uint32
	for _, c := range cs {
		for _, a := range c.alts {
			if a.own && !a.isCat {
				seq = append(seq, a.terms...)
				break
			}
		}
	}
	names := it.nameTerms()
	inOrder, pairs := 0, 0
	for i := 1; i < len(seq); i++ {
		a, b := slices.Index(names, seq[i-1]), slices.Index(names, seq[i])
		if a >= 0 && b >= 0 {
			pairs++
			if a < b {
				inOrder++
			}
		}
	}
	if pairs == 0 {
		return 0
	}
	return float64(inOrder) / float64(pairs)
}

// exactness is the share of a product's distinct name words that the shopper said.
func (x *index) exactness(it *item, asked map[uint32]float64) float64 {
	names := it.nameTerms()
	distinct, said := 0, 0.0
	for i, t := range names {
		if has(names[:i], t) {
			continue
		}
		distinct++
		said += asked[t]
	}
	if distinct == 0 {
		return 0
	}
	return said / float64(distinct)
}

// namesAll reports whether every concept is found in the product's name itself.
func (x *index) namesAll(it *item, cs []concept) bool {
	for _, c := range cs {
		found := false
		for _, a := range c.alts {
			if a.isCat || !a.own {
				continue
			}
			all := true
			for _, t := range a.terms {
				if !has(it.nameTerms(), t) {
					all = false
					break
				}
			}
			if all {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// voteCategories lifts the products of the category that best answers the question as a
// whole: "milk" is the milk category, not milk chocolate, though both have the word. Each
// category is judged by its twenty best matches, weighted by how much of their names the
// shopper said: "Ground Cinnamon" speaks for spices more than "Apple Cinnamon Crunch" for
// cereal. A product named word for word keeps its lift only in a category that fits.
func (x *index) voteCategories(out []scored, asked map[uint32]float64) {
	if len(out) == 0 {
		return
	}
	// The best votes of each category, kept sorted as they come: twenty in a supermarket,
	// more in bigger catalogs, where a category's twenty best can all be one odd product in
	// twenty sizes.
	best := int(min(200, max(20, 20*math.Sqrt(float64(len(x.items))/25000))))
	type tally struct {
		n int
		v []float64
	}
	votes := make([]tally, len(x.cats))
	for _, s := range out {
		v := s.score * (0.25 + s.exact)
		if !s.head {
			v /= 2 // "Strawberry Yogurt" is yogurt: it speaks less for its category on strawberries
		}
		t := &votes[x.items[s.id].cat]
		if t.v == nil {
			t.v = make([]float64, best)
		}
		if t.n == best && v <= t.v[best-1] {
			continue
		}
		i := t.n
		if i == best {
			i--
		}
		for i > 0 && t.v[i-1] < v {
			t.v[i] = t.v[i-1]
			i--
		}
		t.v[i] = v
		t.n = min(t.n+1, best)
	}
	catScore := make([]float64, len(x.cats))
	top := 0.0
	for c := range votes {
		sum := 0.0
		for _, v := range votes[c].v[:votes[c].n] {
			sum += v
		}
		catScore[c] = sum / float64(best)
		if p := x.cats[c].processed; p != noTerm && asked[p] == 0 {
			catScore[c] *= 0.8 // frozen, canned or dried, and the shopper did not say so
		}
		top = max(top, catScore[c])
	}
	for i := range out {
		share := catScore[x.items[out[i].id].cat] / top
		out[i].score += 2 * share
		if share < 0.5 {
			out[i].named = false
		}
	}
}

// strength is how well an item matches a concept, 0 for not at all.
func (x *index) strength(it *item, c concept) float64 {
	best := 0.0
	for _, a := range c.alts {
		var s float64
		if a.isCat {
			if it.cat == a.cat {
				// Where the shopper's own words name products, being in the category is
				// weaker evidence than having them in the name.
				s = 0.9
				if c.named || c.phrased {
					s = 0.7
				}
			}
		} else {
			s = x.phraseStrength(it, a.terms)
		}
		best = max(best, s*a.weight)
	}
	return best
}

// phraseStrength is the mean strength of a phrase's words, a little more for each further
// word found in the product's own name: "adhesive bandage" on the label says more than
// "bandage" alone, but "ice cream" is not "Ice" in the ice cream aisle.
func (x *index) phraseStrength(it *item, terms []uint32) float64 {
	sum, inName := 0.0, 0
	for _, t := range terms {
		s := x.termStrength(it, t)
		if s == 0 {
			return 0
		}
		sum += s
		if has(it.nameTerms(), t) {
			inName++
		}
	}
	return min(1, sum/float64(len(terms))+0.25*float64(min(max(inName-1, 0), 2)))
}

// termStrength weighs where in a product a word is found.
func (x *index) termStrength(it *item, t uint32) float64 {
	if it.head == t {
		return 1
	}
	if has(it.nameTerms(), t) {
		if x.terms[t].headDF == 0 {
			return 1 // a brand or a word never a product's head: on the label is all it can be
		}
		return 0.75
	}
	// A category's name may list several kinds ("water seltzer sparkling water"): its words
	// say less about each product than the product's own name does.
	cat := &x.cats[it.cat]
	if has(cat.terms, t) {
		return 0.6
	}
	if has(it.brandTerms(), t) {
		return 0.6
	}
	if has(cat.deptTerms, t) {
		return 0.5
	}
	if has(it.extraTerms(), t) {
		return 0.45
	}
	return 0
}

func has(ts []uint32, t uint32) bool {
	for _, v := range ts {
		if v == t {
			return true
		}
	}
	return false
}

// idf is a concept's rarity: rare words decide more than common ones.
func (x *index) idf(c concept) float64 {
	df := len(x.items)
	alts := c.alts
	if i := slices.IndexFunc(alts, func(a calt) bool { return a.own && !a.fix }); i >= 0 {
		alts = alts[i : i+1] // the shopper's own word, not a rarer sound-alike, sets the weight
	}
	for _, a := range alts {
		if a.isCat {
			df = min(df, len(x.cats[a.cat].items))
			continue
		}
		for _, t := range a.terms {
			df = min(df, x.terms[t].df+1)
		}
	}
	return 1 + math.Log(float64(len(x.items)+1)/float64(df+1))
}

// intersect lists the products that may match every concept (each concept's reach, merged
// in item order), best first and at most maxCandidates of them. Intersecting before cutting
// keeps "tortilla chips" from being cut down to tortillas before the chips are looked for.
func (x *index) intersect(cs []concept) []uint32 {
	sets := make([][]uint32, len(cs))
	for i, c := range cs {
		sets[i] = x.reach(c)
	}
	slices.SortFunc(sets, func(a, b []uint32) int { return cmp.Compare(len(a), len(b)) })
	out := sets[0]
	for _, s := range sets[1:] {
		out = intersectSorted(out, s)
		if len(out) == 0 {
			return nil
		}
	}
	if len(out) > maxCandidates {
		out = slices.Clone(out)
		slices.SortFunc(out, func(a, b uint32) int {
			if c := cmp.Compare(x.prior(a, noTerm), x.prior(b, noTerm)); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		})
		out = out[:maxCandidates]
	}
	return out
}

// reach lists, in item order, every product a concept may match.
func (x *index) reach(c concept) []uint32 {
	var lists [][]uint32
	for _, a := range c.alts {
		if a.isCat {
			lists = append(lists, x.cats[a.cat].byID)
			continue
		}
		t := x.rarest(a.terms)
		lists = append(lists, x.postByID[t])
		for _, cid := range x.catTerms[t] {
			lists = append(lists, x.cats[cid].byID)
		}
	}
	out := lists[0]
	for _, l := range lists[1:] {
		out = unionSorted(out, l)
	}
	return out
}

// unionSorted merges two ascending lists without duplicates.
func unionSorted(a, b []uint32) []uint32 {
	out := make([]uint32, 0, len(a)+len(b))
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i] < b[j]:
			out = append(out, a[i])
			i++
		case a[i] > b[j]:
			out = append(out, b[j])
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	out = append(out, a[i:]...)
	return append(out, b[j:]...)
}

// rarest is the term of a phrase that reaches the fewest products.
func (x *index) rarest(terms []uint32) uint32 {
	best, bestN := terms[0], math.MaxInt
	for _, t := range terms {
		k := len(x.post[t])
		for _, cid := range x.catTerms[t] {
			k += len(x.cats[cid].items)
		}
		if k < bestN {
			best, bestN = t, k
		}
	}
	return best
}

func intersectSorted(a, b []uint32) []uint32 {
	out := make([]uint32, 0, min(len(a), len(b)))
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			out = append(out, a[i])
			i++
			j++
		}
	}
	return out
}

// maxCandidates bounds the products scored for one question. Lists are ordered best-first
// (see build), so in a million-product catalog "milk" still scores the likeliest milks.
const maxCandidates = 2000

// candidates lists the products a concept may match, without duplicates, taking from each of
// its lists in turn so that no one list crowds out the others.
func (x *index) candidates(c concept) []uint32 {
	var lists [][]uint32
	for _, a := range c.alts {
		if a.isCat {
			lists = append(lists, x.cats[a.cat].items)
			continue
		}
		// The rarest term of the phrase bounds it; strength() checks the rest.
		best := x.rarest(a.terms)
		lists = append(lists, x.post[best])
		for _, cid := range x.catTerms[best] {
			lists = append(lists, x.cats[cid].items)
		}
	}
	seen := x.marks.Get().(*marks)
	defer x.marks.Put(seen)
	seen.next()
	ids := make([]uint32, 0, 256)
	const chunk = 64
	for off := 0; len(ids) < maxCandidates; off += chunk {
		more := false
		for _, l := range lists {
			if off >= len(l) {
				continue
			}
			more = true
			for _, id := range l[off:min(off+chunk, len(l))] {
				if seen.mark(id) {
					ids = append(ids, id)
				}
			}
		}
		if !more {
			break
		}
	}
	return ids
}

// marks remembers which products a question has already reached, without clearing a map
// for every question: a mark is valid only for the current epoch.
type marks struct {
	epoch uint32
	at    []uint32
}

func (m *marks) next() {
	m.epoch++
	if m.epoch == 0 { // wrapped: old marks could look current
		clear(m.at)
		m.epoch = 1
	}
}

// mark marks id and reports whether it was unmarked.
func (m *marks) mark(id uint32) bool {
	if m.at[id] == m.epoch {
		return false
	}
	m.at[id] = m.epoch
	return true
}

func sameTerms(a, b []uint32) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
