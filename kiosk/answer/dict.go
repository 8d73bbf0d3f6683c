package answer

import (
	"bufio"
	"os"
	"strings"
	"sync"
)

// DefaultDictionary is the English pronouncing dictionary Debian's pocketsphinx-en-us installs
// (CMUdict). The engine uses it to tell a typo from a real word the store does not stock:
// "socks" is a word, so it is not "corrected" to soak; "bred" sounds like bread, so it is.
const DefaultDictionary = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict"

// dictionary maps English words to their pronunciations (stress marks removed).
type dictionary map[string][]string

var (
	dictMu    sync.Mutex
	dictCache = map[string]dictionary{}
)

// loadDictionary reads a CMUdict-format file once per process; a missing file gives nil,
// and the engine then corrects spelling without the guard.
func loadDictionary(path string) dictionary {
	if path == "" || path == "none" {
		return nil
	}
	dictMu.Lock()
	defer dictMu.Unlock()
	if d, ok := dictCache[path]; ok {
		return d
	}
	f, err := os.Open(path)
	if err != nil {
		dictCache[path] = nil
		return nil
	}
	defer f.Close()
	d := dictionary{}
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
		d[word] = append(d[word], phones)
	}
	dictCache[path] = d
	return d
}

// isWord reports whether w (or its singular) is an English word.
func (d dictionary) isWord(w string) bool {
	if d == nil {
		return false
	}
	_, ok := d[w]
	if !ok {
		_, ok = d[stem(w)]
	}
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
