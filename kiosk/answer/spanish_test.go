package answer_test

import (
	"context"
	"io/fs"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

func askIn(eng *answer.Engine, lang, q string) answer.Result {
	return eng.Ask(context.Background(), answer.Question{Text: q, Lang: lang})
}

// englishLeft are words an answer worded in Spanish must not have.
var englishLeft = []string{"Aisle", " is ", " are ", "in stock", "out of stock", "side", "bay ", "We don't", "I'm not sure", "A member of staff"}

func TestSpanishQuestionsAreAnsweredInSpanish(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	cases := []struct {
		q      string
		intent answer.Intent
		first  string   // the first product's name, "" for none
		say    []string // fragments the answer must contain
	}{
		{"¿dónde está la mermelada?", answer.Locate, "Strawberry Preserves",
			[]string{"La mermelada está en el pasillo 3, lado derecho, tramo 1.", "$3.49", "hay existencias"}},
		// no accents, capitals, a slipped letter
		{"DONDE ESTA EL CAFE", answer.Locate, "", []string{"El cafe está en el pasillo 1, lado izquierdo"}},
		{"donde esta el cafee", answer.Locate, "", []string{"pasillo 1"}},
		// the Caribbean's and Mexico's words
		{"habichuelas y guineos", answer.Locate, "", []string{"Habichuelas: pasillo 5", "Guineos: Produce, tramo 1, Bananas"}},
		{"busco jitomates", answer.Locate, "Roma Tomatoes", []string{"Los jitomates están en el Produce"}},
		// a product named as labelled, in a Spanish question
		{"¿cuánto cuesta el Tomato Ketchup?", answer.Price, "Tomato Ketchup",
			[]string{"Tomato Ketchup cuesta $3.29, hay existencias.", "Está en el pasillo 4, lado derecho, tramo 1."}},
		{"¿tienen Tomato Ketchup?", answer.Stock, "Tomato Ketchup", []string{"Sí, hay existencias de Tomato Ketchup, $3.29."}},
		{"¿tienen maní?", answer.Stock, "", []string{"Sí, tenemos maní."}},
		{"¿qué es el Tomato Ketchup?", answer.WhatIs, "Tomato Ketchup", []string{"de Heinz, 32 oz: $3.29"}},
		{"¿qué tipos de café tienen?", answer.Browse, "", []string{"tipos de café", "La mayoría están en el pasillo 1"}},
		{"café barato", answer.Price, "Instant Coffee", []string{"El precio más bajo: Instant Coffee, $6.29"}},
		{"leche, huevos y pan", answer.Locate, "", []string{"Leche: Dairy wall", "Huevos: Dairy wall", "Pan: Bakery"}},
		{"0847293128123", answer.Barcode, "Medium Roast Ground Coffee", []string{"$8.99, hay existencias. Está en el pasillo 1"}},
		{"necesito ayuda", answer.Help, "", []string{"Un empleado puede ayudarle."}},
		{"¿dónde está el baño?", answer.Facility, "", []string{"Solo puedo buscar productos."}},
		{"¿venden televisores?", answer.Stock, "", []string{"No parece que tengamos televisores."}},
		{"¿tienen zzxqv?", answer.Stock, "", []string{"No estoy seguro de qué quiere decir con «zzxqv»."}},
	}
	for _, c := range cases {
		for _, lang := range []string{"es", "en"} {
			r := askIn(eng, lang, c.q)
			if c.intent != answer.Barcode && r.Lang != "es" || r.Intent != c.intent {
				t.Errorf("%q on the %s screen: lang %q, intent %v; want es, %v", c.q, lang, r.Lang, r.Intent, c.intent)
			}
			if lang == "es" || c.intent == answer.Barcode {
				// A barcode is in no language: it is answered in the screen's.
				if lang == "en" {
					continue
				}
			} else if !r.Detected {
				t.Errorf("%q on the English screen: Detected false, want true (the screen offers Spanish)", c.q)
			}
			if c.first != "" && (len(r.Products) == 0 || r.Products[0].Name != c.first) {
				t.Errorf("%q: first %q, want %q (%s)", c.q, first(r), c.first, r.Say)
			}
			for _, s := range c.say {
				if !strings.Contains(r.Say, s) {
					t.Errorf("%q on the %s screen: %q lacks %q", c.q, lang, r.Say, s)
				}
			}
			for _, s := range englishLeft {
				if strings.Contains(r.Say, s) {
					t.Errorf("%q: %q has English %q", c.q, r.Say, s)
				}
			}
		}
	}
}

func TestOutOfStockInSpanish(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	r := askIn(eng, "es", "¿tienen Salted Butter Sticks?")
	if strings.Contains(r.Say, "Disponible") {
		t.Errorf("%q: an alternative is said to have stock, not to be 'available'", r.Say)
	}
	if len(r.Products) == 0 || r.Products[0].Name != "Salted Butter Sticks" || !strings.Contains(r.Say, "Salted Butter Sticks está agotado. Suele estar en el Dairy wall") {
		t.Errorf("got %q first, %q", first(r), r.Say)
	}
}

func TestEnglishQuestionsStayEnglish(t *testing.T) {
	eng, _ := demoEngine(t, answer.Options{})
	// One word of the Spanish vocabulary alone is not enough on the English screen: "brocoli"
	// is an English shopper's slip too. (On the Spanish screen "guineos" is bananas.)
	// Nor is a Spanish word English reads with its neighbours as one name: "hay fever" is no
	// "hay", "eau de toilette" no "de".
	for _, q := range []string{"where is the jam", "brocoli", "salsa", "Tomato Ketchup", "cilantro", "guineos",
		"hay fever tablits that wont make me drowsy", "eau de toilette"} {
		r := askIn(eng, "en", q)
		if r.Lang != "en" || r.Detected {
			t.Errorf("%q on the English screen: lang %q, detected %v; want English", q, r.Lang, r.Detected)
		}
	}
	// On the Spanish screen an English question is answered in English, and says so.
	r := askIn(eng, "es", "where is the jam")
	if r.Lang != "en" || !r.Detected || !strings.Contains(r.Say, "Jam is in Aisle 3") {
		t.Errorf("English on the Spanish screen: lang %q, detected %v, %q", r.Lang, r.Detected, r.Say)
	}
	if r := askIn(eng, "es", "guineos"); r.Lang != "es" || first(r) != "Bananas (fresh fruits)" {
		t.Errorf("guineos on the Spanish screen: lang %q, %q", r.Lang, r.Say)
	}
	// A name is a name on either screen: answered in the screen's language.
	if r := askIn(eng, "es", "Tomato Ketchup"); r.Lang != "es" || r.Detected || !strings.Contains(r.Say, "pasillo 4") {
		t.Errorf("a product's name on the Spanish screen: lang %q, detected %v, %q", r.Lang, r.Detected, r.Say)
	}
}

// Every kind of store the engine has a vocabulary pack for has a Spanish one, and every
// Spanish pack reads (a bad line stops the engine's tests here, not a shopper's question).
func TestSpanishVocabularyPacks(t *testing.T) {
	for _, name := range assets.VocabularyPacks() {
		if name == "british" {
			continue // British and Australian words: no kind of store
		}
		if _, err := fs.Stat(assets.FS, assets.Vocabulary+"/es/"+name+".txt"); err != nil {
			t.Errorf("no Spanish pack for %s: %v", name, err)
		}
	}
	for _, store := range []string{"testdata/stores/pharmacy/catalog.csv", "testdata/stores/department/catalog.csv"} {
		eng := storeEngine(t, store)
		if r := askIn(eng, "es", "¿dónde están los calcetines?"); r.Lang != "es" || strings.Contains(r.Say, "calcetines") && r.Verdict == "unsure" {
			t.Errorf("%s: %q (%s)", store, r.Say, r.Verdict)
		}
	}
}

func TestASpanishTroubleToldIsUnsure(t *testing.T) {
	// Told in Spanish as in English: no "no parece que tengamos" with the shopper's words.
	eng, _ := demoEngine(t, answer.Options{})
	for _, q := range []string{"mi teléfono siempre se descarga antes del almuerzo", "mi closet es un desastre total"} {
		r := askIn(eng, "es", q)
		if r.Found {
			continue
		}
		if strings.Contains(r.Say, "No parece que tengamos") || !strings.Contains(r.Say, "No estoy seguro") {
			t.Errorf("%q: say %q; want an honest not sure", q, r.Say)
		}
	}
	// A request still hears "we don't carry".
	r := askIn(eng, "es", "necesito una cortadora de césped")
	if r.Found || strings.Contains(r.Say, "ayudaría con eso") {
		t.Errorf("a request: found %v, say %q", r.Found, r.Say)
	}
}

// An English question with a Spanish noun in it ("you have the guantes for the baseball") is
// read with the noun in English, when the store has that thing; where it does not ("gato" is
// a cat, and a car parts store sells none), the word stays as said and the kiosk is unsure,
// never "we don't carry cat".
func TestSpanishNounsInAnEnglishQuestion(t *testing.T) {
	sport := storeEngine(t, "testdata/stores/sporting/catalog.csv")
	if r := ask(sport, "you have the guantes for the baseball for my son"); !r.Found || !strings.Contains(r.Products[0].Name, "Glove") {
		t.Errorf("guantes: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	// English knows "pelota" only as a game (jai alai), no thing on a shelf: the Spanish ball.
	if r := ask(sport, "do you have a pelota for soccer, size 5"); !r.Found || !strings.Contains(r.Products[0].Name, "Soccer Ball") {
		t.Errorf("pelota: found %v, first %v (%s)", r.Found, first(r), r.Say)
	}
	auto := storeEngine(t, "testdata/stores/autoparts/catalog.csv")
	if r := ask(auto, "the gato for lift the car"); r.Verdict == "not carried" || strings.Contains(r.Say, "cat") {
		t.Errorf("gato: verdict %s (%s); want unsure", r.Verdict, r.Say)
	}
	// The packs name beauty, sport and car things too, and the store may call the thing by
	// another English name: a bicicleta is a bicycle, and the labels say Bike.
	beauty := storeEngine(t, "testdata/stores/beauty/catalog.csv")
	for _, tc := range []struct {
		eng     *answer.Engine
		q, want string
	}{
		{beauty, "where is the rimel", "Mascara"},
		{beauty, "esmalte for nails, red color", "Nail Polish"},
		{sport, "where are the bicicletas for kids", "Bike"},
		{auto, "um where are the bujias", "Spark Plug"},
		// English knows a "cortina" only as one rare thing (a mushroom's veil), and the store
		// sells none: the Spanish curtains.
		{storeEngine(t, "testdata/stores/homegoods/catalog.csv"), "i need cortinas for my living room", "Curtain"},
		// Everyday words are in the general pack, for every kind of store.
		{storeEngine(t, "testdata/stores/farm/catalog.csv"), "alambre for the electric fence", "Wire"},
		{storeEngine(t, "testdata/stores/department/catalog.csv"), "where are the lamparas", "Lamp"},
	} {
		if r := ask(tc.eng, tc.q); !r.Found || !strings.Contains(r.Products[0].Name, tc.want) {
			t.Errorf("%q: found %v, first %v (%s); want %s", tc.q, r.Found, first(r), r.Say, tc.want)
		}
	}
}

func TestSpanishSaysWhomForAndInStock(t *testing.T) {
	// "de niña" is for girls, as "de hombre" is men's; "en existencia" asks whether it is in
	// stock, never a word of the product's name.
	eng := store(t, "department")
	r := askIn(eng, "", "¿dónde están los pijamas de niña?")
	if !r.Found || !strings.Contains(r.Products[0].Name, "Girls'") || !strings.Contains(r.Products[0].Name, "Pajama") {
		t.Errorf("pijamas de niña: found %v, first %s, say %q; want girls' pajamas", r.Found, first(r), r.Say)
	}
	r = askIn(eng, "", "¿tienen el cargador portátil Anker en existencia?")
	if !r.Found || !strings.Contains(r.Products[0].Name, "Anker") || strings.Contains(r.Say, "existencia.") {
		t.Errorf("cargador Anker en existencia: found %v, first %s, say %q; want the Anker charger", r.Found, first(r), r.Say)
	}
}
