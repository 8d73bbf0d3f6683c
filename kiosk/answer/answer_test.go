package answer_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// demoEngine opens the embedded demo store in a temporary catalog file.
func demoEngine(tb testing.TB, opts answer.Options) (*answer.Engine, *inventory.DB) {
	tb.Helper()
	db, err := inventory.Open(filepath.Join(tb.TempDir(), "catalog.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := db.Import(context.Background(), f, inventory.CSV, false, inventory.ImportOptions{}); err != nil {
		tb.Fatal(err)
	}
	eng, err := answer.New(context.Background(), db, opts)
	if err != nil {
		tb.Fatal(err)
	}
	return eng, db
}

func ask(eng *answer.Engine, q string) answer.Result {
	return eng.Ask(context.Background(), answer.Question{Text: q})
}

func TestIntents(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	cases := []struct {
		q        string
		intent   answer.Intent
		found    bool
		first    string   // name of the first product, if found
		say      []string // fragments the answer must contain
		notInSay []string
	}{
		{"where is the jam", answer.Locate, true, "Strawberry Preserves",
			[]string{"Jam is in Aisle 3, right side, bay 1.", "$3.49", "in stock"}, nil},
		{"hi there um where can I find the coffee please", answer.Locate, true, "",
			[]string{"Coffee is in Aisle 1, left side"}, nil},
		{"how much is the Tomato Ketchup", answer.Price, true, "Tomato Ketchup",
			[]string{"Tomato Ketchup is $3.29", "Aisle 4, right side"}, nil},
		{"what does creamy peanut butter cost", answer.Price, true, "Creamy Peanut Butter",
			[]string{"$3.99"}, nil},
		{"is Tomato Ketchup in stock", answer.Stock, true, "Tomato Ketchup",
			[]string{"Yes, Tomato Ketchup is in stock"}, []string{"out of stock"}},
		{"do you have decaf ground coffee", answer.Stock, true, "Decaf Ground Coffee",
			[]string{"Decaf Ground Coffee is out of stock.", "It is usually in Aisle 1", "In stock: Medium Roast Ground Coffee"}, nil},
		// No peanut butter on the shelf: a spread is offered "instead", not the jam.
		{"do you have creamy peanut butter", answer.Stock, true, "Creamy Peanut Butter",
			[]string{"Creamy Peanut Butter is out of stock.", "In stock: Hazelnut Spread"}, []string{"Preserves", "Jelly"}},
		{"cheapest coffee", answer.Price, true, "Instant Coffee",
			[]string{"The lowest price: Instant Coffee, $6.29"}, nil},
		{"do you have spaghetti", answer.Stock, true, "Whole Grain Spaghetti",
			[]string{"Yes, we have spaghetti.", "Whole Grain Spaghetti is in Aisle 6"}, []string{"out of stock"}},
		{"tell me about the earl grey tea", answer.WhatIs, true, "Earl Grey Tea",
			[]string{"by Twinings", "20 ct", "$4.49"}, nil},
		{"what kinds of cereal do you have", answer.Browse, true, "",
			[]string{"We have 4 kinds of cereal.", "Most are in Aisle 3, left side"}, nil},
		{"scan 0847293105001", answer.Barcode, false, "", []string{"barcode is not in our catalog"}, nil},
		{"I need help", answer.Help, false, "", []string{"Call a staff member"}, nil},
		{"can I talk to someone", answer.Help, false, "", []string{"member of staff"}, nil},
		{"where are the toilets", answer.Facility, false, "", []string{"member of staff"}, nil},
		{"hello", answer.Unclear, false, "", []string{"for example"}, nil},
		// Numbers in words, as a recogniser writes them, are the figures of product names.
		{"potatoes five pound bag", answer.Locate, true, "Russet Potatoes 5 lb Bag", nil, nil},
		// A recogniser's leftovers of "how much": not a thing the store could carry.
		{"where is much are the", answer.Unclear, false, "", []string{"for example"}, nil},
		{"do you sell televisions", answer.Stock, false, "",
			[]string{"We don't seem to carry televisions."}, nil},
		{"paint brushes", answer.Locate, false, "", []string{"We don't seem to carry paint brushes."}, nil},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			r := ask(eng, c.q)
			if r.Intent != c.intent || r.Found != c.found {
				t.Fatalf("intent %s found %v, want %s %v; say %q", r.Intent, r.Found, c.intent, c.found, r.Say)
			}
			if c.first != "" && (len(r.Products) == 0 || r.Products[0].Name != c.first) {
				t.Errorf("first product = %v, want %s", names(r), c.first)
			}
			for _, s := range c.say {
				if !strings.Contains(r.Say, s) {
					t.Errorf("say %q lacks %q", r.Say, s)
				}
			}
			for _, s := range c.notInSay {
				if strings.Contains(r.Say, s) {
					t.Errorf("say %q should not contain %q", r.Say, s)
				}
			}
			if !r.Found && !r.Human {
				t.Errorf("nothing found but no person offered")
			}
		})
	}
}

func TestBarcode(t *testing.T) {
	eng, db := demoEngine(t, answer.Options{})
	p, err := db.BySKU(context.Background(), "D0120")
	if err != nil {
		t.Fatal(err)
	}
	// Said in a sentence, a whole barcode (its check digit right) is still the barcode.
	for _, q := range []string{p.GTIN, "scan " + p.GTIN, p.GTIN[1:], "what is " + p.GTIN,
		"which aisle for scan " + p.GTIN, "hi, sorry to bother you, I'm looking for " + p.GTIN} {
		r := ask(eng, q)
		if r.Intent != answer.Barcode || !r.Found || r.Products[0].SKU != "D0120" {
			t.Errorf("%q: %s %v %v", q, r.Intent, r.Found, names(r))
		}
		if !strings.Contains(r.Say, p.Price.String()) || !strings.Contains(r.Say, p.Location.Aisle) {
			t.Errorf("%q: say %q lacks price or aisle", q, r.Say)
		}
	}
}

// Shoppers' own words: British and regional names, needs, misspellings, attributes.
func TestUnderstanding(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	cases := map[string]string{ // question → category of the first product
		"tinfoil":                        "food storage",
		"where is the kitchen roll":      "paper goods",
		"cotton buds":                    "eye ear care",
		"fizzy drinks":                   "soft drinks",
		"where are the biscuits":         "cookies cakes",
		"coriander":                      "fresh herbs",
		"aubergine":                      "fresh vegetables",
		"crisps":                         "chips pretzels",
		"do you happen to stock crisps":  "chips pretzels",
		"washing up liquid":              "dish detergents",
		"something for an upset stomach": "digestion",
		"I have a headache":              "muscles joints pain relief",
		"plasters":                       "first aid",
		"nappies":                        "diapers wipes",
		"shampo":                         "hair care",
		"bred":                           "bread",
		"tooth paste":                    "oral hygiene",
		"wear is the milk":               "milk",
		"milk":                           "milk",
		"gluten free pasta":              "dry pasta",
		"sugar free sweets":              "candy chocolate",
		"dog treats":                     "dog food care",
		"I am looking for something to clean my oven": "cleaning products",
		"could you point me to the batteries":         "more household",
	}
	for q, cat := range cases {
		r := ask(eng, q)
		if !r.Found || r.Products[0].Category != cat {
			t.Errorf("%q: found %v, first %v; want category %s (say %q)", q, r.Found, first(r), cat, r.Say)
		}
	}
}

func TestAttributeRelaxedHonestly(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	r := ask(eng, "organic bananas")
	if !r.Found || r.Relaxed != "organic" || !strings.Contains(r.Say, "We don't seem to have organic bananas.") {
		t.Fatalf("relaxed = %q, say %q", r.Relaxed, r.Say)
	}
	if r.Products[0].Name != "Bananas" {
		t.Errorf("first = %v", names(r))
	}
}

// Generic questions lead with a product on the shelf; a product named exactly stays first
// even when out of stock, followed by an in-stock alternative.
func TestStockOrder(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	r := ask(eng, "is the chicken noodle soup in stock")
	if r.Products[0].Name != "Chicken Noodle Soup" || r.Products[0].InStock() {
		t.Fatalf("first = %v", names(r))
	}
	if len(r.Products) < 2 || !r.Products[1].InStock() {
		t.Errorf("no in-stock alternative after the out-of-stock product: %v", names(r))
	}
	for _, q := range []string{"chips", "coffee", "milk", "bread"} {
		r := ask(eng, q)
		if !r.Products[0].InStock() {
			t.Errorf("%q: first product %s is out of stock", q, r.Products[0].Name)
		}
	}
}

// Peanut butter out of stock is answered with an in-stock product of the same kind (the
// Hazelnut Spread on its shelf of spreads, not the jam), a person offered, and not with Peanut
// Butter Cups, which are candy and out of stock too. A scan of it says the same.
func TestOutOfStockSameKind(t *testing.T) {
	eng, db := demoEngine(t, answer.Options{})
	pb, err := db.BySKU(context.Background(), "D0104")
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{"peanut butter", "where is the peanut butter", "do you have peanut butter", pb.GTIN} {
		r := ask(eng, q)
		if len(r.Products) != 2 || r.Products[0].SKU != "D0104" {
			t.Fatalf("%q: %v", q, names(r))
		}
		if !r.Human {
			t.Errorf("%q: no person offered for an out-of-stock product", q)
		}
		for _, p := range r.Products[1:] {
			if !p.InStock() || p.Category != "spreads" {
				t.Errorf("%q: %s (%s, %d in stock) offered for peanut butter: %v", q, p.Name, p.Category, p.Quantity, names(r))
			}
		}
		if r.Products[1].Name != "Hazelnut Spread with Cocoa" || !strings.Contains(r.Say, "In stock: Hazelnut Spread with Cocoa") {
			t.Errorf("%q: first alternative %s, say %q", q, r.Products[1].Name, r.Say)
		}
	}
}

// Bad input gets a clear answer, never a panic or a leaked syntax error.
func TestOddInput(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	long := strings.Repeat("where is the milk ", 600) // 10 kB
	for _, q := range []string{"", "   ", "?!?!...", `"*():^-`, `'; DROP TABLE products; --`, `NEAR(*:^)`,
		"🥛🥛🥛", "где молоко", "牛奶在哪里", "أين الحليب", long, "\x00\x01\x02", "\xff\xfe bad utf8",
		strings.Repeat("a", 10000), "0000000000000", "12345"} {
		r := ask(eng, q)
		if r.Say == "" {
			t.Errorf("%.40q: empty answer", q)
		}
		if r.Found && q != long {
			t.Errorf("%.40q: found %v", q, names(r))
		}
		if strings.Contains(strings.ToLower(r.Say), "syntax") || strings.Contains(r.Say, "fts5") {
			t.Errorf("%.40q: leaks an error: %q", q, r.Say)
		}
		if r.Elapsed > 50*time.Millisecond {
			t.Logf("%.40q took %v", q, r.Elapsed)
		}
	}
	if r := ask(eng, long); !r.Found || r.Products[0].Category != "milk" {
		t.Errorf("10 kB question about milk: %v", names(r))
	}
}

func TestStoreVocabulary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "store-synonyms.txt")
	body := "# our regulars say\nfizzy juice = ginger ale\nthis line is bad\nsweetcorn = [fresh vegetables] | sweet corn\n"
	if err := os.WriteFile(path, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	eng, _ := demoEngine(t, answer.Options{SynonymFiles: []string{path, filepath.Join(t.TempDir(), "missing.txt")}})
	if r := ask(eng, "fizzy juice"); !r.Found || !strings.Contains(r.Products[0].Name, "Ginger Ale") {
		t.Errorf("store synonym not used: %v", names(r))
	}
	if r := ask(eng, "sweetcorn"); !r.Found || r.Products[0].Name != "Sweet Corn" && r.Products[0].Category != "fresh vegetables" {
		t.Errorf("sweetcorn: %v", names(r))
	}
}

func TestFreshness(t *testing.T) {
	later := func() time.Time { return time.Now().Add(5 * time.Hour) }
	eng, _ := demoEngine(t, answer.Options{Now: later})
	r := ask(eng, "where is the jam")
	if !r.Stale || !strings.Contains(r.Say, "Prices and stock as of") || r.AsOf.IsZero() {
		t.Errorf("stale answer: stale %v, say %q", r.Stale, r.Say)
	}
	eng, _ = demoEngine(t, answer.Options{})
	if r := ask(eng, "where is the jam"); r.Stale || strings.Contains(r.Say, "as of") {
		t.Errorf("fresh answer says it is stale: %q", r.Say)
	}
}

func TestReload(t *testing.T) {
	eng, db := demoEngine(t, answer.Options{})
	if r := ask(eng, "kombucha"); r.Found {
		t.Fatal("demo store has kombucha?")
	}
	ctx := context.Background()
	err := db.Update(ctx, func(tx *inventory.Tx) error {
		return tx.Put(&inventory.Product{SKU: "K1", Name: "Ginger Kombucha", Department: "beverages",
			Category: "refrigerated", Price: 399, Quantity: 6, Location: inventory.Location{Aisle: "Aisle 2", Side: "left", Bay: "3"}})
	})
	if err != nil {
		t.Fatal(err)
	}
	if err := eng.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if r := ask(eng, "kombucha"); !r.Found || r.Products[0].SKU != "K1" || !strings.Contains(r.Say, "$3.99") {
		t.Errorf("after reload: %v %q", names(r), r.Say)
	}
}

func TestSuggest(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	got := eng.Suggest("where is the cof", 3)
	if len(got) == 0 || got[0].Question != "where is the coffee" || got[0].Phrase != "coffee" {
		t.Errorf("suggest = %v", got)
	}
	if got := eng.Suggest("x", 3); got != nil {
		t.Errorf("one letter suggests %v", got)
	}
}

// Suggestions are whole names of things from the catalog, finishing the words typed ("peanut
// bu" → peanut butter), never a word's completion alone ("buttermilk" for "but", "whole" for
// "who"); every one, tapped, asks a question the kiosk answers with a product.
func TestSuggestWholePhrases(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	cases := []struct{ typed, first, phrase string }{
		{"where is the peanut bu", "where is the peanut butter", "peanut butter"},
		{"where is the who", "where is the whole milk", "whole milk"},
		{"organic whole mi", "organic whole milk", "organic whole milk"},
		{"where is the but", "where is the butter", "butter"},
	}
	for _, c := range cases {
		got := eng.Suggest(c.typed, 3)
		if len(got) == 0 || got[0].Question != c.first {
			t.Errorf("%q suggests %v, want %q first", c.typed, got, c.first)
		}
		if len(got) > 0 && got[0].Phrase != c.phrase {
			t.Errorf("%q: the button says %q, want %q", c.typed, got[0].Phrase, c.phrase)
		}
	}
	for _, typed := range []string{"where is the but", "where is the who", "where is the peanut bu", "pea", "do you have ch", "where are the ba", "how much is the st"} {
		for _, s := range eng.Suggest(typed, 3) {
			if strings.HasSuffix(s.Question, " buttermilk") || strings.HasSuffix(s.Question, " whole") {
				t.Errorf("%q suggests a word's completion: %q", typed, s.Question)
			}
			if !strings.HasSuffix(s.Question, s.Phrase) {
				t.Errorf("%q: %q does not end with its button's words %q", typed, s.Question, s.Phrase)
			}
			if r := ask(eng, s.Question); !r.Found || len(r.Products) == 0 {
				t.Errorf("%q: the suggestion %q finds nothing: %q", typed, s.Question, r.Say)
			}
		}
	}
}

func TestVocabulary(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	v := eng.Vocabulary()
	has := func(list []string, w string) bool {
		for _, s := range list {
			if s == w {
				return true
			}
		}
		return false
	}
	var ws []string
	for _, w := range v.Words {
		ws = append(ws, w.Word)
	}
	for _, w := range []string{"coffee", "ketchup", "preserves"} {
		if !has(ws, w) {
			t.Errorf("vocabulary lacks %q", w)
		}
	}
	if !has(v.Categories, "soft drinks") || !has(v.Phrases, "fizzy drinks") || !has(v.Fillers, "please") {
		t.Errorf("vocabulary lacks categories, phrases or fillers")
	}
}

func TestRecord(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	w := ask(eng, "how much is the Tomato Ketchup").Record("q1")
	if w.ID != "q1" || !w.Found || w.Products[0].Name != "Tomato Ketchup" || w.Products[0].Price != 3.29 ||
		w.Products[0].Aisle != "Aisle 4" || !w.Products[0].InStock || w.MS <= 0 {
		t.Errorf("wire = %+v", w)
	}
	if w := ask(eng, "").Record(7); w.Products == nil {
		t.Error("products must be an empty list, not null")
	}
}

func names(r answer.Result) []string {
	var ns []string
	for _, p := range r.Products {
		ns = append(ns, p.Name)
	}
	if len(ns) > 5 {
		ns = ns[:5]
	}
	return ns
}

func first(r answer.Result) string {
	if len(r.Products) == 0 {
		return "nothing"
	}
	return r.Products[0].Name + " (" + r.Products[0].Category + ")"
}

// A new kiosk before its first sync says its list is not loaded, not that the store lacks
// everything.
func TestEmptyCatalog(t *testing.T) {
	db, err := inventory.Open(filepath.Join(t.TempDir(), "catalog.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	eng, err := answer.New(context.Background(), db, answer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	r := ask(eng, "where is the milk")
	if r.Found || !r.Human || !strings.Contains(r.Say, "not loaded yet") {
		t.Errorf("empty catalog: %+v", r)
	}
}

// "Do you have a tent?" is answered "Yes, we have a tent", with the shopper's article, not
// "we have tent"; a plural or a thing said without one stays as said.
func TestYesWeHaveKeepsTheShoppersArticle(t *testing.T) {
	sport := storeEngine(t, "testdata/stores/sporting/catalog.csv")
	for q, want := range map[string]string{
		"do you have a tent":          "Yes, we have a tent.",
		"do you have an air mattress": "Yes, we have an air mattress.",
		"do you have tents":           "Yes, we have tents.",
	} {
		if r := ask(sport, q); !strings.HasPrefix(r.Say, want) {
			t.Errorf("%q: %q; want it to start %q", q, r.Say, want)
		}
	}
}
