package lm

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// Templates are how shoppers ask. X is the thing asked about. Weights are relative within a
// kind and reflect how often a kiosk hears each form; none is tuned to a test file.
var (
	locateTemplates = weighted{
		{"X", 8}, {"X please", 1}, {"the X", 0.5}, {"some X", 0.3},
		{"where is the X", 6}, {"where is X", 3}, {"where are the X", 5}, {"where are X", 2},
		{"where's the X", 2}, {"where is the X please", 1}, {"where are the X please", 1},
		{"where can i find the X", 3}, {"where can i find X", 2}, {"where can i find some X", 0.5},
		{"where do you keep the X", 2}, {"where do you keep X", 1}, {"where do you have the X", 1},
		{"where would i find the X", 1}, {"where would the X be", 0.5}, {"where do i find the X", 1},
		{"which aisle is the X in", 1}, {"which aisle is X in", 0.5}, {"what aisle is the X in", 1},
		{"what aisle are the X in", 0.5}, {"which aisle has the X", 0.5}, {"what aisle is X", 0.5},
		{"could you point me to the X", 1}, {"can you point me to the X", 1}, {"can you show me the X", 0.5},
		{"can you tell me where the X is", 0.5}, {"can you tell me where the X are", 0.5},
		{"can you help me find the X", 0.5}, {"can you help me find X", 0.5},
		{"i'm looking for X", 2}, {"i'm looking for the X", 1}, {"i am looking for X", 2},
		{"i am looking for the X", 1}, {"i'm looking for some X", 0.5}, {"i am looking for some X", 0.5},
		{"looking for X", 1}, {"i need X", 2}, {"i need some X", 1}, {"i need the X", 0.5},
		{"i want X", 1}, {"i want to buy X", 0.5}, {"i'd like some X", 0.5}, {"i would like X", 0.5},
		{"i need a X", 0.5}, {"i need an X", 0.2}, {"do you have a X", 0.3}, {"do you sell a X", 0.1},
		{"where can i get X", 0.5}, {"where can i get a X", 0.3}, {"where can i buy X", 0.5},
		{"find X", 0.5}, {"show me the X", 0.5}, {"show me X", 0.5},
		{"do you have X", 4}, {"do you have any X", 3}, {"do you have the X", 1}, {"do you sell X", 2},
		{"do you carry X", 1}, {"do you stock X", 0.5}, {"have you got any X", 1}, {"have you got X", 0.5},
		{"is there any X", 0.5}, {"are there any X", 0.5}, {"got any X", 0.3},
	}
	priceTemplates = weighted{
		{"how much is the X", 4}, {"how much is X", 3}, {"how much are the X", 2}, {"how much are X", 1},
		{"how much does the X cost", 1}, {"how much does X cost", 1}, {"how much do the X cost", 0.5},
		{"what is the price of X", 1}, {"what is the price of the X", 1}, {"what's the price of X", 1},
		{"what's the price of the X", 1}, {"price of X", 2}, {"price of the X", 1}, {"the price of X", 0.5},
		{"what does X cost", 0.5}, {"what does the X cost", 0.5}, {"how much for X", 0.5},
		{"how much for the X", 0.5}, {"price check X", 0.3}, {"price check on X", 0.3}, {"cost of X", 0.3},
	}
	stockTemplates = weighted{
		{"is X in stock", 3}, {"is the X in stock", 2}, {"are X in stock", 1}, {"are the X in stock", 1},
		{"do you have X in stock", 1}, {"do you have any X in stock", 1}, {"is there any X left", 0.5},
		{"are there any X left", 0.5}, {"have you got X in stock", 0.5}, {"is X available", 0.5},
		{"is the X available", 0.5}, {"are you out of X", 0.5}, {"have you run out of X", 0.5},
		{"any X in stock", 0.3}, {"X in stock", 0.3},
	}
	// needTemplates introduce a need rather than a product: "something for a headache".
	needTemplates = weighted{
		{"something for X", 3}, {"i need something for X", 2}, {"do you have something for X", 1},
		{"do you have anything for X", 1}, {"what do you have for X", 1}, {"what can i take for X", 0.5},
		{"i'm looking for something for X", 1}, {"i am looking for something for X", 1},
		{"what's good for X", 0.5}, {"what is good for X", 0.5}, {"i need something to X", 1},
		{"i am looking for something to X", 1}, {"i'm looking for something to X", 1},
		{"something to X", 1}, {"what can i use to X", 0.5},
	}
	// Prefixes and suffixes people wrap round a question; most questions have neither.
	prefixes = weighted{
		{"", 30}, {"hi", 2}, {"hello", 2}, {"hi there", 2}, {"hello there", 1}, {"excuse me", 2},
		{"um", 2}, {"uh", 1}, {"er", 0.5}, {"hi um", 1}, {"hi there um", 1}, {"hello um", 1},
		{"excuse me um", 0.5}, {"sorry", 0.5}, {"please", 0.5}, {"yes", 0.5}, {"ok", 0.5},
		{"hey", 0.5}, {"so", 0.5}, {"um excuse me", 0.5}, {"good morning", 0.5}, {"good afternoon", 0.5},
	}
	suffixes = weighted{
		{"", 30}, {"please", 4}, {"thanks", 1}, {"thank you", 1}, {"here", 0.3}, {"today", 0.3},
	}
)

type template struct {
	text   string
	weight float64
}

type weighted []template

// share is the part of the weight that text carries.
func (ws weighted) share(text string) float64 {
	for _, w := range ws {
		if w.text == text {
			return w.weight / ws.total()
		}
	}
	return 0
}

func (ws weighted) total() float64 {
	var t float64
	for _, w := range ws {
		t += w.weight
	}
	return t
}

// tokens splits text into the words the recogniser spells: lower case, no accents, "&" as
// "and", apostrophes kept inside words ("where's"), "%" as "percent" and small numbers as
// words, everything else a word break. Tokens that cannot be spoken as words are dropped.
func tokens(text string) []string {
	var b strings.Builder
	for _, r := range norm.NFD.String(text) {
		switch {
		case unicode.Is(unicode.Mn, r):
		case r == '\'' || r == '’':
			b.WriteByte('\'')
		case r == '&' || r == '+':
			b.WriteString(" and ")
		case r == '%':
			b.WriteString(" percent ")
		case unicode.IsDigit(r) || (r < unicode.MaxASCII && unicode.IsLetter(r)):
			b.WriteRune(unicode.ToLower(r))
		case unicode.IsLetter(r):
			// Letters outside ASCII after accent removal (ß, ø): no dictionary knows them.
			b.WriteByte(' ')
		default:
			b.WriteByte(' ')
		}
	}
	var out []string
	for _, f := range strings.Fields(b.String()) {
		f = strings.Trim(f, "'")
		switch {
		case f == "":
		case isNumber(f):
			out = append(out, numberWords(f)...)
		case hasDigit(f) || strings.Count(f, "'") > 1:
			// "12oz", "b12": rarely said the way they are written.
		default:
			out = append(out, f)
		}
	}
	return out
}

func isNumber(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

var (
	ones = []string{"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
		"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tens = []string{"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"}
)

// numberWords spells a number as people say it on a label ("2" → two, "100" → one hundred);
// long numbers (codes) are spelled digit by digit.
func numberWords(s string) []string {
	if len(s) > 4 || (len(s) > 1 && s[0] == '0') {
		out := make([]string, len(s))
		for i := 0; i < len(s); i++ {
			out[i] = ones[s[i]-'0']
		}
		return out
	}
	n := 0
	for i := 0; i < len(s); i++ {
		n = n*10 + int(s[i]-'0')
	}
	return spell(n)
}

func spell(n int) []string {
	switch {
	case n < 20:
		return []string{ones[n]}
	case n < 100:
		if n%10 == 0 {
			return []string{tens[n/10]}
		}
		return []string{tens[n/10], ones[n%10]}
	case n < 1000:
		out := []string{ones[n/100], "hundred"}
		if n%100 != 0 {
			out = append(out, spell(n%100)...)
		}
		return out
	default:
		out := append(spell(n/1000), "thousand")
		if n%1000 != 0 {
			out = append(out, spell(n%1000)...)
		}
		return out
	}
}
