// Package lexicon is general English word knowledge for the answer engine, from WordNet 3.0
// (Princeton University; Debian's wordnet-base, embedded in assets/lexicon): which phrases name
// kinds of things, their other names, and what is a kind of what. With it the engine can tell
// a word it does not understand from a thing the store does not carry, in any kind of store,
// without a hand-written list for each.
package lexicon

//go:generate go run gen.go

import (
	"bufio"
	"cmp"
	"compress/gzip"
	"io/fs"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/storekiosk/storekiosk/assets"
)

// Kind is a WordNet lexicographer file: the broad sort of thing a noun sense names.
type Kind uint8

// The kinds the engine tells apart (WordNet's noun lexicographer file numbers).
const (
	Act       Kind = 4
	Animal    Kind = 5
	Artifact  Kind = 6
	Body      Kind = 8
	Event     Kind = 11
	Food      Kind = 13
	Group     Kind = 14
	Location  Kind = 15
	Object    Kind = 17
	Person    Kind = 18
	Plant     Kind = 20
	State     Kind = 26
	Substance Kind = 27
	Time      Kind = 28
)

// Tangible reports whether things of this kind can be on a shop's shelf: artifacts, food,
// plants, substances, natural objects, animals (live or as food).
func (k Kind) Tangible() bool {
	switch k {
	case Artifact, Food, Plant, Substance, Object, Animal:
		return true
	}
	return false
}

// Sense is one meaning of a phrase.
type Sense struct {
	ID   int32
	Kind Kind
	Rank uint8 // 1 for the phrase's commonest sense
}

// Lexicon answers questions about English nouns. It is read-only and safe for concurrent use.
// It is held in a few long slices and strings rather than maps and a slice or two a synset:
// WordNet's 82,000 noun synsets and 117,000 phrases take 9 MB so, 28.5 MB as maps; with the
// adjectives' other names and pertainyms (maps, being few) the whole is 12.6 MB of heap.
type Lexicon struct {
	lemmas  words    // every phrase (lower case, words joined by single spaces)
	senseAt []uint32 // lemma i's senses are senses[senseAt[i]:senseAt[i+1]], commonest first
	senses  []Sense
	// Per synset ID: its kind, and where its names, hypernyms and gloss begin in the lists
	// that follow (each of the At lists ends with its list's length).
	kinds   []Kind
	namesAt []uint32
	names   []string // each a substring of lemmas.text
	hyperAt []uint32
	hypers  []int32
	glossAt []uint32
	gloss   string            // the definitions' content words, for things and times only
	plural  map[string]string // irregular plural → singular
	adj     words             // adjectives
	// adjSyn holds each adjective's other names from its two commonest senses.
	adjSyn map[string][]string
	// rel holds, per synset, the adjectives that pertain to it ("nasal" for the nose).
	rel map[int32][]string
	// doers holds, per verb, the nouns for what does its doing ("charge": charger);
	// irregular the verbs' irregular forms: past ("broke", "held") or in -ing ("cutting").
	doers     map[string][]string
	irregular map[string]bool
	color     int32
	metal     int32
	alloy     int32
}

// words is a sorted set of strings held end to end in one string.
type words struct {
	text string
	at   []uint32 // where each word starts, then the text's end
}

// makeWords sorts ws, drops repeats and packs them into a words.
func makeWords(ws []string) words {
	slices.Sort(ws)
	ws = slices.Compact(ws)
	n := 0
	for _, w := range ws {
		n += len(w)
	}
	var b strings.Builder
	b.Grow(n)
	at := make([]uint32, 0, len(ws)+1)
	for _, w := range ws {
		at = append(at, uint32(b.Len()))
		b.WriteString(w)
	}
	return words{text: b.String(), at: append(at, uint32(b.Len()))}
}

func (ws *words) len() int { return max(len(ws.at)-1, 0) }

func (ws *words) word(i int) string { return ws.text[ws.at[i]:ws.at[i+1]] }

// find returns where w is, and whether it is there.
func (ws *words) find(w string) (int, bool) {
	i := sort.Search(ws.len(), func(i int) bool { return ws.word(i) >= w })
	return i, i < ws.len() && ws.word(i) == w
}

// Load reads the embedded lexicon once per process.
var Load = sync.OnceValues(func() (*Lexicon, error) {
	f, err := assets.FS.Open(assets.Lexicon)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read(f)
})

func read(f fs.File) (*Lexicon, error) {
	zr, err := gzip.NewReader(f)
	if err != nil {
		return nil, err
	}
	l := &Lexicon{plural: map[string]string{}, rel: map[int32][]string{}, adjSyn: map[string][]string{},
		doers: map[string][]string{}, irregular: map[string]bool{}}
	// A synset's names are read as phrases, then found among all phrases once they are
	// sorted; the senses are gathered by phrase the same way.
	type named struct {
		lemma string
		sense Sense
	}
	var (
		names, adj []string
		senses     []named
		gloss      strings.Builder
	)
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	section := ""
	for sc.Scan() {
		line := sc.Text()
		switch line {
		case "#plurals", "#adjectives", "#adjsynonyms", "#pertainyms", "#doers", "#verbforms":
			section = line
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if section == "#adjectives" {
			adj = append(adj, Key(line))
			continue
		}
		f := strings.Split(line, "\t")
		if section == "#adjsynonyms" {
			if len(f) == 2 {
				var syn []string
				for _, o := range strings.Split(f[1], ",") {
					syn = append(syn, Key(o))
				}
				l.adjSyn[Key(f[0])] = syn
			}
			continue
		}
		if section == "#pertainyms" {
			if len(f) == 2 {
				for _, n := range strings.Split(f[1], ",") {
					id, err := strconv.Atoi(n)
					if err == nil {
						l.rel[int32(id)] = append(l.rel[int32(id)], Key(f[0]))
					}
				}
			}
			continue
		}
		if section == "#doers" {
			if len(f) == 2 {
				l.doers[f[0]] = strings.Split(f[1], ",")
			}
			continue
		}
		if section == "#verbforms" {
			if len(f) == 2 {
				l.irregular[f[0]] = true
			}
			continue
		}
		if section == "#plurals" {
			if len(f) == 2 {
				l.plural[Key(f[0])] = Key(f[1])
			}
			continue
		}
		if len(f) < 3 {
			continue
		}
		kind, _ := strconv.Atoi(f[0])
		id := int32(len(l.kinds))
		l.kinds = append(l.kinds, Kind(kind))
		l.namesAt = append(l.namesAt, uint32(len(names)))
		for _, lr := range strings.Split(f[1], "|") {
			lemma, r, _ := strings.Cut(lr, "#")
			rank, _ := strconv.Atoi(r)
			k := Key(lemma)
			names = append(names, k)
			senses = append(senses, named{k, Sense{ID: id, Kind: Kind(kind), Rank: uint8(min(rank, 255))}})
		}
		l.hyperAt = append(l.hyperAt, uint32(len(l.hypers)))
		if f[2] != "" {
			for _, h := range strings.Split(f[2], ",") {
				n, _ := strconv.Atoi(h)
				l.hypers = append(l.hypers, int32(n))
			}
		}
		l.glossAt = append(l.glossAt, uint32(gloss.Len()))
		if len(f) > 3 {
			gloss.WriteString(f[3])
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	l.namesAt = append(l.namesAt, uint32(len(names)))
	l.hyperAt = append(l.hyperAt, uint32(len(l.hypers)))
	l.glossAt = append(l.glossAt, uint32(gloss.Len()))
	l.gloss = gloss.String()
	l.adj = makeWords(adj)
	l.lemmas = makeWords(slices.Clone(names))
	for i, k := range names {
		at, _ := l.lemmas.find(k)
		names[i] = l.lemmas.word(at)
	}
	l.names = names
	// Each phrase's senses in synset order, then commonest first (stable: ties keep that order).
	slices.SortStableFunc(senses, func(a, b named) int {
		if c := strings.Compare(a.lemma, b.lemma); c != 0 {
			return c
		}
		return cmp.Compare(a.sense.Rank, b.sense.Rank)
	})
	l.senses = make([]Sense, len(senses))
	l.senseAt = make([]uint32, 0, l.lemmas.len()+1)
	for i, s := range senses {
		if i == 0 || s.lemma != senses[i-1].lemma {
			l.senseAt = append(l.senseAt, uint32(i))
		}
		l.senses[i] = s.sense
	}
	l.senseAt = append(l.senseAt, uint32(len(senses)))
	l.color, l.metal, l.alloy = l.sense("color", "colour"), l.sense("metal", "metallic element"), l.sense("alloy", "metal")
	return l, nil
}

// lookup returns a phrase's senses, commonest first, and whether it is a noun.
func (l *Lexicon) lookup(k string) ([]Sense, bool) {
	i, ok := l.lemmas.find(k)
	if !ok {
		return nil, false
	}
	return l.senses[l.senseAt[i]:l.senseAt[i+1]:l.senseAt[i+1]], true
}

// sense finds the sense of lemma that also has the name other.
func (l *Lexicon) sense(lemma, other string) int32 {
	ss, _ := l.lookup(lemma)
	for _, s := range ss {
		if slices.Contains(l.Lemmas(s.ID), other) {
			return s.ID
		}
	}
	return -1
}

// Key is the form phrases are looked up by: lower case, letters and digits only, words
// joined by single spaces ("Plumber's_snake" → "plumbers snake", "T-shirt" → "t shirt").
func Key(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r == '\'' || r == '’' || r == '.':
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	return b.String()
}

// Senses returns the meanings of a phrase (lower-case words), commonest first, trying the
// singular of its last word when the phrase as said is not a noun ("smoke alarms").
func (l *Lexicon) Senses(words ...string) []Sense {
	if l == nil || len(words) == 0 {
		return nil
	}
	k := strings.Join(words, " ")
	if ss, ok := l.lookup(k); ok {
		return ss
	}
	last := words[len(words)-1]
	head := strings.Join(words[:len(words)-1], " ")
	if head != "" {
		head += " "
	}
	for _, s := range l.singulars(last) {
		if ss, ok := l.lookup(head + s); ok {
			return ss
		}
	}
	return nil
}

// Singular returns the lemma form of a plural noun ("knives" → knife), or w itself.
func (l *Lexicon) Singular(w string) string {
	for _, s := range l.singulars(w) {
		if _, ok := l.lemmas.find(s); ok {
			return s
		}
	}
	return w
}

// singulars lists candidate singular forms of w, by WordNet's own rules (morphy).
func (l *Lexicon) singulars(w string) []string {
	if s, ok := l.plural[w]; ok {
		return []string{s}
	}
	var out []string
	for _, r := range [][2]string{{"ies", "y"}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"},
		{"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"s", ""}} {
		if strings.HasSuffix(w, r[0]) && len(w) > len(r[0])+1 {
			out = append(out, w[:len(w)-len(r[0])]+r[1])
		}
	}
	return out
}

// Doers returns the nouns for what does a verb's doing, the verb's commonest senses first: a
// device ("charge", "charging": charger), one who does it ("read": reader) or the doing
// ("purify": purification). w may be the verb as said of what is to be done ("dry", "dries",
// "drying"), not of what was done ("dried", "broke": "mine broke" asks for no Ice Breakers);
// nil when it is no such verb or has no such noun.
func (l *Lexicon) Doers(w string) []string {
	if l == nil {
		return nil
	}
	for _, v := range l.verbBases(w) {
		if ds, ok := l.doers[v]; ok {
			return ds
		}
	}
	return nil
}

// verbBases lists candidate base forms of a present verb form, by WordNet's rules (morphy).
func (l *Lexicon) verbBases(w string) []string {
	if l.irregular[w] && !strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		return nil
	}
	out := []string{w}
	for _, r := range [][2]string{{"ies", "y"}, {"es", "e"}, {"es", ""}, {"s", ""}, {"ing", "e"}, {"ing", ""}} {
		if base, ok := strings.CutSuffix(w, r[0]); ok && len(base) >= 2 {
			out = append(out, base+r[1])
			if n := len(base); r[1] == "" && n >= 3 && base[n-1] == base[n-2] {
				out = append(out, base[:n-1]) // "cutting"
			}
		}
	}
	return out
}

// IsAdjective reports whether w (one word or words joined by spaces) can describe a thing.
func (l *Lexicon) IsAdjective(w string) bool {
	if l == nil {
		return false
	}
	_, ok := l.adj.find(w)
	return ok
}

// IsNoun reports whether the phrase names something.
func (l *Lexicon) IsNoun(words ...string) bool { return len(l.Senses(words...)) > 0 }

// AdjectiveSynonyms returns the other names of an adjective's two commonest senses: "fake" is
// also bogus, phony, false, faux, imitation.
func (l *Lexicon) AdjectiveSynonyms(w string) []string {
	if l == nil {
		return nil
	}
	return l.adjSyn[w]
}

// Relational returns the adjectives that mean "of or relating to" a thing of this sense:
// the nose's "nasal", the automobile's "automotive", the tooth's "dental".
func (l *Lexicon) Relational(id int32) []string {
	if l == nil {
		return nil
	}
	return l.rel[id]
}

// Lemmas are the names of a sense: "soda", "soda pop", "pop", "tonic".
func (l *Lexicon) Lemmas(id int32) []string {
	return l.names[l.namesAt[id]:l.namesAt[id+1]:l.namesAt[id+1]]
}

// Gloss is the content words of a thing's definition ("enclosed chamber heat produced heat
// buildings ..." for a furnace; "coldest season year ..." for winter), "" for other senses.
func (l *Lexicon) Gloss(id int32) string { return l.gloss[l.glossAt[id]:l.glossAt[id+1]] }

// Kind is the sort of thing a sense names.
func (l *Lexicon) Kind(id int32) Kind { return l.kinds[id] }

// Hypernyms are the senses a sense is a kind of ("allen wrench" → wrench).
func (l *Lexicon) Hypernyms(id int32) []int32 {
	return l.hypers[l.hyperAt[id]:l.hyperAt[id+1]:l.hyperAt[id+1]]
}

// Finish reports whether sense id is a colour ("white", "navy") or a metal or alloy
// ("nickel", "bronze"): what a label names after the thing to tell its variants apart.
func (l *Lexicon) Finish(id int32) bool {
	return l.IsA(id, l.color, 5) || l.IsA(id, l.metal, 4) || l.IsA(id, l.alloy, 4)
}

// IsA reports whether sense id is sense of, or a kind of it within depth steps.
func (l *Lexicon) IsA(id, of int32, depth int) bool {
	if id == of {
		return true
	}
	if depth == 0 {
		return false
	}
	for _, h := range l.Hypernyms(id) {
		if l.IsA(h, of, depth-1) {
			return true
		}
	}
	return false
}

// Depth is how many steps a sense is below the top of WordNet's kinds ("entity" is 0) along
// its shortest path: the deeper, the narrower (a tool is 6, a wrench 8).
func (l *Lexicon) Depth(id int32) int {
	d, frontier := 0, []int32{id}
	for d < 30 {
		var next []int32
		for _, s := range frontier {
			hs := l.Hypernyms(s)
			if len(hs) == 0 {
				return d
			}
			next = append(next, hs...)
		}
		frontier = next
		d++
	}
	return d
}
