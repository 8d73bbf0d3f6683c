package answer

// Understanding, second part: the words of the thing asked about become concepts, each with
// every way the catalog may say it (its own words, a correction, a synonym, a category).

import (
	"cmp"
	"github.com/storekiosk/storekiosk/kiosk/answer/lexicon"
	"regexp"
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
	counted   bool    // the shopper said "a" or "an" before it: one of a kind of thing ("a toaster")
	phrased   bool    // some of its readings are words found on labels, not only categories
	alts      []calt
	attribute bool // an attribute such as "organic": may be relaxed, and said so
	size      bool // a size ("queen size", "size 8"): an attribute, never the thing asked about
	starts    bool // begins a noun phrase of its own ("my gloves"): words before it do not modify it
	corrected bool // the shopper's word was corrected to a catalog word
	unknown   bool // the catalog has no such thing
	head      bool // the thing asked about: the last noun of the phrase ("corn tortillas")
	code      bool // a letter and a number labels write together ("H11"): names a product line
	without   bool // said as "non-X" or "X free", not a listed attribute: never relaxed
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
	notBrand  bool    // found only where it is not the product's brand ("Bell Automotive")
	modifier  bool    // an other name labels use only before the thing: good for a word said so too
}

// english is what the shopper said, spelling mended: the words to look up in English ("blow
// dryre" is a blow dryer, a hair dryer).
func (c concept) english() []string {
	if c.corrected && c.label != "" {
		return strings.Fields(c.label)
	}
	return strings.Fields(c.said)
}

// asThing is a concept as the thing asked about: other names labels use only before another
// thing ("windshield" for "windscreen") do not name it.
func (c concept) asThing() concept {
	if !slices.ContainsFunc(c.alts, func(a calt) bool { return a.modifier }) {
		return c
	}
	c.alts = slices.DeleteFunc(slices.Clone(c.alts), func(a calt) bool { return a.modifier })
	c.unknown = len(c.alts) == 0
	return c
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
	topic, sizes := sizesSaid(p.topic)
	cs := x.phraseConcepts(topic)
	for i := range cs {
		cs[i].starts = p.starts[strings.Fields(cs[i].said)[0]]
		if sizes[cs[i].said] {
			cs[i].attribute, cs[i].size = true, true // "queen size sheets": sheets, in queen
			// Clothes labels write a size as a letter or a word: "size medium" is ", M".
			if l, ok := letterSizes[cs[i].said]; ok {
				for w, same := range letterSizes {
					if a, ok := x.phraseAlt([]string{w}, 1); ok && same == l && w != cs[i].said {
						a.own = true
						cs[i].alts = append(cs[i].alts, a)
						cs[i].unknown = false
					}
				}
			}
		}
	}
	for _, soft := range [][]string{p.purpose, p.either} {
		for _, c := range x.phraseConcepts(soft) {
			c.soft = purposeWeight
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
	markHead(cs)
	x.headOnAThing(cs)
	for i := range cs {
		if cs[i].head {
			cs[i] = cs[i].asThing()
		}
	}
	if p.counted {
		for i := range cs {
			cs[i].counted = cs[i].head
		}
	}
	return cs
}

// purposeWeight is what a word of what the thing is for ("paper plates for a party") counts
// for, against a word of the thing itself.
const purposeWeight = 0.3

// sizesSaid takes the word "size" out of a topic and names the words it marks as sizes:
// "queen size sheets", "size 8 jeans", "coat size medium". A size is an attribute of the
// thing asked about, never the thing: it may be relaxed, and the answer says so.
func sizesSaid(topic []string) ([]string, map[string]bool) {
	var out []string
	var sizes map[string]bool
	for i, w := range topic {
		if w != "size" && w != "sizes" && w != "sized" {
			out = append(out, w)
			continue
		}
		if sizes == nil {
			sizes = map[string]bool{}
		}
		switch {
		case i+1 < len(topic) && (isNumber(topic[i+1]) || sizeWord[topic[i+1]]):
			sizes[topic[i+1]] = true
		case i > 0:
			sizes[topic[i-1]] = true
		}
	}
	return out, sizes
}

// sizeWord are the sizes said after "size" ("size medium"); any other word marked by "size"
// comes before it ("queen size").
var sizeWord = setOf(`xxs xs s m l xl xxl xxxl small medium large extra petite tall plus regular
	slim wide narrow big`)

// markHead marks the concept a phrase is about: in English the last noun ("corn tortillas",
// "paint brushes"), passing over attributes and sizes ("coffee decaf", "screws 2 inch").
func markHead(cs []concept) {
	// A need is what the shopper asks about: "ants in the kitchen" are the ants.
	for i := len(cs) - 1; i >= 0; i-- {
		if cs[i].need && cs[i].soft == 0 {
			cs[i].head = true
			return
		}
	}
	for i := len(cs) - 1; i >= 0; i-- {
		c := &cs[i]
		last := c.said[strings.LastIndexByte(c.said, ' ')+1:]
		if c.soft > 0 || c.attribute || !isLetters(last) || unitNames[last] != "" || stopword[last] {
			continue
		}
		c.head = true
		return
	}
}

// headOnAThing moves the head of a told sentence from a trailing word that is no noun ("my
// dog's nails are way too long", "moles are digging up my yard") to the last word before it
// that names a thing: the nails, the moles. A thing is a word the catalog's labels end on, or an
// English noun whose common sense can be on a shelf.
func (x *index) headOnAThing(cs []concept) {
	h := slices.IndexFunc(cs, func(c concept) bool { return c.head })
	// A misspelt last word keeps its place: what it was corrected to is the catalog's word,
	// which says nothing of what part of speech the shopper meant ("serpentine belt tensionor").
	if h < 0 || cs[h].need || cs[h].corrected || x.thing(cs[h]) || x.lex.IsNoun(strings.Fields(cs[h].said)...) ||
		x.lex.IsNoun(strings.ReplaceAll(cs[h].said, " ", "")) || x.labelNoun(cs[h]) {
		return // a noun written apart is one too: "pink eye" is pinkeye
	}
	// So does a word nobody knows that is an English noun with two letters swapped or one
	// doubled: a misspelling the catalog cannot mend ("gum sheild") is still the thing.
	if cs[h].unknown && x.slipOfNoun(lastWord(cs[h].said)) {
		return
	}
	for i := h - 1; i >= 0; i-- {
		c := &cs[i]
		if c.soft > 0 || c.attribute || c.size || !isLetters(lastWord(c.said)) || unitNames[lastWord(c.said)] != "" {
			continue
		}
		if x.thing(*c) {
			cs[h].head, c.head = false, true
			return
		}
	}
}

// englishSlip reads a word neither the catalog nor English knows as the one English noun a
// slip of one letter away (a letter left out, added, changed or two swapped) that the store
// has by its own or another name: "straightner" is a straightener, the Straightening Flat
// Iron. None, or more than one, and the word stays unknown.
func (x *index) englishSlip(w string) (concept, bool) {
	if len(w) < 5 || !isLetters(w) || x.lex.IsNoun(w) || x.lex.IsAdjective(w) {
		return concept{}, false
	}
	var found concept
	n := 0
	seen := map[string]bool{}
	try := func(v string) {
		if seen[v] || !x.lex.IsNoun(v) {
			return
		}
		seen[v] = true
		var c concept
		if id, ok := x.termID[stem(v)]; ok && x.terms[id].nameDF > 0 {
			c = concept{label: v, alts: []calt{{terms: []uint32{id}, weight: 0.8, own: true, fix: true}}}
		} else if f, ok := x.otherForm(v); ok {
			c = f
		} else if alts := x.otherNames(true, v); len(alts) > 0 {
			c = concept{label: v, alts: alts}
		} else {
			return
		}
		c.label, c.corrected = v, true
		found = c
		n++
	}
	for i := 0; i <= len(w); i++ {
		if i < len(w) {
			try(w[:i] + w[i+1:])
			if i+1 < len(w) {
				try(w[:i] + string(w[i+1]) + string(w[i]) + w[i+2:])
			}
		}
		for ch := byte('a'); ch <= 'z'; ch++ {
			try(w[:i] + string(ch) + w[i:])
			if i < len(w) && ch != w[i] {
				try(w[:i] + string(ch) + w[i+1:])
			}
		}
	}
	return found, n == 1
}

// slipOfNoun reports whether w, which English lacks, is an English noun with two neighbouring
// letters swapped ("sheild") or a letter doubled ("matt", "bagg").
func (x *index) slipOfNoun(w string) bool {
	if len(w) < 4 || !isLetters(w) || x.lex.IsNoun(w) {
		return false
	}
	b := []byte(w)
	for i := 0; i+1 < len(b); i++ {
		if b[i] == b[i+1] {
			if x.lex.IsNoun(w[:i] + w[i+1:]) {
				return true
			}
			continue
		}
		b[i], b[i+1] = b[i+1], b[i]
		ok := x.lex.IsNoun(string(b))
		b[i], b[i+1] = b[i+1], b[i]
		if ok {
			return true
		}
	}
	return false
}

// labelNoun reports whether a concept is a label's word that English does not know but that
// reads as a noun: no adjective and no verb's -ing or -ed ("tensioner" on "Belt Tensioner
// Assembly"; "long" and "digging" are no things).
func (x *index) labelNoun(c concept) bool {
	w := lastWord(c.said)
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || x.lex.IsAdjective(w) || x.lex.IsNoun(w) {
		return false // a noun English knows is a thing only by thing's test
	}
	return slices.ContainsFunc(c.alts, func(a calt) bool {
		return a.own && !a.isCat && len(a.terms) > 0 && x.terms[a.terms[len(a.terms)-1]].nameDF > 0
	})
}

// thing reports whether a concept names a kind of thing: the head noun of some label, or an
// English noun whose commonest senses include one that can be on a shelf.
func (x *index) thing(c concept) bool {
	for _, a := range c.alts {
		if a.own && !a.isCat && len(a.terms) > 0 && x.terms[a.terms[len(a.terms)-1]].headDF > 0 {
			return true
		}
	}
	for _, s := range x.lex.Senses(strings.Fields(c.said)...) {
		if s.Rank <= 2 && s.Kind.Tangible() {
			return true
		}
	}
	return false
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
	}
	for i, w := range ws {
		// Misspellings are mended first, so "vitamen d" can still be read as vitamin D.
		if _, known := x.termID[st[i]]; known || x.syn.knows(st[i]) {
			continue
		}
		if i+1 < len(ws) {
			if _, n := x.compound(ws, st, i, m); n > 0 {
				continue // "tooth past" is mended as a whole below
			}
		}
		if _, ok := x.split(w); ok {
			continue // "knockout rose": Knock Out, as the labels write it, read below
		}
		if _, ok := x.possessive(w); ok {
			continue // "for men": Men's, read below
		}
		if _, ok := x.abbreviation(w); ok {
			continue // "sd card": an SDHC card, read below
		}
		// "burned", "stung": the vocabulary may know the verb.
		if b := x.baseForm(w); b != "" {
			ws[i], st[i] = b, stem(b)
			continue
		}
		// A word beside a known one is mended to what the catalog writes beside it: "pinut
		// butter" is peanut butter, not pinot; "tomato sause" is tomato sauce.
		if id, ok := x.fixInContext(orig, st, i); ok {
			ws[i], st[i], fixed[i] = x.terms[id].surface, x.terms[id].stem, true
		} else if _, ok := x.doneBy(w); ok {
			// "read the code": the Code Reader or Red, read below by the other words
		} else if fixes := m.correct(x, w, st[i]); len(fixes) > 0 && !x.vocabularyNearer(w, st[i], fixes[0]) {
			ws[i], st[i], fixed[i] = x.terms[fixes[0]].surface, x.terms[fixes[0]].stem, true
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
		c.plural = isPlural(orig[i+n-1]) || x.pluralIs(orig[i+n-1])
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
	// The vocabulary line that best fits the words at i, if any, and its length.
	lineAt := func(i int) (*concept, int) {
		rs, n := x.syn.matches(st, i)
		if n == 0 && slices.ContainsFunc(st[i:min(i+3, len(st))], func(w string) bool { _, ok := x.termID[w]; return !ok && len(w) >= 4 }) {
			rs, n = x.syn.matchesNear(st, i, x.mayBe) // a word no label has may be a slip of the phrase's
		}
		lws, lst, span := ws, st, n
		if n == 0 && i+1 < len(st) && isLetters(ws[i]) && isLetters(ws[i+1]) {
			// "make up wipes": the line's "makeup wipes", its first word said apart. Not
			// words the labels write apart: "jack stands" are no "jackstands" line.
			j := ws[i] + ws[i+1]
			lws = slices.Concat(ws[:i], []string{j}, ws[i+2:])
			lst = slices.Concat(st[:i], []string{stem(j)}, st[i+2:])
			rs, n = x.syn.matches(lst, i)
			// As the line writes it, not a line's own words run together ("sparkplug").
			rs = slices.DeleteFunc(rs, func(r *synonymRule) bool { return r.joined != "" })
			if len(rs) == 0 || x.writtenApart(st[i], st[i+1]) {
				n = 0
			}
			span = n + 1
		}
		if n == 0 || slices.Contains(used[i:i+span], true) {
			return nil, 0
		}
		var best *concept
		for _, r := range rs {
			c, ok := x.synonymConcept(r, lws[i:i+n], lst[i:i+n])
			if ok && (best == nil || !slices.ContainsFunc(best.alts, func(a calt) bool { return !a.own }) &&
				slices.ContainsFunc(c.alts, func(a calt) bool { return !a.own })) {
				best = &c // a line whose catalog words this store has beats one that only has the shopper's
			}
		}
		return best, span
	}
	// Phrases as said: attributes, vocabulary lines of two words or more, split compounds.
	for i := 0; i < len(st); {
		if c, ok := x.code(ws, st, i); ok {
			add(c, i, 2) // "bulb h11": the labels' H11, a code, never the thing asked about
			i += 2
			continue
		}
		if c, ok := x.numberPair(ws, i); ok {
			add(c, i, 2) // "12-2 romex": the labels' 12/2
			i += 2
			continue
		}
		if c, n := x.attributeAt(ws, st, i); n > 0 {
			add(c, i, n)
			i += n
			continue
		}
		if c, n := lineAt(i); c != nil && n > 1 {
			add(*c, i, n)
			i += n
			continue
		}
		if c, n := x.compound(ws, st, i, m); n > 0 {
			add(c, i, n)
			i += n
			continue
		}
		if c, ok := x.definedThing(ws, st, i); ok {
			add(c, i, len(ws)-i)
			i = len(ws)
			continue
		}
		if c, ok := x.namedPair(ws, st, i); ok {
			add(c, i, 2)
			i += 2
			continue
		}
		i++
	}
	// Vocabulary phrases in any order: "my throat is sore" is a sore throat, "the sink tap won't
	// stop dripping" a dripping tap. They go before lines of one word, which would take "tap".
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
	// Lines of one word.
	for i := range st {
		if c, n := lineAt(i); c != nil && n == 1 {
			add(*c, i, 1)
		}
	}
	for i := range st {
		if !used[i] {
			// The last word said is the thing, not a word that says which: "yoga mat" is no
			// matte or flat (the adjective "mat").
			c := x.wordConcept(ws[i], st[i], m, i < len(st)-1 || !x.lex.IsNoun(ws[i]))
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
		if len(a) == 2 && a[1] == "free" {
			c.alts = append(c.alts, x.nonAlts(stem(a[0]), 0.95)...) // "Non Fat" yogurt
		}
		c.unknown = len(c.alts) == 0
		return c, len(a)
	}
	// Any other "X free" or "non X" (the shopper's "without fluoride", "non drowsy"): as
	// labels write it, "X Free", "Non-X" or "No X" ("No Wax Floss"). Not an attribute that may be relaxed:
	// non-alcoholic beer is no beer.
	if i+1 < len(st) && isLetters(st[i]) && isLetters(st[i+1]) && (st[i+1] == "free" || st[i] == "non") {
		w := st[i]
		if w == "non" {
			w = st[i+1]
		}
		c := concept{label: ws[i] + " " + ws[i+1], without: true}
		if alt, ok := x.phraseAlt([]string{w, "free"}, 1); ok {
			alt.own = true
			c.alts = append(c.alts, alt)
		}
		for _, alt := range x.nonAlts(w, 1) {
			alt.own = true
			c.alts = append(c.alts, alt)
		}
		if len(c.alts) > 0 {
			return c, 2
		}
	}
	return concept{}, 0
}

// nonAlts are the other ways labels write "X free" of the stem st: "Non-X" and "No X".
func (x *index) nonAlts(st string, weight float64) []calt {
	var out []calt
	for _, neg := range []string{"non", "no"} {
		if alt, ok := x.phraseAlt([]string{neg, st}, weight); ok {
			out = append(out, alt)
		}
	}
	return out
}

// listedFree reports whether "w free" is an attribute shoppers ask for ("dairy free").
func listedFree(w string) bool {
	return slices.ContainsFunc(attributes, func(a []string) bool { return len(a) == 2 && a[1] == "free" && stem(a[0]) == stem(w) })
}

func altIf(a calt, ok bool) []calt {
	if ok {
		return []calt{a}
	}
	return nil
}

// labelForms are the stems of a phrase's words as labels would say them: each word, or the
// noun it is said for ("clogged" → clog), whichever product names use first.
func (x *index) labelForms(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		form := stem(w)
		for _, n := range nounForms(w) {
			if x.labelWord(stem(n)) {
				form = stem(n)
				break
			}
		}
		out = append(out, form)
	}
	return out
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

// mayBe reports whether a word said, no label word, may be read as a vocabulary word one slip
// from it: English knows no such word, or knows it as that word ("lense" is a lens).
func (x *index) mayBe(said, st string) bool {
	if _, ok := x.termID[said]; ok {
		return false
	}
	if x.lex == nil {
		return true
	}
	senses := x.lex.Senses(said)
	if len(senses) == 0 {
		return true
	}
	for _, s := range senses {
		for _, l := range x.lex.Lemmas(s.ID) {
			if l != said && stem(l) == st {
				return true
			}
		}
	}
	return false
}

// synonymConcept builds the concept of a vocabulary rule that matched the shopper's words.
// ok is false when none of the rule's alternatives exists in this store's catalog.
func (x *index) synonymConcept(r *synonymRule, ws, st []string) (concept, bool) {
	if r.joined != "" {
		// Words run together that are a word of their own ("sunglasses") are read as that
		// word, not as a phrase of the vocabulary said apart.
		if _, ok := x.termID[r.joined]; ok {
			return concept{}, false
		}
		if i := slices.Index(st, r.joined); i >= 0 && x.lex != nil && len(x.lex.Senses(ws[i])) > 0 {
			return concept{}, false
		}
	}
	c := concept{label: strings.Join(ws, " "), need: r.need}
	ownWeight := 1.0
	if r.replace || r.need {
		// "crisps" are chips, whatever a cracker box says; "I cut my finger" wants a
		// plaster, not cut spinach.
		ownWeight = 0.6
	}
	own, hasOwn := x.phraseAlt(st, ownWeight)
	if j, ok := x.joined(ws, st); ok && !hasOwn {
		// "ear buds": the store's labels say Earbuds, the shopper's own words as one.
		own, hasOwn = calt{terms: []uint32{j}, weight: ownWeight}, true
	}
	if !hasOwn && r.need {
		// A trouble is said with verbs and adjectives the labels put as nouns: "clogged
		// drain" is the Drain Clog Dissolver.
		own, hasOwn = x.phraseAlt(x.labelForms(ws), ownWeight)
	}
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
		for _, id := range x.catsDoing(to.stems) {
			c.alts = append(c.alts, calt{cat: id, isCat: true, weight: weight})
		}
		phrases++
		part := len(st) > 1 && len(to.stems) < len(st) && !slices.ContainsFunc(to.stems, func(w string) bool { return !slices.Contains(st, w) })
		if part && (r.need || !slices.Equal(to.stems, st[len(st)-1:])) {
			// "vacuum cleaner = vacuum": a part of the shopper's phrase names too much (the
			// vacuum-packed ham); the shopper's own words already find the vacuum. So does
			// the thing a trouble is in: a clogged drain wants a clog remover, not a drain.
			continue
		}
		if a, ok := x.phraseAlt(to.stems, weight); ok && hasOwn && sameTerms(a.terms, own.terms) {
			// The line names the shopper's own words as what they mean ("scallions => green
			// onion | scallion"): the labels' Scallions are scallions.
			c.alts[0].weight = 1
		} else if ok {
			// The phrase's last word alone is the thing itself (a winter coat is a coat),
			// but it says nothing the shopper's words do not.
			a.own = a.own || part
			c.alts = append(c.alts, a)
			c.phrased = c.phrased || x.inNames(a.terms)
			if phrases == 1 && hasOwn && len(own.terms) == 1 && len(a.terms) == 1 && x.slipOn(own.terms[0], a.terms[0]) {
				// The shopper's word is on a few labels, the line's reading of it on many:
				// the labels' slip ("Salsa Con Jalepeno") comes after the Jalapenos.
				c.alts[0].weight = 0.9
			}
		}
	}
	// A line that names the thing in words none of this store's labels has ("head lice = lice |
	// [hair care]") has only the shelf where it would be: that is no sign the store has it,
	// unless the shelf is named for it. The shopper's words then stay one thing, which this
	// store has nothing of (not "head" and "treatment" apart).
	shelfOnly := len(c.alts) > 0 && !slices.ContainsFunc(c.alts, func(a calt) bool { return !a.isCat }) &&
		slices.ContainsFunc(r.to, func(to alternative) bool { return to.category == "" })
	if shelfOnly {
		c.alts = slices.DeleteFunc(c.alts, func(a calt) bool {
			return !slices.ContainsFunc(r.to, func(to alternative) bool {
				return slices.ContainsFunc(to.stems, func(w string) bool {
					id, ok := x.termID[w]
					return ok && has(x.cats[a.cat].terms, id)
				})
			})
		})
	}
	// A line whose catalog words this store lacks says nothing the shopper's own words do not:
	// they are then read one by one, so each can be weighed on its own ("kitty litter").
	return c, shelfOnly || slices.ContainsFunc(c.alts, func(a calt) bool { return !a.own })
}

// slipOn reports whether term a is a slip, on a few labels, of term b, which ten times as many
// labels have.
func (x *index) slipOn(a, b uint32) bool {
	ta, tb := &x.terms[a], &x.terms[b]
	return tb.nameDF >= 10*ta.nameDF && editDistance(ta.stem, tb.stem, 3) <= 2
}

// catsDoing are the shelves named for the doing of what a phrase (its stems) names the doer
// of: "drain cleaner" is kept in "drain cleaning".
func (x *index) catsDoing(phrase []string) []uint32 {
	if len(phrase) < 2 {
		return nil
	}
	var out []uint32
	for id, c := range x.cats {
		if c.nTerms != len(phrase) {
			continue
		}
		same := true
		for i, t := range c.terms[:c.nTerms] {
			w := &x.terms[t]
			if i < len(phrase)-1 && w.stem != phrase[i] || i == len(phrase)-1 && (w.stem == phrase[i] || !sameVerb(w.surface, phrase[i])) {
				same = false
				break
			}
		}
		if same {
			out = append(out, uint32(id))
		}
	}
	return out
}

func isPlural(w string) bool { return stem(w) != w && strings.HasSuffix(w, "s") }

// pluralIs reports whether a word in "-is", which the stemmer keeps whole for "tennis" and
// "axis", is a plural English knows: "skis", "kiwis", "bikinis".
func (x *index) pluralIs(w string) bool {
	if !strings.HasSuffix(w, "is") || x.lex == nil {
		return false
	}
	senses := x.lex.Senses(w)
	one := false
	for _, s := range senses {
		ls := x.lex.Lemmas(s.ID)
		if slices.Contains(ls, w) {
			return false
		}
		one = one || slices.Contains(ls, w[:len(w)-1])
	}
	return one
}

// vocabularyNearer reports whether a word of the vocabulary's shopper phrases is fewer slips
// from a misspelt word than the catalog word found for it by sound: "rocet" is rocket (the
// vocabulary's arugula), not Roast; "dmumy" a dummy, not Demi.
func (x *index) vocabularyNearer(w, st string, fix uint32) bool {
	d := editDistance(st, x.terms[fix].stem, 4)
	if d <= 1 {
		return false
	}
	sw := x.syn.correct(w, st, x.dict)
	return sw != "" && editDistance(st, stem(sw), 4) < d && x.leadsHere(sw)
}

// leadsHere reports whether a one-word shopper phrase of the vocabulary names something this
// store's labels have: the word itself, or a reading of it. A grocery's "susges" are
// sausages, not the hardware pack's surge protectors it does not sell.
func (x *index) leadsHere(st string) bool {
	if id, ok := x.termID[st]; ok && x.terms[id].nameDF > 0 {
		return true
	}
	for _, r := range x.syn.rulesFor(st) {
		for _, to := range r.to {
			if _, ok := x.phraseAlt(to.stems, 1); ok || to.category != "" && len(x.catsNamed(to.category)) > 0 {
				return true
			}
		}
	}
	return false
}

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
		t1, known1 := x.termID[st[i]]
		t2, known2 := x.termID[st[i+1]]
		if len(ws[i]) < 3 || len(ws[i+1]) < 3 || known1 && known2 && x.adjacent(t1, t2) > 0 {
			return concept{}, 0
		}
		if j, ok := x.longJoin(joined, st[i]); ok {
			// Two slips in a long word whose first half is as labels write it, even in words
			// the labels have apart: "wheel barrel" is the Wheelbarrow, where "Rain Barrel" is
			// sold.
			id = j
		} else {
			fixes := m.correct(x, joinedWord, joined)
			// A head noun of the labels, or any label word when neither half is one ("vapor
			// rub" is the VapoRub of the Vicks VapoRub Ointment).
			if known1 && known2 || len(fixes) == 0 || x.terms[fixes[0]].headDF == 0 && (known1 || known2 || x.terms[fixes[0]].nameDF == 0) ||
				editDistance(joined, x.terms[fixes[0]].stem, 2) > 1 {
				return concept{}, 0
			}
			id = fixes[0]
		}
	}
	if x.terms[id].nameDF == 0 {
		return concept{}, 0
	}
	a1, ok1 := x.termID[st[i]]
	a2, ok2 := x.termID[st[i+1]]
	if ok1 && ok2 && x.terms[id].headDF == 0 && len(x.catTerms[id]) == 0 && x.adjacent(a1, a2) > 0 {
		// Both ways are the catalog's ("Sun Shade", "Sunshade"): the words stand as said, the
		// thing asked about among them. Before the thing, either way is the shopper's: "vitamin
		// water zero xxx" is the VitaminWater Zero XXX. When labels never write the pair apart,
		// the joined word is what they say: "sun flower seeds" are Sunflower Seeds.
		if i+2 >= len(ws) {
			return concept{}, 0
		}
		return concept{label: ws[i] + " " + ws[i+1], alts: []calt{
			{terms: []uint32{a1, a2}, weight: 1, own: true},
			{terms: []uint32{id}, weight: 1, own: true},
		}}, 2
	}
	c := concept{label: x.terms[id].surface, alts: []calt{{terms: []uint32{id}, weight: 1, own: true}}}
	if ok1 && ok2 {
		// Labels write it both ways: "Lipbalm" and "Lip Balm".
		c.label = ws[i] + " " + ws[i+1]
		c.alts = append(c.alts, calt{terms: []uint32{x.termID[st[i]], x.termID[st[i+1]]}, weight: 1, own: true})
	}
	return c, 2
}

// writtenApart reports whether some label has the two words side by side.
func (x *index) writtenApart(a, b string) bool {
	ia, okA := x.termID[a]
	ib, okB := x.termID[b]
	return okA && okB && x.adjacent(ia, ib) > 0
}

// longJoin is the label head noun of ten letters or more that starts with the shopper's first
// word and is two slips or fewer from the two words joined: the one, or none if several.
func (x *index) longJoin(joined, first string) (uint32, bool) {
	if len(joined) < 10 {
		return 0, false
	}
	var out []uint32
	for _, id := range x.nearby(joined, 2) {
		t := &x.terms[id]
		if t.headDF > 0 && t.stem != joined && strings.HasPrefix(t.stem, first) && editDistance(joined, t.stem, 3) <= 2 {
			out = append(out, id)
		}
	}
	if len(out) != 1 {
		return 0, false
	}
	return out[0], true
}

// numberPair reads two whole numbers said side by side ("12-2", "14 3") as the pair labels
// write with a slash, when they do: 12/2 wire is two conductors of 12 gauge, not 12 of
// anything and 2 of another.
func (x *index) numberPair(ws []string, i int) (concept, bool) {
	if i+1 >= len(ws) || !isDigits(ws[i]) || !isDigits(ws[i+1]) {
		return concept{}, false
	}
	t := ws[i] + "/" + ws[i+1]
	id, ok := x.termID[stem(t)]
	if !ok || x.terms[id].nameDF == 0 {
		return concept{}, false
	}
	return concept{label: t, alts: []calt{{terms: []uint32{id}, weight: 1, own: true}}}, true
}

// joined is the catalog's one word for a shopper's two when its labels never write them
// apart: "ear buds" are Earbuds, "thunder shirt" ThunderShirt.
func (x *index) joined(ws, st []string) (uint32, bool) {
	if len(ws) != 2 || !isLetters(ws[0]) || !isLetters(ws[1]) {
		return 0, false
	}
	id, ok := x.termID[stem(ws[0]+ws[1])]
	if !ok || x.terms[id].nameDF == 0 {
		return 0, false
	}
	a, okA := x.termID[st[0]]
	b, okB := x.termID[st[1]]
	if okA && okB && x.adjacent(a, b) > 0 {
		return 0, false
	}
	return id, true
}

// wordConcept is a single word: the catalog's own word, a correction, or a split compound.
// adjective says whether the word may be an adjective, before the thing it describes.
func (x *index) wordConcept(w, s string, m fixes, adjective bool) concept {
	if id, ok := x.termID[s]; ok {
		c := concept{label: w, alts: []calt{{terms: []uint32{id}, weight: 1, own: true}}, named: x.terms[id].nameDF > 0}
		// A word that sounds like another catalog word may be a mishearing or a slip:
		// "flower for baking" is flour, "fresh time, the herb" is thyme.
		for _, h := range x.homophones(w) {
			c.alts = append(c.alts, calt{terms: []uint32{h}, weight: 0.8, own: true, fix: true, homophone: true})
		}
		// Labels may say the word as an adjective: "chalk paint" is a Chalky Finish Paint, a
		// "heat pad" a Heating Pad.
		forms := []string{w + "y", w + "ed", w + "ing"}
		if base, ok := strings.CutSuffix(w, "e"); ok {
			forms = append(forms, base+"ing") // "bake": Baking
		}
		for _, f := range forms {
			if a, ok := x.termID[stem(f)]; ok && a != id && x.terms[a].nameDF > 0 {
				c.alts = append(c.alts, calt{terms: []uint32{a}, weight: 0.85, own: true})
			}
		}
		if a, ok := x.possessive(w); ok && a != id {
			c.alts = append(c.alts, calt{terms: []uint32{a}, weight: 1, own: true})
		}
		t := &x.terms[id]
		if t.headDF == 0 && len(x.catTerms[id]) == 0 {
			// The store calls the thing otherwise: "jumper" is a sweater, "trousers" pants.
			c.alts = append(c.alts, x.otherNames(false, w)...)
		}
		c.alts = append(c.alts, x.relational(w)...)
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
	if a, ok := x.possessive(w); ok {
		return concept{label: w, named: true, alts: []calt{{terms: []uint32{a}, weight: 1, own: true}}}
	}
	if c, ok := x.split(w); ok {
		return c
	}
	alts := x.otherNames(true, w)
	if len(alts) > 0 && !alts[0].modifier {
		return concept{label: w, alts: alts} // "spanner": a wrench; "sunblock": Sunscreen Lotion
	}
	mods := alts // other names labels use only before a thing: when nothing else reads the word
	if alts := x.whoFor(w); len(alts) > 0 {
		return concept{label: w, alts: alts} // "ladies" knickers: Women's Underwear
	}
	if c, ok := x.otherForm(w); ok {
		return c
	}
	if c, ok := x.doneBy(w); ok {
		// It may still be a slip of a word the labels have ("breaks pads": brake pads):
		// the products that have the shopper's other words tell which.
		for _, id := range m.correct(x, w, s) {
			c.alts = append(c.alts, calt{terms: []uint32{id}, weight: 0.8, own: true, fix: true})
		}
		return c
	}
	if alts := x.relational(w); len(alts) > 0 {
		return concept{label: w, alts: alts} // a "nose spray" is a Nasal Spray
	}
	if alts := x.adjectiveNames(w); adjective && len(alts) > 0 {
		return concept{label: w, alts: alts} // "fake eyelashes" are False Eyelashes
	}
	if alts := x.madeAgainst(w); len(alts) > 0 {
		return concept{label: w, alts: alts} // "worms": the Dewormer; "tangles": the Detangler
	}
	if c, ok := x.abbreviation(w); ok {
		return c
	}
	fixes := m.correct(x, w, s)
	if c, ok := x.acronym(w); ok && !slices.ContainsFunc(fixes, func(id uint32) bool { return editDistance(s, x.terms[id].stem, 2) <= 1 }) {
		return c // not when it is one slip from a label word: "pei" is pie
	}
	if len(fixes) > 0 {
		c := concept{label: x.terms[fixes[0]].surface, corrected: true}
		for _, id := range fixes {
			c.alts = append(c.alts, calt{terms: []uint32{id}, weight: 0.8, own: true, fix: true})
		}
		return c
	}
	if c, ok := x.englishSlip(w); ok {
		return c
	}
	if c, ok := x.clipped(w, s); ok {
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
	if c, ok := x.splitSlip(w); ok {
		return c
	}
	if len(mods) > 0 {
		return concept{label: w, alts: mods} // "windscreen wash": the Windshield Washer Fluid
	}
	return concept{label: w, unknown: true}
}

// splitSlip reads a word no reading finds as two label words run together with a slip in the
// second: "redbul" is the Red Bull, whose labels write "Red" just before "Bull". The word
// after the first on some label is the evidence; the likeliest is the one most labels write.
func (x *index) splitSlip(w string) (concept, bool) {
	if !isLetters(w) || len(w) < 6 {
		return concept{}, false
	}
	var best concept
	bestN := 0
	for k := 3; k <= len(w)-3; k++ {
		a, ok := x.termID[stem(w[:k])]
		if !ok {
			continue
		}
		rest := w[k:]
		count := map[uint32]int{}
		for i, id := range x.postByID[a] {
			if i == 400 {
				break
			}
			names := x.items[id].nameTerms()
			for j := 0; j+1 < len(names); j++ {
				if b := x.terms[names[j+1]].surface; names[j] == a && b != rest && isLetters(b) && editDistance(rest, b, 2) == 1 {
					count[names[j+1]]++
					break
				}
			}
		}
		for b, n := range count {
			if n > bestN || n == bestN && b < best.alts[0].terms[1] {
				best = concept{label: w[:k] + " " + x.terms[b].surface, corrected: true,
					alts: []calt{{terms: []uint32{a, b}, weight: 0.8, own: true, fix: true}}}
				bestN = n
			}
		}
	}
	return best, bestN > 0
}

// madeAgainst reads a trouble the catalog has no word for as the label word English makes of it
// with "de-" or "anti-" for what works against it: "worms" are for the Dewormer, "tangles" the
// Detangler, "scale" the Descaler, "ice" the De-Icer, "plaque" the Antiplaque rinse, "fungus"
// the Antifungal cream (its adjective, fungal). Only a word English has as a noun of a thing
// or a trouble is read so: a slip of a label word is no trouble.
func (x *index) madeAgainst(w string) []calt {
	if x.lex == nil {
		return nil
	}
	var out []calt
	add := func(ids ...uint32) {
		if !slices.ContainsFunc(out, func(a calt) bool { return slices.Equal(a.terms, ids) }) {
			out = append(out, calt{terms: ids, weight: 0.9})
		}
	}
	// joinedOrApart finds the label word prefix+rest, written as one word or hyphenated.
	joinedOrApart := func(prefix, rest string) {
		if id, ok := x.termID[stem(prefix+rest)]; ok && x.terms[id].nameDF > 0 {
			add(id)
		}
		p, okP := x.termID[prefix]
		r, okR := x.termID[stem(rest)]
		if okP && okR && x.adjacent(p, r) > 0 {
			add(p, r)
		}
	}
	for _, n := range nounForms(w) {
		if !x.nounThing(n) {
			continue
		}
		doers := []string{n + "er", n + "ant"}
		if strings.HasSuffix(n, "e") {
			doers = append(doers, n+"r")
		}
		if k := len(n); k >= 3 && !strings.ContainsRune("aeiouwxy", rune(n[k-1])) && strings.ContainsRune("aeiou", rune(n[k-2])) {
			doers = append(doers, n+n[k-1:]+"er") // "fog": the Defogger
		}
		for _, d := range doers {
			joinedOrApart("de", d)
		}
		joinedOrApart("anti", n)
		for _, sn := range x.lex.Senses(n) {
			if sn.Rank <= 2 {
				for _, a := range x.lex.Relational(sn.ID) {
					if !strings.Contains(a, " ") {
						joinedOrApart("anti", a)
					}
				}
			}
		}
	}
	return out
}

// abbreviation reads a short run of consonants the catalog lacks as the start of the few label
// words that begin with it and add a letter or two: "sd card" is an SDHC card, "hd cable" an
// HDMI cable. Letters without a vowel are no misspelt word, and the labels' longer form is
// the same abbreviation with its type letters after it.
func (x *index) abbreviation(w string) (concept, bool) {
	if len(w) < 2 || len(w) > 3 || !isLetters(w) || strings.ContainsAny(w, "aeiouy") {
		return concept{}, false
	}
	c := concept{label: w, named: true}
	for _, id := range x.grams[[2]byte{w[0], w[1]}] {
		t := x.terms[id].stem
		if len(t) > len(w) && len(t) <= len(w)+2 && strings.HasPrefix(t, w) && isLetters(t) && x.terms[id].nameDF > 0 {
			c.alts = append(c.alts, calt{terms: []uint32{id}, weight: 0.9, own: true})
		}
	}
	return c, len(c.alts) > 0 && len(c.alts) <= 4
}

// acronym reads a three-letter word that is no noun in English and no label word as the
// initials of the three words ending a label's name for its thing: "DEF" is Diesel Exhaust
// Fluid. The name most products carry wins; two as common leave the word unread.
func (x *index) acronym(w string) (concept, bool) {
	if len(w) != 3 || !isLetters(w) || x.lex == nil || x.lex.IsNoun(w) {
		return concept{}, false
	}
	x.acronymsOnce.Do(x.makeAcronyms)
	ts, ok := x.acronyms[w]
	if !ok {
		return concept{}, false
	}
	var label []string
	for _, t := range ts {
		label = append(label, x.terms[t].surface)
	}
	return concept{label: strings.Join(label, " "), named: true, alts: []calt{{terms: ts[:], weight: 0.9, own: true}}}, true
}

// makeAcronyms finds, for each three initials, the commonest three words ending a name at its
// head noun.
func (x *index) makeAcronyms() {
	type count struct{ n, second int }
	seen := map[[3]uint32]int{}
	for i := range x.items {
		it := &x.items[i]
		names, h := it.nameTerms(), int(it.headAt)
		if it.head == noTerm || h < 2 || h >= len(names) {
			continue
		}
		ts := [3]uint32{names[h-2], names[h-1], names[h]}
		if ts[0] == ts[1] || ts[1] == ts[2] || !isLetters(x.terms[ts[0]].stem) || !isLetters(x.terms[ts[1]].stem) || !isLetters(x.terms[ts[2]].stem) {
			continue
		}
		seen[ts]++
	}
	best := map[string]count{}
	x.acronyms = map[string][3]uint32{}
	for ts, n := range seen {
		key := string([]byte{x.terms[ts[0]].stem[0], x.terms[ts[1]].stem[0], x.terms[ts[2]].stem[0]})
		b := best[key]
		switch {
		case n > b.n:
			best[key] = count{n, b.n}
			x.acronyms[key] = ts
		case n > b.second:
			best[key] = count{b.n, n}
		}
	}
	for key, b := range best {
		if b.second == b.n {
			delete(x.acronyms, key) // two names as common: no telling which
		}
	}
}

// whoFor reads a word for people the catalog lacks as the broader word for them its labels
// use: "ladies" are women (Women's). Only a word whose commonest sense is a person, one step
// up to people as broad as labels say a product is for.
func (x *index) whoFor(w string) []calt {
	senses := x.lex.Senses(w)
	if len(senses) == 0 || senses[0].Kind != lexicon.Person {
		return nil
	}
	var out []calt
	for _, h := range x.lex.Hypernyms(senses[0].ID) {
		if x.lex.Depth(h) > whoForDepth {
			continue // a plumber is a craftsman, an "artisan": no one products are for
		}
		for _, l := range x.lex.Lemmas(h) {
			if strings.Contains(l, " ") {
				continue
			}
			if _, id, ok := x.peopleOnLabels(l); ok && !slices.ContainsFunc(out, func(a calt) bool { return a.terms[0] == id }) {
				out = append(out, calt{terms: []uint32{id}, weight: 0.8})
			}
		}
	}
	return out
}

// peopleOnLabels is the word labels use for the people English calls l, and its term: "woman"
// is Women's, "boy" Boys'.
func (x *index) peopleOnLabels(l string) (string, uint32, bool) {
	forms := []string{l + "s", l}
	if base, ok := strings.CutSuffix(l, "man"); ok {
		forms = append([]string{base + "men"}, forms...)
	}
	for _, f := range forms {
		if x.whoSaid(f) == (who{}) {
			continue // not a word for people first of all: the "Pop" of Go Air Pop earbuds is no dad
		}
		if id, ok := x.termID[stem(f)]; ok && x.terms[id].nameDF > 0 {
			return f, id, true
		}
		if id, ok := x.possessive(f); ok {
			return f, id, true // "women": labels write Women's
		}
	}
	return "", 0, false
}

// forWhomRE finds who a thing is for: "for my son", "for our little girl".
var forWhomRE = regexp.MustCompile(`(?i)\bfor (?:my|our|his|her|your|the) (?:little |teenage |teen |young |new )?([a-z]+)\b`)

// forWhom says who a thing is for in the word labels use for them: "a hoodie for my son" is a
// hoodie for boys (Boys'), "vitamins for my wife" for women. Only another name English gives
// the same people ("son": boy; "wife": married woman), as a word the labels have; else the
// words stay as said (and "my son" says nothing of what is asked for).
func (x *index) forWhom(text string) string {
	if x.lex == nil || x.pending {
		return text
	}
	return forWhomRE.ReplaceAllStringFunc(text, func(m string) string {
		w := strings.ToLower(forWhomRE.FindStringSubmatch(m)[1])
		if id, ok := x.termID[stem(w)]; ok && x.terms[id].nameDF > 0 && !filler[w] {
			return m // the labels' own word: "for my baby"
		}
		senses := x.lex.Senses(w)
		if len(senses) == 0 || senses[0].Kind != lexicon.Person {
			return m
		}
		for _, l := range x.lex.Lemmas(senses[0].ID) {
			if l = lastWord(l); l == w {
				continue
			}
			if f, _, ok := x.peopleOnLabels(l); ok {
				if to, from := x.whoSaid(f), x.whoSaid(w); to.against(from) || to.narrows(from) {
					continue // a girl may be a young woman, or a child: not "for women"
				}
				return "for " + f
			}
		}
		return m
	})
}

// who is whom a word for people says a product is for, on the two axes English files people
// by: male or female, grown or young. Zero on an axis the word leaves open: a girl may be
// grown or young, a son a man or a boy.
type who struct{ sex, age int8 } // sex: 1 male, 2 female; age: 1 grown, 2 young; 3 either

// against reports whether a product for w is for other people than one for o: Men's against
// a girl, Kids' against a woman. Boys' and Kids' are not against each other, nor Women's and
// a girl.
func (w who) against(o who) bool {
	differ := func(a, b int8) bool { return a != 0 && a != 3 && b != 0 && b != 3 && a != b }
	return differ(w.sex, o.sex) || differ(w.age, o.age)
}

// narrows reports whether w says of people what o leaves open, English naming o either way:
// Women's for a girl, who may be grown or young.
func (w who) narrows(o who) bool {
	return o.sex == 3 && w.sex != 0 || o.age == 3 && w.age != 0
}

// whoSaid reads a word for people ("men", "mens" as labels write Men's, "girls", "kids",
// "toddler"), whose commonest sense is one: the axes its two commonest senses give.
func (x *index) whoSaid(w string) who {
	if x.lex == nil {
		return who{}
	}
	forms := []string{w, x.lex.Singular(w)}
	if b, ok := strings.CutSuffix(w, "s"); ok && len(b) >= 3 {
		forms = append(forms, b, x.lex.Singular(b))
	}
	for _, f := range forms {
		var sexes, ages [3]bool
		person := false
		senses := x.lex.Senses(f)
		if len(senses) > 0 && senses[0].Kind != lexicon.Person {
			continue // first of all no person: a jack is a plug, "men" a work force
		}
		for _, s := range senses {
			if s.Rank > 2 || s.Kind != lexicon.Person {
				continue
			}
			person = true
			sex, age := x.whoAxes(s.ID)
			sexes[sex], ages[age] = true, true
		}
		if person {
			return who{sex: agreed(sexes), age: agreed(ages)}
		}
	}
	return who{}
}

// agreed is the one value senses give: 0 when none, 3 when they give both.
func agreed(seen [3]bool) int8 {
	switch {
	case seen[1] && seen[2]:
		return 3
	case seen[1]:
		return 1
	case seen[2]:
		return 2
	}
	return 0
}

// whoAxes reads one sense of a person: male or female, grown or young, as English files it
// (a toddler is a child, a juvenile; a woman an adult and a female). A name of the sense
// itself may say young: a "female child", a "baby".
func (x *index) whoAxes(id int32) (sex, age int8) {
	for _, l := range x.lex.Lemmas(id) {
		if ws := strings.Fields(l); slices.Contains(ws, "child") || slices.Contains(ws, "baby") {
			age = 2
		}
	}
	frontier := []int32{id}
	for depth := 0; depth <= 4 && len(frontier) > 0; depth++ {
		var next []int32
		for _, s := range frontier {
			for _, l := range x.lex.Lemmas(s) {
				switch l {
				case "male person":
					sex = 1
				case "female person":
					sex = 2
				case "adult":
					age = max(age, 1) // young, when the sense is also a child, wins
				case "juvenile":
					age = 2
				}
			}
			next = append(next, x.lex.Hypernyms(s)...)
		}
		frontier = next
	}
	return sex, age
}

// whoOn is whom the words for people on a product's label say it is for; ok is false when
// its label names no one.
func (x *index) whoOn(it *item) ([]who, bool) {
	var out []who
	for _, t := range it.nameTerms() {
		if w, ok := x.people[t]; ok {
			out = append(out, w)
		}
	}
	return out, len(out) > 0
}

// whoForDepth is how broad the people a product is for are, in steps below "entity": woman,
// man, boy, girl and child are 5; a craftsman 6.
const whoForDepth = 5

// possessive is the labels' word for a plural that does not end in s, which labels write with
// 's: "for men" is Men's, "women" Women's, "children" Children's (tokens drop the apostrophe).
func (x *index) possessive(w string) (uint32, bool) {
	if x.lex == nil || strings.HasSuffix(w, "s") || x.lex.Singular(w) == w {
		return 0, false
	}
	id, ok := x.termID[stem(w+"s")]
	return id, ok && x.terms[id].nameDF > 0
}

// otherForm reads a word the catalog lacks as the singular of a word its labels use, when
// English forms the plural in a way the stemmer does not undo: "canvases" → Canvas, "knives" →
// Knife. (Verb and adjective forms are not read so: "bottled" water is no Hot Water Bottle.)
func (x *index) otherForm(w string) (concept, bool) {
	if x.lex == nil {
		return concept{}, false
	}
	if f := x.lex.Singular(w); f != w {
		if id, ok := x.termID[stem(f)]; ok && x.terms[id].nameDF > 0 {
			return concept{label: w, named: true, alts: []calt{{terms: []uint32{id}, weight: 0.9, own: true}}}, true
		}
	}
	// A tool named for what it does, where labels say the doing: a "straightener" is the
	// Straightening Flat Iron, a "sharpener" the Sharpening Stone.
	if base, ok := strings.CutSuffix(x.lex.Singular(w), "er"); ok && len(base) >= 5 {
		if id, ok := x.termID[stem(base+"ing")]; ok && x.terms[id].nameDF > 0 {
			return concept{label: w, alts: []calt{{terms: []uint32{id}, weight: 0.8, own: true}}}, true
		}
	}
	// Or where labels name the doing as a noun: a water "purifier" is the Water Purification
	// tablets or filter, a "deodorizer" a Deodorization spray.
	for _, d := range [][2]string{{"ifier", "ification"}, {"izer", "ization"}, {"iser", "isation"}} {
		if base, ok := strings.CutSuffix(x.lex.Singular(w), d[0]); ok && len(base) >= 3 {
			if id, ok := x.termID[stem(base+d[1])]; ok && x.terms[id].nameDF > 0 {
				return concept{label: w, alts: []calt{{terms: []uint32{id}, weight: 0.8, own: true}}}, true
			}
		}
	}
	return concept{}, false
}

// doneBy reads a verb the catalog lacks as what does it, in the word its labels use: "something
// to charge my phone" is a Charger, "can I read the code" a Code Reader, "to purify water" the
// Water Purification tablets or a purifier. A word that first of all names a thing is no verb
// here ("stream", "can").
func (x *index) doneBy(w string) (concept, bool) {
	if x.lex == nil {
		return concept{}, false
	}
	for _, s := range x.lex.Senses(w) {
		if s.Rank <= 2 && s.Kind.Tangible() {
			return concept{}, false
		}
	}
	c := concept{label: w}
	for _, d := range x.lex.Doers(w) {
		forms := []string{d}
		if base, ok := strings.CutSuffix(d, "ier"); ok {
			forms = append(forms, base+"yer") // a "drier" is a Dryer on labels
		}
		for _, f := range forms {
			if id, ok := x.termID[stem(f)]; ok && x.terms[id].nameDF > 0 &&
				!slices.ContainsFunc(c.alts, func(a calt) bool { return a.terms[0] == id }) {
				c.alts = append(c.alts, calt{terms: []uint32{id}, weight: 0.8})
			}
		}
	}
	return c, len(c.alts) > 0
}

// clipped reads a word the catalog lacks as the start of the one longer word labels name
// things or shelves by: "binos" are binoculars, "thermo" a thermometer, "vits" vitamins. A
// start several label words share ("mic": microphone, microfiber) is no word at all. A noun
// no label has may be the start of the labels' closed compound: "drinks", Drinkware.
func (x *index) clipped(w, st string) (concept, bool) {
	p := strings.TrimSuffix(st, "s")
	if !isLetters(p) || len(p) < 3 {
		return concept{}, false
	}
	var best uint32
	bestN, secondN := 0, 0
	for id := range x.terms {
		t := &x.terms[id]
		if len(t.stem) < len(p)+3 || !strings.HasPrefix(t.stem, p) || t.headDF == 0 && len(x.catTerms[id]) == 0 {
			continue
		}
		switch n := t.nameDF + len(x.catTerms[id]); {
		case n > bestN:
			secondN = bestN
			best, bestN = uint32(id), n
		case n > secondN:
			secondN = n
		}
	}
	if bestN == 0 || secondN > 0 && bestN < 3*secondN {
		return concept{}, false
	}
	return concept{label: x.terms[best].surface, corrected: true,
		alts: []calt{{terms: []uint32{best}, weight: 0.8, own: true, fix: true}}}, true
}

// split reads a word the catalog lacks as two words its labels write side by side:
// "knockout" is Knock Out, "rainbarrel" Rain Barrel, "peatmoss" Peat Moss. The pair standing
// together on a label is the evidence, so rare words split as surely as common ones.
func (x *index) split(w string) (concept, bool) {
	if !isLetters(w) {
		return concept{}, false
	}
	best, bestN := concept{}, 0
	for k := 3; k <= len(w)-3; k++ {
		a, okA := x.termID[stem(w[:k])]
		b, okB := x.termID[stem(w[k:])]
		if !okA || !okB {
			continue
		}
		if n := x.adjacent(a, b); n > bestN {
			best = concept{label: w[:k] + " " + w[k:], named: true,
				alts: []calt{{terms: []uint32{a, b}, weight: 1, own: true}}}
			bestN = n
		}
	}
	return best, bestN > 0
}

// code reads a single letter and a number that labels write together ("H11", "E26", "T8") as
// one concept: a code that names a product line, never the thing asked about.
func (x *index) code(ws, st []string, i int) (concept, bool) {
	if i+1 >= len(ws) || len(ws[i]) != 1 || !isLetters(ws[i]) || !isNumber(ws[i+1]) {
		return concept{}, false
	}
	a, okA := x.termID[st[i]]
	b, okB := x.termID[st[i+1]]
	if !okA || !okB || x.adjacent(a, b) == 0 {
		return concept{}, false
	}
	return concept{label: ws[i] + ws[i+1], named: true, code: true, alts: []calt{{terms: []uint32{a, b}, weight: 1, own: true}}}, true
}

// namedPair reads the two words a phrase ends on, when English names one thing by them ("fish
// tank") and no label writes them side by side, as that thing's other name the labels use: a
// fish tank is an aquarium.
func (x *index) namedPair(ws, st []string, i int) (concept, bool) {
	if i+1 >= len(ws) || !isLetters(ws[i]) || !isLetters(ws[i+1]) {
		return concept{}, false
	}
	a, okA := x.termID[st[i]]
	b, okB := x.termID[st[i+1]]
	if okA && okB && x.adjacent(a, b) > 0 || i+2 != len(ws) {
		return concept{}, false // only the thing a phrase ends on, when no label says it
	}
	alts := x.otherNames(false, ws[i], ws[i+1])
	if okB && x.terms[b].headDF > 0 {
		// The store sells things by the shopper's last word: then only an other name that
		// keeps their first word, as labels say it ("fishing pole": Fishing Rod). A store
		// with bird houses has no "dog houses" as kennels.
		alts = slices.DeleteFunc(alts, func(c calt) bool {
			return len(c.terms) != 2 || !okA || c.terms[0] != a || x.adjacent(c.terms[0], c.terms[1]) == 0
		})
	}
	shared := false // some label has both words
	if okA && okB {
		for range x.both(a, b) {
			shared = true
			break
		}
		if !shared {
			alts = append(alts, x.broaderNames(a, ws[i+1])...)
		}
	}
	if len(alts) == 0 && !shared {
		alts = x.narrowerNames(ws[i], ws[i+1]) // a "walking stick": the Quad Cane
	}
	if len(alts) == 0 {
		return concept{}, false
	}
	c := concept{label: ws[i] + " " + ws[i+1], alts: alts}
	if okA && okB {
		c.alts = append(c.alts, calt{terms: []uint32{a, b}, weight: 1, own: true})
	}
	return c, true
}

// narrowerNames are the labels' head nouns that English files directly under a thing the
// shopper named by two words: a cane is a walking stick, so a store whose labels say Cane has
// them. Only a thing of two words, one step down ("paint" would reach nail enamel), and words
// labels mostly end on.
func (x *index) narrowerNames(said ...string) []calt {
	var thing []int32
	for _, sn := range x.lex.Senses(said...) {
		if sn.Rank <= 2 && sn.Kind.Tangible() {
			thing = append(thing, sn.ID)
		}
	}
	if len(thing) == 0 {
		return nil
	}
	x.underOnce.Do(func() {
		x.under = map[int32][]uint32{}
		for id := range x.terms {
			t := &x.terms[id]
			if 2*t.headDF < t.nameDF || !isLetters(t.surface) {
				continue // a word labels use mostly before another thing: "Cherry" Tomato
			}
			for _, sn := range x.lex.Senses(t.surface) {
				if sn.Rank > 2 {
					continue
				}
				for _, h := range x.lex.Hypernyms(sn.ID) {
					if l := x.under[h]; len(l) == 0 || l[len(l)-1] != uint32(id) {
						x.under[h] = append(l, uint32(id))
					}
				}
			}
		}
	})
	var out []calt
	for _, k := range thing {
		for _, id := range x.under[k] {
			if len(out) < 4 && !slices.ContainsFunc(out, func(a calt) bool { return a.terms[0] == id }) {
				out = append(out, calt{terms: []uint32{id}, weight: 0.8})
			}
		}
	}
	return out
}

// definedThing reads the last two or three words of a phrase, when English names one thing by
// them and no label does, by two words of its definition that labels write before the
// shopper's last word: a ping-pong ball is a "light hollow ball used in playing table
// tennis", and labels say Table Tennis Balls. Two words side by side on labels and before the
// thing, or none: "tennis" alone would be a tennis ball.
func (x *index) definedThing(ws, st []string, i int) (concept, bool) {
	n := len(ws) - i
	if n < 2 || n > 3 || !slices.ContainsFunc(ws[i:], isLetters) {
		return concept{}, false
	}
	head, ok := x.termID[st[len(st)-1]]
	if !ok || x.terms[head].headDF == 0 || !slices.ContainsFunc(st[i:len(st)-1], func(s string) bool { _, ok := x.termID[s]; return !ok }) {
		return concept{}, false // all words on labels: read as they are
	}
	senses := x.lex.Senses(ws[i:]...)
	if len(senses) == 0 {
		senses = x.lex.Senses(strings.Join(ws[i:len(ws)-1], "") + " " + ws[len(ws)-1])
	}
	if len(senses) == 0 {
		return concept{}, false
	}
	if n == 2 {
		if a, ok := x.termID[st[i]]; ok && x.adjacent(a, head) > 0 {
			return concept{}, false // the labels say it
		}
	}
	for _, sn := range senses {
		if sn.Rank > 2 || !sn.Kind.Tangible() {
			continue
		}
		gloss := strings.Fields(x.lex.Gloss(sn.ID))
		for k := 0; k+1 < len(gloss); k++ {
			a, okA := x.termID[stem(gloss[k])]
			b, okB := x.termID[stem(gloss[k+1])]
			if !okA || !okB || a == head || b == head || slices.Contains(st[i:], stem(gloss[k])) ||
				x.adjacent(a, b) == 0 || x.adjacent(b, head) == 0 {
				continue
			}
			return concept{label: strings.Join(ws[i:], " "), alts: []calt{{terms: []uint32{a, b, head}, weight: 0.8}}}, true
		}
	}
	return concept{}, false
}

// headAfter reports whether some label names a thing t with the word a just before it
// ("Strip Lash Adhesive"), t being what the product is.
func (x *index) headAfter(a, t uint32) bool {
	for i, id := range x.postByID[t] {
		if i == 2000 {
			break
		}
		it := &x.items[id]
		names := it.nameTerms()
		if h := int(it.headAt); it.head == t && h > 0 && h < len(names) && names[h] == t && names[h-1] == a {
			return true
		}
	}
	return false
}

// broaderNames are the labels' names, after the shopper's first word, for what English says
// their last word is a kind of: "lash glue" is the Lash Adhesive (glue is an adhesive), where
// no label has both of the shopper's words. The first word standing before it on a label is
// the evidence; the broader word alone is not. The broader word need not end the label:
// "denture glue" is the Denture Adhesive Cream.
func (x *index) broaderNames(first uint32, head string) []calt {
	var out []calt
	for _, sn := range x.lex.Senses(head) {
		if sn.Rank > 2 || !sn.Kind.Tangible() {
			continue
		}
		// Two steps up: glue is a cement, and cement an adhesive.
		for _, h := range x.broader(sn.ID, 2)[1:] {
			for _, l := range x.lex.Lemmas(h) {
				t, ok := x.termID[stem(lastWord(l))]
				// A word that heads a great many labels ("food") names a department, not a kind.
				if !ok || t == first || x.terms[t].headDF > max(5, len(x.items)/500) ||
					!(x.terms[t].headDF > 0 && x.headAfter(first, t) || x.adjacent(first, t) > 0) {
					continue
				}
				if !slices.ContainsFunc(out, func(b calt) bool { return b.terms[1] == t }) {
					out = append(out, calt{terms: []uint32{first, t}, weight: 0.75})
				}
			}
		}
	}
	return out
}

// namesFirst reports whether the sense given is among a name's rank commonest senses.
// A second sense counts only when the first is a thing of the same sort, so that labels using
// the name for either sell like things: a bike is first a motorcycle, and both are wheeled
// vehicles; soda is first sodium carbonate (Baking Soda), no soft drink.
func (x *index) namesFirst(name string, sense int32, rank uint8) bool {
	ls := x.lex.Senses(strings.Fields(name)...)
	return slices.ContainsFunc(ls, func(s lexicon.Sense) bool {
		if s.ID != sense || s.Rank > rank {
			return false
		}
		if s.Rank == 1 {
			return true
		}
		first := slices.IndexFunc(ls, func(f lexicon.Sense) bool { return f.Rank == 1 })
		return first >= 0 && x.kin(ls[first].ID, sense, 3)
	})
}

// firstThing reports whether the sense given is the first thing of a shelf a name means:
// "TV" is first the broadcasting, then the television receiver.
func (x *index) firstThing(name string, sense int32) bool {
	for _, s := range x.lex.Senses(strings.Fields(name)...) {
		if s.Kind.Tangible() {
			return s.ID == sense
		}
	}
	return false
}

// headsLabels reports whether a one-word name is what three labels or more end on, and most
// labels having it: the TV of Smart TV, not the Microwave of Microwave Popcorn, nor the
// Cycle of one tea's "Moon Cycle".
func (x *index) headsLabels(name string) bool {
	t, ok := x.termID[stem(name)]
	return ok && !strings.Contains(name, " ") && x.terms[t].headDF >= 3 && 2*x.terms[t].headDF >= x.terms[t].nameDF
}

// kin reports whether two senses share a broader sense within depth steps of each.
func (x *index) kin(a, b int32, depth int) bool {
	ua := x.broader(a, depth)
	return slices.ContainsFunc(x.broader(b, depth), func(s int32) bool { return slices.Contains(ua, s) })
}

// broader is a sense and the senses it is a kind of, up to depth steps up.
func (x *index) broader(s int32, depth int) []int32 {
	out := []int32{s}
	for from := 0; depth > 0; depth-- {
		to := len(out)
		for _, h := range out[from:to] {
			for _, g := range x.lex.Hypernyms(h) {
				if !slices.Contains(out, g) {
					out = append(out, g)
				}
			}
		}
		from = to
	}
	return out
}

// relational are the label words that mean "of or relating to" the thing the shopper names
// (WordNet's pertainyms): a nose spray is a Nasal Spray, a car battery an Automotive Battery,
// cat food Feline food.
func (x *index) relational(w string) []calt {
	var out []calt
	for _, sn := range x.lex.Senses(w) {
		if sn.Rank > 2 {
			continue
		}
		for _, a := range x.lex.Relational(sn.ID) {
			t, ok := x.termID[stem(a)]
			if !ok || strings.Contains(a, " ") || stem(a) == stem(w) || x.terms[t].nameDF == 0 {
				continue
			}
			if !slices.ContainsFunc(out, func(b calt) bool { return b.terms[0] == t }) {
				out = append(out, calt{terms: []uint32{t}, weight: 0.8, notBrand: true})
			}
		}
	}
	return out
}

// adjectiveNames are the other names English has for an adjective the catalog lacks, as
// its labels say them: "fake" is false or faux (False Eyelashes, Faux Mink).
func (x *index) adjectiveNames(w string) []calt {
	var out []calt
	for _, a := range x.lex.AdjectiveSynonyms(w) {
		if t, ok := x.termID[stem(a)]; ok && !strings.Contains(a, " ") && x.terms[t].nameDF > 0 && x.terms[t].headDF == 0 {
			out = append(out, calt{terms: []uint32{t}, weight: 0.8})
		}
	}
	return out
}

// namesKin reports whether some label says t just before what the product is, and English
// files that thing beside the sense of t the shopper meant: "Sunscreen Lotion" (sunscreen and
// lotion are both toiletries), where "Turf Builder" lawn food is no turf.
func (x *index) namesKin(t uint32, sense int32) bool {
	up := x.broader(sense, 2)
	for i, id := range x.postByID[t] {
		if i == 2000 {
			break
		}
		it := &x.items[id]
		names := it.nameTerms()
		h := int(it.headAt)
		if it.head == noTerm || h == 0 || h >= len(names) || names[h-1] != t {
			continue
		}
		for _, hs := range x.lex.Senses(x.terms[it.head].surface) {
			if hs.Rank > 2 {
				continue
			}
			if slices.Contains(up, hs.ID) || slices.ContainsFunc(x.lex.Hypernyms(hs.ID), func(k int32) bool { return slices.Contains(up, k) }) {
				return true
			}
		}
	}
	return false
}

// otherNames are the English synonyms of a word (WordNet's other names for its commonest
// senses of things) that this catalog uses for what products are: "spanner" → wrench,
// "jumper" → sweater, "torch" → flashlight. For a word the catalog does not have at all
// (onLabels), a synonym labels only use before what a product is comes last, at a lower
// weight: "sunblock" is the Sunscreen Lotion. When no common sense of such a word is on the
// labels, a rarer sense's name that heads labels is taken: "rubbers" are condoms.
func (x *index) otherNames(onLabels bool, said ...string) []calt {
	var out, before, mods []calt
	w := strings.Join(said, " ")
	rank := uint8(1)
	if onLabels {
		rank = 2
	}
	senses := x.lex.Senses(said...)
	if len(senses) == 0 && len(said) == 2 {
		senses = x.lex.Senses(said[0] + said[1]) // "shin pads": a shinpad, or shin guard
	}
	for _, sn := range senses {
		if sn.Rank > 2 || !sn.Kind.Tangible() {
			continue
		}
		for _, l := range x.lex.Lemmas(sn.ID) {
			if l == w || x.lex.Singular(l) == x.lex.Singular(w) || len(said) > 1 && l == x.lex.Singular(said[len(said)-1]) {
				continue
			}
			// Only a name that means this first of all: a bicycle is also a "wheel", and the
			// cheese wheel is no bicycle. For a word the catalog lacks, second will do: a
			// bicycle is a "bike" (a motorcycle first); a microwave oven stays no "microwave".
			if !x.namesFirst(l, sn.ID, rank) && !(x.headsLabels(l) && x.firstThing(l, sn.ID)) {
				// A name labels end on may mean first a thing of no shelf: a "telly" is a TV
				// (labels' Smart TV), though "TV" is first the broadcasting.
				continue
			}
			a, ok := x.phraseAlt(stems(tokens(l)), 0.8)
			if !ok {
				continue
			}
			if last := a.terms[len(a.terms)-1]; x.terms[last].headDF == 0 && len(x.catTerms[last]) == 0 {
				switch {
				case slices.ContainsFunc(before, func(b calt) bool { return sameTerms(a.terms, b.terms) }):
				case onLabels && x.namesKin(last, sn.ID):
					a.weight = 0.7
					before = append(before, a)
				case onLabels && len(said) == 1 && !slices.ContainsFunc(mods, func(b calt) bool { return sameTerms(a.terms, b.terms) }):
					// "windscreen wash": labels say Windshield before what a product is.
					a.weight, a.modifier = 0.7, true
					mods = append(mods, a)
				}
				continue
			}
			if !slices.ContainsFunc(out, func(b calt) bool { return sameTerms(a.terms, b.terms) }) {
				out = append(out, a)
			}
		}
		if len(out) >= 4 {
			break
		}
	}
	onShelf := func(a calt) bool {
		n := len(a.terms)
		return x.terms[a.terms[n-1]].headDF > 0 && (n == 1 || x.adjacent(a.terms[n-2], a.terms[n-1]) > 0)
	}
	if !slices.ContainsFunc(out, onShelf) && len(before) == 0 && len(mods) == 0 && onLabels {
		// No common sense of the word is on the labels: a rarer one may be, by a name that
		// means it first ("rubbers" in a pharmacy are condoms).
		for _, sn := range senses {
			if sn.Rank <= 2 || !sn.Kind.Tangible() {
				continue
			}
			for _, l := range x.lex.Lemmas(sn.ID) {
				if l == w || !x.namesFirst(l, sn.ID, 1) {
					continue
				}
				a, ok := x.phraseAlt(stems(tokens(l)), 0.7)
				if ok && x.terms[a.terms[len(a.terms)-1]].headDF > 0 && !slices.ContainsFunc(out, func(b calt) bool { return sameTerms(a.terms, b.terms) }) {
					out = append(out, a)
				}
			}
		}
		return out
	}
	if len(out) == 0 && len(before) == 0 {
		return mods
	}
	if len(out) == 0 {
		return before
	}
	return out
}
