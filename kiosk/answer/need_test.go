package answer_test

import (
	"strings"
	"testing"
)

// A shopper often names a problem, not a product: the trouble is what to find a remedy for,
// and their own things that suffer it only say where. A service asked of the store is no
// product, whatever word it shares with one.

func TestAToldProblemFindsTheRemedyNotTheShoppersOwnThing(t *testing.T) {
	eng := storeEngine(t, petgardenCatalog)
	for q, want := range map[string]string{
		"grubs are killing my lawn":     "Grub",      // not a lawn aerator
		"rabbits keep eating my tulips": "Repellent", // not rabbit food
		"aphids all over my roses":      "Insect",    // aphid is on no label: an aphid is an insect
		"slugs are eating my lettuce":   "Slug",      // not lettuce plants
	} {
		r := ask(eng, q)
		if !r.Found || r.Products[0].Category != "garden pest control" || !strings.Contains(r.Products[0].Name, want) {
			t.Errorf("%q: found %v, first %v (%s); want a %s from garden pest control", q, r.Found, first(r), r.Say, want)
		}
	}
}

func TestAProductForTheShoppersOwnThingIsStillThatProduct(t *testing.T) {
	eng := storeEngine(t, petgardenCatalog)
	r := ask(eng, "clothes for my dog")
	if !r.Found || r.Products[0].Category != "dog apparel" {
		t.Errorf("clothes for my dog: first %v (%s)", first(r), r.Say)
	}
	// "for my X" says what it is for: the thing asked about must still be sold.
	for _, q := range []string{"chlorine tablets for my pool", "electric fence for my garden"} {
		if r := ask(eng, q); r.Found {
			t.Errorf("%q: claimed %v (%s); the store sells none", q, first(r), r.Say)
		}
	}
}

func TestAServiceAskedOfTheStoreIsNotAProduct(t *testing.T) {
	for catalog, qs := range map[string][]string{
		petgardenCatalog:  {"can you trim my cat's nails for me today", "do you board dogs over the holidays", "can you groom my dog today"},
		departmentCatalog: {"can you hem these pants for me", "where do I get my ears pierced"},
	} {
		eng := storeEngine(t, catalog)
		for _, q := range qs {
			r := ask(eng, q)
			if r.Found || !r.Human || !strings.Contains(r.Say, "only find products") {
				t.Errorf("%q: found %v, first %v, say %q; want no product and a person", q, r.Found, first(r), r.Say)
			}
		}
	}
	eng := storeEngine(t, petgardenCatalog)
	for _, q := range []string{"can you tell me where the dog food is", "do you guys still have dog beds", "could you point me to the dog treats"} {
		if r := ask(eng, q); !r.Found {
			t.Errorf("%q asks for products: %s", q, r.Say)
		}
	}
}

func TestKeepsDoingSomethingIsNotTheThingAskedAbout(t *testing.T) {
	eng := hardware(t)
	r := ask(eng, "my smoke detector keeps chirping")
	if !r.Found || !strings.Contains(r.Products[0].Name, "Smoke") {
		t.Errorf("first %v (%s); want a smoke alarm, not 'we don't carry keeps'", first(r), r.Say)
	}
}

// Of the remedies for a trouble, the one whose label says the shopper's own word for it
// comes first: the Ear Wax Removal Kit among the ear care for "plugged up with wax", the
// Burn Jel among first aid for a burn.
func TestTheRemedyNamedForTheTroubleComesFirst(t *testing.T) {
	eng := pharmacy(t)
	for q, want := range map[string]string{
		"my ears feel plugged up with wax": "Wax",
		"I burned my hand on the stove":    "Burn",
	} {
		r := ask(eng, q)
		if !r.Found || !strings.Contains(r.Products[0].Name, want) {
			t.Errorf("%q: found %v, first %v (%s); want one named for it (%s)", q, r.Found, first(r), r.Say, want)
		}
	}
}

// A trouble told of the shopper's own thing, named first, wants what is made for that thing:
// labels name it before another thing. A new one when the store sells the thing and nothing
// is named for the trouble; for an animal, only what is named for the trouble.
func TestAToldTroubleOfTheShoppersThingFindsWhatIsMadeForIt(t *testing.T) {
	eng := rowsEngine(t,
		"1,0000000000017,Sylvania Headlight Restoration Kit,exterior,lighting,19.99,5,Aisle 5,right,3",
		"2,0000000000024,Philips Standard Halogen Headlight Bulb 9005,exterior,lighting,14.99,5,Aisle 5,right,2",
		"3,0000000000031,Mizuno Volleyball Knee Pads,team sports,volleyball,19.99,5,Aisle 3,left,1",
		"4,0000000000048,Wilson AVP Soft Play Volleyball,team sports,volleyball,19.99,5,Aisle 3,left,1",
		"5,0000000000055,Bar's Leaks Radiator Stop Leak,fluids,coolant,9.99,5,Aisle 2,left,2",
		"6,0000000000062,Duralast Radiator 2826,cooling,cooling system,169.99,5,Aisle 8,left,2",
		"7,0000000000079,Sealy Memory Foam Bed Pillow,home,bedding,25.00,5,Aisle 15,left,4",
		"8,0000000000086,Sealy Cool Touch Pillow Protector,home,bedding,15.00,5,Aisle 15,left,4",
		"9,0000000000093,Weaver Leather Nylon Horse Halter,horse,tack,19.99,5,Aisle 4,right,1",
		"10,0000000000109,Mrs. Pastures Cookies for Horses,horse,horse treats,19.99,5,Aisle 4,right,1",
	)
	for q, want := range map[string]string{
		"my headlights are all foggy and yellow": "Headlight Restoration Kit", // not a bulb, nor "not sure"
		"my knees hurt when i play volleyball":   "Knee Pads",                 // not a volleyball
		"my pillow is all flat and lumpy":        "Bed Pillow",                // a new one, not a protector
	} {
		r := ask(eng, q)
		if !r.Found || !strings.Contains(r.Products[0].Name, want) {
			t.Errorf("%q: found %v, first %v (%s); want the %s", q, r.Found, first(r), r.Say, want)
		}
		if strings.Contains(strings.ToLower(r.Say), "headlights are") || strings.Contains(strings.ToLower(r.Say), "knees are") {
			t.Errorf("%q: said %q; the answer names the product, not the shopper's own thing", q, r.Say)
		}
	}
	if r := ask(eng, "my horse has a cut on his leg"); r.Found {
		t.Errorf("a cut on a horse: first %v (%s); a halter is no help, a person is", first(r), r.Say)
	}
}
