package answer

import (
	"cmp"
	"context"
	"fmt"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer/lexicon"
)

// index is an immutable in-memory picture of the catalog, built once per catalog version.
// Answering reads it without locks; a new catalog builds a new index and swaps it in.
type index struct {
	items  []item
	cats   []category
	locs   []inventory.Location
	terms  []term
	termID map[string]uint32
	// post lists, per term, the items whose name, brand or tags contain it, best first (see
	// the prior in build); postByID holds the same lists in item order, for intersecting.
	post     [][]uint32
	postByID [][]uint32
	// catTerms lists, per term, the categories whose name contains it. (Departments are too
	// broad to draw candidates from: "eggs" would reach every dairy product.)
	catTerms  [][]uint32
	catByName map[string]uint32
	grams     map[[2]byte][]uint32 // letter pair → name words holding it, for spelling correction
	sounds    map[string][]uint32  // phonetic key → term ids
	gtin      map[uint64]uint32    // barcode (gtinKey) → item
	labels    []label              // the brands and units items name (item.label)
	bySKU     []uint32             // the items in SKU order (skuID), not a map: 4 bytes a product, not ~55
	// skus holds the items' SKUs end to end in item order, item i's from skuAt[i] to
	// skuAt[i+1]: 4 bytes a product for where, not a string's 16.
	skus      string
	skuAt     []uint32
	meta      inventory.Meta
	syn       *Synonyms // the vocabulary packs read for this catalog, and the store's own files
	packs     []string
	es        *spanishPacks // the Spanish vocabulary for the packs read
	elsewhere []string      // what shoppers may ask for that this store does not sell (vocabulary packs not read)
	dict      *dictionary
	lex       *lexicon.Lexicon    // general English; nil works, knowing less
	byPron    map[string][]uint32 // pronunciation → catalog words that sound so
	marks     sync.Pool           // *marks sized to items, reused across questions
	// mu guards what a patch changes in place (items' price, stock and place, locs, the
	// best-first lists' order, meta): questions hold it for reading, Engine.Update for
	// writing. Everything else is fixed once built.
	mu       sync.RWMutex
	counters sync.Pool // *counters sized to terms, for spelling correction
	// phrases are the catalog's names for things, for suggestions as the shopper types:
	// made in the background once the index is built (see reload), or by the first suggestion.
	phrasesOnce sync.Once
	phrases     []phrase
	// shelfIDs holds the categories' lists of products by name word and head noun (see
	// category.shelf), for finding a product's alternatives.
	shelfIDs []uint32
	tallies  sync.Pool // *tally sized to items
	built    time.Duration
	patches  int  // deltas patched in since built (guarded by mu)
	pending  bool // not built yet: see NewPending
	// house is the store's own brand, read from the names when first asked for (houseBrand).
	houseOnce sync.Once
	house     string
	// acronyms are the initials of the three words ending the labels' names for things
	// ("def": diesel exhaust fluid), made when first needed (see acronym).
	acronymsOnce sync.Once
	acronyms     map[string][3]uint32
	// people are the label words for whom a product is for ("Men's", "Kids'"); see whoOn.
	// Words a patch adds are not among them.
	people map[uint32]who
	// under lists, per English sense, the label head nouns one step narrower (see
	// narrowerNames), made when first needed.
	underOnce sync.Once
	under     map[int32][]uint32
	soldOnce  sync.Once
	sold      map[int32]int
}

// item is one product, reduced to what answering needs. Fields that are shown are exact
// copies of the database's (the SKU is in index.skus). Its fields are ordered so that none
// is padded: a million items take 80 MB.
type item struct {
	name   string
	terms  []uint32 // name terms in order, then brand terms, then tag terms
	price  inventory.Money
	cat    uint32
	loc    uint32
	qty    int32
	head   uint32 // the name's head noun ("Whole Milk" → milk); noTerm if none
	label  uint32 // the brand and unit, in index.labels
	nName  uint8
	nBrand uint8
	headAt uint8 // the head's place among the name terms
	// headPlural: the head is written plural: "Strawberries" the fruit, not "Strawberry" yogurt.
	headPlural bool
	// headElsewhere: the word before the head makes with it a thing of another kind, in
	// English: "Candy Canes" are candy, "Hot Dogs" sausages (see compoundElsewhere).
	headElsewhere bool
	// headThing: the head noun names a thing in English ("soap", "cane"); true without a
	// lexicon. A head that is no English thing may still be one ("Wipes"): see isThing.
	headThing bool
	headAdj   bool // the head word may be an adjective ("venetian")
	hasDesc   bool
	hasGTIN   bool
}

// label is a brand and a unit as products write them; a catalog repeats a few thousand
// of them across a million products.
type label struct{ brand, unit string }

type category struct {
	processed  uint32 // the processing word its name or department carries ("frozen"), or noTerm
	name, dept string
	terms      []uint32 // category name terms
	modifiers  []uint32 // terms the name shows only say which kind: goat of "goat & sheep feed"
	nTerms     int      // how many of terms are the name's own words (the rest: their verbs' bases)
	deptTerms  []uint32
	items      []uint32        // best first
	byID       []uint32        // the same, in item order
	shelf      map[uint32]span // near name word, or head noun | headKey → its products in shelfIDs
}

type term struct {
	stem    string
	surface string // a common unstemmed form, for saying it back ("cheese")
	df      int    // items containing it anywhere
	nameDF  int    // items containing it in the name
	headDF  int    // items whose head noun it is
}

const noTerm = ^uint32(0)

// stopword marks words that carry no meaning for matching a product.
var stopword = map[string]bool{
	"a": true, "an": true, "and": true, "the": true, "of": true, "in": true, "with": true,
	"for": true, "to": true, "on": true, "at": true, "by": true, "or": true, "from": true,
	"s": true, "w": true,
}

// packaging words never make a product's head noun: "Organic Hass Avocado Bag" is an avocado.
var packaging = setOf(`bag bags box boxes pack packs pk ct count oz fl lb lbs g kg ml l liter litre
	gallon gal qt pint bottle bottles can cans jar jars tub carton pouch pouches each size multipack
	variety value family mega twin pct percent piece pieces pc tray case container bunch dozen
	large small medium mini jumbo regular original classic new organic natural fresh light lite
	sliced shredded bulk`)

// containers are packaging in one store and products in another: a "Junction Box" is a box, a
// "Flood Light" a light. They are a product's head when its category says so.
var containers = setOf(`bag bags box boxes bottle bottles can cans jar jars tub carton pouch pouches
	tray case container light`)

// clauseBreak words start a trailing clause that does not hold the head noun:
// "Albacore Chunk White Tuna in Water", "Yogurt with Fruit", "Food for Puppies".
var clauseBreak = map[string]bool{"in": true, "with": true, "for": true, "w": true, "featuring": true, "made": true}

// build reads every product from the catalog.
func build(ctx context.Context, db *inventory.DB, dict *dictionary, lex *lexicon.Lexicon) (*index, error) {
	start := time.Now()
	meta, err := db.Meta(ctx)
	if err != nil {
		return nil, err
	}
	x := &index{
		termID:    map[string]uint32{},
		catByName: map[string]uint32{},
		gtin:      map[uint64]uint32{},
		meta:      meta,
		dict:      dict,
		lex:       lex,
	}
	x.items = make([]item, 0, meta.Products)
	x.skuAt = make([]uint32, 0, meta.Products+1)
	var skus strings.Builder
	skus.Grow(meta.Products * 8)
	locID := map[inventory.Location]uint32{}
	surfaces := map[string]map[string]int{}
	note := func(w, st string) {
		m := surfaces[st]
		if m == nil {
			m = map[string]int{}
			surfaces[st] = m
		}
		m[w]++
	}
	intern := func(w string) uint32 {
		st := stem(w)
		note(w, st)
		if id, ok := x.termID[st]; ok {
			return id
		}
		id := uint32(len(x.terms))
		x.terms = append(x.terms, term{stem: st})
		x.termID[st] = id
		return id
	}
	internAll := func(ws []string) []uint32 {
		var ids []uint32
		for _, w := range ws {
			if !stopword[w] {
				ids = append(ids, intern(w))
			}
		}
		return ids
	}

	// A million products' terms are packed end to end in large blocks, not held in a slice
	// each (with the slack appending leaves), and their brands and units, repeated across
	// the catalog, are held once each.
	var scratch, block []uint32
	compounds := map[[2]string]bool{} // compoundElsewhere by word pair, asked once per catalog
	things := map[string]bool{}       // head words that name things, asked once per catalog
	pack := func(ts []uint32) []uint32 {
		if cap(block)-len(block) < len(ts) {
			block = make([]uint32, 0, max(1<<16, len(ts)))
		}
		from := len(block)
		block = append(block, ts...)
		return block[from:len(block):len(block)]
	}
	// Names and SKUs are copied end to end into large blocks too: the strings read from the
	// database are then all garbage once a product is indexed, and the heap they lay in,
	// interleaved with the description and the rest, can be given back.
	var text arena
	labelID := map[label]uint32{}
	labelOf := func(p *inventory.Product) uint32 {
		l := label{p.Brand, p.Unit}
		if id, ok := labelID[l]; ok {
			return id
		}
		l = label{text.copy(l.brand), text.copy(l.unit)}
		id := uint32(len(x.labels))
		x.labels = append(x.labels, l)
		labelID[l] = id
		return id
	}
	for p, err := range db.All(ctx) {
		if err != nil {
			return nil, fmt.Errorf("index catalog: %w", err)
		}
		catKey := p.Department + "\x00" + p.Category
		cid, ok := x.catByName[catKey]
		if !ok {
			cid = uint32(len(x.cats))
			c := category{name: p.Category, dept: p.Department, processed: noTerm,
				terms: internAll(tokens(p.Category)), deptTerms: internAll(tokens(p.Department)),
				modifiers: internAll(categoryModifiers(p.Category))}
			for _, w := range append(tokens(p.Category), tokens(p.Department)...) {
				if processing[w] {
					c.processed = intern(w)
				}
			}
			x.cats = append(x.cats, c)
			x.catByName[catKey] = cid
		}
		lid, ok := locID[p.Location]
		if !ok {
			lid = uint32(len(x.locs))
			x.locs = append(x.locs, p.Location)
			locID[p.Location] = lid
		}
		nameWords := tokens(p.Name)
		it := item{name: text.copy(p.Name), label: labelOf(p), cat: cid, loc: lid, price: p.Price,
			qty: int32(min(p.Quantity, 1<<30)), head: noTerm, hasDesc: p.Description != ""}
		nameTerms := internAll(nameWords)
		it.terms = append(scratch[:0], nameTerms...)
		it.nName = uint8(min(len(nameTerms), 255))
		headWords := tokens(firstPart(withoutAsides(p.Name)))
		if h := headNoun(headWords, x.cats[cid].terms, x, lex); h != "" {
			it.head = x.termID[stem(h)]
			it.headPlural = stem(h) != h && strings.HasSuffix(h, "s")
			// Where the head is in the name: its last mention before the first comma.
			first := 0
			for _, w := range tokens(firstPart(p.Name)) {
				if !stopword[w] {
					first++
				}
			}
			for i := min(first, len(nameTerms)) - 1; i >= 0; i-- {
				if nameTerms[i] == it.head {
					it.headAt = uint8(min(i, 255))
					break
				}
			}
			thing, ok := things[h]
			if !ok {
				thing = lex == nil || slices.ContainsFunc(lex.Senses(h), func(s lexicon.Sense) bool { return s.Kind.Tangible() })
				things[h] = thing
			}
			it.headThing = thing
			it.headAdj = lex != nil && lex.IsAdjective(h)
			if at := slices.Index(headWords, h); at > 0 && it.headAt > 0 && !stopword[headWords[at-1]] {
				pair := [2]string{headWords[at-1], h}
				elsewhere, ok := compounds[pair]
				if !ok {
					elsewhere = compoundElsewhere(lex, pair[0], pair[1])
					compounds[pair] = elsewhere
				}
				it.headElsewhere = elsewhere
			}
		}
		brandTerms := internAll(tokens(p.Brand))
		it.terms = append(it.terms, brandTerms...)
		it.nBrand = uint8(min(len(brandTerms), 255))
		it.terms = append(it.terms, internAll(extraWords(p))...)
		if len(it.terms) > 255 {
			it.terms = it.terms[:255]
		}
		scratch = it.terms
		it.terms = pack(it.terms)
		id := uint32(len(x.items))
		if k, ok := gtinKey(p.GTIN); ok {
			it.hasGTIN = true
			if _, dup := x.gtin[k]; !dup {
				x.gtin[k] = id
			}
		}
		x.items = append(x.items, it)
		x.skuAt = append(x.skuAt, uint32(skus.Len()))
		skus.WriteString(p.SKU)
		x.cats[cid].items = append(x.cats[cid].items, id)
	}

	x.skuAt = append(x.skuAt, uint32(skus.Len()))
	x.skus = skus.String()

	// Reading the rows left the heap at about twice what the index holds, its free pages
	// scattered among the kept ones. The lists made next are large, need fresh pages and
	// would add their size on top (a million products: ~100 MB): give the free pages back to
	// the system first.
	debug.FreeOSMemory()

	x.bySKU = make([]uint32, len(x.items))
	for id := range x.bySKU {
		x.bySKU[id] = uint32(id)
	}
	slices.SortFunc(x.bySKU, func(a, b uint32) int { return strings.Compare(x.sku(a), x.sku(b)) })

	// Postings and document frequencies: counted first, so that every term's list is cut
	// to size from two blocks (best first, and by id) rather than grown by appending.
	seen := make([]uint32, len(x.terms)) // id+1 of the item that last counted the term
	for id := range x.items {
		it := &x.items[id]
		for k, t := range it.terms {
			if seen[t] == uint32(id)+1 {
				continue
			}
			seen[t] = uint32(id) + 1
			x.terms[t].df++
			if k < int(it.nName) {
				x.terms[t].nameDF++
			}
		}
		if it.head != noTerm {
			x.terms[it.head].headDF++
		}
	}
	total := 0
	for _, t := range x.terms {
		total += t.df
	}
	postBlock, byIDBlock := make([]uint32, total), make([]uint32, total)
	x.post = make([][]uint32, len(x.terms))
	x.postByID = make([][]uint32, len(x.terms))
	from := 0
	for t, tm := range x.terms {
		to := from + tm.df
		x.post[t] = postBlock[from:from:to]
		x.postByID[t] = byIDBlock[from:to:to]
		from = to
	}
	clear(seen)
	for id := range x.items {
		for _, t := range x.items[id].terms {
			if seen[t] != uint32(id)+1 {
				seen[t] = uint32(id) + 1
				x.post[t] = append(x.post[t], uint32(id))
			}
		}
	}
	prior := x.prior
	byPrior := func(t uint32) func(a, b uint32) int {
		return func(a, b uint32) int {
			if c := cmp.Compare(prior(a, t), prior(b, t)); c != 0 {
				return c
			}
			return cmp.Compare(a, b)
		}
	}
	for t, l := range x.post {
		copy(x.postByID[t], l)
		slices.SortFunc(l, byPrior(uint32(t)))
	}
	for i := range x.cats {
		c := &x.cats[i]
		c.byID = slices.Clone(c.items)
		slices.SortFunc(c.items, byPrior(noTerm))
	}
	// Category names often say what their products are for: painting supplies, outdoor
	// lighting, drain cleaning. A shopper's "paint", "light", "clean" names them too.
	for i := range x.cats {
		c := &x.cats[i]
		c.nTerms = len(c.terms)
		for _, t := range c.terms {
			for _, base := range gerundBases(x.terms[t].stem) {
				if id, ok := x.termID[base]; ok && !has(c.terms, id) {
					c.terms = append(c.terms, id)
				}
			}
		}
	}
	x.catTerms = make([][]uint32, len(x.terms))
	for cid, c := range x.cats {
		for _, t := range c.terms {
			if l := x.catTerms[t]; len(l) == 0 || l[len(l)-1] != uint32(cid) {
				x.catTerms[t] = append(l, uint32(cid))
			}
		}
	}
	for st, m := range surfaces {
		best, n := "", -1
		for w, c := range m {
			if c > n || (c == n && w < best) {
				best, n = w, c
			}
		}
		x.terms[x.termID[st]].surface = best
	}
	x.buildShelves()
	x.sounds = map[string][]uint32{}
	x.grams = map[[2]byte][]uint32{}
	for id, t := range x.terms {
		if t.nameDF > 0 && isLetters(t.stem) {
			for _, g := range bigrams(t.stem) {
				if l := x.grams[g]; len(l) == 0 || l[len(l)-1] != uint32(id) {
					x.grams[g] = append(l, uint32(id))
				}
			}
		}
		if k := soundKey(t.stem); k != "" && isLetters(t.stem) {
			x.sounds[k] = append(x.sounds[k], uint32(id))
		}
	}
	x.byPron = map[string][]uint32{}
	for id, t := range x.terms {
		if t.nameDF == 0 {
			continue
		}
		for _, w := range []string{t.surface, t.stem} {
			for pr := range dict.prons(w) {
				if !slices.Contains(x.byPron[pr], uint32(id)) {
					x.byPron[pr] = append(x.byPron[pr], uint32(id))
				}
			}
		}
	}
	// Whom labels say products are for ("Men's", "Kids'"), read here rather than on a
	// shopper's question.
	x.people = map[uint32]who{}
	for id, t := range x.terms {
		if t.nameDF > 0 && isLetters(t.surface) {
			if w := x.whoSaid(t.surface); w != (who{}) {
				x.people[uint32(id)] = w
			}
		}
	}
	n := len(x.items)
	x.marks.New = func() any { return &marks{at: make([]uint32, n)} }
	nt := len(x.terms)
	x.counters.New = func() any { return &counters{n: make([]uint8, nt)} }
	x.built = time.Since(start)
	return x, nil
}

// sku is an item's SKU.
func (x *index) sku(id uint32) string { return x.skus[x.skuAt[id]:x.skuAt[id+1]] }

// skuID finds the item of a SKU.
func (x *index) skuID(sku string) (uint32, bool) {
	i, ok := slices.BinarySearchFunc(x.bySKU, sku, func(id uint32, s string) int { return strings.Compare(x.sku(id), s) })
	if !ok {
		return 0, false
	}
	return x.bySKU[i], true
}

// arena holds strings end to end in large blocks, each a strings.Builder that is never grown
// past its first size, so the strings it returned stay where they are.
type arena struct{ b *strings.Builder }

const arenaBlock = 1 << 20

func (a *arena) copy(s string) string {
	if s == "" {
		return ""
	}
	if len(s) > arenaBlock/16 {
		return strings.Clone(s) // a long string is a block of its own
	}
	if a.b == nil || a.b.Cap()-a.b.Len() < len(s) {
		a.b = new(strings.Builder)
		a.b.Grow(arenaBlock)
	}
	from := a.b.Len()
	a.b.WriteString(s)
	return a.b.String()[from:]
}

// prior orders every list best-first by what can be known before a question: products
// named after the word t first, then shorter names (more of them said), then those in
// stock. Broad words in big catalogs are then cut short without losing the best answers.
func (x *index) prior(id, t uint32) int {
	return x.priorIn(id, t, x.items[id].qty > 0)
}

// priorIn is prior with the product in stock or not.
func (x *index) priorIn(id, t uint32, inStock bool) int {
	it := &x.items[id]
	p := int(it.nName) * 2
	if it.head != t {
		p += 100
	}
	if !inStock {
		p++
	}
	return p
}

// gerundBases are the verbs an -ing word may come from: painting → paint, baking → bake,
// shopping → shop.
func gerundBases(w string) []string {
	if len(w) < 6 || !strings.HasSuffix(w, "ing") {
		return nil
	}
	b := w[:len(w)-3]
	out := []string{b, b + "e"}
	if n := len(b); b[n-1] == b[n-2] {
		out = append(out, b[:n-1])
	}
	return out
}

// headNoun finds the word a product name is about: the last word before any trailing clause,
// skipping sizes, packaging and the variant a label adds after the thing itself ("Flood Light
// White", "Door Hinge Satin Nickel": a colour, a finish, a scent).
func headNoun(ws []string, cat []uint32, x *index, lex *lexicon.Lexicon) string {
	end := len(ws)
	for i := 1; i < len(ws); i++ {
		// Not after a first word that names nothing: "All In Motion" is a brand.
		if clauseBreak[ws[i]] && (i > 1 || lex == nil || lex.IsNoun(ws[0])) {
			end = i
			break
		}
	}
	inCategory := func(w string) bool {
		return slices.ContainsFunc(cat, func(t uint32) bool {
			st := x.terms[t].stem
			return st == stem(w) || slices.Contains(gerundBases(st), stem(w))
		})
	}
	candidate := func(w string) bool {
		if packaging[w] && !(containers[w] && inCategory(w)) {
			return false
		}
		return !stopword[w] && !collective[w] && isLetters(w) && len(w) >= 2 && unitNames[w] == "" && !ownerOf(w, lex)
	}
	last := -1   // a collection word ("Drill Kit", "Hex Key Set") when nothing else names the thing
	finish := -1 // where the variant after the thing starts ("Flood Light White")
	for i := end - 1; i >= 0; i-- {
		w := ws[i]
		if collective[w] && last < 0 {
			last = i
		}
		if containers[w] && i > 0 && holdsNoGoods(lex, ws[i-1]) {
			return w // a Rifle Case, a Cart Bag, a Trash Can: no rifle comes in a case
		}
		if !candidate(w) {
			continue
		}
		if i+1 < end && (ws[i+1] == "a" || ws[i+1] == "an") {
			continue // "Paper Towels Pick-A-Size": a verb and its article, no thing
		}
		if i > 0 && slices.ContainsFunc(attributes, func(a []string) bool { return len(a) == 2 && a[0] == ws[i-1] && a[1] == w }) {
			i-- // "Peanut Butter Low Sodium": an attribute after the thing
			continue
		}
		if flavour[w] && i > 0 && i == end-1 && (strings.HasSuffix(ws[i-1], "s") || scented[ws[i-1]]) {
			continue // "Disinfecting Wipes Lemon" is wipes; "Lemons" and "Gala Apple" are fruit
		}
		if finish < 0 && variant(w, lex) && slices.ContainsFunc(ws[:i], func(v string) bool { return candidate(v) && !variant(v, lex) }) &&
			!(i > 0 && namesThing(lex, ws[i-1], w)) {
			finish = i
			continue
		}
		if finish == i+1 && lex.IsAdjective(w) && !lex.IsNoun(w) {
			finish = i // "Soft White", "Brushed Nickel": the whole variant
			continue
		}
		if i >= 2 && ws[i-1] == "and" && !stopword[ws[i-2]] && isLetters(ws[i-2]) {
			return ws[i-2] // "Mac & Cheese" is a mac, not a cheese
		}
		return w
	}
	if last >= 0 {
		return ws[last]
	}
	return ""
}

// categoryModifiers returns the words of a category's name that, by the name's own joins,
// only say which kind of a later word's thing its products are: "goat & sheep feed" is goat
// feed and sheep feed, "stove fuel & fire starters" no stove. A name without a join ("tea
// coffee") does not tell, and gives none.
func categoryModifiers(name string) []string {
	parts := strings.FieldsFunc(strings.ReplaceAll(strings.ToLower(name), " and ", "&"), func(r rune) bool {
		return r == '&' || r == ',' || r == '/' || r == '+'
	})
	if len(parts) < 2 {
		return nil
	}
	var out []string
	last := tokens(parts[len(parts)-1])
	for i, p := range parts {
		ws := tokens(p)
		switch {
		case len(ws) > 1:
			out = append(out, ws[:len(ws)-1]...)
		case len(ws) == 1 && i < len(parts)-1 && len(last) > 1:
			out = append(out, ws...) // "goat" of "goat & sheep feed"
		}
	}
	return out
}

// holdsNoGoods reports whether a word before a container on a label names a thing that is not
// sold in one, no food, substance, plant or animal: then the container is the product ("Rifle
// Case", "Cart Bag", "Mason Jars", "Baby Bottles"), where an "Avocado Bag" is avocados and a
// "12 Pack Cans" cans of cola.
func holdsNoGoods(lex *lexicon.Lexicon, w string) bool {
	if lex == nil || !isLetters(w) || len(w) < 3 || packaging[w] {
		return false
	}
	ss := lex.Senses(w)
	if len(ss) == 0 {
		return false
	}
	switch ss[0].Kind {
	case lexicon.Food, lexicon.Substance, lexicon.Plant, lexicon.Animal:
		return false
	}
	return ss[0].Kind.Tangible() || ss[0].Kind == lexicon.Person
}

// ownerOf reports whether a label word is the possessive of a plural that does not end in s
// ("Men's", "Women's", "Children's" lose their apostrophe in tokens): who a product is for,
// never what it is, even where a label puts it last ("Gel Insoles Men's 8-13").
func ownerOf(w string, lex *lexicon.Lexicon) bool {
	p, ok := strings.CutSuffix(w, "s")
	return ok && lex != nil && !strings.HasSuffix(p, "s") && lex.Singular(p) != p
}

// compoundElsewhere reports whether two words of a label, a modifier and the head noun, name
// in English a kind of thing that is not a kind of the head: a candy cane is candy, not a
// walking cane; a shower curtain is a curtain. A shopper asking for the head alone ("canes")
// does not mean those products while the store has the thing itself.
func compoundElsewhere(lex *lexicon.Lexicon, modifier, head string) bool {
	if lex == nil || !isLetters(modifier) || len(modifier) < 3 {
		return false
	}
	kinds := lex.Senses(modifier, head)
	if len(kinds) == 0 {
		kinds = lex.Senses(modifier + head)
	}
	heads := lex.Senses(head)
	if len(kinds) == 0 || len(heads) == 0 {
		return false
	}
	for _, k := range kinds {
		if !k.Kind.Tangible() {
			return false
		}
		for _, h := range heads {
			if lex.IsA(k.ID, h.ID, 3) {
				return false
			}
		}
	}
	return true
}

// namesThing reports whether two words name in English a thing that is no colour or metal:
// the "Iron" of a Flat Iron or a Curling Iron is the product, the "Steel" of Stainless Steel
// and the "Nickel" of Satin Nickel a finish.
func namesThing(lex *lexicon.Lexicon, a, b string) bool {
	ss := lex.Senses(a, b)
	return len(ss) > 0 && !slices.ContainsFunc(ss, func(s lexicon.Sense) bool { return !s.Kind.Tangible() || lex.Finish(s.ID) })
}

// collective words name a collection of the thing before them, or its parts fitted together:
// a drill kit is a drill, a Belt Tensioner Assembly a tensioner.
var collective = setOf(`kit kits set sets combo assortment bundle assembly assemblies`)

// variant reports whether a word after the thing a label names only tells it apart from its
// siblings: a colour ("White", "Navy") or a metal finish ("Nickel", "Bronze"). Words that are
// first of all things ("Orange", "Rose") are not taken for colours.
func variant(w string, lex *lexicon.Lexicon) bool {
	ss := lex.Senses(w)
	if len(ss) == 0 {
		return false
	}
	for _, s := range ss {
		if lex.Finish(s.ID) && (s.Kind == lexicon.Substance || !ss[0].Kind.Tangible()) && w != "color" && w != "colour" {
			return true
		}
	}
	return false
}

// firstPart is a label before its first comma, where the thing is named; after it come its
// variant, flavour and size ("Baby Food, Banana, 2 x 4 oz", "Tortilla Chips, Yellow Corn").
// A single word before the comma starts a list instead ("Bananas, Raspberries & Oats Baby
// Food").
func firstPart(name string) string {
	if i := strings.IndexByte(name, ','); i > 0 && len(strings.Fields(name[:i])) >= 2 {
		return name[:i]
	}
	return name
}

// withoutAsides drops a label's bracketed asides, which say the pack size or what is not
// included, never what the product is: "Drill/Driver (Tool Only)", "Screws (25-Pack)".
func withoutAsides(name string) string {
	if !strings.ContainsAny(name, "([") && utf8.ValidString(name) {
		return name // nothing to drop, and the loop below would copy it as it is
	}
	var b strings.Builder
	depth := 0
	for _, r := range name {
		switch {
		case r == '(' || r == '[':
			depth++
		case (r == ')' || r == ']') && depth > 0:
			depth--
			b.WriteByte(' ')
		case depth == 0:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// processing words mark frozen, canned and dried goods: asked for "strawberries", a shopper
// means fresh ones unless they say otherwise.
var processing = map[string]bool{"frozen": true, "canned": true, "jarred": true, "dried": true,
	"instant": true, "tinned": true}

// scented products often carry their scent after the name: "Dish Soap Lemon".
var scented = map[string]bool{"soap": true, "cleaner": true, "detergent": true, "spray": true,
	"wash": true, "gum": true, "tea": true, "water": true, "candle": true, "lotion": true,
	"shampoo": true, "conditioner": true, "toothpaste": true, "mouthwash": true, "freshener": true,
	"softener": true, "scrub": true, "balm": true, "drink": true, "soda": true, "wipe": true}

// flavour words name a scent or flavour when they trail a name in the singular.
var flavour = map[string]bool{"lemon": true, "lime": true, "orange": true, "vanilla": true,
	"chocolate": true, "strawberry": true, "raspberry": true, "blueberry": true, "cherry": true,
	"mint": true, "peppermint": true, "spearmint": true, "lavender": true, "citrus": true,
	"berry": true, "grape": true, "apple": true, "coconut": true, "honey": true, "cinnamon": true,
	"original": true, "unscented": true, "rose": true, "pine": true, "peach": true, "mango": true,
	"watermelon": true, "caramel": true, "cocoa": true, "almond": true, "banana": true}

// extraWords are the words a product is found by besides its name and brand: its tags', then
// its description's.
func extraWords(p *inventory.Product) []string {
	var extra []string
	for _, t := range p.Tags {
		extra = append(extra, tokens(t)...)
	}
	return append(extra, descriptionWords(p.Description)...)
}

// descriptionWords keeps a description's first sentence's words: enough to find "oven" in
// "Heavy-duty cleaner for ovens and grills", without every passing word of a long blurb.
func descriptionWords(d string) []string {
	if d == "" {
		return nil
	}
	if i := strings.IndexAny(d, ".!?\n"); i > 0 {
		d = d[:i]
	}
	ws := tokens(d)
	if len(ws) > 24 {
		ws = ws[:24]
	}
	return ws
}

// product turns an item back into an inventory product for the result.
func (x *index) product(id uint32) *inventory.Product {
	it := &x.items[id]
	c := &x.cats[it.cat]
	l := &x.labels[it.label]
	return &inventory.Product{SKU: x.sku(id), Name: it.name, Brand: l.brand, Department: c.dept,
		Category: c.name, Price: it.price, Quantity: int(it.qty), Location: x.locs[it.loc], Unit: l.unit}
}

// gtinKey is a barcode as the index holds it: its 14 digits (inventory.GTINKey) as a number,
// 8 bytes, not a string of 16 and its header; ok is false for no barcode.
func gtinKey(code string) (uint64, bool) {
	k := inventory.GTINKey(code)
	if k == "" {
		return 0, false
	}
	n, err := strconv.ParseUint(k, 10, 64)
	return n, err == nil
}

func (it *item) nameTerms() []uint32  { return it.terms[:it.nName] }
func (it *item) brandTerms() []uint32 { return it.terms[it.nName : int(it.nName)+int(it.nBrand)] }
func (it *item) extraTerms() []uint32 { return it.terms[int(it.nName)+int(it.nBrand):] }
