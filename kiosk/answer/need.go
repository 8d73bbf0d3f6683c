package answer

// Understanding a told problem: "grubs are killing my lawn", "aphids all over my roses", "my
// dog still stinks after a bath". The shopper names no product; the trouble is the thing to
// find a remedy for, and their own things (the lawn, the roses, the dog) only say where.

import (
	"slices"
	"strings"

	"github.com/storekiosk/storekiosk/kiosk/answer/lexicon"
)

// remedyWords are how labels say a product deals with a trouble: "Grub Killer", "Deer &
// Rabbit Repellent", "Stain & Odor Remover", "Burn Relief". Products named so are the better
// answer to a told problem.
var remedyWords = []string{"killer", "repellent", "repeller", "control", "relief", "remover",
	"remedy", "treatment", "cure", "trap", "preventer", "eliminator", "deterrent", "destroyer"}

// needReading reads a told problem as a need, beside the plain reading (see read): the words
// of the shopper's own things ("my lawn") become context that counts when a product has it;
// words that name no thing ("killing", "all over") are let go; a trouble the catalog has no
// word for is read as its English other name or the kind of thing it is that the catalog has
// (aphid → insect, stink → odor), and a word said as a verb or adjective as its noun ("itchy" →
// itch). ok is false when the question tells no problem or the reading would be the plain one.
func (x *index) needReading(p parsed, text string) (reading, bool) {
	if x.lex == nil || p.intent == Price || len(p.topic) < 2 {
		return reading{}, false
	}
	mine := ownWords(tokens(text))
	if len(mine) == 0 {
		return reading{}, false
	}
	cs := x.concepts(p)
	if slices.ContainsFunc(cs, func(c concept) bool { return c.need && c.soft == 0 }) {
		return reading{}, false // the vocabulary knows this need: the plain reading has it
	}
	var out []concept
	trouble, changed, own := false, false, false
	for _, c := range cs {
		c.head = false
		words := strings.Fields(c.said)
		switch {
		case c.soft > 0 || c.attribute || c.size:
		case allIn(words, mine):
			c.soft, changed, own = 0.4, true, true // "my lawn": where the trouble is, not what to buy
		case len(words) == 1 && (c.unknown || len(c.alts) == 0):
			n, ok := x.troubleConcept(words[0])
			changed = true
			if !ok {
				continue // a word not understood is let go, not required
			}
			c, trouble = n, true
		case len(words) == 1 && !x.nounThing(words[0]):
			changed = true
			if n, ok := x.troubleConcept(words[0]); ok && n.said != c.said {
				c, trouble = n, true
				break
			}
			continue // "all", "over", "eating": no thing to find
		default:
			trouble = true
		}
		out = append(out, c)
	}
	if !trouble || !changed || !own {
		return reading{}, false
	}
	for i := range out {
		out[i].need = out[i].soft == 0 && !out[i].attribute && !out[i].size
	}
	markHead(out)
	if r, ok := x.remedyConcept(); ok {
		out = append(out, r)
	}
	rd := x.tryConcepts(p, out)
	rd.score -= 0.5 // reading a problem into a question counts a little less than its words
	return rd, true
}

// ownWords are the words of noun phrases begun by "my" or "our" after the trouble is named:
// the shopper's own things that suffer it ("killing my lawn", "all over my roses"), up to the
// first word that is not part of the phrase. Said first, they are whose trouble it is, and
// stay: "my dog's nails are too long". "His", "her" are the pet's or the child's: "can my dog
// get his rabies shot" names no trouble.
func ownWords(toks []string) map[string]bool {
	var mine map[string]bool
	told := false // a word that may name the trouble came before
	for i, w := range toks {
		if w != "my" && w != "our" {
			told = told || !filler[w] && intentWords[w] == "" && !determiner[w]
			continue
		}
		if !told {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+3; k++ {
			t := toks[k]
			if filler[t] || intentWords[t] != "" || clause[t] || place[t] || determiner[t] || t == "and" || t == "or" {
				break
			}
			if mine == nil {
				mine = map[string]bool{}
			}
			mine[t] = true
		}
	}
	return mine
}

func allIn(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if !set[w] {
			return false
		}
	}
	return len(ws) > 0
}

// nounThing reports whether a word names something in English that is no act or event: a
// pest, an ailment, a stain, a thing ("diarrhea", "fleas", "wax"), not "eating" or "over".
func (x *index) nounThing(w string) bool {
	for _, s := range x.lex.Senses(w) {
		if s.Rank <= 2 && troubleKind[s.Kind] {
			return true
		}
	}
	return false
}

// troubleKind are the sorts of thing a trouble or its remedy is (WordNet's noun files): an
// animal or plant (pests, weeds, moss), a thing, a quality or a perception (a stink, a smell),
// a part of the body, a feeling (an itch), food, a natural object, a phenomenon, a shape (a
// crack, a hole), a state (an ailment, a stain), a substance (wax).
var troubleKind = map[lexicon.Kind]bool{lexicon.Animal: true, lexicon.Artifact: true, 7: true,
	lexicon.Body: true, 9: true, 12: true, lexicon.Food: true, lexicon.Object: true, 19: true,
	lexicon.Plant: true, 25: true, 26: true, lexicon.Substance: true}

// troubleConcept reads a word as the thing the catalog has for it: the word as a noun (said
// as a verb or adjective: "itchy", "burned", "stinks"), then that noun's other names and the
// kinds of thing it is, nearest first (aphid → plant louse → insect).
func (x *index) troubleConcept(w string) (concept, bool) {
	for _, n := range nounForms(w) {
		senses := x.lex.Senses(n)
		if len(senses) == 0 {
			continue
		}
		if s := stem(n); n != w && x.labelWord(s) && x.nounThing(n) {
			a, _ := x.phraseAlt([]string{s}, 1)
			a.own = true
			return concept{label: n, said: w, named: true, alts: []calt{a}}, true
		}
		if n != w && n != stem(w) {
			// A noun made from a verb or adjective is taken only as the labels say it: up
			// its kinds, "coming" would be "come", a fluid, a seed.
			continue
		}
		// Breadth first up the kinds: the nearest name the catalog uses.
		frontier := []int32{}
		for _, s := range senses {
			if s.Rank <= 2 && troubleKind[s.Kind] {
				frontier = append(frontier, s.ID)
			}
		}
		for depth := 0; depth <= maxKindSteps && len(frontier) > 0; depth++ {
			var next []int32
			for _, id := range frontier {
				for _, l := range x.lex.Lemmas(id) {
					if strings.Contains(l, " ") || l == n {
						continue
					}
					if s := stem(l); x.labelWord(s) {
						a, _ := x.phraseAlt([]string{s}, 0.8)
						return concept{label: l, said: w, named: true, alts: []calt{a}}, true
					}
				}
				next = append(next, x.lex.Hypernyms(id)...)
			}
			frontier = next
		}
	}
	return concept{}, false
}

// maxKindSteps bounds how far up the kinds a trouble is read: aphid → plant louse →
// homopterous insect → insect is three; further up everything is an "organism".
const maxKindSteps = 3

// labelWord reports whether product names (not only brands or descriptions) use the word.
func (x *index) labelWord(st string) bool {
	id, ok := x.termID[st]
	return ok && x.terms[id].nameDF > 0
}

// nounForms are the noun a word may be said for: itself, then as said of a verb or an
// adjective ("stinks" → stink, "burned" → burn, "itchy" → itch, "gassy" → gas).
func nounForms(w string) []string {
	out := []string{w}
	add := func(s string) {
		if len(s) >= 3 && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	add(stem(w))
	n := len(w)
	for _, suf := range []string{"ing", "ed", "y", "s"} {
		if !strings.HasSuffix(w, suf) || n-len(suf) < 3 {
			continue
		}
		base := w[:n-len(suf)]
		add(base)
		add(base + "e") // "chafed" → chafe
		if k := len(base); k >= 4 && base[k-1] == base[k-2] {
			add(base[:k-1]) // "gassy" → gas
		}
	}
	return out
}

// remedyHeads are the words that end a request by saying what a product does about a
// trouble, not what it is: "wart treatment", "grub killer", "heartburn medicine". Labels say it
// their own way (Wart Remover, Grub Control, Antacid).
var remedyHeads = append([]string{"medicine", "medication", "meds", "prevention", "removal"}, remedyWords...)

func remedyHead(w string) bool {
	return slices.Contains(remedyHeads, w) || slices.Contains(remedyHeads, stem(w))
}

// remedyReading reads a request ending in a remedy word as a need for the trouble before it,
// the remedy word preferred, never required: "wart treatment" is the Wart Remover, "cough
// medicine" the Cough Drops, when no label says both words; never "we don't carry wart
// treatment". ok is false when the request ends in no remedy word, or its words are a thing of
// their own in English that is no remedy ("remote control" is a device).
func (x *index) remedyReading(p parsed) (reading, bool) {
	if !slices.ContainsFunc(p.topic, remedyHead) {
		return reading{}, false // no remedy word: nothing to read again
	}
	cs := x.concepts(p)
	h := len(cs) - 1 // the last word said; the vocabulary may have made the trouble the head
	for h >= 0 && (cs[h].soft > 0 || cs[h].attribute || cs[h].size) {
		h--
	}
	if h < 0 {
		return reading{}, false
	}
	ws := strings.Fields(cs[h].said)
	w := ws[len(ws)-1]
	if !remedyHead(w) {
		return reading{}, false
	}
	if len(ws) == 1 && h >= 1 && x.kindOf(cs[h-1:h+1]) {
		return reading{}, false // "remote control", and so is "weed killer": the plain reading
	}
	if len(ws) > 1 {
		// One phrase of the vocabulary ("cough medicine"): its words before the remedy word
		// are the trouble.
		q := p
		q.topic = slices.Clone(p.topic)
		if k := slices.Index(q.topic, w); k >= 0 {
			q.topic = slices.Delete(q.topic, k, k+1)
		}
		cs = x.concepts(q)
		h = len(cs)
		if h == 0 || x.otherThing(ws) {
			return reading{}, false
		}
		cs = append(cs, concept{said: w})
	}
	if h < 1 {
		return reading{}, false
	}
	t := &cs[h-1]
	if t.soft > 0 || t.attribute || t.size || t.unknown || len(t.alts) == 0 {
		return reading{}, false
	}
	for i := range cs {
		cs[i].head = false
	}
	t.head, t.need = true, true
	remedy, _ := x.remedyConcept()
	for _, a := range cs[h].alts {
		a.own = false
		remedy.alts = append(remedy.alts, a)
	}
	if id, ok := x.termID[stem(w)]; ok && x.terms[id].nameDF > 0 && len(cs[h].alts) == 0 {
		remedy.alts = append(remedy.alts, calt{terms: []uint32{id}, weight: 1})
	}
	remedy.label, remedy.said = w, w
	cs[h] = remedy
	return x.tryConcepts(p, cs), true
}

// otherThing reports whether words ending in a remedy word name, in English, a thing that is
// no kind of it: a remote control is a device; cold medicine is a medicine.
func (x *index) otherThing(ws []string) bool {
	w := ws[len(ws)-1]
	for _, s := range x.lex.Senses(ws...) {
		if !s.Kind.Tangible() {
			continue
		}
		kin := false
		for _, h := range x.lex.Hypernyms(s.ID) {
			kin = kin || slices.Contains(x.lex.Lemmas(h), w)
		}
		if !kin {
			return true
		}
	}
	return false
}

// remedyConcept prefers, never requires, products named for dealing with a trouble.
func (x *index) remedyConcept() (concept, bool) {
	c := concept{label: "remedy", said: "remedy", soft: 0.3}
	for _, w := range remedyWords {
		if id, ok := x.termID[stem(w)]; ok && x.terms[id].nameDF > 0 {
			c.alts = append(c.alts, calt{terms: []uint32{id}, weight: 1})
		}
	}
	return c, len(c.alts) > 0
}

// troubleWeight is what a word of the trouble told counts for in forItReading: the Radiator
// Stop Leak for "my radiator is leaking". (Not purposeWeight: a product named for the trouble
// is the remedy, not what the thing is for.)
const troubleWeight = 0.8

// forItReading reads a told problem said of the shopper's own thing, named first ("my
// headlights are all foggy and yellow", "my knees hurt when I play volleyball"), as a need for
// what is made for that thing: a product whose label names the thing before another (the
// Headlight Restoration Kit, Knee Pads), one named for the trouble or for dealing with it
// first. The shopper's other words only say
// which. ok is false when the question does not begin with the shopper's own thing, or labels
// never name it.
func (x *index) forItReading(p parsed, text string, plain reading) (reading, bool) {
	if x.lex == nil || p.intent == Price || !p.told {
		return reading{}, false
	}
	toks := tokens(text)
	start := 0
	for start < len(toks) && opener[toks[start]] {
		start++
	}
	if start >= len(toks) || toks[start] != "my" && toks[start] != "our" {
		return reading{}, false
	}
	var thing []string
	for _, w := range toks[start+1:] {
		if len(thing) == 3 || stateVerb[w] || toldWord[w] || stopword[w] || filler[w] || w == "s" ||
			len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) ||
			len(thing) > 0 && !x.labelWord(stem(w)) {
			break // "my bike tire keeps", "my knees hurt"
		}
		thing = append(thing, w)
	}
	said := func(cs []concept) bool {
		return slices.ContainsFunc(cs, func(c concept) bool {
			return slices.ContainsFunc(strings.Fields(c.said), func(w string) bool { return slices.Contains(thing, w) })
		})
	}
	switch {
	case len(thing) == 0:
		return reading{}, false
	case plain.f.verdict == carried && (!said(plain.f.dropped) || slices.ContainsFunc(plain.f.kept, func(c concept) bool { return c.need })),
		plain.f.verdict == closest && said(plain.f.kept):
		// The plain reading found something with the shopper's thing ("my water gets warm":
		// a Water Bottle), or a remedy for the trouble ("my driveway is a sheet of ice": Ice
		// Melt): what it found stands. Not when it let the thing go for another ("my knees
		// hurt when I play volleyball": a Volleyball).
		return reading{}, false
	}
	cs := x.phraseConcepts(thing)
	h := len(cs) - 1
	if h < 0 || cs[h].unknown || !x.thing(cs[h]) || x.broad(cs[h]) {
		return reading{}, false // "my car won't start" in an auto parts store: all is for cars
	}
	for i := range cs {
		// "my headlights": the shopper's own, many or one; labels name them as what is for them.
		cs[i].head, cs[i].plural, cs[i].counted = i == h, false, false
		cs[i].need = i == h // answered with the product, not "knees are in aisle 3"
	}
	rest := slices.Clone(p.topic)
	for _, w := range thing {
		if k := slices.Index(rest, w); k >= 0 {
			rest = slices.Delete(rest, k, k+1)
		}
	}
	for _, c := range x.phraseConcepts(rest) {
		if words := strings.Fields(c.said); len(words) == 1 && (c.unknown || len(c.alts) == 0 || !x.nounThing(words[0])) {
			n, ok := x.troubleConcept(words[0])
			if !ok {
				continue // "all", "so": no word of the trouble
			}
			c = n
		}
		if c.unknown || len(c.alts) == 0 {
			continue
		}
		c.soft, c.head = troubleWeight, false
		cs = append(cs, c)
	}
	if r, ok := x.remedyConcept(); ok {
		cs = append(cs, r)
	}
	rd := x.tryConcepts(p, cs)
	if len(rd.f.hits) == 0 || len(rd.f.dropped) > 0 {
		return reading{}, false
	}
	// What is for the thing before the thing itself: Knee Pads, not knees.
	c := cs[h]
	forIt := func(s scored) bool {
		it := &x.items[s.id]
		return !x.isHead(it, c) && x.onLabel(it, c)
	}
	k := slices.IndexFunc(rd.f.hits, forIt)
	if k < 0 {
		return reading{}, false
	}
	// Named for the trouble, or for dealing with one.
	helps := slices.ContainsFunc(cs, func(s concept) bool { return s.soft > 0 && x.strength(&x.items[rd.f.hits[k].id], s) > 0 })
	switch {
	case helps || !slices.ContainsFunc(rd.f.hits, func(s scored) bool { return x.isHead(&x.items[s.id], c) }) && x.partOrMade(c):
		slices.SortStableFunc(rd.f.hits, func(a, b scored) int { return boolInt(!forIt(a)) - boolInt(!forIt(b)) })
	case !x.partOrMade(c):
		// What is for a horse is many things; for "my horse has a cut" only one the labels
		// name for the trouble will do.
		return reading{}, false
	}
	// Otherwise the thing itself, new: "my pillow is all flat and lumpy".
	rd.f.verdict = carried
	rd.score -= 0.5 // reading a problem into a question counts a little less than its words
	return rd, true
}

// broad reports whether a concept's words are on more than one in 25 of the store's labels:
// in an auto parts store, "car" says nothing of what is for it.
func (x *index) broad(c concept) bool {
	for _, a := range c.alts {
		if !a.own || a.isCat || len(a.terms) == 0 {
			continue
		}
		t := a.terms[len(a.terms)-1]
		if int(x.terms[t].nameDF) > max(5, len(x.items)/25) {
			return true
		}
	}
	return false
}

// partOrMade reports whether a concept's words name, in English, a made thing or a part of
// the body ("headlights", "knees"), for which what labels name before another thing is made
// for it: a Headlight Restoration Kit, Knee Pads. Not an animal: a Horse Halter is no help
// for a cut.
func (x *index) partOrMade(c concept) bool {
	ss := x.lex.Senses(strings.Fields(c.said)...)
	return len(ss) > 0 && (ss[0].Kind == lexicon.Artifact || ss[0].Kind == lexicon.Body)
}
