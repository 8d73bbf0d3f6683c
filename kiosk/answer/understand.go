package answer

import (
	"github.com/storekiosk/storekiosk/inventory"
	"slices"
	"strings"
)

// Intent is what the shopper wants to know.
type Intent string

const (
	Locate   Intent = "locate"   // where is X
	Price    Intent = "price"    // how much is X
	Stock    Intent = "stock"    // do you have X, is X in stock
	WhatIs   Intent = "what-is"  // tell me about X
	Browse   Intent = "browse"   // what kinds of X
	Barcode  Intent = "barcode"  // a scanned or typed barcode
	Help     Intent = "help"     // a person, please
	Facility Intent = "facility" // restrooms, exit, checkout: not products
	Unclear  Intent = "unclear"  // nothing to go on
)

// parsed is a question taken apart: what is wanted, and about what.
type parsed struct {
	intent   Intent
	signaled bool     // the intent came from the shopper's words, not the default
	topic    []string // the content words, in order: "organic hass avocado bag"
	purpose  []string // a trailing "for ..." clause: "for the kids", "for a trifle"
	either   []string // words after "or": "batteries, AA or AAA" — welcome, not required
	barcode  string
	human    bool // the shopper asked for a person
	cheapest bool // "cheap", "cheapest", "cheaper"
	counted  bool // "a" or "an" comes before the topic: the shopper wants one of a kind of thing
	told     bool // the question tells a situation and asks for nothing: "my drain is clogged"
	seeks    bool // the question asks for whatever helps: "something for my dog's itchy skin"
	// starts are topic words that begin a noun phrase of their own, after "my", "your", ...:
	// in "I left my gloves", "left" says nothing of what the gloves are.
	starts map[string]bool
	// es is the question as the shopper asked it in Spanish, for the answer's wording; nil
	// for an English question.
	es *spanishQuestion
	// words are the question's words in order, filler and all, to tell which of the topic's
	// words were said together ("a box of 22 lr": "22 lr", not "box 22 lr").
	words []string
	// packed is the container the thing was asked in ("a bag of clementines"): not the
	// product, but it tells a line's products apart (the Clementines, Bag).
	packed []string
}

// phrase patterns that signal an intent; their words are not part of the topic.
var intentPhrases = []struct {
	words  []string
	intent Intent
}{
	{[]string{"how", "much"}, Price}, {[]string{"what", "does", "it", "cost"}, Price},
	{[]string{"price", "check"}, Price}, {[]string{"check", "the", "price"}, Price},
	{[]string{"check", "price"}, Price}, {[]string{"stock", "check"}, Stock},
	{[]string{"out", "of", "stock"}, Stock}, {[]string{"in", "stock"}, Stock},
	{[]string{"sold", "out"}, Stock}, {[]string{"any", "left"}, Stock}, {[]string{"run", "out"}, Stock},
	{[]string{"do", "you", "have"}, Stock}, {[]string{"have", "you", "got"}, Stock},
	{[]string{"do", "you", "sell"}, Stock}, {[]string{"do", "you", "carry"}, Stock},
	{[]string{"do", "you", "stock"}, Stock}, {[]string{"you", "have"}, Stock},
	{[]string{"is", "there", "any"}, Stock}, {[]string{"are", "there", "any"}, Stock},
	{[]string{"have", "any"}, Stock}, {[]string{"got", "any"}, Stock},
	{[]string{"tell", "me", "about"}, WhatIs}, {[]string{"tell", "me", "more"}, WhatIs},
	{[]string{"what", "is", "in"}, WhatIs}, {[]string{"made", "of"}, WhatIs},
	{[]string{"what", "kinds"}, Browse}, {[]string{"what", "kind"}, Browse},
	{[]string{"what", "types"}, Browse}, {[]string{"what", "type"}, Browse},
	{[]string{"what", "sorts"}, Browse}, {[]string{"what", "sort"}, Browse},
	{[]string{"show", "me", "all"}, Browse}, {[]string{"all", "your"}, Browse},
	{[]string{"looking", "for"}, Locate}, {[]string{"look", "for"}, Locate},
	{[]string{"point", "me"}, Locate}, {[]string{"direct", "me"}, Locate},
	{[]string{"way", "to"}, Locate},
	{[]string{"talk", "to"}, Help}, {[]string{"speak", "to"}, Help}, {[]string{"speak", "with"}, Help},
	{[]string{"talk", "with"}, Help}, {[]string{"real", "person"}, Help},
}

// intentWords signal an intent on their own and are never part of the topic.
var intentWords = map[string]Intent{
	"price": Price, "prices": Price, "priced": Price, "cost": Price, "costs": Price,
	"costing": Price, "expensive": Price, "cheap": Price, "cheaper": Price, "cheapest": Price,
	"dollars": Price, "pay": Price, "budget": Price, "inexpensive": Price, "lowest": Price,
	"available": Stock, "availability": Stock, "sell": Stock, "sells": Stock, "carry": Stock,
	"stocked": Stock, "instock": Stock,
	"where": Locate, "wheres": Locate, "find": Locate, "located": Locate, "location": Locate,
	"aisle": Locate, "isle": Locate, "aisles": Locate, "section": Locate, "shelf": Locate,
	"keep": Locate, "kept": Locate, "directions": Locate,
	"information": WhatIs, "info": WhatIs, "details": WhatIs, "describe": WhatIs,
	"ingredients": WhatIs,
	"varieties":   Browse, "variety": Browse, "selection": Browse, "options": Browse,
	"choices": Browse, "brands": Browse, "flavors": Browse, "flavours": Browse, "which": Browse,
	"help": Help, "assist": Help, "assistance": Help, "someone": Help, "somebody": Help,
	"person": Help, "human": Help, "staff": Help, "employee": Help, "worker": Help,
	"attendant": Help, "clerk": Help, "manager": Help, "associate": Help, "assistant": Help,
	"helper": Help, "anybody": Help, "anyone": Help,
}

// filler words carry politeness, hesitation or grammar, never the product.
var filler = setOf(`a an the some any um umm uh uhh er erm hmm hm ah oh hi hello hey heya hiya
	there please pls plz thanks thank thankyou cheers excuse me sorry pardon could can would will
	might may shall should i im ive id i'm me my mine we our us you your yours ya u is are was were
	be been being it its this that these those do does did done to of on at by from about just
	really actually also too very so well okay ok like kind sort type types kinds sorts thing
	things stuff something anything somewhere go going gonna wanna want wants wanted need needs
	needed get getting got buy buying purchase purchasing finding found locate locating look
	looking search searching seek seeking show point tell know say give bring pick grab here today
	now again still yet let lets what whats how hows who when why one ones store shop shopping
	have has had having am if please yes yeah yep nope hey good best nice great
	lovely dear mate love sir madam maam miss friend guys folks buddy kindly possibly maybe
	perhaps probably wonder wondering curious me more bit little lot lots real really ripe
	lovely tasty yummy decent proper usual regular normal think thinking guess suppose reckon
	believe seems seem products items goods supplies brand near nearby nearest closest helps helped helping take taking use using try recommend suggest weve youve theyve ill youll cant cannot couldnt dont doesnt wont
	isnt arent didnt r ur they them their theirs he him his she her hers its ones it
	tonight tomorrow yesterday asked asks asking sent sends told tells said says
	wife husband son daughter grandson granddaughter grandkids grandchildren mum mom mother dad
	father boss friend neighbour neighbor partner hubby missus doctor gotta gonna wanna lemme
	gimme big huge giant tiny uh um kinda sorta type sort kind make making made doing having
	getting bring bringing grab grabbing pick much many keeps`)

// withReading is a question read with what its thing comes with welcome, not required: "a
// trash can with a lid" where no label says both is the Trash Can, never "we don't seem to
// carry lid". (Told, it is the trouble: "blocked up with wax".) ok is false when no "with"
// follows the thing asked about.
func withReading(p parsed) (parsed, bool) {
	i := slices.Index(p.topic, "with")
	if i < 1 || i >= len(p.topic)-1 || p.told {
		return p, false
	}
	q := p
	q.either = append(slices.Clone(p.either), trimStopwords(p.topic[i+1:])...)
	q.topic = trimStopwords(p.topic[:i])
	return q, len(q.topic) > 0
}

// afterNoun words may follow a noun that ends what is asked for: "a gas can for the mower".
var afterNoun = setOf(`for with and or in near please thanks`)

// restart words begin another question inside a sentence: "what bench do you have".
var restart = setOf(`what whats which`)

// possessive words start a noun phrase of their own: "left my gloves".
var possessive = setOf(`my your our his her their`)

// place words before a determiner say where something is: "in the car", "at my mum's".
var place = setOf(`in at on into inside under`)

// determiner words begin a noun phrase.
var determiner = setOf(`a an the my your our his her their this that`)

// clause words start a trailing purpose or cause.
var clause = setOf(`for after from because since while during`)

// cheap words ask for the lowest price.
var cheap = setOf(`cheap cheaper cheapest budget inexpensive lowest`)

// fillerPhrases are said around a question, never part of what is asked for.
var fillerPhrases = [][]string{{"right", "now"}, {"at", "the", "moment"}, {"for", "me"},
	{"happen", "to"}, {"happens", "to"},
	{"kind", "of"}, {"sort", "of"}, {"a", "bit"}, {"a", "lot"}, {"i", "was", "wondering"},
	{"you", "guys"}, {"by", "any", "chance"}, {"if", "possible"}, {"this", "week"},
	{"at", "home"}, {"at", "work"}, {"at", "school"}, {"all", "day"},
	{"good", "morning"}, {"good", "afternoon"}, {"good", "evening"}, {"good", "day"}} // greetings

// container words are dropped with their "of": "a jar of", "a case of", "a punnet of".
var container = setOf(`jar jars bottle bottles case cases bag bags box boxes pack packs packet
	packets can cans tin tins tub tubs carton cartons loaf loaves punnet punnets bunch bunches
	dozen pint pints gallon gallons litre litres liter liters kilo kilos pound pounds roll rolls
	tube tubes bar bars slice slices piece pieces handful couple pair sack sacks crate crates
	container containers pot pots`)

// facility words name places in the store that are not products.
var facility = setOf(`restroom restrooms toilet toilets bathroom bathrooms loo loos washroom
	washrooms wc lavatory exit exits entrance checkout checkouts till tills cashier cashiers
	register registers atm trolley trolleys cart carts basket baskets parking elevator lift
	stairs escalator`)

// negations turns "without caffeine", "with no sugar" and "no salt" into the attribute form
// the catalog uses: "caffeine free", "sugar free", "salt free". "Non-X" stays as said unless
// "X free" is such an attribute ("non dairy" is dairy free; "non drowsy" stays).
func negations(toks []string) []string {
	out := toks[:0:0]
	for i := 0; i < len(toks); i++ {
		w := toks[i]
		neg := w == "without" || w == "no" && i > 0 || w == "non" || w == "zero" && i+1 < len(toks) && toks[i+1] == "sugar"
		if w == "with" && i+1 < len(toks) && toks[i+1] == "no" {
			neg, i = true, i+1
		}
		if neg && i+1 < len(toks) && !filler[toks[i+1]] && !stopword[toks[i+1]] && isLetters(toks[i+1]) &&
			(w != "non" || listedFree(toks[i+1])) {
			out = append(out, toks[i+1], "free")
			i++
			continue
		}
		out = append(out, w)
	}
	return out
}

// mishearings of question words that recognisers and spellers produce at a question's start.
var questionWord = map[string]string{"wear": "where", "were": "where", "ware": "where",
	"wher": "where", "whear": "where", "wer": "where", "weres": "where", "wears": "where",
	"wat": "what", "wot": "what", "wut": "what", "hw": "how", "howmuch": "how"}

func setOf(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// labelPair reports whether the store's labels say word a right before word b ("Shop Towels",
// "Little Trees"), or with b empty, name what products are with a ("Cattle Vaccine"); nil
// when no catalog is at hand.
type labelPair func(a, b string) bool

// parse takes a question apart. A word that is mostly filler ("shop", "little", "kind") stays
// in the topic when labels say it before the word that follows it.
func parse(toks []string, named labelPair) parsed {
	var p parsed
	if len(toks) > maxWords {
		toks = toks[:maxWords]
	}
	if code := barcodeIn(toks); code != "" {
		return parsed{intent: Barcode, barcode: code}
	}
	toks = described(negations(append([]string(nil), toks...)))
	if len(toks) > 1 {
		if w, ok := questionWord[toks[0]]; ok && (filler[toks[1]] || toks[1] == "is" || toks[1] == "are") {
			toks[0] = w
		}
	}
	p.words = toks

	used := make([]bool, len(toks))
	signals := map[Intent]bool{}
	// "a jar of pickles", "a dozen eggs": the container is not the product.
	for i, w := range toks {
		if container[w] && (i+1 < len(toks) && toks[i+1] == "of" || w == "dozen") {
			used[i] = true
			if w != "dozen" {
				used[i+1] = true
			}
			p.packed = append(p.packed, w)
		}
	}
	// "any Fresh Sliced Mozzarella left?"
	if n := len(toks); n > 1 && toks[n-1] == "left" {
		used[n-1] = true
		signals[Stock] = true
	}
	for _, ph := range fillerPhrases {
		for i := 0; i+len(ph) <= len(toks); i++ {
			if slices.Equal(toks[i:i+len(ph)], ph) {
				for k := range ph {
					used[i+k] = true
				}
			}
		}
	}
	// "I'm after some butter" is British for "I want some butter".
	for i := 1; i < len(toks); i++ {
		if toks[i] == "after" && (toks[i-1] == "im" || toks[i-1] == "am" || toks[i-1] == "were" || toks[i-1] == "was") {
			used[i] = true
			signals[Locate] = true
		}
	}
	phrased := false // an intent was asked in a phrase: "how much", "do you have"
	for _, ph := range intentPhrases {
		for i := 0; i+len(ph.words) <= len(toks); i++ {
			match := true
			for k, w := range ph.words {
				if toks[i+k] != w || used[i+k] {
					match = false
					break
				}
			}
			if match {
				for k := range ph.words {
					used[i+k] = true
				}
				signals[ph.intent] = true
				phrased = true
			}
		}
	}
	labelled := make([]bool, len(toks))
	for i := 0; named != nil && i+1 < len(toks); i++ {
		w, next := toks[i], toks[i+1]
		if !filler[w] || used[i] || used[i+1] || intentWords[next] != "" || len(w) <= 2 || !isLetters(w) ||
			!isLetters(next) || determiner[w] || possessive[w] || stopword[next] || !named(w, next) {
			continue
		}
		labelled[i] = true
		if filler[next] && len(next) > 2 && !determiner[next] && !possessive[next] {
			labelled[i+1] = true // both the labels' words: "shop supplies"
		}
	}
	for i, w := range toks {
		if used[i] || labelled[i] {
			continue
		}
		if w == "stock" {
			// "do you stock X" is a question; "chicken stock" is a product.
			if i == 0 || used[i-1] || filler[toks[i-1]] || intentWords[toks[i-1]] != "" {
				used[i] = true
				signals[Stock] = true
			}
			continue
		}
		if in, ok := intentWords[w]; ok {
			used[i] = true
			signals[in] = true
			continue
		}
		if w == "can" && i > 0 && !used[i-1] && !filler[toks[i-1]] && intentWords[toks[i-1]] == "" && isLetters(toks[i-1]) &&
			(i+1 == len(toks) || afterNoun[toks[i+1]]) {
			continue // a thing, not "can I": "a gas can", "the trash can with a lid"
		}
		if filler[w] {
			used[i] = true
			if w == "what" || w == "whats" {
				signals[WhatIs] = true
			}
		}
	}
	// "an electric kettle to boil water": what it is for is a purpose, not the product. (With
	// nothing asked for before it, "something to clean my oven", the task is the question.)
	// So is a clause that says what it does: "the plastic clips that hold the bumper on", "a
	// speaker I can take to the beach".
	purposeAt := len(toks)
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] == "to" && purposeVerb[toks[i+1]] && slices.Contains(used[:i], false) ||
			(toks[i] == "that" || toks[i] == "which") && !used[i-1] && !filler[toks[i+1]] && !stopword[toks[i+1]] && !determiner[toks[i+1]] ||
			i+2 < len(toks) && subject[toks[i]] && modal[toks[i+1]] && !used[i-1] && isLetters(toks[i-1]) {
			purposeAt = i
			break
		}
	}
	mine := false // a phrase of the shopper's own things has begun: "my sunglasses"
	for i, w := range toks {
		if mine && place[w] && i+1 < len(toks) && determiner[toks[i+1]] {
			// "I left my sunglasses in the car": where their own things are, not a product.
			break
		}
		if i >= purposeAt {
			if !used[i] && i > purposeAt {
				p.purpose = append(p.purpose, w)
			}
			continue
		}
		// "… start lifting at home, what bench do you have": a question word begins another
		// noun phrase, as "my" does.
		if !used[i] && len(p.topic) > 0 && i > 0 && (possessive[toks[i-1]] || restart[toks[i-1]]) {
			if p.starts == nil {
				p.starts = map[string]bool{}
			}
			p.starts[w] = true
			mine = true
		}
		if !used[i] {
			if len(p.topic) == 0 && i > 0 && (toks[i-1] == "a" || toks[i-1] == "an" || i > 1 && (toks[i-2] == "a" || toks[i-2] == "an") && filler[toks[i-1]]) {
				p.counted = true // "a toaster", "a new toaster"
			}
			p.topic = append(p.topic, w)
		}
		if cheap[w] {
			p.cheapest = true
		}
	}
	p.topic = trimStopwords(p.topic)
	// "batteries, double A or triple A": the first is asked for, the others welcome.
	if i := slices.Index(p.topic, "or"); i > 0 {
		p.either = trimStopwords(p.topic[i+1:])
		p.topic = trimStopwords(p.topic[:i])
	}
	// "paper plates for a party", "sore muscles after gardening": a purpose or a cause, not
	// part of the product.
	for i := 1; i < len(p.topic)-1; i++ {
		if clause[p.topic[i]] && !(named != nil && named(p.topic[i-1], p.topic[i])) {
			p.purpose = trimStopwords(p.topic[i+1:])
			p.topic = trimStopwords(p.topic[:i])
			break
		}
	}
	p.human = signals[Help]
	p.signaled = len(signals) > 0
	// "I keep breaking out in pimples" tells; "where do you keep the flour" asks.
	p.told = !phrased && tells(toks) && !slices.ContainsFunc(toks, func(w string) bool {
		return intentWords[w] != "" && w != "keep" && w != "kept" || w == "what" || w == "whats"
	})
	p.seeks = seeksHelp(toks) || doing(toks, p.topic)

	switch {
	case len(p.topic) == 0 && p.human:
		p.intent = Help
	case len(p.topic) == 0:
		p.intent = Unclear
	case allFacility(p.topic, named):
		p.intent = Facility
	case signals[Price]:
		p.intent = Price
	case signals[Browse]:
		p.intent = Browse // "what kinds of cereal do you have" asks for the range
	case signals[Stock]:
		p.intent = Stock
	case signals[Locate]:
		p.intent = Locate
	case signals[WhatIs]:
		p.intent = WhatIs
	default:
		p.intent = Locate
	}
	return p
}

func trimStopwords(ws []string) []string {
	for len(ws) > 0 && stopword[ws[0]] {
		ws = ws[1:]
	}
	for len(ws) > 0 && stopword[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	return ws
}

func allFacility(ws []string, named labelPair) bool {
	// A service is asked for where it is given, not found on a shelf: "a flu shot", "pick up
	// my prescription"; unless the labels sell it (see sold).
	for i, w := range ws {
		if service[w] && !sold(w, ws[i+1:], named) || (w == "shot" || w == "shots" || w == "jab") && i > 0 && shotOf[ws[i-1]] {
			return true
		}
	}
	for _, w := range ws {
		if !facility[w] && !stopword[w] {
			return false
		}
	}
	return true
}

// sold reports whether a service word, with the words after it, names what the labels sell:
// the service itself (a farm store's Cattle Vaccine), or a thing it only says which of
// ("prescription strength allergy tablets"). Where it is given is no such thing: "the
// prescription counter".
func sold(w string, after []string, named labelPair) bool {
	return named != nil && (named(w, "") || slices.ContainsFunc(after, func(v string) bool { return !serviceDesk[v] && named(v, "") }))
}

var (
	service = setOf(`prescription prescriptions vaccine vaccines vaccination vaccinations
	immunization immunizations immunisation pharmacist`)
	shotOf = setOf(`flu covid booster tetanus shingles`)
	// serviceDesk words after a service name where it is given: "the prescription counter".
	serviceDesk = setOf(`counter counters desk window area department dept pickup`)
)

// barcodeIn finds a barcode: 8 to 14 digits, alone or with words such as "scan" or "price",
// or one whole barcode (8, 12, 13 or 14 digits, its check digit right) said in a sentence:
// "which aisle for 0346026185384".
func barcodeIn(toks []string) string {
	var digits strings.Builder
	whole, numbers, other := "", 0, false
	for _, w := range toks {
		switch {
		case isDigits(w):
			digits.WriteString(w)
			numbers++
			if n := len(w); (n == 8 || n >= 12 && n <= 14) && inventory.CheckGTIN(w) == nil {
				whole = w
			}
		case barcodeWords[w] || filler[w] || intentWords[w] != "" || w == "much" || w == "stock" || w == "in":
		default:
			other = true
		}
	}
	if n := digits.Len(); !other && n >= 8 && n <= 14 {
		return digits.String()
	}
	if numbers == 1 {
		return whole
	}
	return ""
}

var barcodeWords = setOf(`scan scanned scanning barcode bar code upc ean gtin number item product
	check lookup`)

// taskVerb words make a topic a task ("something to clean my oven"): the answer then names
// the product rather than repeating the shopper's words as a thing.
var taskVerb = setOf(`clean wash wipe scrub polish remove kill treat soothe relieve unblock dry
	cook bake make fix repair wrap feed stop prevent protect freshen shave brush`)

// subject and modal begin a clause that says what a thing is for without "that": "a speaker I
// can take to the beach", "a gift she would like".
var (
	subject = setOf(`i we you he she they`)
	modal   = setOf(`can could will would might should`)
)

// purposeVerb words after "to" say what a thing is for: "a kettle to boil water", "a ladder
// to reach the gutters".
var purposeVerb = func() map[string]bool {
	m := setOf(`boil heat warm cool chill cut open hang hold carry store keep mix measure paint
	reach cover fill seal light mount attach join tie lift move water grow plant dig trim mow
	charge plug power drive put go sleep sit wear read eat drink play ride walk run swim travel
	write draw sew knit listen watch`)
	for w := range taskVerb {
		m[w] = true
	}
	return m
}()

// explains reports whether a part of a question gives a reason rather than a request:
// "my kid has sensitive skin", "I'm making smoothies", "we're having a party".
func explains(part []string) bool {
	if len(part) < 2 {
		return false
	}
	switch part[0] {
	case "its", "thats": // "it's cold", "that's for my mum": it is, that is
		return true
	case "my", "our", "his", "her", "their", "the", "she", "he", "they", "it":
		for _, w := range part[1:min(len(part), 5)] {
			if stateVerb[w] {
				return true
			}
		}
	case "im", "were", "we", "i", "ive", "weve", "am", "i m":
		for _, w := range part[1:min(len(part), 3)] {
			if strings.HasSuffix(w, "ing") && intentWords[w] == "" && w != "looking" && w != "wondering" {
				return true
			}
		}
	}
	return false
}

// tells reports whether a question tells the shopper's situation and asks for nothing: "my
// dog still stinks after a bath", "I twisted my ankle", "the shower head is all crusty with
// lime", "moles are digging up my yard". Its words name no product, so finding none is no
// sign that the store lacks one.
func tells(toks []string) bool {
	for i, w := range toks {
		// "my hands get cold" tells; "where can I get ice" asks.
		if asks[w] && !((w == "get" || w == "gets") && i > 0 && !getter[toks[i-1]]) {
			return false
		}
	}
	if seeksHelp(toks) {
		return false
	}
	start := 0
	for start < len(toks) && opener[toks[start]] {
		start++
	}
	toks = toks[start:]
	if len(toks) < 2 {
		return false
	}
	switch toks[0] {
	case "im", "ive", "were", "theres", "thats":
		return true // "I'm always cold at night", "there's a crack in my driveway"
	case "my", "our", "his", "her", "their", "the", "i", "we", "he", "she", "they", "it":
		// ... and then says what happens: a verb ("is", "keeps", "twisted", "breaking"), "always"
		// or "when", or a second person or thing acted on ("my dog cut his paw").
		for _, w := range toks[1:] {
			if stateVerb[w] || toldWord[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
				return true
			}
		}
		return false
	}
	return slices.ContainsFunc(toks[1:min(len(toks), 3)], func(w string) bool { return stateVerb[w] })
}

// vagueThing words stand for whatever does what follows: "the stuff you put in the
// dishwasher", "something for a cough".
var vagueThing = setOf(`something anything stuff things`)

// seeksHelp reports whether a question asks for whatever helps: "something for my dog's itchy
// skin", "anything to keep my coffee hot", "the stuff you put in the dishwasher". It names
// what for, not a product.
func seeksHelp(toks []string) bool {
	for i := 0; i+1 < len(toks); i++ {
		if vagueThing[toks[i]] && (toks[i+1] == "for" || toks[i+1] == "to" || toks[i+1] == "you" || toks[i+1] == "that") {
			return true
		}
	}
	return false
}

// described puts what a clause says a thing is before it, as a modifier: "mascara that's
// waterproof" is waterproof mascara, "boots that are warm for hunting" warm boots for hunting.
// A clause that says whom or what it is for ("a card that's for my mum") is what follows.
func described(toks []string) []string {
	for i := 1; i+1 < len(toks); i++ {
		n := 0
		switch {
		case toks[i] == "thats" || toks[i] == "whats":
			n = 1
		case (toks[i] == "that" || toks[i] == "which") && (toks[i+1] == "is" || toks[i+1] == "are" || toks[i+1] == "s"):
			n = 2
		}
		if n == 0 || stopword[toks[i-1]] || filler[toks[i-1]] {
			continue
		}
		end := i + n
		for end < len(toks) && !stopword[toks[end]] && !filler[toks[end]] && !determiner[toks[end]] {
			end++
		}
		if end == i+n {
			// "a card that's for my mum": what it is for follows.
			return append(slices.Clone(toks[:i]), toks[i+n:]...)
		}
		if end-(i+n) > 2 {
			continue // more than a word or two: another clause
		}
		out := slices.Clone(toks[:i-1])
		out = append(out, toks[i+n:end]...)
		out = append(out, toks[i-1])
		return append(out, toks[end:]...)
	}
	return toks
}

// getter words come before a "get" that asks for something: "can I get", "where to get".
var getter = setOf(`i we you u to can could do does ill lets please should would where how`)

// doing reports whether the thing asked about is something to do: "I need to tow my buddy's
// car home", "how to unclog a drain". The store may sell what helps with it; it cannot be
// said to lack it.
func doing(toks, topic []string) bool {
	if len(topic) == 0 || asks[topic[0]] || intentWords[topic[0]] != "" {
		return false
	}
	for i := 1; i+1 < len(toks); i++ {
		if toks[i] == "to" && toDo[toks[i-1]] && toks[i+1] == topic[0] {
			return true
		}
	}
	return false
}

// toDo words come before "to" and something to do.
var toDo = setOf(`need needs want wants trying try have has how`)

// toldWord words, after "my ..." or "I ...", make it a sentence that tells: "my phone always
// dies", "my fingers freeze when I text", "my dog cut his paw".
var toldWord = setOf(`always still never when whenever every his her him me them i`)

// asks are the words of a request: a question with them asks for something, whatever it tells.
var asks = setOf(`need needs needed want wants wanted wanna looking find buy get like recommend
	suggest`)

// opener words come before what a shopper says: "hi, my drain is clogged".
var opener = setOf(`hi hello hey excuse me um umm uh er so well oh ok okay yes sorry`)

var stateVerb = setOf(`has have had got gets is are was were keeps went goes cant wont doesnt dont
	isnt arent loves likes hates runs running comes came coming leaks dripping smells stinks
	squeaks squeaking`)
