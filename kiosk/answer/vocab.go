package answer

import (
	"bufio"
	"cmp"
	"fmt"
	"io"
	"slices"
	"sort"
	"strings"
)

// synonymRule says that a shopper's phrase means one of several catalog phrases or categories.
type synonymRule struct {
	from    []string // stems of the shopper's phrase
	to      []alternative
	line    string // as written, for error messages and the speech vocabulary
	need    bool   // a problem or need ("upset stomach"), not a product's other name
	replace bool   // "=>": the shopper's word means the right side, even where the catalog has it
	partial bool   // from another kind of store's pack, read in part: not for the speech model
	joined  string // the stem of two of the phrase's words run together ("weedeater"), if so
}

// alternative is one reading of a concept: a phrase whose stems must all be found in one
// product, or one of the store's categories by name.
type alternative struct {
	stems    []string
	category string // lower-case category name; empty for a phrase
}

// Synonyms is a parsed vocabulary file.
type Synonyms struct {
	rules   []synonymRule
	byFirst map[string][]int  // first stem → rules starting with it, longest phrase first
	firsts  map[byte][]string // byFirst's stems by their first letter, for slips (matchesNear)
	words   map[string]bool   // every stem of every shopper phrase
	needs   map[string]bool   // every stem of a need's phrases ("burn", "sting", "itch")
	// things are what a kind of store sells, as shoppers name them ("@things": for the speech
	// recogniser); elsewhere what no store here sells ("@elsewhere": a haircut, a post office).
	things, elsewhere []string
}

// SynonymError is one unreadable line of a vocabulary file.
type SynonymError struct {
	Source string
	Line   int
	Reason string
}

func (e SynonymError) Error() string { return fmt.Sprintf("%s:%d: %s", e.Source, e.Line, e.Reason) }

// ParseSynonyms reads a vocabulary file: "shopper phrase, other = catalog words | [category]".
// Bad lines are returned as errors and skipped; the good lines still count.
func ParseSynonyms(r io.Reader, source string) (*Synonyms, []SynonymError) {
	s := &Synonyms{byFirst: map[string][]int{}}
	errs := s.add(r, source)
	return s, errs
}

func (s *Synonyms) add(r io.Reader, source string) []SynonymError {
	var errs []SynonymError
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	need := false
	var list *[]string // the section of plain phrases being read, if any
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if i := strings.Index(line, "#"); i >= 0 {
			line = strings.TrimSpace(line[:i])
		}
		switch line {
		case "":
			continue
		case "@needs":
			need, list = true, nil
			continue
		case "@words":
			need, list = false, nil
			continue
		case "@things":
			list = &s.things
			continue
		case "@elsewhere":
			list = &s.elsewhere
			continue
		}
		if list != nil {
			for _, f := range strings.Split(line, ",") {
				if f = strings.TrimSpace(f); f != "" {
					*list = append(*list, f)
				}
			}
			continue
		}
		replace := strings.Contains(line, "=>")
		left, right, ok := strings.Cut(strings.Replace(line, "=>", "=", 1), "=")
		if !ok {
			errs = append(errs, SynonymError{source, n, `expected "shopper words = catalog words"`})
			continue
		}
		var to []alternative
		for _, a := range strings.Split(right, "|") {
			a = strings.TrimSpace(a)
			if strings.HasPrefix(a, "[") && strings.HasSuffix(a, "]") {
				cat := strings.ToLower(strings.TrimSpace(a[1 : len(a)-1]))
				if cat != "" {
					to = append(to, alternative{category: cat})
				}
				continue
			}
			if st := stems(tokens(a)); len(st) > 0 {
				to = append(to, alternative{stems: st})
			}
		}
		if len(to) == 0 {
			errs = append(errs, SynonymError{source, n, "nothing after ="})
			continue
		}
		added := false
		for _, from := range shopperPhrases(left) {
			s.rules = append(s.rules, synonymRule{from: from.stems, to: to, line: line, need: need, replace: replace, joined: from.joined})
			s.byFirst[from.stems[0]] = append(s.byFirst[from.stems[0]], len(s.rules)-1)
			added = true
		}
		if !added {
			errs = append(errs, SynonymError{source, n, "no shopper words before ="})
		}
	}
	if err := sc.Err(); err != nil {
		errs = append(errs, SynonymError{source, n + 1, err.Error()})
	}
	s.words, s.needs = map[string]bool{}, map[string]bool{}
	for _, r := range s.rules {
		if r.joined != "" {
			continue // not a word to correct a slip to
		}
		for _, w := range r.from {
			s.words[w] = true
			if r.need {
				s.needs[w] = true
			}
		}
	}
	s.firsts = map[byte][]string{}
	for k, ids := range s.byFirst {
		sort.SliceStable(ids, func(i, j int) bool { return len(s.rules[ids[i]].from) > len(s.rules[ids[j]].from) })
		s.byFirst[k] = ids
		s.firsts[k[0]] = append(s.firsts[k[0]], k)
	}
	return errs
}

// correct reads a misspelt word as a single-word shopper phrase of the vocabulary
// ("tylenal" → tylenol), or returns "". Real English words are left alone.
func (s *Synonyms) correct(word, st string, d *dictionary) string {
	if s == nil || d.isWord(word) || len(st) < 5 || !isLetters(st) {
		return ""
	}
	k := maxEdits(len(st))
	best, bestD := "", k+1
	for w := range s.words {
		if abs(len(w)-len(st)) > k || w[0] != st[0] {
			continue
		}
		// editDistance answers "limit" for anything that far or farther: ask one past the
		// best so a tie is a real tie.
		if dd := editDistance(st, w, bestD+1); dd < bestD || dd == bestD && w < best {
			best, bestD = w, dd
		}
	}
	if bestD > k {
		return ""
	}
	return best
}

// sellsThing reports whether the store's labels or shelves name the thing a phrase names:
// "candles" in a grocery with Candles on its shelves, though the crafts pack lists them. A
// phrase of several words must be written so on some label ("phone case", not Pencil Case).
func (x *index) sellsThing(phrase string) bool {
	st := stems(tokens(phrase))
	a, ok := x.phraseAlt(st, 1)
	if !ok {
		return false
	}
	last := a.terms[len(a.terms)-1]
	if x.terms[last].headDF == 0 && len(x.catTerms[last]) == 0 {
		return false
	}
	for i := 1; i < len(a.terms); i++ {
		if x.adjacent(a.terms[i-1], a.terms[i]) == 0 {
			return false
		}
	}
	return true
}

// rulesFor returns the lines whose shopper phrase is the one word st.
func (s *Synonyms) rulesFor(st string) []*synonymRule {
	if s == nil {
		return nil
	}
	var out []*synonymRule
	for _, id := range s.byFirst[st] {
		if r := &s.rules[id]; len(r.from) == 1 {
			out = append(out, r)
		}
	}
	return out
}

// count is how many times w is in ws.
func count(ws []string, w string) int {
	n := 0
	for _, v := range ws {
		if v == w {
			n++
		}
	}
	return n
}

// knows reports whether a stem is part of any shopper phrase, so it is not "corrected".
// startingWith returns the lines whose shopper phrase begins with stems a and b: "morning
// after" of "morning after pill".
func (s *Synonyms) startingWith(a, b string) []*synonymRule {
	if s == nil {
		return nil
	}
	var out []*synonymRule
	for _, id := range s.byFirst[a] {
		if r := &s.rules[id]; len(r.from) >= 2 && r.from[1] == b {
			out = append(out, r)
		}
	}
	return out
}

func (s *Synonyms) knows(st string) bool {
	return s != nil && s.words[st]
}

// matches returns the rules of the longest phrase that starts at toks[i], the last read first
// (a store's own file, then the packs in reverse order), and the phrase length. The caller
// takes the first that applies to its catalog: the same words may mean different things in a
// grocery and a hardware store ("chips", "nails"), and a line naming only what this store does
// not have does not apply.
func (s *Synonyms) matches(toks []string, i int) ([]*synonymRule, int) {
	if s == nil {
		return nil, 0
	}
	var l longest
	for _, id := range s.byFirst[toks[i]] {
		r := &s.rules[id]
		if i+len(r.from) <= len(toks) && slices.Equal(toks[i:i+len(r.from)], r.from) {
			l.add(r)
		}
	}
	return l.rules()
}

// longest collects the longest rules that match, in the order rules are tried.
type longest struct {
	out []*synonymRule
	n   int
}

func (l *longest) add(r *synonymRule) {
	switch {
	case len(r.from) > l.n:
		l.out, l.n = append(l.out[:0], r), len(r.from)
	case len(r.from) == l.n:
		l.out = append(l.out, r)
	}
}

// rules returns the longest rules, the last tried first, and their length.
func (l *longest) rules() ([]*synonymRule, int) {
	slices.Reverse(l.out)
	return l.out, l.n
}

// shopperPhrase is one shopper phrase of a line, as stems; joined is the stem of two of its
// words run together, if it is read so.
type shopperPhrase struct {
	stems  []string
	joined string
}

// shopperPhrases are the phrases left of a line's "=", then each again with two of its words
// run together, as shoppers type them ("weedeater string", "trailcam"), unless the line has it.
func shopperPhrases(left string) []shopperPhrase {
	var out []shopperPhrase
	seen := map[string]bool{}
	add := func(st []string, joined string) {
		if key := strings.Join(st, " "); len(st) > 0 && !seen[key] {
			seen[key] = true
			out = append(out, shopperPhrase{st, joined})
		}
	}
	fs := strings.Split(left, ",")
	for _, f := range fs {
		add(stems(tokens(f)), "")
	}
	for _, f := range fs {
		toks := tokens(f)
		for k := 0; k+1 < len(toks); k++ {
			a, b := toks[k], toks[k+1]
			if !stopword[a] && !stopword[b] && isLetters(a) && isLetters(b) && len(a)+len(b) >= 6 {
				add(stems(append(append(slices.Clone(toks[:k]), a+b), toks[k+2:]...)), stem(a+b))
			}
		}
	}
	return out
}

// matchesNear is matches with one word of a phrase of two or more said one slip off, where
// the word said may be read so (see index.mayBe): "contact lense solution" is the contact lens
// solution. The phrase's other words, said right, tell which word was meant.
func (s *Synonyms) matchesNear(toks []string, i int, mayBe func(said, st string) bool) ([]*synonymRule, int) {
	if s == nil {
		return nil, 0
	}
	var l longest
	try := func(r *synonymRule) {
		if len(r.from) < 2 || i+len(r.from) > len(toks) || r.joined != "" {
			return
		}
		slips := 0
		for k, b := range r.from {
			if a := toks[i+k]; a != b {
				// A stem may have lost its last "s" (lens → len): one slip from the word is one
				// from it.
				near := len(a) >= 4 && len(b) >= 3 && a[0] == b[0] &&
					(editDistance(a, b, 2) <= 1 || editDistance(a, b+"s", 2) <= 1) && mayBe(a, b)
				if slips++; slips > 1 || !near {
					return
				}
			}
		}
		if slips == 1 {
			l.add(r)
		}
	}
	for _, id := range s.byFirst[toks[i]] {
		try(&s.rules[id])
	}
	if w := toks[i]; len(w) >= 4 && !s.words[w] {
		// The first word slipped: any phrase begun one slip from it.
		for _, first := range s.firsts[w[0]] {
			if first != w && abs(len(first)-len(w)) <= 1 && editDistance(first, w, 2) <= 1 && mayBe(w, first) {
				for _, id := range s.byFirst[first] {
					try(&s.rules[id])
				}
			}
		}
	}
	return l.rules()
}

// phrases lists every shopper phrase, as written in the files, for the speech vocabulary:
// both sides of every line (a catalog side only where has says this catalog has it), and the
// things the packs name.
func (s *Synonyms) phrases(has func(stems []string) bool) []string {
	if s == nil {
		return nil
	}
	seen := map[string]bool{}
	var out []string
	for _, t := range s.things {
		if !seen[t] {
			seen[t] = true
			out = append(out, t)
		}
	}
	for _, r := range s.rules {
		if r.partial {
			continue // the recogniser hears what this kind of store's own packs name
		}
		left, right, _ := strings.Cut(strings.Replace(r.line, "=>", "=", 1), "=")
		if has != nil && !slices.ContainsFunc(r.to, func(a alternative) bool { return a.category != "" || has(a.stems) }) {
			continue // a line naming nothing this store's labels say: "mount board" in a grocery
		}
		for _, f := range strings.Split(left, ",") {
			if f = strings.TrimSpace(f); f != "" && !seen[f] {
				seen[f] = true
				out = append(out, f)
			}
		}
		for _, a := range strings.Split(right, "|") {
			a = strings.TrimSpace(a)
			cat := strings.HasPrefix(a, "[")
			a = strings.Trim(a, "[]")
			if !cat && has != nil && !has(stems(tokens(a))) {
				continue // words this store's labels do not say: nothing to hear them for
			}
			if a != "" && !seen[a] {
				seen[a] = true
				out = append(out, a)
			}
		}
	}
	return out
}

// needPhrases lists the shopper's words for every need: "headache", "toilet keeps running".
func (s *Synonyms) needPhrases() []string {
	var out []string
	for _, r := range s.rules {
		if !r.need {
			continue
		}
		left, _, _ := strings.Cut(strings.Replace(r.line, "=>", "=", 1), "=")
		for _, f := range strings.Split(left, ",") {
			if f = strings.TrimSpace(f); f != "" && !slices.Contains(out, f) {
				out = append(out, f)
			}
		}
	}
	return out
}

func stems(ws []string) []string {
	out := ws[:0:0]
	for _, w := range ws {
		if stopword[w] {
			continue
		}
		out = append(out, stem(w))
	}
	return out
}

// unordered returns the rules of two or more words whose words all occur, in any order, among
// the stems not yet used: "my throat is sore" holds "sore throat". Longest rules first.
func (s *Synonyms) unordered(st []string, used []bool) []*synonymRule {
	if s == nil {
		return nil
	}
	free := map[string]int{}
	for i, w := range st {
		if !used[i] {
			free[w]++
		}
	}
	if len(free) < 2 {
		return nil
	}
	var out []*synonymRule
	// Only the lines whose first word was said: a pack for every kind of store makes the
	// lines many.
	var ids []int
	for w := range free {
		ids = append(ids, s.byFirst[w]...)
	}
	slices.Sort(ids) // the lines' own order, as read
	for _, i := range ids {
		r := &s.rules[i]
		if len(r.from) < 2 {
			continue
		}
		ok := true
		for _, w := range r.from {
			if n := count(r.from, w); n > free[w] {
				ok = false
				break
			}
		}
		if ok {
			out = append(out, r)
		}
	}
	slices.SortStableFunc(out, func(a, b *synonymRule) int { return cmp.Compare(len(b.from), len(a.from)) })
	return out
}
