package answer

import (
	"strconv"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/storekiosk/storekiosk/inventory"
)

// maxQuestion bounds the text the engine reads: no shopper question is longer, and a pasted
// 10 kB of text must cost no more than a normal question.
const (
	maxQuestionBytes = 400
	maxWords         = 32
)

// tokens splits text into lower-case words without accents or punctuation: "Café Crème,
// 12-oz!" → [cafe creme 12 oz]. "&" becomes "and" so "Tomato & Basil" reads as spoken.
func tokens(text string) []string {
	if len(text) > maxQuestionBytes*4 {
		text = text[:maxQuestionBytes*4]
	}
	text = inventory.CleanText(text)
	var b strings.Builder
	b.Grow(len(text))
	for _, r := range norm.NFD.String(text) {
		switch {
		case unicode.Is(unicode.Mn, r):
			// drop combining accents: é → e
		case r == '\'' || r == '’' || r == '‘' || r == '`':
			// "where's" → "wheres", "world's" → "worlds"
		case r == '&' || r == '+':
			b.WriteString(" and ")
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			b.WriteRune(unicode.ToLower(r))
		default:
			b.WriteByte(' ')
		}
	}
	return strings.Fields(b.String())
}

// stem reduces an English word to a form shared by its singular and plural ("berries" and
// "berry", "tomatoes" and "tomato", "peaches" and "peach", "cookies" and "cookie" both become
// "cooky"). Stems are keys, never shown. It is deliberately light: heavier stemmers conflate
// words shoppers keep apart ("organic" and "organ").
func stem(w string) string {
	if s, ok := irregular[w]; ok {
		return s
	}
	if s, ok := numberKeys[w]; ok {
		return s
	}
	n := len(w)
	if n <= 3 || !isLetters(w) {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ie") && n > 4:
		return w[:n-2] + "y" // cookie, brownie: same key as their plurals
	case strings.HasSuffix(w, "ves") && n > 4:
		return w[:n-1]
	case strings.HasSuffix(w, "oes") && n > 5:
		return w[:n-2]
	case strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "sses"),
		strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "zzes"):
		return w[:n-2]
	case strings.HasSuffix(w, "che"), strings.HasSuffix(w, "she"):
		return w[:n-1] // quiche and quiches, headache and headaches
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

var irregular = map[string]string{
	"knives": "knife", "loaves": "loaf", "leaves": "leaf", "halves": "half", "shelves": "shelf",
	"mice": "mouse", "teeth": "tooth", "feet": "foot", "geese": "goose", "children": "child",
	"women": "woman", "men": "man", "series": "series", "species": "species", "molasses": "molasses",
	"always": "always", "this": "this", "was": "was", "does": "does", "has": "has", "yes": "yes",
}

// numberKeys give a number said in words the key of its figures: "twelve year scotch" is the
// "12 Year Blended Scotch Whisky", "two percent milk" the "2% Reduced Fat Milk". Speech
// recognisers write numbers in words.
var numberKeys = func() map[string]string {
	m := map[string]string{}
	for i, w := range strings.Fields(`zero one two three four five six seven eight nine ten eleven
		twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty`) {
		m[w] = strconv.Itoa(i)
	}
	for i, w := range strings.Fields(`thirty forty fifty sixty seventy eighty ninety`) {
		m[w] = strconv.Itoa(30 + 10*i)
	}
	m["hundred"] = "100"
	return m
}()

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

func isDigits(w string) bool {
	if w == "" {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

// clauses splits a question into its parts, at punctuation and at the words that start a
// new thought in speech: "where's the frosting, I'm doing cupcakes" → [where s the frosting]
// [i m doing cupcakes]. Long spoken questions carry their request in one part.
func clauses(text string) [][]string {
	if len(text) > maxQuestionBytes {
		text = text[:maxQuestionBytes]
	}
	var out [][]string
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",.;:?!()", r) }) {
		toks := tokens(part)
		start := 0
		for i, w := range toks {
			next := ""
			if i+1 < len(toks) {
				next = toks[i+1]
			}
			// "so I need", "and I need", "like almond milk" start a new thought; "so dry",
			// "salt and vinegar", "I'd like" do not.
			split := clauseStart[w] && !(w == "like" && i > 0 && (toks[i-1] == "id" || toks[i-1] == "would")) ||
				(w == "and" || w == "so") && (pronoun[next] || next == "uh" || next == "um")
			if split && i > start {
				out = append(out, toks[start:i])
				start = i
			}
		}
		if start < len(toks) {
			out = append(out, toks[start:])
		}
	}
	return out
}

var (
	clauseStart = map[string]bool{"because": true, "cause": true, "cos": true, "but": true,
		"like": true, "since": true}
	pronoun = map[string]bool{"i": true, "im": true, "we": true, "my": true, "she": true,
		"he": true, "they": true, "our": true, "its": true, "it": true}
)
