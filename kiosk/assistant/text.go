package assistant

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storekiosk/storekiosk/inventory"
)

// Catalog text goes to the model as data. A store's feed is not written by an attacker, but
// it is written by many hands (suppliers, marketplace sellers, a vandal with a spreadsheet),
// so text that reads like orders to a model is taken out before the model sees it. The system
// prompt says tool results are data, and the validator checks the reply whatever the model
// made of them; this is the first of those three walls, not the only one.
var (
	instructionRe = regexp.MustCompile(`(?i)` +
		`\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|prompts?|rules?|directions?|guidelines?|everything|above|previous|prior)\b` +
		`|\b(system|developer)\s*(prompt|message|mode|note|instruction)` +
		`|\byou are now\b|\bfrom now on\b` +
		`|\byou (must|should|will|need to|have to)\s+(say|tell|answer|reply|respond|state|claim|announce|inform)\b` +
		`|\b(say|tell|answer|reply|respond|announce|state|inform)\s+(that|to the|everyone|the customer|the shopper|the user|customers|shoppers|users)\b` +
		`|\bnew instructions?\b|\b(act|pretend|behave|roleplay)\s+(as|like|to be)\b` +
		`|\bjailbreak|\bprompt injection\b|\b(assistant|system|user|developer|ai|model|chatbot|llm)\s*:`)
	templateTokenRe = regexp.MustCompile(`(?i)<\|[^|>]{0,40}\|>|\[/?INST\]|<</?SYS>>|</?s>` +
		`|</?(tool_call|tool_response|tools|function|functions|im_start|im_end|think|system|assistant|user)\b[^>]{0,40}>`)
	urlRe = regexp.MustCompile(`(?i)\b(https?://|www\.)\S+`)
)

// neutralise makes catalog text safe to hand the model: encoding damage repaired, control and
// invisible characters and chat-template tokens removed, sentences that read like instructions
// dropped, and the whole cut to max runes.
func neutralise(s string, max int) string {
	s = inventory.CleanText(s)
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r) || unicode.Is(unicode.Cf, r):
			return -1 // zero-width and bidi controls can hide text from people but not from models
		}
		return r
	}, s)
	s = templateTokenRe.ReplaceAllString(s, " ")
	s = urlRe.ReplaceAllString(s, " ")
	var keep []string
	for _, sent := range splitPlain(s) {
		if !instructionRe.MatchString(sent) {
			keep = append(keep, sent)
		}
	}
	s = strings.Join(strings.Fields(strings.Join(keep, " ")), " ")
	if utf8.RuneCountInString(s) > max {
		r := []rune(s)[:max]
		cut := string(r)
		if i := strings.LastIndexByte(cut, ' '); i > max/2 {
			cut = cut[:i]
		}
		s = cut + "…"
	}
	return s
}

// splitPlain splits text into sentences after ., ! or ? followed by a space.
func splitPlain(s string) []string {
	var out []string
	start := 0
	for i := 0; i < len(s); i++ {
		if (s[i] == '.' || s[i] == '!' || s[i] == '?') && (i+1 == len(s) || s[i+1] == ' ') {
			if t := strings.TrimSpace(s[start : i+1]); t != "" {
				out = append(out, t)
			}
			start = i + 1
		}
	}
	if t := strings.TrimSpace(s[start:]); t != "" {
		out = append(out, t)
	}
	return out
}

// The question is all the model is told about the shopper, and even that may hold more than a
// question: a phone number, an email, a name. Those are replaced before it leaves the kiosk.
var (
	emailRe  = regexp.MustCompile(`[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+`)
	digitsRe = regexp.MustCompile(`\+?\d[\d\s().-]{4,}\d`)
	nameRe   = regexp.MustCompile(`\b((?i:my name is|my name's|i am called|i'm called|me llamo|mi nombre es))\s+\p{L}+(\s+\p{Lu}\p{L}*)?`)
)

// maxQuestion bounds what is sent of a question: a question, not an essay.
const maxQuestion = 300

// redact removes personal data from a shopper's question.
func redact(q string) string {
	q = emailRe.ReplaceAllString(q, "[email]")
	q = digitsRe.ReplaceAllStringFunc(q, func(m string) string {
		if digits(m) >= 7 { // phone, card and account numbers; "2 for 5" and "12 oz" stay
			return "[number]"
		}
		return m
	})
	q = nameRe.ReplaceAllStringFunc(q, func(m string) string {
		lead := nameRe.FindStringSubmatch(m)[1]
		return lead + " [name]"
	})
	q = strings.Join(strings.Fields(q), " ")
	if utf8.RuneCountInString(q) > maxQuestion {
		q = string([]rune(q)[:maxQuestion])
	}
	return q
}

func digits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

var (
	thinkRe     = regexp.MustCompile(`(?is)<think>.*?</think>`)
	listMarkRe  = regexp.MustCompile(`^\s*(#{1,6}\s+|[-*•]\s+|\d{1,2}[.)]\s+)`)
	emphasisRe  = regexp.MustCompile("\\*\\*|__|`+")
	unclosedRe  = regexp.MustCompile(`(?is)<think>.*$`)
	sentenceEnd = ".!?…"
)

// sentences splits a reply into sentences as a shopper would read them. Reasoning models'
// <think> blocks are dropped and simple markdown (headings, bullets, bold) is read as plain
// sentences, one per line. Unless final, the text is still arriving: a trailing sentence is
// left out until something follows its full stop, since "$3." may yet become "$3.49".
func sentences(text string, final bool) []string {
	text = thinkRe.ReplaceAllString(text, " ")
	text = unclosedRe.ReplaceAllString(text, "") // still thinking, or never stopped: not an answer
	lines := strings.Split(text, "\n")
	var out []string
	for li, line := range lines {
		complete := final || li < len(lines)-1
		line = listMarkRe.ReplaceAllString(line, "")
		line = emphasisRe.ReplaceAllString(line, "")
		start := 0
		for i := 0; i < len(line); {
			r, n := utf8.DecodeRuneInString(line[i:])
			if strings.ContainsRune(sentenceEnd, r) && i+n < len(line) && line[i+n] == ' ' {
				if t := strings.TrimSpace(line[start : i+n]); t != "" {
					out = append(out, t)
				}
				start = i + n
			}
			i += n
		}
		if t := strings.TrimSpace(line[start:]); t != "" && complete {
			out = append(out, t)
		}
	}
	return out
}
