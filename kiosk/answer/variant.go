package answer

// Variants: a shopper who names a size, a count or a weight ("a hoodie, he's a large",
// "thirty five pound tidy cats", "levi's 505 in 30x30", "the big bottle of listerine") asks for
// one variant of a product line. The size is read apart from the thing asked about, so it never
// vetoes the line: the line is found from the other words, then among the products that match
// them about equally the one whose label states that size comes first. A size the store does
// not stock leaves the line's order alone, and the answer says which sizes there are.
//
// Sizes are read from product names as the catalog writes them (", L", "Large", "36x30",
// "8.5 lb", "3M", "6-Pack", "(80-Count)", "5 gal."), so no store's products are written here.

import (
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"
)

// size is one size stated by a shopper or a label.
type size struct {
	kind   sizeKind
	v, v2  float64 // the amount; v2 the second figure of a pair (30x32) or the top of a range (0-3M)
	unit   string  // canonical unit of an amount: "oz", "ml", "ct", "lb"...; "" for a bare figure
	letter string  // a letter size: "xs" "s" "m" "l" "xl" "xxl" "xxxl"
}

type sizeKind uint8

const (
	sizeAmount sizeKind = iota + 1 // 35 lb, 40 oz, 14 ct, 50 ft, 3 months
	sizePair                       // 30x32, 8 x 10 in
	sizeSpan                       // 0-3M, 6-10 (a label's range)
	sizeFigure                     // a bare size: "size 12", a label's ", 12"
	sizeLetter                     // S, M, L, XL, "large"
)

// variantSpec is what a question says of the variant: sizes, and whether it wants the biggest
// or the smallest of a line ("the big bottle", "a small bag").
type variantSpec struct {
	sizes []size
	words []string // the size words said, to prefer labels that use them ("giant", "large")
	vague int      // +1 the largest, -1 the smallest
	house bool     // "store brand", "generic": the store's own brand
}

func (v variantSpec) empty() bool { return len(v.sizes) == 0 && v.vague == 0 && !v.house }

// numberWords are the figures shoppers say in words.
var numberWords = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// letterSizes name each way of saying a clothing size.
var letterSizes = map[string]string{
	"xs": "xs", "s": "s", "m": "m", "l": "l", "xl": "xl", "xxl": "xxl", "xxxl": "xxxl",
	"small": "s", "medium": "m", "large": "l", "med": "m", "sm": "s", "lg": "l",
}

// vagueWords ask for the biggest or the smallest of a line.
var vagueWords = map[string]int{
	"big": 1, "bigger": 1, "biggest": 1, "largest": 1, "huge": 1, "jumbo": 1, "giant": 1,
	"small": -1, "smaller": -1, "smallest": -1, "little": -1, "mini": -1, "tiny": -1,
	"large": 1,
}

// sizeUnits are the units of an sizeAmount, canonical; several measure the same thing (lb and oz,
// gal and ml) and are compared in one of them (see base).
var sizeUnits = map[string]string{
	"lb": "lb", "oz": "oz", "gal": "gal", "qt": "qt", "pt": "pt", "l": "l", "ml": "ml",
	"g": "g", "kg": "kg", "ct": "ct", "pack": "ct", "piece": "ct", "ft": "ft", "inch": "inch",
	"yd": "yd", "mm": "mm", "cm": "cm", "watt": "watt", "volt": "volt", "mg": "mg",
	"month": "month", "months": "month", "mo": "month", "doses": "ct", "dose": "ct",
	"cup": "cup", "cups": "cup", "count": "ct", "pk": "ct", "pc": "ct", "lbs": "lb",
	"can": "ct", "cans": "ct", "roll": "ct", "rolls": "ct", "bottles": "ct",
	"person": "person", "persons": "person", "people": "person", // a tent's "4-Person"
}

// oneUnits are the measures a shopper names alone for one of them: "the gallon", "lucas oil
// stabilizer gallon", "a pound of coffee".
var oneUnits = setOf(`gal qt pt lb`)

// base puts an amount in one unit of its measure, so "2 lb" and "32 oz" are the same.
func base(v float64, unit string) (float64, string) {
	switch unit {
	case "lb":
		return v * 16, "oz"
	case "kg":
		return v * 35.274, "oz"
	case "g":
		return v / 28.35, "oz"
	case "gal":
		return v * 3785.4, "ml"
	case "qt":
		return v * 946.4, "ml"
	case "pt":
		return v * 473.2, "ml"
	case "l":
		return v * 1000, "ml"
	case "ft":
		return v * 12, "inch"
	case "yd":
		return v * 36, "inch"
	case "cm":
		return v / 2.54, "inch"
	case "mm":
		return v / 25.4, "inch"
	}
	return v, unit
}

// sizeTokens splits text into lower-case words and figures, keeping decimals and fractions
// whole ("8.5", "3/4") and marking a range's dash ("0-3M" → 0 - 3 m), which tokens does not.
func sizeTokens(s string) []string {
	var out []string
	var b strings.Builder
	rs := []rune(strings.ToLower(s))
	flush := func() {
		if b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
		}
	}
	digit := func(i int) bool { return i >= 0 && i < len(rs) && unicode.IsDigit(rs[i]) }
	for i, r := range rs {
		switch {
		case unicode.IsDigit(r):
			if b.Len() > 0 && !unicode.IsDigit(rs[i-1]) && rs[i-1] != '.' && rs[i-1] != '/' {
				flush()
			}
			b.WriteRune(r)
		case (r == '.' || r == '/') && digit(i-1) && digit(i+1):
			b.WriteRune(r)
		case unicode.IsLetter(r):
			if b.Len() > 0 && !unicode.IsLetter(rs[i-1]) {
				flush()
			}
			b.WriteRune(r)
		case r == '-' && digit(i-1) && digit(i+1):
			flush()
			out = append(out, "-")
		case r == '"' && digit(i-1):
			flush()
			out = append(out, "inch")
		default:
			flush()
		}
	}
	flush()
	return out
}

// number reads a figure: "35", "8.5", "1/2".
func number(w string) (float64, bool) {
	if n, d, ok := strings.Cut(w, "/"); ok {
		a, err1 := strconv.ParseFloat(n, 64)
		b, err2 := strconv.ParseFloat(d, 64)
		if err1 != nil || err2 != nil || b == 0 {
			return 0, false
		}
		return a / b, true
	}
	f, err := strconv.ParseFloat(w, 64)
	return f, err == nil
}

// numberWordsAt reads figures said in words at ws[i] ("thirty five", "one hundred", "forty
// four"): the value and how many words; 0 words if none.
func numberWordsAt(ws []string, i int) (int, int) {
	val, used := 0, 0
	tens, hundreds := false, false
	for j := i; j < len(ws); j++ {
		w := ws[j]
		if w == "hundred" && used > 0 && val > 0 && val < 10 {
			val *= 100
			used++
			hundreds, tens = true, false
			continue
		}
		v, ok := numberWords[w]
		switch {
		case !ok:
			return val, used
		case used == 0:
			val = v
		case hundreds && val%100 == 0 && v > 0:
			val += v
		case tens && v > 0 && v < 10 && val%10 == 0:
			val += v
		default:
			return val, used
		}
		tens = v >= 20 && v%10 == 0
		used++
	}
	return val, used
}

// sizeMark words may stand just before a size and go with it: "in a large", "size 12".
var sizeMark = setOf(`size sized in a an the`)

// variantOf reads the size or variant a question names and returns the question's words
// without it: "hanes crew tees in large" → L, "hanes crew tees". ok is false when the question
// names none.
func variantOf(toks []string) (v variantSpec, rest []string, ok bool) {
	ws := slices.Clone(toks)
	// Figures said in words become figures before a unit or after "size": "thirty five pound",
	// "a size ten"; "the cvs one" stays as said.
	for i := 0; i < len(ws); i++ {
		n, used := numberWordsAt(ws, i)
		if used == 0 {
			continue
		}
		next := ""
		if i+used < len(ws) {
			next = ws[i+used]
		}
		_, unit := sizeUnits[next]
		if unit || unitNames[next] != "" || next == "x" || next == "by" || i > 0 && ws[i-1] == "size" {
			ws = slices.Replace(ws, i, i+used, strconv.Itoa(n))
		}
	}
	ws = mixedNumbers(units(ws))
	drop := make([]bool, len(ws))
	mark := func(i, j int) {
		for k := i; k < j; k++ {
			drop[k] = true
		}
		// "in a large", "size 12", "a size ten": the words that only introduce the size.
		for k := i - 1; k >= 0 && sizeMark[ws[k]] && !drop[k]; k-- {
			drop[k] = true
		}
		if j < len(ws) && (ws[j] == "size" || ws[j] == "sized") {
			drop[j] = true
		}
	}
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		next := func(k int) string {
			if i+k < len(ws) {
				return ws[i+k]
			}
			return ""
		}
		if (w == "2" || w == "3") && next(1) == "xl" { // 2XL, 3XL
			v.sizes = append(v.sizes, size{kind: sizeLetter, letter: strings.Repeat("x", int(w[0]-'0')) + "l"})
			mark(i, i+2)
			i++
			continue
		}
		if f, isNum := number(w); isNum && isNumber(w) {
			// 30x32, 34 by 32
			if (next(1) == "x" || next(1) == "by") && isNumber(next(2)) {
				g, _ := number(next(2))
				v.sizes = append(v.sizes, size{kind: sizePair, v: f, v2: g})
				end := i + 3
				if u, ok := sizeUnits[next(3)]; ok && u == "inch" {
					end++
				}
				mark(i, end)
				i = end - 1
				continue
			}
			// 0 to 3 months
			if next(1) == "to" && isNumber(next(2)) && (next(3) == "months" || next(3) == "month") {
				g, _ := number(next(2))
				v.sizes = append(v.sizes, size{kind: sizeSpan, v: f, v2: g, unit: "month"})
				mark(i, i+4)
				i += 3
				continue
			}
			u := next(1)
			if u == "fl" && next(2) == "oz" {
				v.sizes = append(v.sizes, size{kind: sizeAmount, v: f, unit: "oz"})
				mark(i, i+3)
				i += 2
				continue
			}
			if cu, ok := sizeUnits[u]; ok {
				v.sizes = append(v.sizes, size{kind: sizeAmount, v: f, unit: cu})
				end := i + 2
				if cu == "ct" && (next(2) == "pack" || next(2) == "pk") {
					end++ // "the 4 can pack"
				}
				mark(i, end)
				i = end - 1
				continue
			}
			if u == "t" && f < 10 { // toddler 3T
				v.sizes = append(v.sizes, size{kind: sizeFigure, v: f, unit: "t"})
				mark(i, i+2)
				i++
				continue
			}
			if i > 0 && ws[i-1] == "size" {
				v.sizes = append(v.sizes, size{kind: sizeFigure, v: f})
				mark(i, i+1)
				continue
			}
			continue
		}
		if u := unitNames[w]; oneUnits[u] && (i == 0 || !isNumber(ws[i-1])) && u != w {
			v.sizes = append(v.sizes, size{kind: sizeAmount, v: 1, unit: u}) // "gallon": 1 gal
			mark(i, i+1)
			continue
		}
		// extra large, x large, xx large
		if (w == "extra" || w == "x" || w == "xx") && (next(1) == "large" || next(1) == "small") {
			l := "xl"
			switch {
			case next(1) == "small":
				l = "xs"
			case w == "xx":
				l = "xxl"
			}
			v.sizes = append(v.sizes, size{kind: sizeLetter, letter: l})
			mark(i, i+2)
			i++
			continue
		}
		if l, ok := letterSizes[w]; ok {
			single := len(w) <= 2 && w != "xl" && w != "xs"
			if single && !(i > 0 && (ws[i-1] == "size" || ws[i-1] == "in")) {
				continue // "m and m", "s" of a possessive: a letter alone is a size only when marked
			}
			v.sizes = append(v.sizes, size{kind: sizeLetter, letter: l})
			v.words = append(v.words, w)
			if d, ok := vagueWords[w]; ok {
				v.vague = d
			}
			mark(i, i+1)
			continue
		}
		if d, ok := vagueWords[w]; ok {
			v.vague = d
			v.words = append(v.words, w)
			mark(i, i+1)
			continue
		}
		if (w == "family" || w == "value" || w == "party" || w == "bulk") && next(1) == "size" {
			v.vague = 1
			mark(i, i+2)
			i++
			continue
		}
		if w == "travel" && next(1) == "size" {
			v.vague = -1
			mark(i, i+2)
			i++
			continue
		}
		if (w == "store" || w == "house" || w == "generic") && (next(1) == "brand" || w == "generic") {
			v.house = true
			end := i + 1
			if next(1) == "brand" {
				end++
			}
			mark(i, end)
			i = end - 1
		}
	}
	if v.empty() {
		return v, toks, false
	}
	for i, w := range ws {
		if !drop[i] {
			rest = append(rest, w)
		}
	}
	return v, rest, true
}

// withoutVariant is the question's text with the size words left out, its punctuation kept
// (clauses split at it).
func withoutVariant(text string) (variantSpec, string, bool) {
	var all variantSpec
	var b strings.Builder
	found := false
	start := 0
	for i, r := range text + "," {
		if !strings.ContainsRune(",.;:?!()", r) {
			continue
		}
		part := ""
		if i <= len(text) && start <= i {
			part = text[start:min(i, len(text))]
		}
		v, rest, ok := variantOf(tokens(part))
		if ok {
			found = true
			all.sizes = append(all.sizes, v.sizes...)
			all.words = append(all.words, v.words...)
			all.vague = cmpVague(all.vague, v.vague)
			all.house = all.house || v.house
		}
		b.WriteString(strings.Join(rest, " "))
		if i < len(text) {
			b.WriteRune(r)
			b.WriteByte(' ')
		}
		start = i + 1
	}
	return all, b.String(), found
}

func cmpVague(a, b int) int {
	if b != 0 {
		return b
	}
	return a
}

// mixed reads a whole and a fraction of an inch, a foot or a pound (halves to sixty-fourths)
// as one figure: "1", "1/4" → 1.25. "16 32/33" is a shirt's neck and sleeve.
func mixed(whole, frac string) (float64, bool) {
	n, d, ok := strings.Cut(frac, "/")
	if !ok || strings.ContainsAny(whole, "/.") || !isNumber(whole) {
		return 0, false
	}
	a, err1 := strconv.Atoi(n)
	b, err2 := strconv.Atoi(d)
	if err1 != nil || err2 != nil || a < 1 || a >= b || b > 64 || b&(b-1) != 0 {
		return 0, false
	}
	w, _ := number(whole)
	return w + float64(a)/float64(b), true
}

// mixedNumbers writes a whole and a fraction before a unit as one figure ("1 1/4 inch" → 1.25
// inch), as labels print them ("1-1/4 in.", "1.25 in.") are read.
func mixedNumbers(ws []string) []string {
	for i := 0; i+2 < len(ws); i++ {
		if _, unit := sizeUnits[ws[i+2]]; !unit && unitNames[ws[i+2]] == "" {
			continue
		}
		if i > 0 && len(ws[i-1]) == 1 {
			continue // "t50 1/2 inch staples": the 50 is a model's
		}
		if f, ok := mixed(ws[i], ws[i+1]); ok {
			ws = slices.Replace(ws, i, i+2, strconv.FormatFloat(f, 'f', -1, 64))
		}
	}
	return ws
}

// labelSizes reads the sizes a product's name states: its last comma part (", L", ", 36x30",
// ", 3-6M", ", 12", "S (6/7)") and the amounts anywhere in it ("5 lb.", "(80-Count)").
func labelSizes(name string) []size {
	var out []size
	ws := sizeTokens(name)
	for i := 0; i < len(ws); i++ {
		f, ok := number(ws[i])
		if !ok {
			continue
		}
		next := func(k int) string {
			if i+k < len(ws) {
				return ws[i+k]
			}
			return ""
		}
		// "1-1/4 in.": a whole and a fraction are one figure ("T50 1/2 in." is a model's 50).
		if m, ok := mixed(ws[i], next(2)); ok && next(1) == "-" {
			f, i = m, i+2
		}
		switch {
		case next(1) == "x" && isNumber(next(2)):
			g, _ := number(next(2))
			out = append(out, size{kind: sizePair, v: f, v2: g})
			i += 2
		case next(1) == "-" && isNumber(next(2)):
			g, _ := number(next(2))
			u := ""
			if next(3) == "m" {
				u = "month"
			}
			out = append(out, size{kind: sizeSpan, v: f, v2: g, unit: u})
			i += 2
		case next(1) == "fl" && next(2) == "oz":
			out = append(out, size{kind: sizeAmount, v: f, unit: "oz"})
			i += 2
		case next(1) == "m" && f <= 24 && (next(2) == "" || !unicode.IsLetter(rune(next(2)[0]))):
			out = append(out, size{kind: sizeAmount, v: f, unit: "month"})
			i++
		case next(1) == "t" && f < 10:
			out = append(out, size{kind: sizeFigure, v: f, unit: "t"})
			i++
		default:
			u := next(1)
			if n, ok := unitNames[u]; ok {
				u = n
			}
			if cu, ok := sizeUnits[u]; ok {
				out = append(out, size{kind: sizeAmount, v: f, unit: cu})
				i++
			}
		}
	}
	// The last comma part states a clothing, shoe or bed size.
	if c := strings.LastIndexByte(name, ','); c >= 0 {
		last := sizeTokens(name[c+1:])
		for i, w := range last {
			if l, ok := letterSizes[w]; ok && i == 0 || ok && i > 0 && last[i-1] == "x" {
				if i > 0 && last[i-1] == "x" {
					l = "x" + l
				}
				if i > 0 && (last[i-1] == "xx" || last[i-1] == "2" || last[i-1] == "extra") {
					l = "x" + l
				}
				out = append(out, size{kind: sizeLetter, letter: l})
				break
			}
			if (w == "x" || w == "extra") && i+1 < len(last) && (last[i+1] == "large" || last[i+1] == "small") {
				continue
			}
			if i == 0 && (w == "2xl" || w == "xxl") {
				out = append(out, size{kind: sizeLetter, letter: "xxl"})
				break
			}
			if i == 0 && w == "2" && len(last) > 1 && last[1] == "xl" {
				out = append(out, size{kind: sizeLetter, letter: "xxl"})
				break
			}
			if f, ok := number(w); ok && i == 0 && len(last) == 1 {
				out = append(out, size{kind: sizeFigure, v: f}) // ", 12": a shoe or trouser size
			}
			break
		}
	}
	return out
}

// fit scores how well a label's sizes answer the sizes asked for: above 0 when it states one of
// them, below 0 when it states another of the same kind, 0 when it says nothing of it.
func fit(asked []size, label []size) float64 {
	total := 0.0
	for _, a := range asked {
		best := 0.0
		for _, l := range label {
			best = maxAbs(best, sizeMatch(a, l))
		}
		total += best
	}
	return total
}

// maxAbs keeps a match over a mismatch, and any verdict over none.
func maxAbs(a, b float64) float64 {
	if a > 0 || b > 0 {
		return max(a, b)
	}
	return min(a, b)
}

func near(a, b float64) bool { return math.Abs(a-b) <= 0.015*math.Max(math.Abs(a), math.Abs(b))+1e-9 }

func sizeMatch(a, l size) float64 {
	switch a.kind {
	case sizeLetter:
		if l.kind != sizeLetter {
			return 0
		}
		if a.letter == l.letter {
			return 2
		}
		return -1
	case sizePair:
		if l.kind != sizePair {
			return 0
		}
		if near(a.v, l.v) && near(a.v2, l.v2) {
			return 2
		}
		return -1
	case sizeAmount, sizeSpan:
		if a.kind == sizeSpan && l.kind == sizeSpan {
			if a.unit == l.unit && near(a.v, l.v) && near(a.v2, l.v2) {
				return 2
			}
			return -1
		}
		if l.kind == sizeSpan && a.kind == sizeAmount && (l.unit == a.unit || l.unit == "") {
			if a.v >= l.v && a.v <= l.v2 {
				return 1.5
			}
			return -1
		}
		if l.kind != sizeAmount || a.kind != sizeAmount {
			return 0
		}
		av, au := base(a.v, a.unit)
		lv, lu := base(l.v, l.unit)
		if au != lu {
			return 0
		}
		if near(av, lv) {
			return 2
		}
		return -1
	case sizeFigure:
		switch {
		case l.kind == sizeFigure && l.unit == a.unit:
			if near(a.v, l.v) {
				return 2
			}
			return -1
		case l.kind == sizeSpan && a.unit == "" && l.unit == "":
			if a.v >= l.v && a.v <= l.v2 {
				return 1.5
			}
			return -1
		}
	}
	return 0
}

// labelAmount is the amount a label states, in one unit, for "the big one": the last amount
// in the name (the pack's size comes last: "Cat Litter, 24/7 Performance, 35 lb").
func labelAmount(sizes []size) (float64, string, bool) {
	for i := len(sizes) - 1; i >= 0; i-- {
		if s := sizes[i]; s.kind == sizeAmount && s.unit != "month" {
			v, u := base(s.v, s.unit)
			return v, u, true
		}
	}
	return 0, "", false
}

// variantPool is how far below the best match a product may score and still count as the
// same answer told apart only by its size: variants of one line differ by tenths (a longer
// name, a share of the words said), another kind of product by points.
const variantPool = 1.0

// chooseVariant puts first, among the products that match the question about as well as the
// best, those that state the size asked for; words the search let go of ("non drowsy", "mom")
// count too. It reports whether the first product is the very size asked for (it then stays
// first even when out of stock), and the sizes the line comes in when none is.
func (x *index) chooseVariant(hits []scored, v variantSpec, dropped []concept) ([]scored, bool, []string) {
	if len(hits) < 2 {
		return hits, len(hits) == 1 && v.sizes != nil && fit(v.sizes, labelSizes(x.items[hits[0].id].name)) > 0, nil
	}
	var words []string
	for _, c := range dropped {
		if c.soft == 0 {
			words = append(words, strings.Fields(c.said)...)
		}
	}
	if v.empty() && len(words) == 0 {
		return hits, false, nil
	}
	top := hits[0].score
	n := 0
	for n < len(hits) && hits[n].score >= top-variantPool {
		n++
	}
	pool := slices.Clone(hits[:n])
	fits := make(map[uint32]float64, n)
	// Among a line's amounts, "the big one" is the largest in the commonest unit.
	var lo, hi float64
	unitCount := map[string]int{}
	amounts := map[uint32]float64{}
	units := map[uint32]string{}
	for _, h := range pool {
		if a, u, ok := labelAmount(labelSizes(x.items[h.id].name)); ok {
			amounts[h.id], units[h.id] = a, u
			unitCount[u]++
		}
	}
	common := ""
	for u, c := range unitCount {
		if c > unitCount[common] || c == unitCount[common] && u < common {
			common = u
		}
	}
	first := true
	for id, a := range amounts {
		if units[id] != common {
			continue
		}
		if first || a < lo {
			lo = a
		}
		if first || a > hi {
			hi = a
		}
		first = false
	}
	house := x.houseBrand()
	letters := false
	for _, h := range pool {
		ls := labelSizes(x.items[h.id].name)
		for _, s := range ls {
			letters = letters || s.kind == sizeLetter
		}
	}
	asked := effective(v.sizes, letters)
	for _, h := range pool {
		it := &x.items[h.id]
		ls := labelSizes(it.name)
		f := fit(asked, ls)
		if v.vague != 0 && hi > lo && units[h.id] == common && !(letters && f != 0) {
			if a, ok := amounts[h.id]; ok {
				f += 1.5 * float64(v.vague) * ((a-lo)/(hi-lo)*2 - 1)
			}
		}
		name := strings.ToLower(it.name)
		for _, w := range append(slices.Clone(v.words), words...) {
			if _, isSize := letterSizes[w]; isSize && len(asked) > 0 {
				continue // the size is weighed by fit: "medium" is the M, not a Medium Wash
			}
			if containsWord(name, w) {
				f += 0.5
			}
		}
		if v.house && house != "" && strings.HasPrefix(name, house) {
			f += 2
		}
		fits[h.id] = f
	}
	slices.SortStableFunc(pool, func(a, b scored) int {
		switch fa, fb := fits[a.id], fits[b.id]; {
		case fa > fb:
			return -1
		case fa < fb:
			return 1
		}
		return 0
	})
	out := append(pool, hits[n:]...)
	exact := fit(effective(v.sizes, letters), labelSizes(x.items[out[0].id].name)) >= 1.5 ||
		len(effective(v.sizes, letters)) == 0 && fits[out[0].id] > 0 && (v.vague != 0 && hi > lo || v.house)
	var offered []string
	if v.sizes != nil && !exact {
		// Not the size asked for: name the sizes the first product's line comes in.
		line := lineOf(x.items[out[0].id].name)
		for _, h := range pool {
			name := x.items[h.id].name
			if lineOf(name) != line {
				continue
			}
			if c := strings.LastIndexByte(name, ','); c >= 0 {
				if s := strings.TrimSpace(name[c+1:]); !slices.Contains(offered, s) && len(labelSizes(", "+s)) > 0 {
					offered = append(offered, s)
				}
			}
		}
		if len(offered) < 2 {
			offered = nil
		}
	}
	return out, exact, offered
}

// lineOf is a name without its last comma part: the product line its sizes share.
func lineOf(name string) string {
	if c := strings.LastIndexByte(name, ','); c >= 0 {
		return name[:c]
	}
	return name
}

// containsWord reports whether lower-case text has w as a whole word.
func containsWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		j += i
		end := j + len(w)
		if (j == 0 || !isWordByte(text[j-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = j + 1
	}
}

func isWordByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

// houseBrand is the store's own brand, in lower case: the first word of the most product
// names, when it starts a tenth of them or more ("CVS Health ...", "Great Value ..."); "" if
// no one word does.
func (x *index) houseBrand() string {
	x.houseOnce.Do(func() {
		count := map[string]int{}
		for i := range x.items {
			w, _, _ := strings.Cut(strings.ToLower(x.items[i].name), " ")
			count[w]++
		}
		best, n := "", 0
		for w, c := range count {
			if c > n || c == n && w < best {
				best, n = w, c
			}
		}
		if n*10 >= len(x.items) && n > 1 {
			x.house = best
		}
	})
	return x.house
}

// effective are the sizes asked for that a line can state: "small" and "large" with no
// clothing sizes in sight say the pack's size (see vague), not S or L.
func effective(asked []size, letters bool) []size {
	if letters {
		return asked
	}
	return slices.DeleteFunc(slices.Clone(asked), func(s size) bool {
		return s.kind == sizeLetter && s.letter != "xs" && s.letter != "xl"
	})
}
