package answer_test

import (
	"regexp"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// A shopper's last noun is the thing asked about. Products whose labels only use that word to
// say what another thing is ("Candy Canes", "Hair Remover Body Cream", "Lawn Mower Oil") come
// after the thing itself; which word of a label is its head, and which word pairs name a kind
// of their own, is learned from the catalog and English (WordNet), not listed per store.

func TestTheThingItselfComesBeforeProductsThatOnlyUseItsWord(t *testing.T) {
	ph := storeEngine(t, "testdata/stores/pharmacy/catalog.csv")
	for q, want := range map[string]*regexp.Regexp{
		"canes":         regexp.MustCompile(`(?i)\bcane\b`),                // not Peppermint Candy Canes
		"shaving cream": regexp.MustCompile(`(?i)shav(e|ing) (cream|gel)`), // not Body Cream in the shaving aisle
	} {
		r := ask(ph, q)
		if !r.Found || !want.MatchString(r.Products[0].Name) || strings.Contains(r.Products[0].Name, "Candy") {
			t.Errorf("%q: first %v; want /%s/ (%s)", q, first(r), want, r.Say)
		}
	}
	hw := hardware(t)
	r := ask(hw, "lawn mower")
	if !r.Found || !strings.HasSuffix(r.Products[0].Name, "Mower") {
		t.Errorf("lawn mower: first %v, want a mower, not mower oil or a blade (%s)", first(r), r.Say)
	}
	// Among the stains, a label that names a stain comes before the Pre-Stain Wood Conditioner
	// kept beside them.
	r = ask(hw, "wood stain")
	if !r.Found || !strings.Contains(r.Products[0].Name, " Stain") || strings.Contains(r.Products[0].Name, "Pre-Stain") {
		t.Errorf("wood stain: first %v (%s)", first(r), r.Say)
	}
}

func TestExplainShowsWhichProductsAreAnotherThing(t *testing.T) {
	ph := storeEngine(t, "testdata/stores/pharmacy/catalog.csv")
	out := ph.Explain("canes", 10)
	if !strings.Contains(out, "Peppermint Candy Canes") || !strings.Contains(out, "another thing") {
		t.Errorf("explain does not say the candy canes are another thing:\n%s", out)
	}
}

func TestAnEnglishCompoundFindsTheThingByItsOtherName(t *testing.T) {
	pg := storeEngine(t, "testdata/stores/petgarden/catalog.csv")
	// A flowerpot is also called a pot, a rosebush a rose: the store has them, though no
	// label says "flower pot" or "rose bush".
	for q, cat := range map[string]string{"flower pots": "pots planters", "rose bushes": "shrubs trees"} {
		r := ask(pg, q)
		if !r.Found || r.Products[0].Category != cat {
			t.Errorf("%q: found %v, first %v; want category %s (%s)", q, r.Found, first(r), cat, r.Say)
		}
	}
	// ...but a word that only looks like another name is no evidence: a "computer mouse" is
	// no feeder mouse, a vacuum cleaner no ham in a vacuum pack.
	if r := ask(pg, "computer mouse"); r.Found {
		t.Errorf("computer mouse: found %v (%s), want not carried", first(r), r.Say)
	}
	if r := ask(groceryEngine(t), "vacuum cleaner"); r.Found {
		t.Errorf("vacuum cleaner: found %v (%s), want not carried", first(r), r.Say)
	}
	// Nor bed sheets the dryer sheets, though the department pack says bed sheets are sheets.
	if r := ask(groceryEngine(t), "where are the bed sheets, queen size"); r.Found {
		t.Errorf("bed sheets: found %v (%s), want not carried", first(r), r.Say)
	}
}

// A word before the thing that only says what it is for or how it is called on the label is
// no other kind of thing: English defines a vase as holding flowers; "packing" tape is the
// Packaging Tape.
func TestAModifierTheThingIsDefinedByDoesNotMakeItAnotherKind(t *testing.T) {
	ds := storeEngine(t, "testdata/stores/department/catalog.csv")
	for q, want := range map[string]string{"flower vase": "Vase", "packing tape": "Packaging Tape"} {
		r := ask(ds, q)
		if !r.Found || !strings.Contains(r.Products[0].Name, want) {
			t.Errorf("%q: found %v, first %v; want %s (%s)", q, r.Found, first(r), want, r.Say)
		}
	}
	for _, q := range []string{"tennis racket", "dog leash", "shower head"} {
		if r := ask(ds, q); r.Found {
			t.Errorf("%q: found %v (%s), want not carried", q, first(r), r.Say)
		}
	}
}

// A brand and a size on the label with the shopper's own word for the thing ("40 oz stanley
// cups" for the Stanley 40 oz Tumbler) is offered as the closest, with a person, never "we
// don't carry".
func TestABrandAndSizeOnTheLabelAreOfferedAsClosest(t *testing.T) {
	ds := storeEngine(t, "testdata/stores/department/catalog.csv")
	r := ask(ds, "what do the 40 oz stanley cups cost")
	if !r.Found || !strings.HasPrefix(r.Products[0].Name, "Stanley 40 oz") || !r.Human {
		t.Errorf("stanley cups: found %v, first %v, human %v (%s)", r.Found, first(r), r.Human, r.Say)
	}
	for _, q := range []string{"do you have 65 inch tvs", "2x4 lumber"} {
		if r := ask(ds, q); r.Found {
			t.Errorf("%q: found %v (%s), want not carried", q, first(r), r.Say)
		}
	}
}

// One word asked, and a label that is that word and nothing else, is the thing in its plain
// form: "garlic" is the Garlic in produce, before minced garlic in jars and roasted garlic sauce.
func TestALabelThatIsTheShoppersOneWordComesFirst(t *testing.T) {
	needShared(t)
	r := ask(groceryEngine(t), "garlic")
	if !r.Found || r.Products[0].Category != "fresh vegetables" {
		t.Errorf("garlic: first %v (%s), want the fresh garlic", first(r), r.Say)
	}
}

// A metal word at the end of a label is the product when English names the pair as a thing: a
// Curling Iron is an iron, not a curling in an iron finish (as Satin Nickel is a finish).
func TestAnIronThatIsTheProductIsNotTakenForAFinish(t *testing.T) {
	ds := storeEngine(t, "testdata/stores/department/catalog.csv")
	for _, q := range []string{"curling irons", "irons"} {
		r := ask(ds, q)
		if !r.Found || r.Human || !strings.HasSuffix(r.Products[0].Name, "Iron") {
			t.Errorf("%q: found %v, human %v, first %v (%s)", q, r.Found, r.Human, first(r), r.Say)
		}
	}
}

func TestWhoAProductIsForIsNeverItsHead(t *testing.T) {
	// "Men's" written last, without a comma, says who the insoles are for: the insoles are
	// the thing, so "insoles for women" finds the women's pair, never "we don't carry".
	eng := rowsEngine(t,
		"1,,Comfort Gel Insoles Women's 6-10,health,foot care,9.99,5,Aisle 7,right,1",
		"2,,Comfort Gel Insoles Men's 8-13,health,foot care,9.99,5,Aisle 7,right,1",
		"3,,Marvel Spider-Man Action Figure,toys,action figures,12.99,4,Aisle 20,left,2")
	for q, want := range map[string]string{"insoles for women": "Women's", "gel insoles for men": "Men's"} {
		r := ask(eng, q)
		if !r.Found || !strings.Contains(r.Products[0].Name, want) || strings.Contains(r.Say, "not sure") {
			t.Errorf("%q: found %v, first %v, say %q; want the %s insoles", q, r.Found, first(r), r.Say, want)
		}
	}
}

// A container after a thing that is not sold in one is the product: a Rifle Case is a case
// and a Cart Bag a bag, so a store with only those does not carry rifles or golf carts; a
// category named after what its products are for ("tire care": gauges, inflators) does not
// make them tires; a thing two words name in English ("car seat", "golf cart") is not the
// Car Seat Covers. "In" after a first word that names nothing is a brand's ("All In Motion
// Jump Rope" is a jump rope).
func TestWhatALabelIsDecidesWhatTheStoreCarries(t *testing.T) {
	auto := storeEngine(t, "testdata/stores/autoparts/catalog.csv")
	sport := storeEngine(t, "testdata/stores/sporting/catalog.csv")
	dept := storeEngine(t, departmentCatalog)
	for _, tc := range []struct {
		eng  *answer.Engine
		q    string
		name string // "" when the store carries none
	}{
		{sport, "hunting rifles", ""},
		{sport, "golf cart", ""},
		{sport, "rifle case", `Rifle Case`},
		{sport, "golf cart bag", `Cart Bag`},
		{auto, "do you sell tires", ""},
		{auto, "car seat for my baby", ""},
		{auto, "tire gauge", `Tire Gauge`},
		{auto, "car seat covers", `Car Seat Covers`},
		{auto, "wipers", `Wiper Blade`}, // the "wipers" category is of wipers
		{dept, "jump rope", `Jump Rope`},
	} {
		r := ask(tc.eng, tc.q)
		switch {
		case tc.name == "" && r.Found:
			t.Errorf("%q: found %v (%s); the store carries none", tc.q, first(r), r.Say)
		case tc.name != "" && (!r.Found || !regexp.MustCompile(tc.name).MatchString(r.Products[0].Name)):
			t.Errorf("%q: found %v, first %v (%s); want /%s/", tc.q, r.Found, first(r), r.Say, tc.name)
		}
	}
}
