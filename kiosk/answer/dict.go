package answer

import (
	"bufio"
	"iter"
	"os"
	"slices"
	"strings"
	"sync"
)

// DefaultDictionary is the English pronouncing dictionary Debian's pocketsphinx-en-us installs
// (CMUdict). The engine uses it to tell a typo from a real word the store does not stock:
// "socks" is a word, so it is not "corrected" to soak; "bred" sounds like bread, so it is.
const DefaultDictionary = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict"

// dictionary maps English words to their pronunciations (stress marks removed). It is one
// text sorted by word, found by binary search, not a map of strings: CMUdict's 135,000
// words take 4 MB so, 18 MB as a map.
type dictionary struct {
	text string   // one entry a word, sorted by word: the word, then "\t" and each pronunciation
	at   []uint32 // where each entry starts, then the text's end
}

var (
	dictMu    sync.Mutex
	dictCache = map[string]*dictionary{}
)

// loadDictionary reads a CMUdict-format file once per process; a missing file gives nil,
// and the engine then corrects spelling without the guard.
func loadDictionary(path string) *dictionary {
	if path == "" || path == "none" {
		return nil
	}
	dictMu.Lock()
	defer dictMu.Unlock()
	if d, ok := dictCache[path]; ok {
		return d
	}
	d, err := readDictionary(path)
	if err != nil {
		d = nil
	}
	dictCache[path] = d
	return d
}

func readDictionary(path string) (*dictionary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	type entry struct{ word, phones string }
	var es []entry
	size := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		word, phones, ok := strings.Cut(sc.Text(), " ")
		if !ok || word == "" || strings.HasPrefix(word, ";;;") {
			continue
		}
		if i := strings.IndexByte(word, '('); i > 0 {
			word = word[:i] // "read(2)": another pronunciation of read
		}
		phones = strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return -1
			}
			return r
		}, strings.TrimSpace(phones))
		es = append(es, entry{word, phones})
		size += len(word) + 1 + len(phones)
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	// Stable: a word's pronunciations keep the file's order, the commonest first.
	slices.SortStableFunc(es, func(a, b entry) int { return strings.Compare(a.word, b.word) })
	var b strings.Builder
	b.Grow(size)
	d := &dictionary{}
	for i, e := range es {
		if i == 0 || e.word != es[i-1].word {
			d.at = append(d.at, uint32(b.Len()))
			b.WriteString(e.word)
		}
		b.WriteByte('\t')
		b.WriteString(e.phones)
	}
	d.at = append(d.at, uint32(b.Len()))
	d.text = b.String()
	return d, nil
}

// entry returns the pronunciations of w, each after a tab, and whether w is in the dictionary.
func (d *dictionary) entry(w string) (string, bool) {
	if d == nil || len(d.at) < 2 {
		return "", false
	}
	i, ok := slices.BinarySearchFunc(d.at[:len(d.at)-1], w, func(at uint32, w string) int {
		e := d.text[at:]
		if j := strings.IndexByte(e, '\t'); j >= 0 {
			e = e[:j]
		}
		return strings.Compare(e, w)
	})
	if !ok {
		return "", false
	}
	return d.text[int(d.at[i])+len(w) : d.at[i+1]], true
}

// prons yields the pronunciations of w, commonest first.
func (d *dictionary) prons(w string) iter.Seq[string] {
	return func(yield func(string) bool) {
		e, _ := d.entry(w)
		for e != "" {
			e = e[1:] // the tab
			pr := e
			if j := strings.IndexByte(e, '\t'); j >= 0 {
				pr, e = e[:j], e[j:]
			} else {
				e = ""
			}
			if !yield(pr) {
				return
			}
		}
	}
}

// isWord reports whether w (or its singular) is an English word.
func (d *dictionary) isWord(w string) bool {
	if _, ok := d.entry(w); ok {
		return true
	}
	_, ok := d.entry(stem(w))
	return ok
}

// doubledLetter reports whether a and b differ only by one letter written twice
// ("desert" and "dessert", "diner" and "dinner").
func doubledLetter(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b) != len(a)+1 {
		return false
	}
	for i := 0; i < len(b); i++ {
		if b[:i]+b[i+1:] == a {
			return i > 0 && b[i] == b[i-1] || i+1 < len(b) && b[i] == b[i+1]
		}
	}
	return false
}
