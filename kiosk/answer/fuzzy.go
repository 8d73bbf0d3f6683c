package answer

import (
	"sort"
	"strings"
)

// Spelling and speech-recognition errors: a shopper's word that is not in the catalog is
// matched to the catalog word it most likely means, by edit distance first ("chese" →
// cheese, "cofee" → coffee) and by sound second ("serial" → cereal). Only words of the
// catalog are candidates, so a correction can never invent a product.

// maxEdits is how many typing errors a word of this length may carry and still be recognised.
func maxEdits(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 7:
		return 1
	default:
		return 2
	}
}

// correct returns catalog terms a misspelt stem may mean, best first, or nil.
func (x *index) correct(st string) []uint32 {
	k := maxEdits(len(st))
	if k == 0 || !isLetters(st) {
		return nil
	}
	best, bestD := []uint32(nil), k+1
	for l := max(len(st)-k, 1); l <= len(st)+k && l < len(x.byLen); l++ {
		for _, id := range x.byLen[l] {
			t := &x.terms[id]
			if t.nameDF == 0 || t.stem == st {
				continue // brand-only and description-only words make poor corrections
			}
			d := editDistance(st, t.stem, k+1)
			if d > k {
				continue
			}
			if len(st) <= 5 && soundKey(st) != soundKey(t.stem) {
				continue // short words: "sofa" is not "soda", "lamp" is not "lamb"
			}
			switch {
			case d < bestD:
				best, bestD = append(best[:0], id), d
			case d == bestD:
				best = append(best, id)
			}
		}
	}
	if len(best) == 0 && len(st) >= 5 {
		// Sound-alike words: same phonetic key, close in spelling ("serial" → cereal).
		for _, id := range x.sounds[soundKey(st)] {
			t := &x.terms[id]
			if t.nameDF > 0 && editDistance(st, t.stem, 4) <= 3 {
				best = append(best, id)
			}
		}
	}
	// Prefer words shoppers ask for: those naming more products, heads of names first.
	sort.Slice(best, func(i, j int) bool {
		ta, tb := &x.terms[best[i]], &x.terms[best[j]]
		if ta.headDF != tb.headDF {
			return ta.headDF > tb.headDF
		}
		if ta.nameDF != tb.nameDF {
			return ta.nameDF > tb.nameDF
		}
		return ta.stem < tb.stem
	})
	if len(best) > 3 {
		best = best[:3]
	}
	return best
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the Damerau–Levenshtein (optimal string alignment) distance between a and
// b, or limit when it is at least limit.
func editDistance(a, b string, limit int) int {
	if abs(len(a)-len(b)) >= limit {
		return limit
	}
	var buf [3][40]int
	if len(b) >= 40 || len(a) >= 40 {
		return limit
	}
	prev2, prev, cur := buf[0][:len(b)+1], buf[1][:len(b)+1], buf[2][:len(b)+1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			rowMin = min(rowMin, v)
		}
		if rowMin >= limit {
			return limit
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], limit)
}

// soundKey is a small Metaphone: words that sound alike get the same key ("cereal" and
// "serial" → SRL, "bred" and "bread" → BRT, "wear" and "where" → WR).
func soundKey(w string) string {
	if w == "" || !isLetters(w) {
		return ""
	}
	for _, p := range []string{"kn", "gn", "pn", "wr", "ps"} {
		if strings.HasPrefix(w, p) {
			w = w[1:]
			break
		}
	}
	if strings.HasPrefix(w, "x") {
		w = "s" + w[1:]
	}
	if strings.HasPrefix(w, "wh") {
		w = "w" + w[2:]
	}
	vowel := func(i int) bool { return i < len(w) && strings.IndexByte("aeiou", w[i]) >= 0 }
	at := func(i int) byte {
		if i >= 0 && i < len(w) {
			return w[i]
		}
		return 0
	}
	var b strings.Builder
	emit := func(c byte) {
		s := b.String()
		if len(s) == 0 || s[len(s)-1] != c {
			b.WriteByte(c)
		}
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i > 0 && c == w[i-1] && c != 'c' {
			continue
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u':
			if i == 0 {
				emit('A')
			}
		case 'b':
			if !(i == len(w)-1 && at(i-1) == 'm') {
				emit('B')
			}
		case 'c':
			switch {
			case at(i+1) == 'h':
				emit('X')
				i++
			case at(i+1) == 'i' || at(i+1) == 'e' || at(i+1) == 'y':
				emit('S')
			default:
				emit('K')
			}
		case 'd':
			if at(i+1) == 'g' && strings.IndexByte("iey", at(i+2)) >= 0 {
				emit('J')
				i++
			} else {
				emit('T')
			}
		case 'g':
			switch {
			case at(i+1) == 'h' && !vowel(i+2):
				i++ // silent gh: "light"
			case at(i+1) == 'n' && i+2 >= len(w):
			case strings.IndexByte("iey", at(i+1)) >= 0:
				emit('J')
			default:
				emit('K')
			}
		case 'h':
			if vowel(i+1) && strings.IndexByte("csptg", at(i-1)) < 0 {
				emit('H')
			}
		case 'k':
			if at(i-1) != 'c' {
				emit('K')
			}
		case 'p':
			if at(i+1) == 'h' {
				emit('F')
				i++
			} else {
				emit('P')
			}
		case 'q':
			emit('K')
		case 's':
			switch {
			case at(i+1) == 'h':
				emit('X')
				i++
			case at(i+1) == 'i' && (at(i+2) == 'o' || at(i+2) == 'a'):
				emit('X')
			default:
				emit('S')
			}
		case 't':
			switch {
			case at(i+1) == 'i' && (at(i+2) == 'o' || at(i+2) == 'a'):
				emit('X')
			case at(i+1) == 'h':
				emit('0')
				i++
			default:
				emit('T')
			}
		case 'v':
			emit('F')
		case 'w', 'y':
			if vowel(i + 1) {
				emit(byte(c - 32))
			}
		case 'x':
			emit('K')
			emit('S')
		case 'z':
			emit('S')
		default:
			emit(c - 32)
		}
	}
	return b.String()
}
