package insights_test

import (
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/kiosk/insights"
)

// What a shopper says may hold a name, a phone number or an email; none of it is kept, and
// the question around it is.
func TestNormalizeTakesPersonalDataOut(t *testing.T) {
	cases := []struct{ in, want string }{
		{"Where is the POP?", "where is the pop"},
		{"my name is Ana Silva, where are the batteries", "my name is where are the batteries"},
		{"Hi, I'm Bo. Do you have bleach?", "hi do you have bleach"},
		{"call me on 555-867-5309 about the printer ink", "call me on about the printer ink"},
		{"text +44 (0)20 7946 0958 when the turkey is in", "text when the turkey is in"},
		{"email ana.silva@example.com if you get lawn mowers", "email if you get lawn mowers"},
		{"email ana at gmail dot com about prescriptions", "email about prescriptions"},
		{"my card 4111 1111 1111 1111 was declined", "my card was declined"},
		{"order 8812734 for Mrs Smith", "order for"},
		{"my number is five five five one two three four", "my number is"},
		{"this is Carla, is this gluten free", "this is is this gluten free"},
		{"this is gluten free right", "this is gluten free right"},
		{"call me back about 2 for 5 deals on 12 oz cans", "call me back about 2 for 5 deals on 12 oz cans"},
		{"me llamo Lucía, dónde está la leche", "me llamo dónde está la leche"},
	}
	for _, c := range cases {
		if got := insights.Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
	long := insights.Normalize(strings.Repeat("where is the pop ", 40))
	if len(long) > 160 {
		t.Errorf("a long question is kept whole: %d characters", len(long))
	}
}

func TestVocabularyFileRoundTrip(t *testing.T) {
	text := insights.FormatVocabulary(
		[]insights.Teaching{{Phrase: "pop, soda pop", Target: "soft drinks", TargetKind: insights.TargetCategory},
			{Phrase: "sheet rock", Target: "drywall | panel", TargetKind: insights.TargetPhrase}},
		[]insights.StoreAnswer{{Phrase: "lawn mower", Text: "We don't sell lawn mowers;\ntry the hardware store on Main St."}})
	for _, want := range []string{"pop, soda pop => [soft drinks]\n", "sheet rock => drywall panel\n",
		"#answer: lawn mower = We don't sell lawn mowers; try the hardware store on Main St.\n"} {
		if !strings.Contains(text, want) {
			t.Errorf("file lacks %q:\n%s", want, text)
		}
	}
	as, err := insights.ParseAnswers(text)
	if err != nil || len(as) != 1 || as[0].Phrase != "lawn mower" || !strings.HasPrefix(as[0].Text, "We don't sell") {
		t.Fatalf("answers %+v, %v", as, err)
	}
}
