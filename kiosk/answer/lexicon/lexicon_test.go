package lexicon

import (
	"slices"
	"testing"
)

func TestLexicon(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if !l.IsNoun("smoke", "alarms") || !l.IsNoun("televisions") || !l.IsNoun("knives") {
		t.Error("plural nouns not recognised")
	}
	if l.IsNoun("cordless") || l.IsNoun("xyzzy") {
		t.Error("not nouns taken for nouns")
	}
	if l.Singular("knives") != "knife" || l.Singular("batteries") != "battery" {
		t.Errorf("singular: %q %q", l.Singular("knives"), l.Singular("batteries"))
	}
	// Soda pop is pop's second sense; the store decides which sense matters.
	var found bool
	for _, s := range l.Senses("pop") {
		found = found || slices.Contains(l.Lemmas(s.ID), "soda")
	}
	if !found {
		t.Error("pop is not soda")
	}
	aw := l.Senses("allen", "wrench")
	isWrench := false
	for _, w := range l.Senses("wrench") {
		isWrench = isWrench || len(aw) > 0 && l.IsA(aw[0].ID, w.ID, 2)
	}
	if !isWrench || aw[0].Kind != Artifact {
		t.Errorf("allen wrench: %+v", aw)
	}
	// A car is an automobile, and "automotive" is of or relating to one; "nasal" to the nose.
	for noun, adj := range map[string]string{"car": "automotive", "nose": "nasal", "tooth": "dental"} {
		var got []string
		for _, s := range l.Senses(noun) {
			got = append(got, l.Relational(s.ID)...)
		}
		if !slices.Contains(got, adj) {
			t.Errorf("relational adjectives of %s: %v; want %s among them", noun, got, adj)
		}
	}
	if got := l.AdjectiveSynonyms("fake"); !slices.Contains(got, "false") || !slices.Contains(got, "faux") {
		t.Errorf("fake: %v; want false and faux among its other names", got)
	}
	if got := l.Senses("plumbers", "snake"); len(got) == 0 {
		t.Error("apostrophes: plumber's snake not found")
	}
}

// A verb's doers are the nouns for what does it, whatever form the verb is said in.
func TestDoers(t *testing.T) {
	l, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	for verb, want := range map[string]string{"charge": "charger", "charging": "charger", "dries": "drier",
		"read": "reader", "purify": "purification", "sharpens": "sharpener", "cutting": "cutter"} {
		if got := l.Doers(verb); !slices.Contains(got, want) {
			t.Errorf("Doers(%q) = %v; want %s among them", verb, got, want)
		}
	}
	// What was done asks for nothing: "mine broke", "I dried it".
	for _, w := range []string{"purple", "xyzzy", "the", "broke", "dried", "held"} {
		if got := l.Doers(w); got != nil {
			t.Errorf("Doers(%q) = %v; want none", w, got)
		}
	}
}
