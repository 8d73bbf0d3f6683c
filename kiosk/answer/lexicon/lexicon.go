// Package lexicon is general English word knowledge for the answer engine, from WordNet 3.0
// (Princeton University; Debian's wordnet-base, embedded in assets/lexicon): which phrases name
// kinds of things, their other names, and what is a kind of what. With it the engine can tell
// a word it does not understand from a thing the store does not carry, in any kind of store,
// without a hand-written list for each.
package lexicon

//go:generate go run gen.go

import (
	"bufio"
	"compress/gzip"
	"io/fs"
	"slices"
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
	Substance Kind = 27
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

type synset struct {
	kind   Kind
	lemmas []string // lower case, words joined by single spaces
	hyper  []int32
	gloss  string // the definition's content words, for things only
}

// Lexicon answers questions about English nouns. It is read-only and safe for concurrent use.
type Lexicon struct {
	synsets []synset
	senses  map[string][]Sense // lemma → its senses, commonest first
	plural  map[string]string  // irregular plural → singular
	adj     map[string]bool    // adjectives
	color   int32
	metal   int32
	alloy   int32
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
	l := &Lexicon{senses: map[string][]Sense{}, plural: map[string]string{}, adj: map[string]bool{}}
	sc := bufio.NewScanner(zr)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	section := ""
	for sc.Scan() {
		line := sc.Text()
		if line == "#plurals" || line == "#adjectives" {
			section = line
			continue
		}
		if strings.HasPrefix(line, "#") {
			continue
		}
		if section == "#adjectives" {
			l.adj[Key(line)] = true
			continue
		}
		f := strings.Split(line, "\t")
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
		id := int32(len(l.synsets))
		s := synset{kind: Kind(kind)}
		for _, lr := range strings.Split(f[1], "|") {
			lemma, r, _ := strings.Cut(lr, "#")
			rank, _ := strconv.Atoi(r)
			k := Key(lemma)
			s.lemmas = append(s.lemmas, k)
			l.senses[k] = append(l.senses[k], Sense{ID: id, Kind: s.kind, Rank: uint8(min(rank, 255))})
		}
		if f[2] != "" {
			for _, h := range strings.Split(f[2], ",") {
				n, _ := strconv.Atoi(h)
				s.hyper = append(s.hyper, int32(n))
			}
		}
		if len(f) > 3 && f[3] != "" {
			s.gloss = f[3]
		}
		l.synsets = append(l.synsets, s)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	for k, ss := range l.senses {
		sortSenses(ss)
		l.senses[k] = ss
	}
	l.color, l.metal, l.alloy = l.sense("color", "colour"), l.sense("metal", "metallic element"), l.sense("alloy", "metal")
	return l, nil
}

// sense finds the sense of lemma that also has the name other.
func (l *Lexicon) sense(lemma, other string) int32 {
	for _, s := range l.senses[lemma] {
		if slices.Contains(l.synsets[s.ID].lemmas, other) {
			return s.ID
		}
	}
	return -1
}

func sortSenses(ss []Sense) {
	for i := 1; i < len(ss); i++ {
		for j := i; j > 0 && ss[j].Rank < ss[j-1].Rank; j-- {
			ss[j], ss[j-1] = ss[j-1], ss[j]
		}
	}
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
	if ss, ok := l.senses[k]; ok {
		return ss
	}
	last := words[len(words)-1]
	head := strings.Join(words[:len(words)-1], " ")
	if head != "" {
		head += " "
	}
	for _, s := range l.singulars(last) {
		if ss, ok := l.senses[head+s]; ok {
			return ss
		}
	}
	return nil
}

// Singular returns the lemma form of a plural noun ("knives" → knife), or w itself.
func (l *Lexicon) Singular(w string) string {
	for _, s := range l.singulars(w) {
		if _, ok := l.senses[s]; ok {
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

// IsAdjective reports whether w (one word or words joined by spaces) can describe a thing.
func (l *Lexicon) IsAdjective(w string) bool { return l != nil && l.adj[w] }

// IsNoun reports whether the phrase names something.
func (l *Lexicon) IsNoun(words ...string) bool { return len(l.Senses(words...)) > 0 }

// Lemmas are the names of a sense: "soda", "soda pop", "pop", "tonic".
func (l *Lexicon) Lemmas(id int32) []string { return l.synsets[id].lemmas }

// Gloss is the content words of a thing's definition ("enclosed chamber heat produced heat
// buildings ..." for a furnace), "" for senses that are not things.
func (l *Lexicon) Gloss(id int32) string { return l.synsets[id].gloss }

// Kind is the sort of thing a sense names.
func (l *Lexicon) Kind(id int32) Kind { return l.synsets[id].kind }

// Hypernyms are the senses a sense is a kind of ("allen wrench" → wrench).
func (l *Lexicon) Hypernyms(id int32) []int32 { return l.synsets[id].hyper }

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
	for _, h := range l.synsets[id].hyper {
		if l.IsA(h, of, depth-1) {
			return true
		}
	}
	return false
}
