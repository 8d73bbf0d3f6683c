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
// Labels and shoppers write sizes many ways, so sizes are put one way (see units): a fraction
// stays one word ("1/2"), letters and digits written together are apart ("wd40", "WD-40" →
// wd 40), and a unit after a number has one name ("3/4 in.", `3/4"`, "3/4 inch" → 3/4 inch).
func tokens(text string) []string {
	if len(text) > maxQuestionBytes*4 {
		text = text[:maxQuestionBytes*4]
	}
	text = inventory.CleanText(text)
	var b strings.Builder
	b.Grow(len(text) + 8)
	var prev rune // the last letter or digit written, 0 after a break
	rs := []rune(norm.NFD.String(text))
	for i, r := range rs {
		switch {
		case unicode.Is(unicode.Mn, r):
			// drop combining accents: é → e
		case r == '"' || r == '”' || r == '″':
			if unicode.IsDigit(prev) {
				b.WriteString(" inch ") // 3/4" is three quarters of an inch
			} else {
				b.WriteByte(' ')
			}
			prev = 0
		case r == '\'' || r == '’' || r == '‘' || r == '`' || r == '′':
			// "where's" → "wheres", "world's" → "worlds"; 6' is six feet
			if unicode.IsDigit(prev) && (i+1 == len(rs) || !unicode.IsLetter(rs[i+1])) {
				b.WriteString(" ft ")
				prev = 0
			}
		case r == '/' && unicode.IsDigit(prev) && i+1 < len(rs) && unicode.IsDigit(rs[i+1]):
			b.WriteRune(r) // 1/2
		case r == '&' || r == '+':
			b.WriteString(" and ")
			prev = 0
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if prev != 0 && unicode.IsDigit(prev) != unicode.IsDigit(r) {
				b.WriteByte(' ') // 16d → 16 d, wd40 → wd 40
			}
			b.WriteRune(unicode.ToLower(r))
			prev = r
		default:
			b.WriteByte(' ')
			prev = 0
		}
	}
	return units(strings.Fields(b.String()))
}

// unitNames gives each way of writing a unit after a number its one name.
var unitNames = func() map[string]string {
	m := map[string]string{}
	for name, ws := range map[string]string{
		"inch": "in inch inches", "ft": "ft foot feet", "yd": "yd yard yards",
		"mm": "mm millimeter millimeters millimetre millimetres", "cm": "cm centimeter centimeters centimetre centimetres",
		"lb": "lb lbs pound pounds", "oz": "oz ounce ounces", "gal": "gal gallon gallons",
		"qt": "qt quart quarts", "pt": "pt pint pints", "l": "l liter liters litre litres",
		"ml": "ml milliliter milliliters millilitre millilitres", "g": "g gram grams gr",
		"kg": "kg kilo kilos kilogram kilograms", "mg": "mg milligram milligrams",
		"mcg": "mcg microgram micrograms", "volt": "v volt volts", "watt": "w watt watts",
		"amp": "a amp amps ampere amperes", "ah": "ah", "pack": "pack packs pk pkg",
		"ct": "ct count", "piece": "pc pcs piece pieces", "sq": "sq", "cu": "cu",
	} {
		for _, w := range strings.Fields(ws) {
			m[w] = name
		}
	}
	return m
}()

// units names the unit after a number one way ("1/2 in" → 1/2 inch), but leaves "2 in 1"
// alone, and says fractions in words as figures ("half inch" → 1/2 inch, "half gallon",
// "inch and a quarter" → 1 1/4 inch: see spokenFractions).
func units(ws []string) []string {
	ws = ages(spokenFractions(ws))
	for i, w := range ws {
		if i > 0 && isNumber(ws[i-1]) {
			if w == "in" && (len(ws[i-1]) > 5 || i+1 < len(ws) && (ws[i+1] == "1" || notInch[ws[i+1]]) || sizeFollows(ws[i+1:])) {
				continue // 2-in-1, 3-in-One, "is 0766775298331 in stock", "505s in 34 by 32"
			}
			if u, ok := unitNames[w]; ok {
				ws[i] = u
			}
			continue
		}
		if f, ok := fractionWords[w]; ok && i+1 < len(ws) {
			if u, ok := unitNames[ws[i+1]]; ok && u != "amp" && u != "watt" && u != "volt" && u != "g" && u != "l" {
				ws[i], ws[i+1] = f, u
			}
		}
	}
	return ws
}

// sizeFollows reports whether ws starts with a size of two figures ("34 by 32", "30 x 30"):
// the "in" before it is "in that size", not inches.
func sizeFollows(ws []string) bool {
	return len(ws) >= 3 && isNumber(ws[0]) && (ws[1] == "by" || ws[1] == "x") && isNumber(ws[2])
}

// notInch words follow "in" as a preposition, not as a size: "2 in stock", "3 in one".
var notInch = setOf(`one stock store the a an my your this that our`)

var fractionWords = map[string]string{"half": "1/2", "quarter": "1/4"}

// fractionParts are the parts of a whole said in words, by their denominator.
var fractionParts = map[string]string{
	"half": "2", "halves": "2", "quarter": "4", "quarters": "4", "eighth": "8", "eighths": "8",
	"sixteenth": "16", "sixteenths": "16",
}

// spokenFractions writes sizes said the way people say them as the figures labels print:
// "an inch and a half" and "one and a half inch" → 1 1/2 inch, "two and a quarter inches" →
// 2 1/4 inch, "three quarter inch" and "three quarters of an inch" → 3/4 inch, "five eighths"
// → 5/8, "half an inch" → 1/2 inch. Only before or after a unit: "a half and half" stays.
func spokenFractions(ws []string) []string {
	isUnit := func(i int) bool { return i < len(ws) && unitNames[ws[i]] != "" && ws[i] != "a" }
	// part reads "a half", "three quarters", "5 eighths", "an eighth" at ws[i]: the fraction
	// and how many words it took; 0 words if none.
	part := func(i int) (string, int) {
		if i+1 >= len(ws) {
			return "", 0
		}
		d, ok := fractionParts[ws[i+1]]
		if !ok {
			return "", 0
		}
		n := ws[i]
		if n == "a" || n == "an" {
			n = "1"
		} else if v, ok := numberWords[n]; ok {
			n = strconv.Itoa(v)
		}
		if k, err := strconv.Atoi(n); err != nil || k < 1 || strconv.Itoa(k) != n {
			return "", 0
		}
		k, _ := strconv.Atoi(n)
		if dd, _ := strconv.Atoi(d); k >= dd {
			return "", 0
		}
		return n + "/" + d, 2
	}
	whole := func(w string) (string, bool) {
		if v, ok := numberWords[w]; ok && v > 0 {
			return strconv.Itoa(v), true
		}
		if k, err := strconv.Atoi(w); err == nil && k > 0 {
			return w, true
		}
		return "", false
	}
	var out []string
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		// "one and a half inch", "2 and three quarters inches"
		if n, ok := whole(w); ok && i+1 < len(ws) && ws[i+1] == "and" {
			if f, used := part(i + 2); used > 0 && isUnit(i+2+used) {
				out = append(out, n, f)
				i += 1 + used
				continue
			}
		}
		// "an inch and a half", "inch and a quarter", "a foot and a half"
		if isUnit(i) && i+1 < len(ws) && ws[i+1] == "and" && (i == 0 || !isNumber(ws[i-1])) {
			if f, used := part(i + 2); used > 0 {
				if n := len(out); n > 0 && (out[n-1] == "a" || out[n-1] == "an" || out[n-1] == "one") {
					out = out[:n-1]
				}
				out = append(out, "1", f, w)
				i += 1 + used
				continue
			}
		}
		// "three quarter inch", "three quarters of an inch", "half an inch", "5 eighths"
		f, used := part(i)
		if used == 0 && fractionWords[w] != "" && i+1 < len(ws) && (ws[i+1] == "an" || ws[i+1] == "a") && isUnit(i+2) {
			f, used = fractionWords[w], 2 // "half an inch"
		}
		if used > 0 && w != "a" && w != "an" {
			j := i + used
			if j+1 < len(ws) && ws[j] == "of" && (ws[j+1] == "an" || ws[j+1] == "a") {
				j += 2
			}
			if isUnit(j) || ws[i+1] != "half" && ws[i+1] != "quarter" {
				out = append(out, f)
				i = j - 1
				continue
			}
		}
		out = append(out, w)
	}
	return out
}

// isNumber reports whether w is a figure or a fraction: "12", "1/2".
func isNumber(w string) bool {
	if w == "" || w[0] < '0' || w[0] > '9' {
		return false
	}
	for i := 0; i < len(w); i++ {
		if (w[i] < '0' || w[i] > '9') && w[i] != '/' && w[i] != '.' {
			return false
		}
	}
	return true
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
	"mice": "mouse", "teeth": "tooth", "feet": "foot", "geese": "goose", "children": "child", "childrens": "child",
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

// baseForm is the verb a word may be a form of, when a need of the vocabulary names that verb
// and not the word: "burned" → burn, "stung" → sting. "" if none.
func (x *index) baseForm(w string) string {
	if v, ok := irregularVerbs[w]; ok {
		if x.knows(v) {
			return v
		}
		return ""
	}
	n := len(w)
	if n < 5 || !isLetters(w) {
		return ""
	}
	var cands []string
	switch {
	case strings.HasSuffix(w, "ied"):
		cands = []string{w[:n-3] + "y"}
	case strings.HasSuffix(w, "ed"):
		cands = []string{w[:n-2], w[:n-1]}
		if w[n-3] == w[n-4] {
			cands = append(cands, w[:n-3]) // "stopped" → stop
		}
	case strings.HasSuffix(w, "ing"):
		cands = []string{w[:n-3], w[:n-3] + "e"}
		if w[n-4] == w[n-5] {
			cands = append(cands, w[:n-4]) // "dripping" → drip
		}
	}
	for _, c := range cands {
		if len(c) >= 3 && x.knows(c) {
			return c
		}
	}
	return ""
}

// knows reports whether a word is part of a need the vocabulary names ("burn", "sting"). A
// catalog word would do harm: "pouring" is not the "Precision Pour" bleach, nor "wrapping"
// paper a tortilla wrap.
func (x *index) knows(w string) bool { return x.syn != nil && x.syn.needs[stem(w)] }

var irregularVerbs = map[string]string{"stung": "sting", "burnt": "burn", "spilt": "spill",
	"bled": "bleed"}

// ages says a child's age as the word labels use for that age: "for my 8 year old" is for a
// youth (Youth, Junior, Kids; not Toddler), "a 2 year old" a toddler, "6 months old" a baby,
// "a 15 year old" a teen. A size in months ("onesies 3 months") has no "old" and stays a size.
func ages(ws []string) []string {
	out := ws[:0:0]
	for i := 0; i < len(ws); i++ {
		n, err := strconv.Atoi(ws[i])
		unit, end := "", 0 // end: where the age's words end ("old", or "yo")
		if err == nil && i+1 < len(ws) {
			switch ws[i+1] {
			case "yo":
				unit, end = "year", i+1
			case "year", "years", "yr", "yrs":
				unit = "year"
			case "month", "months", "mo", "mos":
				unit = "month"
			}
			if end == 0 && unit != "" && i+2 < len(ws) && ws[i+2] == "old" {
				end = i + 2
			}
		}
		switch {
		case end == 0:
			out = append(out, ws[i])
			continue
		case unit == "month" || n < 1:
			out = append(out, "baby")
		case n <= 3:
			out = append(out, "toddler")
		case n <= 12:
			out = append(out, "youth")
		case n <= 17:
			out = append(out, "teen")
		default:
			out = append(out, ws[i:end+1]...) // a grown-up's age says nothing of the thing
		}
		i = end
	}
	return out
}
