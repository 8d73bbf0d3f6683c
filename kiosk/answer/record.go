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
	Verdict  string          `json:"verdict,omitempty"` // "not carried", "unsure", "closest", "carried"
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
		MS: float64(r.Elapsed.Nanoseconds()) / 1e6, Intent: r.Intent, Verdict: r.Verdict}
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
	v.Phrases = x.syn.phrases(func(st []string) bool {
		_, ok := x.phraseAlt(st, 1)
		return ok
	})
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

// Suggestion is a question proposed as the shopper types, and the catalog's name for the
// thing in it, which is what a suggestion button shows.
type Suggestion struct {
	Question string // "where is the peanut butter"
	Phrase   string // "peanut butter"
}

// Suggest proposes up to n whole questions that finish what the shopper is typing with a
// name of a thing from the catalog: "where is the peanut bu" → "where is the peanut butter",
// "where is the who" → "where is the whole milk", never a word's bare completion ("whole",
// "buttermilk"), so a tapped suggestion is a thing to find. The typed last words (up to three)
// must begin the name; the most typed words matched win, then the names most products carry.
func (e *Engine) Suggest(text string, n int) []Suggestion {
	x := e.idx.Load()
	i := strings.LastIndexAny(text, " \t") + 1
	if len(strings.TrimSpace(text[i:])) < 2 || n <= 0 {
		return nil
	}
	x.phrasesOnce.Do(x.makePhrases)
	// The last one, two or three typed words, each begun where a typed word begins.
	starts := []int{i}
	for j := i - 1; j > 0 && len(starts) < 3; j-- {
		if (text[j-1] == ' ' || text[j-1] == '\t') && text[j] != ' ' && text[j] != '\t' {
			starts = append(starts, j)
		}
	}
	if i > 0 && len(starts) < 3 && text[0] != ' ' && text[0] != '\t' && !slices.Contains(starts, 0) {
		starts = append(starts, 0)
	}
	for k := len(starts) - 1; k >= 0; k-- {
		typed := strings.Join(strings.Fields(strings.ToLower(text[starts[k]:])), " ")
		lo, _ := slices.BinarySearchFunc(x.phrases, typed, func(p phrase, t string) int { return strings.Compare(p.text, t) })
		var cs []phrase
		for _, p := range x.phrases[lo:] {
			if !strings.HasPrefix(p.text, typed) {
				break
			}
			if p.text != typed {
				cs = append(cs, p)
			}
		}
		if len(cs) == 0 {
			continue
		}
		slices.SortStableFunc(cs, func(a, b phrase) int {
			if a.n != b.n {
				return b.n - a.n
			}
			return len(a.text) - len(b.text)
		})
		var out []Suggestion
		for _, p := range cs[:min(n, len(cs))] {
			out = append(out, Suggestion{Question: text[:starts[k]] + p.text, Phrase: p.text})
		}
		return out
	}
	return nil
}

// Things lists up to n things the store sells, named as shoppers say them in lang ("en" or
// "es"), those most products are named by first: what a screen shows as example questions.
// In Spanish only things the Spanish vocabulary has a name for are listed.
func (e *Engine) Things(lang string, n int) []string {
	x := e.idx.Load()
	x.phrasesOnce.Do(x.makePhrases)
	ps := slices.Clone(x.phrases)
	slices.SortStableFunc(ps, func(a, b phrase) int { return b.n - a.n })
	var out []string
	for _, p := range ps {
		if len(out) == n {
			break
		}
		name := p.text
		if lang == "es" {
			if x.es == nil || x.es.names[p.text] == "" {
				continue
			}
			name = x.es.names[p.text]
			if strings.HasSuffix(p.text, "s") && !strings.HasSuffix(name, "s") {
				name = pluralES(name) // the packs name things in the singular: beans → frijoles
			}
		}
		if len(name) > 2 && !slices.Contains(out, name) {
			out = append(out, name)
		}
	}
	return out
}

// pluralES puts a Spanish name in the plural, its words up to a "de": galleta salada →
// galletas saladas, galleta de avena → galletas de avena.
func pluralES(name string) string {
	ws := strings.Fields(name)
	for i, w := range ws {
		if w == "de" || w == "para" || w == "con" || w == "sin" || w == "en" {
			break // galletas de avena, not avenas
		}
		switch r := []rune(w); {
		case strings.HasSuffix(w, "z"):
			ws[i] = strings.TrimSuffix(w, "z") + "ces"
		case strings.ContainsRune("aeiouáéó", r[len(r)-1]):
			ws[i] = w + "s"
		default:
			ws[i] = w + "es"
		}
	}
	return strings.Join(ws, " ")
}

// phrase is a name for a kind of thing as the catalog's products write it, in lower case,
// ending at the name's head noun ("peanut butter", "whole milk", "milk"), and how many
// products it names.
type phrase struct {
	text string
	n    int
}

// makePhrases counts the phrases of every name. A phrase is looked up by its words joined in
// one reused buffer and a string is made only for a phrase not seen before: a million names
// would otherwise leave a gigabyte of garbage, and the heap grows to hold it.
func (x *index) makePhrases() {
	count := map[string]*int{}
	inner := map[string]*int{} // a name's last words that begin after its first word ("butter cups")
	var buf []byte
	join := func(ws []string) []byte {
		buf = buf[:0]
		for i, w := range ws {
			if i > 0 {
				buf = append(buf, ' ')
			}
			buf = append(buf, w...)
		}
		return buf
	}
	add := func(m map[string]*int, p []byte, n int) {
		if c := m[string(p)]; c != nil {
			*c += n
			return
		}
		m[string(p)] = &n
	}
	for i := range x.items {
		it := &x.items[i]
		if it.head == noTerm {
			continue
		}
		ws := tokens(firstPart(withoutAsides(it.name)))
		h := -1
		for j := len(ws) - 1; j >= 0; j-- {
			if stem(ws[j]) == x.terms[it.head].stem {
				h = j
				break
			}
		}
		// The head, then up to two words before it, while they are words of the thing's name
		// ("Cream of Mushroom Soup" gives "mushroom soup", not "cream mushroom soup").
		for j := h; j >= 0 && j > h-3; j-- {
			if !isLetters(ws[j]) || stopword[ws[j]] || len(ws[j]) < 2 {
				break
			}
			p := join(ws[j : h+1])
			if j == h || j == 0 || !isLetters(ws[j-1]) || stopword[ws[j-1]] {
				add(count, p, 1)
			} else if count[string(p)] == nil {
				add(inner, p, 0)
			}
		}
	}
	// A phrase cut from inside one name ("butter cups" of Peanut Butter Cups) is no name for a
	// thing unless other names hold it too ("peanut butter": Creamy Peanut Butter, Peanut
	// Butter Cups).
	for i := range x.items {
		if len(inner) == 0 {
			break
		}
		ws := tokens(firstPart(withoutAsides(x.items[i].name)))
		for n := 2; n <= 3; n++ {
			for j := 0; j+n <= len(ws); j++ {
				if c := inner[string(join(ws[j:j+n]))]; c != nil {
					*c++
				}
			}
		}
	}
	for p, c := range inner {
		if *c >= 2 {
			add(count, []byte(p), *c)
		}
	}
	x.phrases = make([]phrase, 0, len(count))
	for t, n := range count {
		x.phrases = append(x.phrases, phrase{t, *n})
	}
	slices.SortFunc(x.phrases, func(a, b phrase) int { return strings.Compare(a.text, b.text) })
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
