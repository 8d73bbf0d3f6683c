package answer_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// A store's labels write compound words their own way ("Knock Out", "ThunderShirt",
// "Earbuds"); the shopper may write them the other way. The catalog decides: a word is split
// or two joined only into the form its labels use.

const (
	petgardenCatalog  = "testdata/stores/petgarden/catalog.csv"
	departmentCatalog = "testdata/stores/department/catalog.csv"
)

func TestCompoundWordsAreReadAsTheLabelsWriteThem(t *testing.T) {
	for _, tc := range []struct{ catalog, q, name string }{
		{petgardenCatalog, "how much is a knockout rose", `^Knock Out .*Rose`}, // split: one word asked, two on the label
		{petgardenCatalog, "peatmoss", `Peat Moss`},
		{petgardenCatalog, "rainbarrel", `Rain Barrel`},
		{petgardenCatalog, "sun flower seeds for planting", `Sunflower Seeds`}, // joined: two asked, one on the label
		{petgardenCatalog, "cat nip", `Catnip`},
		{petgardenCatalog, "venus fly trap", `Venus Flytrap`},
		{departmentCatalog, "ear buds", `Earbuds`},                            // joined past a vocabulary line for the phrase
		{petgardenCatalog, "wheel barrel", `Wheelbarrow`},                     // joined with two slips after a whole first word
		{"testdata/stores/beauty/catalog.csv", "make up wipes", `Towelettes`}, // the vocabulary's "makeup wipes", said apart
	} {
		r := ask(storeEngine(t, tc.catalog), tc.q)
		if !r.Found || !regexp.MustCompile(tc.name).MatchString(r.Products[0].Name) {
			t.Errorf("%q: found %v, first %v (%s); want /%s/", tc.q, r.Found, first(r), r.Say, tc.name)
		}
	}
	// Words the labels do write apart stay apart: "pet food" is not a "petfood" to look for.
	r := ask(storeEngine(t, petgardenCatalog), "pet food storage")
	if !r.Found {
		t.Errorf("pet food storage: %s", r.Say)
	}
}

// When no product holds every word of a told problem, the one that holds most of it (the thing
// asked about counting double) is offered as the closest, with a person: the shopper is not
// told the store lacks what its shelves have. A thing English names and the catalog has no
// word for is still not carried.
func TestMostOfAToldProblemIsTheClosestAnswerNotNotCarried(t *testing.T) {
	eng := storeEngine(t, petgardenCatalog)
	for q, name := range map[string]string{
		"the lawn has brown patches":      `Patch`,
		"my dog's nails are way too long": `Nail`,
	} {
		r := ask(eng, q)
		if !r.Found || !regexp.MustCompile(name).MatchString(r.Products[0].Name) {
			t.Errorf("%q: found %v, first %v (%s); want /%s/", q, r.Found, first(r), r.Say, name)
		}
	}
	for _, q := range []string{"riding lawn mower", "chicken coop", "charcoal grill"} {
		if r := ask(eng, q); r.Found {
			t.Errorf("%q: found %v (%s); the store sells none", q, first(r), r.Say)
		}
	}
}

// A shopper who says a category's name outright wants its products, though their labels lack
// the word: "houseplants" are the plants, not the houseplant insect killer.
func TestACategoryNamedOutrightIsWhatWasAskedFor(t *testing.T) {
	eng := storeEngine(t, petgardenCatalog)
	for q, cat := range map[string]string{
		"houseplants":   "houseplants",
		"cat furniture": "cat furniture",
		"perennials":    "perennials",
	} {
		r := ask(eng, q)
		if !r.Found || r.Products[0].Category != cat {
			t.Errorf("%q: found %v, first %v (%s); want category %s", q, r.Found, first(r), r.Say, cat)
		}
	}
}

// A spelling fix must not turn a shopper's word into an unrelated product's name: a word two
// slips away from one found on a single label is another word, not a typo of it.
func TestASpellingFixDoesNotTurnAWordIntoAOneLabelName(t *testing.T) {
	eng := storeEngine(t, petgardenCatalog)
	r := askIn(eng, "es", "¿venden cortadoras de césped?") // lawn mowers; the store has Corydoras catfish
	if r.Found {
		t.Errorf("cortadoras de césped: found %v (%s)", first(r), r.Say)
	}
	if r := ask(eng, "kity litter"); !r.Found || r.Products[0].Category != "cat litter" {
		t.Errorf("kity litter: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
}

// Two words English names one thing by are read as the name the labels use for it: a "fish
// tank" is an aquarium. A store that sells things by the shopper's last word keeps it: where
// there are bird houses, "dog houses" are not its kennels; where there are trekking poles, a
// "fishing pole" is still the fishing rod, an other name that keeps the shopper's first word.
func TestAThingsEnglishNameReachesTheLabelsName(t *testing.T) {
	eng := storeEngine(t, petgardenCatalog)
	if r := ask(eng, "fish tanks"); !r.Found || r.Products[0].Category != "aquariums" {
		t.Errorf("fish tanks: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	if r := ask(eng, "do you sell dog houses"); r.Found {
		t.Errorf("dog houses: found %v (%s)", first(r), r.Say)
	}
	sport := storeEngine(t, "testdata/stores/sporting/catalog.csv")
	if r := ask(sport, "fishing pole"); !r.Found || r.Products[0].Category != "rods reels" {
		t.Errorf("fishing pole: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	// English may write the two words as one: a shinpad is a shin guard.
	if r := ask(sport, "shin pads"); !r.Found || !strings.Contains(r.Products[0].Name, "Shin Guards") {
		t.Errorf("shin pads: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	if r := ask(sport, "trekking poles"); !r.Found || !strings.Contains(r.Products[0].Name, "Trekking Poles") {
		t.Errorf("trekking poles: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	// A word the catalog lacks reaches an English synonym labels say just before a thing of
	// the same sort: sunblock is sunscreen, and the Sunscreen Lotion a toiletry like it. Sod
	// is turf, but "Turf Builder" lawn food is no turf.
	if r := ask(sport, "sunblock"); !r.Found || !strings.Contains(r.Products[0].Name, "Sunscreen") {
		t.Errorf("sunblock: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	turf := rowsEngine(t,
		"1,,Scotts Turf Builder Lawn Food 12.5 lb.,garden,lawn care,24.99,5,Aisle 2,left,1",
		"2,,Scotts Turf Builder Grass Seed 3 lb.,garden,lawn care,19.99,5,Aisle 2,left,1")
	if r := ask(turf, "rolls of sod"); r.Found {
		t.Errorf("rolls of sod: found %v (%s); the store has none", first(r), r.Say)
	}
	// What English says a kind does picks it among the things: a pocketknife's blade "folds
	// into the handle", so it is the Folding Knife. A table saw is "a circular saw mounted
	// under a table", and no Circular Saw is one.
	if r := ask(sport, "pocket knife"); !r.Found || !strings.Contains(r.Products[0].Name, "Folding Knife") {
		t.Errorf("pocket knife: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	saws := rowsEngine(t,
		"1,,Makita 15 Amp 7-1/4 in. Magnesium Circular Saw,tools,power saws,199.00,5,Aisle 9,left,1",
		"2,,DeWalt 20V Reciprocating Saw,tools,power saws,149.00,5,Aisle 9,left,1",
		"3,,Stanley 15 in. Hand Saw,tools,hand saws,19.99,5,Aisle 9,left,2")
	if r := ask(saws, "table saw"); r.Found {
		t.Errorf("table saw: found %v (%s); the store has none", first(r), r.Say)
	}
}

// A word that is mostly a shopper's filler ("shop", "little", "kind") is part of what they ask
// for where the store's labels say it before the next word: Shop Towels, Little Trees.
func TestAFillerWordIsKeptWhereLabelsSayIt(t *testing.T) {
	eng := storeEngine(t, "testdata/stores/autoparts/catalog.csv")
	for q, name := range map[string]string{
		"shop towels":               `Shop Towels`,
		"little trees":              `Little Trees`,
		"where are the shop towels": `Shop Towels`,
	} {
		r := ask(eng, q)
		if !r.Found || !regexp.MustCompile(name).MatchString(r.Products[0].Name) {
			t.Errorf("%q: found %v, first %v (%s); want /%s/", q, r.Found, first(r), r.Say, name)
		}
	}
	// Elsewhere the word is still filler: towels, not a "shop" to look for.
	if r := ask(eng, "do you have towels in this shop"); !r.Found || !strings.Contains(r.Products[0].Name, "Towel") {
		t.Errorf("towels in this shop: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
}

// The last word of a phrase is the thing asked about when it is the catalog's word, though
// English does not know it, and when it was misspelt: "serpentine belt tensionor" asks for the
// tensioner (a Belt Tensioner Assembly), not serpentine belts. A collection or assembly of
// parts is the part: "Belt Tensioner Assembly" is a tensioner.
func TestALabelWordLastInThePhraseIsTheThingAskedAbout(t *testing.T) {
	eng := storeEngine(t, "testdata/stores/autoparts/catalog.csv")
	for _, q := range []string{"serpentine belt tensioner", "serpentine belt tensionor", "tensioners"} {
		r := ask(eng, q)
		if !r.Found || !strings.Contains(r.Products[0].Name, "Tensioner") {
			t.Errorf("%q: found %v, first %v (%s); want the tensioner", q, r.Found, first(r), r.Say)
		}
	}
}

// Two letters swapped in a short word are a slip like any other ("hiar" is hair, though the
// two share no pair of letters); a sound-alike is a word, not a label's letters ("dye" is not
// the "di" of Acqua di Gio); and a tool named for what it does is found where labels say
// the doing (a "straightener" is the Straightening Flat Iron).
func TestSlipsAndFormsAreReadAsTheLabelsWord(t *testing.T) {
	eng := storeEngine(t, "testdata/stores/beauty/catalog.csv")
	for q, name := range map[string]string{
		"hiar straightener":            `Hair Straightening`,
		"hair straightener":            `Hair Straightening`,
		"hair straightner":             `Hair Straightening`, // an English noun a letter away
		"i want to dye my hair purple": `Hair Color, Purple`,
	} {
		r := ask(eng, q)
		if !r.Found || !regexp.MustCompile(name).MatchString(r.Products[0].Name) {
			t.Errorf("%q: found %v, first %v (%s); want /%s/", q, r.Found, first(r), r.Say, name)
		}
	}
}

// Two words no label has together may name, by what English files the last one under, a
// thing a label calls with the shopper's first word: "lash glue" is the Lash Adhesive (glue
// is a cement, a cement an adhesive). Only a label whose thing is that broader word, or that
// writes it right after the shopper's word ("Denture Adhesive Cream"), counts, and never a
// word that heads a department's worth of labels ("natural food" for yoghurt).
func TestABroaderNameAfterTheShoppersFirstWord(t *testing.T) {
	eng := storeEngine(t, "testdata/stores/beauty/catalog.csv")
	if r := ask(eng, "lash glue"); !r.Found || !strings.Contains(r.Products[0].Name, "Lash Adhesive") {
		t.Errorf("lash glue: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	if r := ask(pharmacy(t), "denture glue"); !r.Found || !strings.Contains(r.Products[0].Name, "Denture Adhesive") {
		t.Errorf("denture glue: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	if r := ask(storeEngine(t, petgardenCatalog), "rose bushes"); !r.Found || r.Products[0].Category != "shrubs trees" {
		t.Errorf("rose bushes: found %v, first %v (%s); want a rose bush, not Rose Plant Food", r.Found, first(r), r.Say)
	}
}

// Labels say what a product is for with an adjective English relates to the shopper's noun
// (WordNet's pertainyms): a car battery is the Automotive Battery, not the Lawn & Garden one; a
// nose spray a Nasal Spray. A brand that has the adjective ("Bell Automotive") says nothing of
// the product.
func TestTheLabelsAdjectiveForTheShoppersThing(t *testing.T) {
	csv := filepath.Join(t.TempDir(), "catalog.csv")
	rows := "sku,gtin,name,brand,department,category,price,quantity,aisle,side,bay\n" +
		"1,,Duralast Lawn & Garden Battery U1R,Duralast,batteries,car batteries,39.99,5,Aisle 2,left,1\n" +
		"2,,\"Duralast Gold Automotive Battery, Group Size 65\",Duralast,batteries,car batteries,229.99,5,Aisle 2,left,1\n" +
		"3,,Bell Automotive Antenna Replacement Mast,Bell Automotive,exterior,exterior accessories,9.99,6,Aisle 10,left,2\n" +
		"4,,\"Ocean Saline Nasal Spray, 1.5 fl oz\",Ocean,health,cold flu,4.99,20,Aisle 1,left,5\n" +
		"5,,\"Vicks Sinex Severe Nasal Spray, 0.5 fl oz\",Vicks,health,cold flu,8.99,20,Aisle 1,left,5\n" +
		"6,,\"Sore Throat Spray, Cherry, 6 fl oz\",CVS Health,health,cold flu,5.99,26,Aisle 1,left,5\n"
	if err := os.WriteFile(csv, []byte(rows), 0o644); err != nil {
		t.Fatal(err)
	}
	eng := storeEngine(t, csv)
	for q, want := range map[string]string{"car battery": "Automotive Battery", "nose spray": "Nasal Spray"} {
		if r := ask(eng, q); !r.Found || !strings.Contains(r.Products[0].Name, want) {
			t.Errorf("%q: found %v, first %v (%s); want %s", q, r.Found, first(r), r.Say, want)
		}
	}
	if r := ask(eng, "replacement car horns"); r.Found {
		t.Errorf("replacement car horns: found %v (%s); only a brand says automotive", first(r), r.Say)
	}
}

// An adjective the catalog lacks is read as the other names English has for it, as labels
// say them: "fake eyelashes" are the False Eyelashes.
func TestAnAdjectivesOtherNameOnTheLabel(t *testing.T) {
	eng := storeEngine(t, "testdata/stores/beauty/catalog.csv")
	if r := ask(eng, "where do you keep fake eyelashes"); !r.Found || !strings.Contains(r.Products[0].Name, "False Eyelashes") {
		t.Errorf("fake eyelashes: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
}

// A word no label has may be the start of the one longer word labels name things or shelves
// by ("binos", "thermo", "vits"); a start several such words share ("mic": microphone,
// microwave) is no word at all.
func TestAClippedWordIsTheLabelsWholeWord(t *testing.T) {
	sporting := storeEngine(t, "testdata/stores/sporting/catalog.csv")
	if r := ask(sporting, "binos for hunting"); !r.Found || !strings.Contains(r.Products[0].Name, "Binoculars") {
		t.Errorf("binos: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	for q, name := range map[string]string{"thermo for my baby": "Thermometer", "vits for kids": "Vitamin"} {
		if r := ask(pharmacy(t), q); !r.Found || !strings.Contains(r.Products[0].Name, name) {
			t.Errorf("%q: found %v, first %v (%s); want %s", q, r.Found, first(r), r.Say, name)
		}
	}
	eng := rowsEngine(t,
		"1,,Blue Yeti USB Microphone,audio,microphones,129.99,4,Aisle 3,left,1",
		"2,,Oster 0.9 cu ft Countertop Microwave,kitchen,microwaves,89.99,20,Aisle 4,left,1")
	if r := ask(eng, "mic"); r.Found {
		t.Errorf("mic, the start of two things' names: found %v (%s)", first(r), r.Say)
	}
}

// A short word that is no word at all, with a letter left out, added or swapped, is a slip of
// the catalog's word ("razos", "mulhc"), though a dictionary of names has "Razo"; a misspelt
// word of an English thing of two words is that thing ("blow dryre": a hair dryer).
func TestShortSlipsAreMended(t *testing.T) {
	beauty := storeEngine(t, "testdata/stores/beauty/catalog.csv")
	for q, name := range map[string]string{"razos": "Razor", "blow dryre": "Hair Dryer"} {
		if r := ask(beauty, q); !r.Found || !strings.Contains(r.Products[0].Name, name) {
			t.Errorf("%q: found %v, first %v (%s); want %s", q, r.Found, first(r), r.Say, name)
		}
	}
	if r := ask(storeEngine(t, petgardenCatalog), "mulhc"); !r.Found || !strings.Contains(r.Products[0].Name, "Mulch") {
		t.Errorf("mulhc: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
}

// A slip in a word the question asks with ("soemthing", "leoking", "prie") is mended before
// the question is read: it is answered as if spelt right.
func TestASlipInTheQuestionsOwnWordsIsMended(t *testing.T) {
	// First in the question, "wheer" is where, though the store sells a Wheel.
	if r := ask(department(t), "wheer are the legos"); !r.Found || !strings.Contains(r.Products[0].Name, "LEGO") {
		t.Errorf("wheer are the legos: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	auto := storeEngine(t, "testdata/stores/autoparts/catalog.csv")
	for slip, right := range map[string]string{
		"soemthing to clean my wheels": "something to clean my wheels",
		"sea foam prie":                "sea foam price",
		"I'm leoking for wiper blades": "I'm looking for wiper blades",
		"do you caryr wiper blades":    "do you carry wiper blades", // no service asked
	} {
		a, b := ask(auto, slip), ask(auto, right)
		if !b.Found || !a.Found || a.Products[0].SKU != b.Products[0].SKU || a.Intent != b.Intent {
			t.Errorf("%q: found %v, %v, intent %v (%s); as %q: %v, intent %v", slip, a.Found, first(a), a.Intent, a.Say, right, first(b), b.Intent)
		}
	}
}

// A misspelt word one slip from a shopper's word the vocabulary knows is that word, before a
// catalog word that only sounds like it: "rocet" is rocket (arugula), not Roast.
func TestAVocabularyWordNearerThanACatalogSoundAlike(t *testing.T) {
	eng := groceryEngine(t)
	for q, name := range map[string]string{"rocet for a salad": "Arugula", "a dmumy for my baby": "Pacifier"} {
		if r := ask(eng, q); !r.Found || !strings.Contains(r.Products[0].Name, name) {
			t.Errorf("%q: found %v, first %v (%s); want %s", q, r.Found, first(r), r.Say, name)
		}
	}
}

// Two words that labels write both apart and joined ("Vitamin Water", "VitaminWater") are
// either, before the thing asked about: "vitamin water zero xxx" is the VitaminWater Zero XXX.
func TestTwoWordsLabelsAlsoJoinAreEitherBeforeTheThing(t *testing.T) {
	eng := rowsEngine(t,
		"1,,Zero Vitamin Water,beverages,sports drinks,1.99,5,Aisle 4,left,1",
		"2,,VitaminWater Zero XXX Acai Blueberry Pomegranate,beverages,sports drinks,2.29,5,Aisle 4,left,1",
		"3,,Vitamin Water Zero Squeezed Lemonade,beverages,sports drinks,2.29,5,Aisle 4,left,1")
	if r := ask(eng, "how much is vitamin water zero xxx"); !r.Found || !strings.Contains(r.Products[0].Name, "XXX") {
		t.Errorf("vitamin water zero xxx: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
}
