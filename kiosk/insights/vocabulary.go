package insights

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
)

// The store's vocabulary file is the answer engine's own format (kiosk/answer: "shopper
// words => catalog words | [category]"), plus the store's answers for what it does not sell,
// one a line as "#answer: lawn mower, lawnmower = We don't sell lawn mowers; try the hardware
// store on Main St." The engine reads those lines as comments, so the same file serves it as
// it is, and HQ can ship it with the catalog feed.

// Teaching is one thing staff taught: when shoppers say Phrase, they mean Target.
type Teaching struct {
	Phrase     string // the shopper's words, comma-separated if several
	Target     string
	TargetKind string // "category", "product" or "phrase"
}

// Target kinds of a Teaching.
const (
	TargetCategory = "category"
	TargetProduct  = "product"
	TargetPhrase   = "phrase"
)

// StoreAnswer is the store's own answer for something it does not sell.
type StoreAnswer struct {
	Phrase string
	Text   string
}

const answerPrefix = "#answer:"

// FormatVocabulary writes the store's vocabulary file: a header, the taught lines, then the
// store's answers, each sorted so the same teaching gives the same file (and ETag).
func FormatVocabulary(taught []Teaching, answers []StoreAnswer) string {
	var b strings.Builder
	b.WriteString("# The store's own words, taught on the staff desk's Insights page. Kiosks fetch it.\n")
	var lines []string
	for _, t := range taught {
		phrase := clean(t.Phrase, "=|[]#")
		target := clean(t.Target, "=|[]#,")
		if phrase == "" || target == "" {
			continue
		}
		if t.TargetKind == TargetCategory {
			target = "[" + target + "]"
		}
		lines = append(lines, phrase+" => "+target)
	}
	sort.Strings(lines)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	lines = lines[:0]
	for _, a := range answers {
		phrase, text := clean(a.Phrase, "=#"), clean(a.Text, "")
		if phrase == "" || text == "" {
			continue
		}
		lines = append(lines, answerPrefix+" "+phrase+" = "+text)
	}
	sort.Strings(lines)
	for _, l := range lines {
		b.WriteString(l + "\n")
	}
	return b.String()
}

// clean keeps text on one line and drops the characters that would change a line's meaning.
func clean(s, drop string) string {
	s = strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		if strings.ContainsRune(drop, r) {
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

// ParseAnswers reads the store's answers from a vocabulary file; other lines are the engine's.
func ParseAnswers(text string) ([]StoreAnswer, error) {
	var out []StoreAnswer
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	n := 0
	for sc.Scan() {
		n++
		line, ok := strings.CutPrefix(strings.TrimSpace(sc.Text()), answerPrefix)
		if !ok {
			continue
		}
		phrases, answer, ok := strings.Cut(line, "=")
		answer = strings.TrimSpace(answer)
		if !ok || answer == "" {
			return out, fmt.Errorf("line %d: expected %q", n, answerPrefix+" shopper words = the store's answer")
		}
		for _, p := range strings.Split(phrases, ",") {
			if p = strings.TrimSpace(p); p != "" {
				out = append(out, StoreAnswer{Phrase: p, Text: answer})
			}
		}
	}
	return out, sc.Err()
}
