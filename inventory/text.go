package inventory

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// maxField bounds any one text field; a longer value is an export error, not a product.
const maxField = 2000

// cleanField prepares raw feed text for storage: invalid UTF-8 (a Windows-1252 export) is
// decoded as Windows-1252, control characters and byte-order marks are dropped, runs of space
// are collapsed and the result is NFC. Visible characters are kept exactly, mojibake included:
// the database holds what the store sent.
func cleanField(s string) string {
	if plainASCII(s) {
		return s // nearly every field of a real feed: nothing to drop, collapse or compose
	}
	return cleanFull(s)
}

// cleanFull is cleanField for text that needs the work.
func cleanFull(s string) string {
	if !utf8.ValidString(s) {
		if d, err := charmap.Windows1252.NewDecoder().String(s); err == nil {
			s = d
		} else {
			s = strings.ToValidUTF8(s, "\uFFFD")
		}
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case r == '\uFEFF' || r == 0:
			continue
		case unicode.IsSpace(r) || unicode.IsControl(r):
			space = b.Len() > 0
			continue
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return norm.NFC.String(b.String())
}

// plainASCII reports whether s is printable ASCII with single spaces between words only, which
// cleanField would return unchanged.
func plainASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c > ' ' && c < 0x7f:
		case c == ' ' && i > 0 && i < len(s)-1 && s[i+1] != ' ':
		default:
			return false
		}
	}
	return true
}

// CleanText repairs text that was UTF-8, decoded once as Windows-1252 and encoded again
// ("CafÃ©" for "Café", "Zeroâ„¢" for "Zero™"), which real catalog exports are full of.
// Text that is not damaged that way is returned unchanged.
func CleanText(s string) string {
	if !looksMojibake(s) {
		return s
	}
	enc := charmap.Windows1252.NewEncoder()
	raw, err := enc.String(s)
	if err != nil || !utf8.ValidString(raw) {
		return repairPieces(s)
	}
	return raw
}

// looksMojibake is a cheap test for the lead bytes of double-encoded UTF-8.
func looksMojibake(s string) bool {
	return strings.ContainsAny(s, "ÃÂâÅÆ")
}

// repairPieces repairs mojibake word by word when the whole string does not round-trip
// (one damaged word next to a genuine "é", say).
func repairPieces(s string) string {
	enc := charmap.Windows1252.NewEncoder()
	words := strings.Split(s, " ")
	for i, w := range words {
		if !looksMojibake(w) {
			continue
		}
		if raw, err := enc.String(w); err == nil && utf8.ValidString(raw) {
			words[i] = raw
		}
	}
	return strings.Join(words, " ")
}

// ReadableName makes a department's or category's slug readable when the feed gives no
// display name: each word capitalised ("canned goods" → "Canned Goods"), "and" written "&"
// and "&" kept ("lawn and garden", "lawn & garden" → "Lawn & Garden"), short joining words
// small ("Food for Cats"), and a word that already has capitals left as written ("BBQ"). A slug
// that dropped its "&" ("dairy eggs") cannot be told from a name of two words ("canned
// goods"): for "Dairy & Eggs", give the feed's department_name.
func ReadableName(slug string) string {
	ws := strings.Fields(CleanText(slug))
	for i, w := range ws {
		lower := strings.ToLower(w)
		switch {
		case lower == "and" || w == "&":
			ws[i] = "&"
		case i > 0 && smallWords[lower]:
			ws[i] = lower
		case w != lower:
			// As written: "BBQ", "iPhone", "Dairy".
		default:
			r, n := utf8.DecodeRuneInString(w)
			ws[i] = string(unicode.ToUpper(r)) + w[n:]
		}
	}
	return strings.Join(ws, " ")
}

var smallWords = map[string]bool{"a": true, "an": true, "at": true, "by": true, "for": true,
	"in": true, "of": true, "on": true, "or": true, "the": true, "to": true, "with": true}
