package answer

// Finding: the products that answer the concepts, scored and best first.

import (
	"cmp"
	"math"
	"slices"
	"strings"

	"github.com/storekiosk/storekiosk/kiosk/answer/lexicon"
)

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
	// other: the thing asked about is only a modifier in the product's name ("Oat Milk
	// Soap" for oat milk, "Candy Canes" for canes) while other products are the thing.
	other bool
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
	if len(req) == 0 {
		return nil
	}
	// "toasters", "a toaster" where the store has only "Toaster Pastries"; "bananas" where
	// it has only banana baby food: the shopper wants the things, which the store does not sell.
	for i, c := range req {
		if i+1 < len(req) && isNumber(req[i+1].said) {
			continue // a model's name, not a kind of thing: "a jbl flip 6", "an iphone 15"
		}
		// A trouble is named on the remedy's label as a modifier ("Grub Killer"): no veto.
		// So is a thing two words name in English ("golf cart", "car seat") where the labels
		// only say the Cart Bag and the Car Seat Covers.
		if !c.need && (c.head || len(req) == 1) && (c.plural || c.counted || i > 0 && x.kindOf(req[i-1:i+1])) &&
			x.commonNoun(c.said) && x.onlyModifier(c) {
			return nil
		}
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

	kindOf := x.kindsOfThing(cs)
	forWho, whoWeight := x.whoAsked(cs, weights)
	maker := make([]bool, len(cs))
	for i, c := range cs {
		maker[i] = c.soft == purposeWeight && x.makersName(c)
	}
	out := make([]scored, 0, len(cands))
	for _, id := range cands {
		it := &x.items[id]
		score := 0.0
		ok := true
		for i, c := range cs {
			s := x.strength(it, c)
			if c.soft > 0 {
				soft := c.soft
				if c.soft == purposeWeight && kindOf(it) {
					// A kind of the thing asked for that does what it is for: for "a tool for
					// getting the oil filter off", the Oil Filter Wrench (a wrench is a tool).
					soft = 1
				}
				if maker[i] && s > 0 {
					// The maker of what it is for, who makes this too: for "ink for my hp
					// printer", HP Ink Cartridges before Epson's.
					soft = 1
				}
				if c.soft == purposeWeight && it.head != noTerm && slices.ContainsFunc(c.alts, func(a calt) bool {
					return a.own && !a.isCat && len(a.terms) > 0 && a.terms[len(a.terms)-1] == it.head
				}) {
					// The product is what the thing is for, not the thing: the Bird Feeder for
					// "birdseed for my feeder", the Christmas Tree for "a stand for the tree".
					soft = -soft
				}
				score += soft * weights[i] * s
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
		if forWho != (who{}) {
			if ws, ok := x.whoOn(it); ok && !slices.ContainsFunc(ws, func(w who) bool { return !w.against(forWho) }) {
				score -= whoWeight // Men's shoes for "shoes for my little girl"
			}
		}
		exact := x.exactness(it, asked)
		score += exactWeight * exact
		if exact >= 0.99 && owned == 1 && len(req) == 1 {
			// The label is the shopper's word and nothing else ("Garlic"): the thing in its
			// plain form, before the minced, roasted and chopped ones.
			score += plainLabel
		}
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
	x.headFirst(out, cs, weights)
	out = x.withoutBrandOnly(out, req)
	x.voteCategories(out, asked)
	x.liftNamedCategories(out, req)
	for i := range out {
		if out[i].named {
			// Every word of the name said, every word said in the name: this very product,
			// the nearer to the shopper's word order the better.
			out[i].score += 3 + x.orderBonus(&x.items[out[i].id], req)
		}
	}
	return bestFirst(out, 64)
}

// whoAsked is whom the shopper said the thing is for ("for my little girl", "for boys", "men's
// shoes") and that word's weight; zero when they named no one, or people against each other.
func (x *index) whoAsked(cs []concept, weights []float64) (who, float64) {
	var out who
	weight := 0.0
	for i, c := range cs {
		if strings.Contains(c.said, " ") {
			continue
		}
		w := x.whoSaid(c.said)
		if w == (who{}) {
			continue
		}
		if out != (who{}) && w.against(out) {
			return who{}, 0 // "for my son and my wife"
		}
		out.sex, out.age = narrower(out.sex, w.sex), narrower(out.age, w.age)
		weight = max(weight, weights[i])
	}
	return out, weight
}

// narrower is the one of two values of an axis that says more: a value before 0 or 3, either.
func narrower(a, b int8) int8 {
	if a == 0 || a == 3 && b != 0 {
		return b
	}
	return a
}

// kindsOfThing returns whether a product's head names, in English, a narrower kind of the
// thing asked about (a wrench of a tool), for a question with a purpose; products named with
// the shopper's own word are the thing, not a kind of it.
func (x *index) kindsOfThing(cs []concept) func(*item) bool {
	no := func(*item) bool { return false }
	h := slices.IndexFunc(cs, func(c concept) bool { return c.head && c.soft == 0 })
	if h < 0 || cs[h].need || !slices.ContainsFunc(cs, func(c concept) bool { return c.soft == purposeWeight }) {
		return no
	}
	var thing []int32
	for _, sn := range x.lex.Senses(strings.Fields(cs[h].said)...) {
		if sn.Rank <= 2 && sn.Kind.Tangible() {
			thing = append(thing, sn.ID)
		}
	}
	if len(thing) == 0 {
		return no
	}
	own := map[uint32]bool{}
	for _, a := range cs[h].alts {
		if len(a.terms) > 0 {
			own[a.terms[len(a.terms)-1]] = true
		}
	}
	known := map[uint32]bool{}
	return func(it *item) bool {
		if it.head == noTerm || own[it.head] {
			return false
		}
		is, ok := known[it.head]
		if !ok {
			for _, sn := range x.lex.Senses(x.terms[it.head].surface) {
				// Any sense that is one: a label's "Wrench" is the tool (wrench's third sense).
				is = is || slices.ContainsFunc(thing, func(t int32) bool { return x.lex.IsA(sn.ID, t, 3) })
			}
			known[it.head] = is
		}
		return is
	}
}

// headFirst puts the products that are the thing asked about before those whose names only
// use its word to say what another thing is: for "oat milk" an oat beverage in the milk
// aisle, not Oat Milk Soap; for "canes" a walking cane, not Candy Canes. The head noun of
// each label and its category were learned from the catalog (see headNoun); a product the
// catalog cannot tell, or found by a loose reading of the word, is left as it is.
func (x *index) headFirst(out []scored, cs []concept, weights []float64) {
	h := slices.IndexFunc(cs, func(c concept) bool { return c.head && c.soft == 0 })
	if h < 0 || cs[h].need {
		return // a need ("vitamin d", "a chesty cough") is answered by many kinds of thing
	}
	if w := lastWord(cs[h].said); collective[w] || packaging[w] || !isLetters(w) || len(w) < 3 {
		return // "knife set", "a box of": the thing is the word before; "plan b" is a name
	}
	// Alone, the word is the thing itself: "canes" are not Candy Canes. With other words
	// ("snickers bars") those say which.
	alone := !slices.ContainsFunc(cs, func(c concept) bool { return c.soft == 0 && !c.head })
	roles := make([]thingRole, len(out))
	named, kept := false, false
	var namedIn []uint32 // categories where some label names the thing
	for i := range out {
		roles[i] = x.role(&x.items[out[i].id], cs[h], alone)
		out[i].other = roles[i] == anotherThing
		named = named || roles[i] == theThing
		kept = kept || roles[i] == keptAsThing
		if c := x.items[out[i].id].cat; roles[i] == theThing && !has(namedIn, c) {
			namedIn = append(namedIn, c)
		}
	}
	if !named && !kept {
		return // none is the thing: those marked stay so, for relaxAll to look further
	}
	for i := range out {
		switch {
		case out[i].other:
			out[i].score -= headFirstShare * weights[h]
		case roles[i] == keptAsThing && has(namedIn, x.items[out[i].id].cat):
			// Kept with the things but named as something else ("Pre-Stain Wood
			// Conditioner" among the stains): after those its shelf names so.
			out[i].score -= headFirstShare / 2 * weights[h]
		}
	}
}

// headFirstShare is how much of the thing's weight a product loses when its name only uses
// the word as a modifier: enough to put the thing itself first, not so much that a product
// matching more of the question drops out of sight.
const headFirstShare = 0.5

// thingRole is what a product is to the thing asked about.
type thingRole uint8

const (
	cannotTell   thingRole = iota // its head is no known thing, or only a loose reading matched
	theThing                      // its label names it so: "Quad Cane" for canes
	keptAsThing                   // its category says so, its label names another: "Oat Beverage" among the milks
	anotherThing                  // its name uses the word for another thing: "Candy Canes"
)

// role tells whether a product is the thing a concept names: it is in a category the concept
// names or whose name has the word, or the word is its head noun (or just before a dose form
// that is: a "Dewormer Suspension" is a dewormer), with the rest of the
// shopper's phrase on its label ("shaving cream": not Body Cream in the shaving aisle), and
// the word before it does not make it another thing ("Candy Canes") when the word is said alone.
func (x *index) role(it *item, c concept, alone bool) thingRole {
	if it.head != noTerm && !it.headThing && (it.headAdj || x.terms[it.head].headDF < 3) {
		return cannotTell // neither English nor the catalog tells what it is: "Door Knob Venetian Bronze"
	}
	names := it.nameTerms()
	role := anotherThing
	for _, a := range c.alts {
		named, kept := false, false
		switch {
		case a.isCat:
			kept = it.cat == a.cat
		case len(a.terms) > 0:
			t := a.terms[len(a.terms)-1]
			named = it.head == noTerm && has(names, t) ||
				it.head == t && !slices.ContainsFunc(a.terms[:len(a.terms)-1], func(u uint32) bool { return !has(names, u) }) &&
					!(alone && it.headElsewhere && it.headAt > 0 && int(it.headAt) < len(names) && !has(a.terms, names[it.headAt-1])) ||
				len(a.terms) == 1 && it.head != noTerm && doseForm[x.terms[it.head].stem] && it.headAt > 0 && int(it.headAt) < len(names) && names[it.headAt-1] == t
			kept = x.catThing(it.cat, t)
		}
		switch {
		case !named && !kept:
		case !a.own && a.weight < 0.9:
			if role == anotherThing {
				role = cannotTell // a loose reading ("wrap" for tortillas, "aquarium" for fish tanks)
			}
		case named:
			return theThing
		default:
			role = keptAsThing
		}
	}
	return role
}

// plainLabel is what a label that is only the shopper's one word adds to its score.
const plainLabel = 0.5

// withoutBrandOnly leaves out products that match a thing the shopper named only by their
// brand: "bananas" is not Banana Boat sunscreen. A brand still answers when it is all the
// store has for a word said in the singular ("dove", "windex"): the shopper may mean it.
func (x *index) withoutBrandOnly(out []scored, req []concept) []scored {
	for _, c := range req {
		if !x.commonNoun(c.said) {
			continue
		}
		brandOnly := make([]bool, len(out))
		some, other := false, false
		for i := range out {
			it := &x.items[out[i].id]
			kind, alt := x.howMatched(it, c)
			brandOnly[i] = kind == byOther && !alt.isCat && len(alt.terms) > 0 &&
				!slices.ContainsFunc(alt.terms, func(t uint32) bool { return !has(it.brandTerms(), t) })
			some = some || brandOnly[i]
			other = other || !brandOnly[i]
		}
		if !some || !other && !c.plural {
			continue
		}
		w := 0
		for i := range out {
			if !brandOnly[i] {
				out[w] = out[i]
				w++
			}
		}
		out = out[:w]
	}
	return out
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

// doseForm words say how a medicine or supplement comes, not what it is.
var doseForm = setOf(`capsule caplet tablet softgel gummy gummie chewable lozenge pill gelcap liquigel
	supplement powder suspension ointment`)

// commonNoun reports whether words name a kind of thing in English ("toasters"), not a brand
// or a product line ("SleepTabs", "ENZ").
func (x *index) commonNoun(said string) bool {
	return slices.ContainsFunc(x.lex.Senses(strings.Fields(said)...), func(s lexicon.Sense) bool { return s.Kind.Tangible() })
}

// onlyModifier reports whether a word is only ever a modifier in product names, never what a
// product is: "toasters" when the store has only "French Toaster Sticks". A shopper asking for
// the things (plural, or "a toaster") should hear that the store does not seem to carry them;
// a word said alone may be a brand ("Windex") or a flavour ("vanilla"), and is answered.
func (x *index) onlyModifier(c concept) bool {
	checked := false
	for _, a := range c.alts {
		if c.plural && !a.isCat && !a.own && len(a.terms) > 1 && !x.anyNameHas(a.terms) {
			continue // a reading of the vocabulary no label has: "laptops" as laptop computers
		}
		if a.isCat || len(a.terms) != 1 || !a.own {
			return false
		}
		t := a.terms[0]
		if x.terms[t].headDF > 0 || x.terms[t].nameDF == 0 || x.catNamesThing(t) {
			return false // a thing on labels, or a word only a brand says ("Banana Boat")
		}
		checked = true
		// A label may end in a variant the head finder takes for the thing ("Safety Glasses
		// Clear Lens"): a word followed by an adjective near the end of a name may be the
		// product's head after all.
		// So may a word before a dose form ("Probiotic Capsules", "Melatonin Gummies"): the
		// form is how the thing comes, not what it is.
		for _, id := range x.post[t] {
			it := &x.items[id]
			if names := it.nameTerms(); int(it.headAt) < len(names) && it.headAt > 0 && names[it.headAt-1] == t && doseForm[x.terms[it.head].stem] {
				return false
			}
		}
		// So may one of two things a label names at once ("Wire Stripper/Cutter").
		for _, id := range x.post[t] {
			it := &x.items[id]
			names := it.nameTerms()
			at := slices.Index(names, t)
			if at >= 0 && at+1 < len(names) && at+3 >= len(names) && x.lex.IsAdjective(x.terms[names[at+1]].surface) &&
				!afterFor(it.name, x.terms[t].surface) {
				return false // not what a product is for: "Vaccine for Sheep & Goats, 50 ml"
			}
			if name, w := strings.ToLower(it.name), x.terms[t].surface; strings.Contains(name, w+"/") ||
				strings.HasSuffix(name, "& "+w) || strings.HasSuffix(name, " and "+w) {
				return false // "Code Reader & Scanner"
			}
		}
	}
	return checked
}

// afterFor reports whether a label has the word only after "for": what the product is for.
func afterFor(name, w string) bool {
	toks := tokens(name)
	f := slices.Index(toks, "for")
	return f >= 0 && !slices.ContainsFunc(toks[:f], func(t string) bool { return stem(t) == stem(w) })
}

// catNamesThing reports whether a category is named after the word as the thing its
// products are ("tents", "wipers", "houseplants"), not after what they are for: most of
// "tire care" say Tire on the label, and none is a tire.
func (x *index) catNamesThing(t uint32) bool {
	for _, cid := range x.catTerms[t] {
		if terms := x.cats[cid].terms; terms[len(terms)-1] == t {
			return true // the category's own last word
		}
		items := x.cats[cid].items
		items = items[:min(len(items), 200)] // a sample is enough to tell
		named := 0
		for _, id := range items {
			it := &x.items[id]
			if it.head == t {
				return true
			}
			if has(it.nameTerms(), t) {
				named++
			}
		}
		if 2*named < len(items) {
			return true
		}
	}
	return false
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

// liftNamedCategories lifts the products of a category the shopper named outright, every
// word of its name and nothing else ("houseplants", "cat furniture", "garden decor"): they are
// what was asked for, though their labels lack the word, before the products that have it
// ("Houseplant Insect Killer", "Furniture Strips").
func (x *index) liftNamedCategories(out []scored, req []concept) {
	var said []uint32
	for _, c := range req {
		i := slices.IndexFunc(c.alts, func(a calt) bool { return a.own && !a.fix && !a.isCat })
		if i < 0 {
			return
		}
		said = append(said, c.alts[i].terms...)
	}
	var named []uint32
	for _, cid := range x.catTerms[said[0]] {
		c := &x.cats[cid]
		all := c.nTerms > 0 && !slices.ContainsFunc(c.terms[:c.nTerms], func(t uint32) bool { return !has(said, t) })
		if all && !slices.ContainsFunc(said, func(t uint32) bool { return !has(c.terms, t) && !has(c.deptTerms, t) }) {
			named = append(named, cid)
		}
	}
	if len(named) == 0 {
		return
	}
	for i := range out {
		if has(named, x.items[out[i].id].cat) {
			out[i].score += 2.5
		}
	}
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
	best, own, other := 0.0, false, false
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
		} else if !a.notBrand || slices.ContainsFunc(a.terms, func(t uint32) bool { return !has(it.brandTerms(), t) }) {
			s = x.phraseStrength(it, a.terms)
		}
		best = max(best, s*a.weight)
		own = own || s > 0 && a.own && !a.isCat && !slices.ContainsFunc(a.terms, func(t uint32) bool { return !has(it.nameTerms(), t) })
		other = other || s > 0 && !a.own
	}
	if c.need && own && other {
		// A trouble's remedy that says the shopper's own word ("Blister Cushions" among the
		// first aid for "a blister"): the likeliest of the remedies.
		best = min(1, best+0.25)
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

// makersName reports whether a concept is one word, no thing in English, that most labels
// having it begin with: a maker's name ("HP", "Samsung"), though the catalog has no brand.
func (x *index) makersName(c concept) bool {
	if len(c.alts) == 0 || slices.ContainsFunc(c.alts[1:], func(a calt) bool { return a.own }) {
		return false // the word said, not what labels make of it ("Grilled" of grill)
	}
	a := c.alts[0]
	if !a.own || a.isCat || len(a.terms) != 1 || x.thingWord(x.terms[a.terms[0]].surface) {
		return false // a thing, however many labels begin with it: "Grill Mates" for a grill
	}
	t := a.terms[0]
	first, n := 0, 0
	for i, id := range x.postByID[t] {
		if i == 1000 || n == 200 {
			break
		}
		if names := x.items[id].nameTerms(); has(names, t) {
			n++
			if names[0] == t {
				first++
			}
		}
	}
	return first >= 3 && first*2 > n
}

// anyNameHas reports whether some product's name has all the terms.
func (x *index) anyNameHas(terms []uint32) bool {
	if len(terms) == 0 {
		return false
	}
	for i, id := range x.postByID[terms[0]] {
		if i == 2000 {
			break
		}
		names := x.items[id].nameTerms()
		if !slices.ContainsFunc(terms, func(t uint32) bool { return !has(names, t) }) {
			return true
		}
	}
	return false
}
