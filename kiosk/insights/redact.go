package insights

import (
	"regexp"
	"strings"
	"unicode"
)

// What a shopper says to a kiosk may hold more than a question: a name, a phone number, an
// email address, a card or account number. None of it is kept.
var (
	emailRe = regexp.MustCompile(`(?i)[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+`)
	// An address as a voice recogniser writes it: "ana at gmail dot com".
	spokenEmailRe = regexp.MustCompile(`(?i)\b[\p{L}\p{N}._-]+\s+at\s+[\p{L}\p{N}-]+(\s+dot\s+[\p{L}\p{N}-]+)+\b`)
	// Digits with the separators people put in phone and card numbers.
	digitsRe = regexp.MustCompile(`\+?\d[\d\s().-]{3,}\d`)
	// A name introduced: "my name is Ana Silva", "this is Bo", "call me Bo", "for Mrs Smith".
	nameRe  = regexp.MustCompile(`(?i)\b(my name is|my name's|name is|i am called|i'm called|call me|this is|me llamo|mi nombre es)\s+(\p{L}[\p{L}'-]*)(\s+\p{L}[\p{L}'-]*)?`)
	titleRe = regexp.MustCompile(`(?i)\b(mr|mrs|ms|miss|dr|doctor|señor|señora|sr|sra)\.?\s+\p{L}[\p{L}'-]*(\s+\p{Lu}[\p{L}'-]*)?`)
	// "I'm Ana," / "I am Bo." — a capitalised word after "I'm", ended by a comma or full stop.
	introRe = regexp.MustCompile(`\b(?i:i'm|i am)\s+\p{Lu}[\p{L}'-]*[,.]`)
)

// numberWords are digits as a recogniser spells them: a phone number said aloud.
var numberWords = map[string]bool{"zero": true, "oh": true, "one": true, "two": true, "three": true, "four": true,
	"five": true, "six": true, "seven": true, "eight": true, "nine": true, "double": true, "triple": true}

// notNames are words that follow "this is" or "call me" without being a name.
var notNames = map[string]bool{"a": true, "an": true, "the": true, "it": true, "for": true, "what": true, "where": true,
	"how": true, "not": true, "my": true, "your": true, "that": true, "this": true, "about": true, "when": true,
	"back": true, "later": true, "please": true, "if": true, "and": true, "or": true, "to": true, "in": true,
	"on": true, "of": true, "with": true, "is": true, "looking": true}

// Redact takes personal data out of a question: emails, phone and other long numbers (five
// digits or more, or five number words in a row), and names that are introduced. Sizes and
// prices ("12 oz", "2 for 5") stay.
func Redact(q string) string {
	q = emailRe.ReplaceAllString(q, " ")
	q = spokenEmailRe.ReplaceAllString(q, " ")
	q = digitsRe.ReplaceAllStringFunc(q, func(m string) string {
		if countDigits(m) >= 5 {
			return " "
		}
		return m
	})
	q = nameRe.ReplaceAllStringFunc(q, func(m string) string {
		sub := nameRe.FindStringSubmatch(m)
		lead, first, second := sub[1], sub[2], strings.TrimSpace(sub[3])
		if notNames[strings.ToLower(first)] {
			return m
		}
		// "this is gluten free", "call me back": only a capitalised word is taken for a name
		// after the looser introductions.
		if l := strings.ToLower(lead); (l == "this is" || l == "call me") && !startsUpper(first) {
			return m
		}
		if second != "" && !notNames[strings.ToLower(second)] && startsUpper(second) {
			return lead + " "
		}
		return lead + " " + sub[3]
	})
	q = titleRe.ReplaceAllString(q, " ")
	q = introRe.ReplaceAllString(q, " ")
	// Five number words in a row are a number said aloud.
	fs := strings.Fields(q)
	out := fs[:0]
	for i := 0; i < len(fs); {
		j := i
		for j < len(fs) && numberWords[strings.ToLower(strings.Trim(fs[j], ",.-"))] {
			j++
		}
		if j-i >= 5 {
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		out = append(out, fs[i:j]...)
		i = j
	}
	return strings.Join(out, " ")
}

func countDigits(s string) int {
	n := 0
	for _, r := range s {
		if r >= '0' && r <= '9' {
			n++
		}
	}
	return n
}

func startsUpper(s string) bool {
	for _, r := range s {
		return unicode.IsUpper(r)
	}
	return false
}

// maxQuestion bounds a recorded question: a question, not a story.
const maxQuestion = 160

// Normalize is a question as it is counted: personal data out, lower case, words only, one
// space between them. Two questions that normalise alike are one row.
func Normalize(q string) string { return tidy(Redact(q)) }

// Tidy is Normalize for a question normalised already (by a kiosk): emails and long numbers
// are taken out again, the rest is only tidied (names were taken out where they were
// introduced, and "my name is" is gone from what is left).
func Tidy(q string) string {
	q = emailRe.ReplaceAllString(q, " ")
	q = digitsRe.ReplaceAllStringFunc(q, func(m string) string {
		if countDigits(m) >= 5 {
			return " "
		}
		return m
	})
	return tidy(q)
}

func tidy(q string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.ToLower(q) {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'':
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(r)
		default:
			space = true
		}
	}
	s := b.String()
	if r := []rune(s); len(r) > maxQuestion {
		s = strings.TrimSpace(string(r[:maxQuestion]))
	}
	return s
}
