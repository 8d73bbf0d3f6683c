package answer

import (
	"slices"
	"strings"
	"testing"
)

// A clause that says what a thing does is its purpose, not more of its name: "the plastic
// clips that hold the bumper on" asks for plastic clips. "That" before a word of its own
// noun phrase stays a determiner ("where is that sauce", "clips that are stuck" tells).
func TestAClauseThatSaysWhatItDoesIsAPurpose(t *testing.T) {
	for q, want := range map[string][2]string{
		"the plastic clips that hold the bumper on": {"plastic clips", "hold bumper"},
		"a cream which stops itching":               {"cream", "stops itching"},
		"where is that sauce":                       {"sauce", ""},
		"bolts that are stuck":                      {"stuck bolts", ""},
		// What a clause says the thing is describes it: waterproof mascara.
		"mascara that's waterproof":        {"waterproof mascara", ""},
		"boots which are warm for hunting": {"warm boots", "hunting"},
		"a card thats for my mum":          {"card", ""}, // as "a card for my mum"
	} {
		p := parse(tokens(q), nil)
		if got := [2]string{strings.Join(p.topic, " "), strings.Join(p.purpose, " ")}; got != want {
			t.Errorf("%q: topic, purpose %q, want %q", q, got, want)
		}
	}
}

// Labels decide whether a word that is mostly filler belongs to the thing: with "Shop
// Towels" on a label, "shop towels" keeps its "shop"; without, it is the store.
func TestParseKeepsAFillerWordTheLabelsSay(t *testing.T) {
	labels := func(a, b string) bool { return a == "shop" && b == "towels" }
	for q, want := range map[string]string{
		"shop towels":               "shop towels",
		"paper towels in this shop": "paper towels",
		"little trees":              "trees",
		"where are the shop towels": "shop towels",
	} {
		if got := strings.Join(parse(tokens(q), labels).topic, " "); got != want {
			t.Errorf("%q: topic %q, want %q", q, got, want)
		}
	}
	if got := parse(tokens("shop towels"), nil).topic; !slices.Equal(got, []string{"towels"}) {
		t.Errorf("no labels: topic %q, want towels", got)
	}
}

// "Price check" and "check the price" ask the price; their "check" is no thing asked for.
func TestAPriceCheckAsksThePrice(t *testing.T) {
	for _, q := range []string{"price check on the kingsford charcoal", "can you check the price of kingsford charcoal",
		"check price kingsford charcoal"} {
		p := parse(tokens(q), nil)
		if got := strings.Join(p.topic, " "); p.intent != Price || got != "kingsford charcoal" {
			t.Errorf("%q: intent %s, topic %q; want price of kingsford charcoal", q, p.intent, got)
		}
	}
}

// A child's age is said as the word labels use for it: Youth for an 8 year old, not Toddler.
func TestAChildsAgeIsTheWordLabelsUseForIt(t *testing.T) {
	for q, want := range map[string]string{
		"bike helmet for my 8 year old": "bike helmet for my youth",
		"shoes for a 2-year-old":        "shoes for a toddler",
		"a hat for my 6 months old":     "a hat for my baby",
		"gift for a 15 yo":              "gift for a teen",
		"onesies 3 months":              "onesies 3 months", // a size, not an age
		"a card for a 40 year old":      "a card for a 40 year old",
	} {
		if got := strings.Join(tokens(q), " "); got != want {
			t.Errorf("%q: %q, want %q", q, got, want)
		}
	}
}
