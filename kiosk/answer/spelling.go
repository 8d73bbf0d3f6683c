package answer

import (
	"cmp"
	"iter"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Spelling and speech-recognition errors: a shopper's word that is not in the catalog is
// matched to the catalog word it most likely means, by edit distance first ("chese" →
// cheese, "cofee" → coffee) and by sound second ("serial" → cereal). Only words of the
// catalog are candidates, so a correction can never invent a product.

// maxEdits is how many typing errors a word of this length may carry and still be recognised.
func maxEdits(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 6:
		return 1
	default:
		return 2
	}
}

// correct returns catalog terms a misspelt or misheard word may mean, best first, or nil:
// words that sound the same ("pairs" → pears, "serial" → cereal), then words a typing error
// or two away, the commoner the likelier ("vinager" → vinegar, not a one-off "vineger").
// A real English word is only read as another catalog word when they sound alike, differ by
// a doubled letter, or differ by one letter from a word common in the catalog: the shopper
// who asks for socks wants socks, not soak.
func (x *index) correct(word, st string) []uint32 {
	if !isLetters(st) || len(st) < 3 {
		return nil
	}
	if ids := x.homophones(word); len(ids) > 0 {
		return ids
	}
	// A real word is in the dictionary as written, or is the plural of an English noun:
	// "razos" is no word though the dictionary has the name Razo.
	_, real := x.dict.entry(word)
	real = real || x.dict.isWord(word) && x.lex.IsNoun(stem(word))
	k := maxEdits(len(st))
	if k == 0 {
		return nil
	}
	type cand struct {
		id   uint32
		cost float64
	}
	var cs []cand
	for _, id := range x.nearby(st, k) {
		t := &x.terms[id]
		if t.stem == st {
			continue
		}
		d := editDistance(st, t.stem, k+1)
		if d > k {
			continue
		}
		if len(st) <= 5 && soundKey(st) != soundKey(t.stem) && skeleton(st) != skeleton(t.stem) &&
			(real || len(st) == len(t.stem) && !transposed(st, t.stem)) {
			// Short words: "sofa" is not "soda", "lamp" is not "lamb". A letter left
			// out, added or swapped in no word at all is a slip: "razos", "mulhc".
			continue
		}
		if d >= 2 && t.nameDF < 2 {
			// Two slips away from a word on one label only is more likely another word than
			// a typo: "cortadoras" (mowers, in Spanish) is not the Corydoras catfish.
			continue
		}
		if real && (x.lex.IsNoun(word) || !doubledLetter(word, t.surface) && !doubledLetter(st, t.stem) &&
			!(d == 1 && len(st) >= 6 && t.nameDF >= 20)) {
			continue // a thing's own name is what the shopper means: a letter is not litter
		}
		cost := float64(d) - math.Log10(float64(t.nameDF+1))
		if t.stem[0] != st[0] {
			cost += 0.5 // a word's first letter is seldom the one mistyped
		}
		cs = append(cs, cand{id, cost})
	}
	if len(cs) == 0 && len(st) >= 5 && !real && !x.thingWord(word) {
		// Sound-alike spellings close enough on paper ("fillay" → fillet); not a thing English
		// names, which the shopper means as said: a durian is no drain.
		for _, id := range x.sounds[soundKey(st)] {
			t := &x.terms[id]
			if d := editDistance(st, t.stem, 4); t.nameDF > 0 && d <= 3 && (d < 2 || t.nameDF >= 2) {
				cs = append(cs, cand{id, float64(d) - math.Log10(float64(t.nameDF+1))})
			}
		}
	}
	slices.SortFunc(cs, func(a, b cand) int {
		if c := cmp.Compare(a.cost, b.cost); c != 0 {
			return c
		}
		return cmp.Compare(x.terms[a.id].stem, x.terms[b.id].stem)
	})
	var out []uint32
	for _, c := range cs[:min(len(cs), 3)] {
		out = append(out, c.id)
	}
	return out
}

// thingWord reports whether English first means by a word a thing a shelf may hold.
func (x *index) thingWord(w string) bool {
	ss := x.lex.Senses(w)
	return len(ss) > 0 && ss[0].Kind.Tangible()
}

// nearby returns the name words that may be within k edits of st: by the q-gram lemma they
// share at least len-1-2k of its letter pairs (and are of a length within k). Counting shared
// pairs through the pair index costs a few thousand additions instead of an edit distance
// against every word of the catalog.
func (x *index) nearby(st string, k int) []uint32 {
	gs := bigrams(st)
	need := max(len(st)-1-2*k, 1)
	c := x.counters.Get().(*counters)
	defer x.counters.Put(c)
	var out []uint32
	for _, g := range gs {
		for _, id := range x.grams[g] {
			if c.n[id] == 0 {
				c.touched = append(c.touched, id)
			}
			c.n[id]++
			if int(c.n[id]) == need && abs(len(x.terms[id].stem)-len(st)) <= k {
				out = append(out, id)
			}
		}
	}
	for _, id := range c.touched {
		c.n[id] = 0
	}
	c.touched = c.touched[:0]
	// Two letters swapped in a short word share no letter pair with it ("hiar", "hair").
	b := []byte(st)
	for i := 0; i+1 < len(b); i++ {
		b[i], b[i+1] = b[i+1], b[i]
		if id, ok := x.termID[string(b)]; ok && !slices.Contains(out, id) {
			out = append(out, id)
		}
		b[i], b[i+1] = b[i+1], b[i]
	}
	slices.Sort(out)
	return out
}

// counters counts shared letter pairs per catalog word, reset after each use.
type counters struct {
	n       []uint8
	touched []uint32
}

// bigrams lists the distinct letter pairs of w.
func bigrams(w string) [][2]byte {
	var out [][2]byte
	for i := 0; i+1 < len(w); i++ {
		g := [2]byte{w[i], w[i+1]}
		if !slices.Contains(out, g) {
			out = append(out, g)
		}
	}
	return out
}

// homophones returns catalog words pronounced like word, most common first.
func (x *index) homophones(word string) []uint32 {
	var out []uint32
	for _, w := range []string{word, stem(word)} {
		for pr := range x.dict.prons(w) {
			for _, id := range x.byPron[pr] {
				// Not a label's letters or abbreviation ("Di", "De" for "dye").
				if t := x.terms[id].stem; t != stem(word) && len(t) >= 3 && !slices.Contains(out, id) {
					out = append(out, id)
				}
			}
		}
	}
	slices.SortFunc(out, func(a, b uint32) int { return cmp.Compare(x.terms[b].nameDF, x.terms[a].nameDF) })
	return out
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the Damerau–Levenshtein (optimal string alignment) distance between a and
// b, or limit when it is at least limit.
func editDistance(a, b string, limit int) int {
	if abs(len(a)-len(b)) >= limit {
		return limit
	}
	var buf [3][40]int
	if len(b) >= 40 || len(a) >= 40 {
		return limit
	}
	prev2, prev, cur := buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin >= limit {
			return limit
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit)
}

// grammarWords are the words the engine reads a question's request by (its intent, filler,
// tasks), five letters or more: a slip in one of them is mended before the question is read.
var grammarWords = sync.OnceValue(func() []string {
	var out []string
	for _, set := range []map[string]bool{filler, asks, taskVerb, purposeVerb, opener, stateVerb} {
		for w := range set {
			out = append(out, w)
		}
	}
	for w := range intentWords {
		out = append(out, w)
	}
	for _, p := range intentPhrases {
		out = append(out, p.words...)
	}
	out = slices.DeleteFunc(out, func(w string) bool { return len(w) < 5 })
	slices.Sort(out)
	return slices.Compact(out)
})

// mendGrammar mends a slip in the words a question asks with ("soemthing to clean my rims",
// "do you caryr kong toys", "leoking for"): a word neither the catalog nor the dictionary has,
// one slip from exactly one such word and from no word labels name things by. It returns the
// question with those words mended, as written otherwise.
func (x *index) mendGrammar(text string) string {
	if x.pending {
		return text // no catalog words yet to tell a slip from
	}
	first := true // the first word said after any opener ("uh wheer might I find…")
	toks := tokens(text)
	for _, t := range toks {
		lead := first
		first = first && opener[t]
		if len(t) < 4 || !isLetters(t) {
			continue
		}
		if _, ok := x.termID[stem(t)]; ok {
			continue
		}
		if _, ok := x.dict.entry(t); ok {
			continue
		}
		found := ""
		for _, g := range grammarWords() {
			if abs(len(g)-len(t)) <= 1 && g[0] == t[0] && editDistance(t, g, 2) == 1 {
				if found != "" {
					found = ""
					break
				}
				found = g
			}
		}
		if found == "" {
			continue
		}
		// A thing the labels name one slip away may be meant instead ("wheer": a wheel),
		// unless the word starts the question ("wheer are the legos").
		near := !lead && slices.ContainsFunc(x.nearby(stem(t), 1), func(id uint32) bool {
			c := &x.terms[id]
			return c.headDF > 0 && c.stem != stem(found) && editDistance(stem(t), c.stem, 2) <= 1
		})
		if !near {
			// Or a word labels write beside the next or last word said ("ivermectin paist":
			// the Ivermectin Paste, not paint).
			ws := slices.DeleteFunc(slices.Clone(toks), func(w string) bool { return stopword[w] })
			if j := slices.Index(ws, t); j >= 0 {
				_, near = x.fixInContext(ws, stems(ws), j)
			}
		}
		if !near {
			text = regexp.MustCompile(`(?i)\b`+regexp.QuoteMeta(t)+`\b`).ReplaceAllLiteralString(text, found)
		}
	}
	return text
}

// transposed reports whether a and b differ only by two neighbouring letters swapped.
func transposed(a, b string) bool {
	if len(a) != len(b) {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
}

// skeleton is a word's consonants, doubled letters once: "nugget" and "nuget" are both ngt.
func skeleton(w string) string {
	var b []byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if strings.IndexByte("aeiouy", c) >= 0 || len(b) > 0 && b[len(b)-1] == c {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

// soundKey is a small Metaphone: words that sound alike get the same key ("cereal" and
// "serial" → SRL, "bred" and "bread" → BRT, "wear" and "where" → WR).
func soundKey(w string) string {
	if w == "" || !isLetters(w) {
		return ""
	}
	for _, p := range []string{"kn", "gn", "pn", "wr", "ps"} {
		if strings.HasPrefix(w, p) {
			w = w[1:]
			break
		}
	}
	if strings.HasPrefix(w, "x") {
		w = "s" + w[1:]
	}
	if strings.HasPrefix(w, "wh") {
		w = "w" + w[2:]
	}
	vowel := func(i int) bool { return i < len(w) && strings.IndexByte("aeiou", w[i]) >= 0 }
	at := func(i int) byte {
		if i >= 0 && i < len(w) {
			return w[i]
		}
		return 0
	}
	var b strings.Builder
	emit := func(c byte) {
		s := b.String()
		if len(s) == 0 || s[len(s)-1] != c {
			b.WriteByte(c)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i > 0 && c == w[i-1] && c != 'c' {
			continue
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			if i == 0 {
				emit('A')
			}
		case 'b':
			if !(i == len(w)-1 && at(i-1) == 'm') {
				emit('B')
			}
		case 'c':
			switch {
			case at(i+1) == 'h':
				emit('X')
				i++
			case at(i+1) == 'i' || at(i+1) == 'e' || at(i+1) == 'y':
				emit('S')
			default:
				emit('K')
			}
		case 'd':
			if at(i+1) == 'g' && strings.IndexByte("iey", at(i+2)) >= 0 {
				emit('J')
				i++
			} else {
				emit('T')
			}
		case 'g':
			switch {
			case at(i+1) == 'h' && !vowel(i+2):
				i++ // silent gh: "light"
			case at(i+1) == 'n' && i+2 >= len(w):
			case strings.IndexByte("iey", at(i+1)) >= 0:
				emit('J')
			default:
				emit('K')
			}
		case 'h':
			if vowel(i+1) && strings.IndexByte("csptg", at(i-1)) < 0 {
				emit('H')
			}
		case 'k':
			if at(i-1) != 'c' {
				emit('K')
			}
		case 'p':
			if at(i+1) == 'h' {
				emit('F')
				i++
			} else {
				emit('P')
			}
		case 'q':
			emit('K')
		case 's':
			switch {
			case at(i+1) == 'h':
				emit('X')
				i++
			case at(i+1) == 'i' && (at(i+2) == 'o' || at(i+2) == 'a'):
				emit('X')
			default:
				emit('S')
			}
		case 't':
			switch {
			case at(i+1) == 'i' && (at(i+2) == 'o' || at(i+2) == 'a'):
				emit('X')
			case at(i+1) == 'h':
				emit('0')
				i++
			default:
				emit('T')
			}
		case 'v':
			emit('F')
		case 'w', 'y':
			if vowel(i + 1) {
				emit(byte(c - 32))
			}
		case 'x':
			emit('K')
			emit('S')
		case 'z':
			emit('S')
		default:
			emit(c - 32)
		}
	}
	return b.String()
}

// fixInContext mends word i of a phrase by its neighbours: of the catalog words a typing error
// or two away, the one that stands next to a neighbour in the most product names, the way the
// shopper put them ("pinut butter" → peanut, as in "Peanut Butter", not pinot). It needs a
// neighbour the catalog knows, and two products that say so or no other such word.
func (x *index) fixInContext(ws, st []string, i int) (uint32, bool) {
	w := st[i]
	if !isLetters(w) || len(w) < 4 || x.lex.IsNoun(ws[i]) {
		return 0, false // a thing's own name is what the shopper means: a dog leash is not "dogs less"
	}
	left, right := noTerm, noTerm
	if i > 0 {
		if id, ok := x.termID[st[i-1]]; ok {
			left = id
		}
	}
	if i+1 < len(st) {
		if id, ok := x.termID[st[i+1]]; ok {
			right = id
		}
	}
	if left == noTerm && right == noTerm {
		return 0, false
	}
	k := 2
	if len(w) <= 5 {
		k = 1 + boolInt(len(w) == 5)
	}
	best, bestN, bestD, beside := uint32(0), 0, 0, 0
	for _, id := range x.nearby(w, k) {
		t := &x.terms[id]
		if t.stem == w || t.nameDF == 0 || t.stem[0] != w[0] && soundKey(t.stem) != soundKey(w) {
			continue
		}
		d := editDistance(w, t.stem, k+1)
		if d > k {
			continue
		}
		n := 0
		if left != noTerm {
			n += x.adjacent(left, id)
		}
		if right != noTerm {
			n += x.adjacent(id, right)
		}
		if n == 0 {
			continue
		}
		beside++
		// Fewer slips first, then the pair the labels write most: "frzen pizza" is frozen
		// pizza though more labels say Free Pizza.
		if bestN == 0 || d < bestD || d == bestD && (n > bestN || n == bestN && x.terms[id].nameDF > x.terms[best].nameDF) {
			best, bestN, bestD = id, n, d
		}
	}
	// Two products that say so, or the one word that any label writes there.
	return best, bestN >= 2 || beside == 1
}

// adjacent counts the products (up to a few hundred looked at) whose names have term a just
// before term b.
func (x *index) adjacent(a, b uint32) int {
	n, seen := 0, 0
	for id := range x.both(a, b) {
		if seen++; seen > 400 {
			break
		}
		names := x.items[id].nameTerms()
		for j := 0; j+1 < len(names); j++ {
			if names[j] == a && names[j+1] == b {
				n++
				break
			}
		}
	}
	return n
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// both yields the products that have both terms, in id order: the shorter list walked, the
// longer searched.
func (x *index) both(a, b uint32) iter.Seq[uint32] {
	return func(yield func(uint32) bool) {
		pa, pb := x.postByID[a], x.postByID[b]
		if len(pa) > len(pb) {
			pa, pb = pb, pa
		}
		for _, id := range pa {
			if _, found := slices.BinarySearch(pb, id); found && !yield(id) {
				return
			}
		}
	}
}

// labelled reports whether some label says the shopper's word a just before b (with b empty,
// whether a names what some products are): the store's
// "Shop Towels" and "Little Trees" keep words a question would otherwise pass over.
// So do labels that write the two words as one: "make up" wipes are Makeup Wipes.
func (x *index) labelled(a, b string) bool {
	if b == "" {
		// The word alone: a thing labels sell, a product's head or a shelf's word.
		id, ok := x.termID[stem(a)]
		return ok && (x.terms[id].headDF > 0 || len(x.catTerms[id]) > 0)
	}
	if id, ok := x.termID[stem(a+b)]; ok && x.terms[id].nameDF > 0 {
		return true
	}
	if clause[b] && slices.ContainsFunc(x.syn.startingWith(stem(a), stem(b)), func(r *synonymRule) bool { return x.sells(*r, true) }) {
		// "morning after pill": the vocabulary's phrase for what this store sells, not a pill
		// after the morning.
		return true
	}
	ia, okA := x.termID[stem(a)]
	ib, okB := x.termID[stem(b)]
	if !okA || !okB {
		return false
	}
	if x.adjacent(ia, ib) > 0 {
		return true
	}
	// Or a shelf's name does: "shop supplies", "baby food".
	for _, c := range x.cats {
		ts := c.terms[:c.nTerms]
		for j := 0; j+1 < len(ts); j++ {
			if ts[j] == ia && ts[j+1] == ib {
				return true
			}
		}
	}
	return false
}
