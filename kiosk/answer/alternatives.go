package answer

// Alternatives to a product are the in-stock products of its category nearest in name: most
// name words in common (the head noun counting double), then the shelf's best-first order.
// A category holds tens of thousands of products in a big catalog, so each keeps, per name
// word and per head noun, the list of its products that have it, and a scan only counts
// along the lists of the scanned product's words.

// headKey marks a shelf list of products by head noun, apart from those by name word.
const headKey = 1 << 31

// span is one list in index.shelfIDs.
type span struct{ from, to uint32 }

// tally counts, per item, the words it shares with a scanned product. Its counts are all zero
// between uses.
type tally struct {
	n       []uint16
	touched []uint32
}

// nearWord reports whether a name word makes two products near: packaging and sizes do not
// ("8 Pack" makes batteries no alternative to light bulbs).
func (x *index) nearWord(t uint32) bool {
	return !packaging[x.terms[t].surface] && isLetters(x.terms[t].stem)
}

// buildShelves makes each category's lists of products by near name word (a product once
// per time its name says the word) and by head noun, in item order. It needs the terms'
// surfaces. Patches change no name, so the lists stay as built.
func (x *index) buildShelves() {
	key := func(cat, k uint32) uint64 { return uint64(cat)<<32 | uint64(k) }
	each := func(f func(cat, k, id uint32)) {
		for id := range x.items {
			it := &x.items[id]
			for _, t := range it.nameTerms() {
				if x.nearWord(t) {
					f(it.cat, t, uint32(id))
				}
			}
			if it.head != noTerm {
				f(it.cat, it.head|headKey, uint32(id))
			}
		}
	}
	sizes := map[uint64]uint32{}
	total := 0
	each(func(cat, k, _ uint32) {
		sizes[key(cat, k)]++
		total++
	})
	x.shelfIDs = make([]uint32, total)
	at := map[uint64]uint32{}
	next := uint32(0)
	for i := range x.cats {
		x.cats[i].shelf = map[uint32]span{}
	}
	each(func(cat, k, id uint32) {
		kk := key(cat, k)
		from, ok := at[kk]
		if !ok {
			from = next
			next += sizes[kk]
			x.cats[cat].shelf[k] = span{from, next}
		}
		x.shelfIDs[from] = id
		at[kk] = from + 1
	})
	n := len(x.items)
	x.tallies.New = func() any { return &tally{n: make([]uint16, n)} }
}

// alternativeIDs lists up to n in-stock products of id's category nearest in name to it.
func (x *index) alternativeIDs(id uint32, n int) []uint32 {
	it := &x.items[id]
	c := &x.cats[it.cat]
	tl := x.tallies.Get().(*tally)
	defer x.tallies.Put(tl)
	count := func(k uint32, by uint16) {
		sp, ok := c.shelf[k]
		if !ok {
			return
		}
		for _, o := range x.shelfIDs[sp.from:sp.to] {
			if tl.n[o] == 0 {
				tl.touched = append(tl.touched, o)
			}
			tl.n[o] += by
		}
	}
	names := it.nameTerms()
	for i, t := range names {
		if x.nearWord(t) && !has(names[:i], t) {
			count(t, 1)
		}
	}
	if it.head != noTerm {
		count(it.head|headKey, 2)
	}
	type cand struct {
		id            uint32
		shared, prior int
	}
	// before reports whether a goes before b: more shared, then the shelf's order.
	before := func(a, b cand) bool {
		if a.shared != b.shared {
			return a.shared > b.shared
		}
		if a.prior != b.prior {
			return a.prior < b.prior
		}
		return a.id < b.id
	}
	best := make([]cand, 0, n+1)
	for _, o := range tl.touched {
		shared := int(tl.n[o])
		tl.n[o] = 0
		if o == id || x.items[o].qty <= 0 || n == 0 {
			continue
		}
		cd := cand{o, shared, x.prior(o, noTerm)}
		if len(best) == n && !before(cd, best[n-1]) {
			continue
		}
		i := len(best)
		for i > 0 && before(cd, best[i-1]) {
			i--
		}
		best = append(best, cand{})
		copy(best[i+1:], best[i:])
		best[i] = cd
		if len(best) > n {
			best = best[:n]
		}
	}
	tl.touched = tl.touched[:0]
	out := make([]uint32, len(best))
	for i, cd := range best {
		out[i] = cd.id
	}
	return out
}
