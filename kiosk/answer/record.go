package answer

import (
	"slices"
	"sort"
	"strings"
	"time"
)

// Record is an answer as kioskctl prints it, one JSON object per line: the evaluation contract.
type Record struct {
	ID       any             `json:"id"`
	Found    bool            `json:"found"`
	Say      string          `json:"say"`
	Products []RecordProduct `json:"products"`
	MS       float64         `json:"ms"`
	Intent   Intent          `json:"intent,omitempty"`
	AsOf     string          `json:"as_of,omitempty"`
}

// RecordProduct carries a product's fields exactly as the database holds them.
type RecordProduct struct {
	SKU      string  `json:"sku"`
	Name     string  `json:"name"`
	Category string  `json:"category"`
	Aisle    string  `json:"aisle"`
	Price    float64 `json:"price"`
	InStock  bool    `json:"in_stock"`
}

// Record converts a result for output, with the question's id.
func (r Result) Record(id any) Record {
	w := Record{ID: id, Found: r.Found, Say: r.Say, Products: []RecordProduct{},
		MS: float64(r.Elapsed.Nanoseconds()) / 1e6, Intent: r.Intent}
	if !r.AsOf.IsZero() {
		w.AsOf = r.AsOf.UTC().Format(time.RFC3339)
	}
	for _, p := range r.Products {
		w.Products = append(w.Products, RecordProduct{SKU: p.SKU, Name: p.Name, Category: p.Category,
			Aisle: p.Location.Aisle, Price: p.Price.Float(), InStock: p.InStock()})
	}
	return w
}

// Vocabulary is what the engine understands, for building a speech recogniser's language
// model: catalog words with how often products are named by them, category and department
// names, the vocabulary file's phrases, and the question and filler words.
type Vocabulary struct {
	Words       []VocabWord
	Categories  []string
	Departments []string
	Phrases     []string
	Fillers     []string
	// Needs are the problems the vocabulary answers ("headache", "toilet keeps running").
	Needs []string
	// Elsewhere are things shoppers may ask for that this store does not sell: what other
	// kinds of store sell, services and places. A recogniser should hear them as said.
	Elsewhere []string
}

// VocabWord is one catalog word as written in product names.
type VocabWord struct {
	Word  string // a common written form: "cheese"
	Names int    // products whose name holds it
	Heads int    // products whose name is about it ("Cheddar Cheese" is about cheese)
}

// Vocabulary returns what the current index understands.
func (e *Engine) Vocabulary() Vocabulary {
	x := e.idx.Load()
	var v Vocabulary
	for _, t := range x.terms {
		if t.nameDF > 0 {
			v.Words = append(v.Words, VocabWord{Word: t.surface, Names: t.nameDF, Heads: t.headDF})
		}
	}
	sort.Slice(v.Words, func(i, j int) bool { return v.Words[i].Word < v.Words[j].Word })
	cats, depts := map[string]bool{}, map[string]bool{}
	for _, c := range x.cats {
		cats[c.name] = true
		depts[c.dept] = true
	}
	v.Categories, v.Departments = keys(cats), keys(depts)
	v.Phrases = x.syn.phrases()
	v.Elsewhere = slices.Clone(x.elsewhere)
	v.Needs = x.syn.needPhrases()
	fill := map[string]bool{}
	for w := range filler {
		fill[w] = true
	}
	for w := range intentWords {
		fill[w] = true
	}
	for _, ph := range intentPhrases {
		for _, w := range ph.words {
			fill[w] = true
		}
	}
	v.Fillers = keys(fill)
	return v
}

func keys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// Suggest offers up to n completions of what the shopper is typing, from the words that name
// the most products: "where is the cof" → "where is the coffee".
func (e *Engine) Suggest(text string, n int) []string {
	x := e.idx.Load()
	i := strings.LastIndexAny(text, " \t") + 1
	frag := strings.ToLower(text[i:])
	if len(frag) < 2 || n <= 0 {
		return nil
	}
	type cand struct {
		w     string
		score int
	}
	var cs []cand
	for _, t := range x.terms {
		if t.nameDF > 0 && strings.HasPrefix(t.surface, frag) && t.surface != frag && isLetters(t.surface) {
			cs = append(cs, cand{t.surface, t.headDF*4 + t.nameDF})
		}
	}
	sort.Slice(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].w < cs[j].w
	})
	var out []string
	for _, c := range cs {
		if len(out) == n {
			break
		}
		out = append(out, text[:i]+c.w)
	}
	return out
}

// Stats describes the index, for health checks and logs.
type Stats struct {
	Products, Terms, Categories int
	BuildTime                   time.Duration
	Patches                     int      // deltas patched into the index since it was built (Engine.Patch)
	Vocabulary                  []string // the vocabulary packs read for this catalog, then the store's files
}

// Stats returns the current index's size.
func (e *Engine) Stats() Stats {
	x := e.idx.Load()
	x.mu.RLock()
	defer x.mu.RUnlock()
	return Stats{Products: len(x.items), Terms: len(x.terms), Categories: len(x.cats), BuildTime: x.built,
		Patches: x.patches, Vocabulary: slices.Clone(x.packs)}
}
