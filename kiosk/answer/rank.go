package answer

import (
	"math"
	"sort"
	"strings"
)

// concept is one thing the shopper named ("cheese", "gluten free", "fizzy drinks"), with every
// way the catalog may say it. A product answers the question only if it matches every concept.
type concept struct {
	label     string // how to say it back to the shopper
	said      string // the shopper's own words
	alts      []calt
	attribute bool // an attribute such as "organic": may be relaxed, and said so
	corrected bool // the shopper's word was corrected to a catalog word
	unknown   bool // the catalog has no such thing
}

// calt is one alternative of a concept: a phrase of catalog terms, all of which must be found
// in the same product, or a category.
type calt struct {
	terms  []uint32
	cat    uint32
	isCat  bool
	weight float64 // 1 for the shopper's own word; less for synonyms and corrections
	own    bool    // the shopper's own words (or their correction), not a synonym
	fix    bool    // a spelling correction of the shopper's word
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
}

// concepts turns the topic words into concepts.
func (x *index) concepts(topic []string) []concept {
	var ws []string
	for _, w := range topic {
		if !stopword[w] {
			ws = append(ws, w)
		}
	}
	st := make([]string, len(ws))
	for i, w := range ws {
		st[i] = stem(w)
	}
	var out []concept
	add := func(c concept, i, n int) {
		c.said = strings.Join(ws[i:i+n], " ")
		out = append(out, c)
	}
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
		if c, n := x.compound(ws, st, i); n > 0 {
			add(c, i, n)
			i += n
			continue
		}
		add(x.wordConcept(ws[i], st[i]), i, 1)
		i++
	}
	return out
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
		return concept{label: strings.Join(ws[i:i+len(a)], " "), alts: altIf(alt, ok), attribute: true,
			unknown: !ok}, len(a)
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
	c := concept{label: strings.Join(ws, " ")}
	own, hasOwn := x.phraseAlt(st, 1)
	if hasOwn {
		own.own = true
		c.alts = append(c.alts, own)
	}
	for _, to := range r.to {
		if to.category != "" {
			for _, id := range x.catsNamed(to.category) {
				c.alts = append(c.alts, calt{cat: id, isCat: true, weight: 0.95})
			}
			continue
		}
		if a, ok := x.phraseAlt(to.stems, 0.95); ok && !(hasOwn && sameTerms(a.terms, own.terms)) {
			c.alts = append(c.alts, a)
		}
	}
	return c, len(c.alts) > 0
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

// compound joins words shoppers split ("tooth paste" → toothpaste) when the catalog only
// knows the joined word.
func (x *index) compound(ws, st []string, i int) (concept, int) {
	if i+1 >= len(ws) {
		return concept{}, 0
	}
	joined := stem(ws[i] + ws[i+1])
	id, ok := x.termID[joined]
	if !ok || x.terms[id].nameDF == 0 {
		return concept{}, 0
	}
	_, ok1 := x.termID[st[i]]
	_, ok2 := x.termID[st[i+1]]
	if ok1 && ok2 && x.terms[id].headDF == 0 {
		return concept{}, 0
	}
	return concept{label: x.terms[id].surface, alts: []calt{{terms: []uint32{id}, weight: 1, own: true}}}, 2
}

// wordConcept is a single word: the catalog's own word, a split compound, or a correction.
func (x *index) wordConcept(w, s string) concept {
	if id, ok := x.termID[s]; ok {
		c := concept{label: w, alts: []calt{{terms: []uint32{id}, weight: 1, own: true}}}
		t := &x.terms[id]
		if len(x.catTerms[id]) == 0 && t.nameDF <= 2 {
			// A word only a brand, a description or a stray abbreviation uses ("Chese" in
			// one label) is more likely a misspelling of a common word: offer that too.
			for _, alt := range x.correct(s) {
				if x.terms[alt].nameDF > 5*t.nameDF+5 {
					c.alts = append(c.alts, calt{terms: []uint32{alt}, weight: 1, own: true, fix: true})
				}
			}
		}
		return c
	}
	// "icecream" → ice cream
	for k := 3; k <= len(s)-3; k++ {
		a, okA := x.termID[stem(w[:k])]
		b, okB := x.termID[stem(w[k:])]
		if okA && okB && x.terms[a].nameDF > 0 && x.terms[b].nameDF > 0 && k < len(w) {
			return concept{label: w[:k] + " " + w[k:], alts: []calt{{terms: []uint32{a, b}, weight: 0.9, own: true}}}
		}
	}
	fixes := x.correct(s)
	if len(fixes) == 0 {
		return concept{label: w, unknown: true}
	}
	c := concept{label: x.terms[fixes[0]].surface, corrected: true}
	for _, id := range fixes {
		c.alts = append(c.alts, calt{terms: []uint32{id}, weight: 0.8, own: true, fix: true})
	}
	return c
}

// scored is a candidate product and how well it answers.
type scored struct {
	id    uint32
	score float64
	exact float64 // share of the product's name the shopper said: 1 is "this very product"
	named bool    // the shopper named this very product, word for word
}

// search finds the products that match every concept, best first.
func (x *index) search(cs []concept) []scored {
	if len(cs) == 0 {
		return nil
	}
	for _, c := range cs {
		if c.unknown || len(c.alts) == 0 {
			return nil
		}
	}
	// Drive the search from the rarest concept; check the others item by item.
	driver, best := 0, math.MaxInt
	for i, c := range cs {
		if n := x.estimate(c); n < best {
			driver, best = i, n
		}
	}
	cands := x.candidates(cs[driver])

	// The shopper's own words decide whether they named one product exactly; synonyms count
	// half, so "plasters" prefers "Adhesive Bandages" to a long name that merely has "bandage".
	asked := map[uint32]float64{}
	owned := 0
	for _, c := range cs {
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

	var out []scored
	for _, id := range cands {
		it := &x.items[id]
		score := 0.0
		ok := true
		for i, c := range cs {
			s := x.strength(it, c)
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
		named := exact >= 0.99 && owned >= 2 && x.namesAll(it, cs)
		if named {
			score += 3 // every word of the name said, every word said in the name: this product
		}
		if it.qty > 0 {
			score += 0.2
		}
		out = append(out, scored{id: id, score: score, exact: exact, named: named})
	}
	x.voteCategories(out)
	sort.Slice(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].id < out[j].id
	})
	return out
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
// whole: "milk" is the milk category, not milk chocolate, though both have the word.
func (x *index) voteCategories(out []scored) {
	if len(out) == 0 {
		return
	}
	byCat := map[uint32][]float64{}
	for _, s := range out {
		c := x.items[s.id].cat
		byCat[c] = append(byCat[c], s.score)
	}
	catScore := map[uint32]float64{}
	top := 0.0
	for c, ss := range byCat {
		// The best twenty: a category with many good matches is what the question is about.
		sort.Sort(sort.Reverse(sort.Float64Slice(ss)))
		n := min(len(ss), 20)
		sum := 0.0
		for _, v := range ss[:n] {
			sum += v
		}
		catScore[c] = sum / 20
		top = max(top, catScore[c])
	}
	for i := range out {
		out[i].score += 1.0 * catScore[x.items[out[i].id].cat] / top
	}
}

// strength is how well an item matches a concept, 0 for not at all.
func (x *index) strength(it *item, c concept) float64 {
	best := 0.0
	for _, a := range c.alts {
		var s float64
		if a.isCat {
			if it.cat == a.cat {
				s = 0.9
			}
		} else {
			s = x.phraseStrength(it, a.terms)
		}
		best = max(best, s*a.weight)
	}
	return best
}

// phraseStrength is the mean strength of a phrase's words, a little more for longer phrases:
// "adhesive bandage" found whole says more than "bandage" alone.
func (x *index) phraseStrength(it *item, terms []uint32) float64 {
	sum := 0.0
	for _, t := range terms {
		s := x.termStrength(it, t)
		if s == 0 {
			return 0
		}
		sum += s
	}
	return sum/float64(len(terms)) + 0.1*float64(min(len(terms)-1, 2))
}

// termStrength weighs where in a product a word is found.
func (x *index) termStrength(it *item, t uint32) float64 {
	if it.head == t {
		return 1
	}
	if has(it.nameTerms(), t) {
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
	for _, a := range c.alts {
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

// estimate is roughly how many products a concept's alternatives reach.
func (x *index) estimate(c concept) int {
	n := 0
	for _, a := range c.alts {
		if a.isCat {
			n += len(x.cats[a.cat].items)
			continue
		}
		m := math.MaxInt
		for _, t := range a.terms {
			k := len(x.post[t])
			for _, cid := range x.catTerms[t] {
				k += len(x.cats[cid].items)
			}
			m = min(m, k)
		}
		n += m
	}
	return n
}

// candidates lists every product a concept may match, without duplicates.
func (x *index) candidates(c concept) []uint32 {
	var ids []uint32
	for _, a := range c.alts {
		if a.isCat {
			ids = append(ids, x.cats[a.cat].items...)
			continue
		}
		// The rarest term of the phrase bounds it; strength() checks the rest.
		best, bestN := uint32(0), math.MaxInt
		for _, t := range a.terms {
			k := len(x.post[t])
			for _, cid := range x.catTerms[t] {
				k += len(x.cats[cid].items)
			}
			if k < bestN {
				best, bestN = t, k
			}
		}
		ids = append(ids, x.post[best]...)
		for _, cid := range x.catTerms[best] {
			ids = append(ids, x.cats[cid].items...)
		}
	}
	return sortedIDs(ids)
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
