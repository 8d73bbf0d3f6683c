package answer_test

import (
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// A size, a count or a weight picks the variant of a product line; it never vetoes the line.

func TestAClothingSizePicksThatSizeOfTheLine(t *testing.T) {
	eng := department(t)
	for q, want := range map[string]string{
		"the columbia gloves in large":    "Thermarator Gloves, Black, L",
		"black nike leggings in a medium": "Leggings, Black, M",
	} {
		if r := ask(eng, q); !r.Found || !strings.HasSuffix(r.Products[0].Name, want) {
			t.Errorf("%q: first %v (%s); want …%s", q, first(r), r.Say, want)
		}
	}
}

func TestAWeightSaidInWordsPicksThatBag(t *testing.T) {
	eng := storeEngine(t, "testdata/stores/petgarden/catalog.csv")
	if r := ask(eng, "twenty pound cat chow"); !r.Found || !strings.HasSuffix(r.Products[0].Name, "Cat Chow Complete Dry Cat Food, 20 lb") {
		t.Errorf("first %v (%s); want the 20 lb bag", first(r), r.Say)
	}
}

func TestBigAndSmallPickTheLargestAndSmallestOfTheLine(t *testing.T) {
	eng := pharmacy(t)
	if r := ask(eng, "the big bottle of cvs mouth rinse"); !r.Found || !strings.HasSuffix(r.Products[0].Name, "1.5 L") {
		t.Errorf("big: first %v (%s); want the 1.5 L bottle", first(r), r.Say)
	}
	if r := ask(eng, "small tube of voltaren"); !r.Found || !strings.HasSuffix(r.Products[0].Name, "1.7 oz") {
		t.Errorf("small: first %v (%s); want the 1.7 oz tube", first(r), r.Say)
	}
}

func TestASizeTheStoreLacksAnswersTheLineAndNamesItsSizes(t *testing.T) {
	eng := department(t)
	r := ask(eng, "columbia thermarator gloves in xxl")
	if !r.Found || r.Verdict != "carried" || !strings.Contains(r.Products[0].Name, "Thermarator Gloves") || !strings.Contains(r.Say, "M, L") {
		t.Errorf("found %v (%s), first %v, say %q; want the gloves and the sizes there are", r.Found, r.Verdict, first(r), r.Say)
	}
}

func TestASizeDoesNotMakeAnAbsentThingCarried(t *testing.T) {
	eng := department(t)
	if r := ask(eng, "do you have 65 inch tvs"); r.Found {
		t.Errorf("a size found a mount for smaller TVs: %v (%s)", first(r), r.Say)
	}
}

// A measure said alone is one of it ("the gallon"), a count may be said in cans ("the 4 can
// pack") and a tent's size in people ("for 4 persons"); a size after a comma is a size of the
// thing before it, not another thing to find.
func TestSizesSaidAsShoppersSayThem(t *testing.T) {
	auto := storeEngine(t, "testdata/stores/autoparts/catalog.csv")
	sport := storeEngine(t, "testdata/stores/sporting/catalog.csv")
	beauty := storeEngine(t, "testdata/stores/beauty/catalog.csv")
	for _, tc := range []struct {
		eng       *answer.Engine
		q, suffix string
	}{
		{auto, "lucas oil stabilizer gallon", "Oil Stabilizer, 1 gal"},
		{auto, "the quart of lucas oil stabilizer", "Oil Stabilizer, 1 qt"},
		{sport, "penn tennis balls, the 4 can pack", "Tennis Balls, Extra Duty, 4 Cans"},
		{sport, "the tent for camping for 4 persons", "Tent, 4-Person"},
		{sport, "a 6 person tent", "6-Person"},
		// Fractions as people say them, and mixed figures as labels print them.
		{beauty, "inch and a quarter curling iron", "Curling Iron, 1.25 in."},
		{beauty, "hot tools curling iron, three quarter inch", "Curling Iron, 0.75 in."},
		{beauty, "the one and a quarter inch hot tools curling iron", "Curling Iron, 1.25 in."},
		{auto, "exhaust clamp two and a half inch", "Exhaust Clamp 2-1/2 in."},
		{auto, "walker exhaust clamp 2 1/4 inch", "Exhaust Clamp 2-1/4 in."},
		{auto, "a hitch ball two and five sixteenths inches", "Hitch Ball, 2-5/16 in."},
		{auto, "hitch ball an inch and seven eighths", "Hitch Ball, 1-7/8 in."},
	} {
		r := ask(tc.eng, tc.q)
		if !r.Found || !strings.HasSuffix(r.Products[0].Name, tc.suffix) {
			t.Errorf("%q: first %v (%s); want …%s", tc.q, first(r), r.Say, tc.suffix)
		}
	}
}
