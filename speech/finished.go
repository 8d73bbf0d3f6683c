package speech

import "strings"

// Finished reports whether a question heard so far (the recogniser's partial hypothesis)
// reads complete, so that a short pause may end it: "where is the jam" does, "where is the"
// and "do you have" do not, and neither does a barcode read out only in part. Listening stops
// after the short pause only when it does; otherwise the shopper gets the long one to go on,
// as older shoppers pausing to find a word need.
func Finished(text string) bool {
	ws := strings.Fields(strings.ToLower(text))
	if len(ws) == 0 {
		return false
	}
	if continues[ws[len(ws)-1]] {
		return false
	}
	content := false
	for _, w := range ws {
		if !continues[w] && !asking[w] {
			content = true
			break
		}
	}
	if !content {
		return false
	}
	// A run of spoken digits at the end shorter than any barcode: the shopper is reading one
	// out and may be looking for the next digit.
	n := 0
	for i := len(ws) - 1; i >= 0; i-- {
		if _, ok := digits[ws[i]]; !ok {
			break
		}
		n++
	}
	if n > 0 && n < 8 && (n >= 4 || contains(ws, "scan") || contains(ws, "code") || contains(ws, "barcode")) {
		return false
	}
	return true
}

func contains(ws []string, w string) bool {
	for _, x := range ws {
		if x == w {
			return true
		}
	}
	return false
}

// continues are words a question does not end on: articles, prepositions, conjunctions,
// auxiliaries and the verbs of asking that the thing asked about follows.
var continues = set(`a an the some any this that these those my your our
	of for with without in on at to from by about near into like than
	and or but
	is are was were be do does did can could would will should may might have has had get got
	where what which who how much many
	i i'm im we you they it
	need needs want wanted looking look find finding buy sell sells selling carry keep
	um uh er erm hmm`)

// asking are words of the question forms: a question made only of them and of continues
// ("where is it", "how much") names nothing yet.
var asking = set(`please thanks thank price cost costs there here it's its left today`)

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}
