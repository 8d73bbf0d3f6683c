package answer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

// wording is what decides the shape of an answer's sentences.
type wording struct {
	named    bool      // the shopper named one product
	how      matchKind // the loosest way the first product matched the question
	said     string    // the shopper's own words for the topic
	verb     bool      // the topic is a task ("clean my oven"), not a thing: lead with the product
	cheapest bool      // the shopper asked for the cheapest
	the      string    // the topic with its article, where the language has one ("la leche")
	many     bool      // the topic is plural
	a        string    // the topic with the article the shopper put before it: "a tent"
}

// say words an answer: the place first (what most shoppers want), then the product, its
// price and whether it is on the shelf. Short sentences, no filler, nothing invented.
func say(w *words.Words, in Intent, r *Result, how wording, hits []scored, x *index) string {
	p := r.Products[0]
	d := productData(w, p)
	d["Topic"] = capitalise(r.Topic)
	d["Said"] = how.said
	d["Lower"] = r.Topic
	if how.a != "" {
		d["Lower"] = how.a // "Yes, we have a tent", not "we have tent"
	}
	d["The"] = capitalise(how.the)
	var b []string
	add := func(key, fallback string, data any) { b = append(b, w.Say(key, fallback, data)) }
	if r.Relaxed != "" {
		add("answer.relaxed", "We don't seem to have {{.Attr}} {{.Rest}}.",
			map[string]any{"Attr": r.Relaxed, "Rest": r.Topic})
	}
	switch {
	case in == Price && how.cheapest:
		add("answer.cheapest", "The lowest price: {{.Name}}, {{.Price}}, {{.Stock}}.", d)
		b = append(b, where(w, p, d))
	case in == Price && plural(p.DisplayName()):
		add("answer.price.many", "{{.Name}} are {{.Price}}, {{.Stock}}.", d)
		b = append(b, where(w, p, d))
	case in == Price:
		add("answer.price", "{{.Name}} is {{.Price}}, {{.Stock}}.", d)
		b = append(b, where(w, p, d))
	case in == Stock && !p.InStock():
		add("answer.stock.out", "{{.Name}} is out of stock.", d)
		if p.Location.Known() {
			add("answer.stock.usually", "It is usually in {{.Place}}.", d)
		}
	case in == Stock && how.named:
		add("answer.stock.yes", "Yes, {{.Name}} is in stock, {{.Price}}.", d)
		b = append(b, where(w, p, d))
	case in == Stock:
		add("answer.stock.have", "Yes, we have {{.Lower}}.", d)
		b = append(b, locateProduct(w, p, d)...)
	case in == WhatIs:
		b = append(b, describe(w, p))
		b = append(b, where(w, p, d))
	case in == Browse:
		n := countCategory(x, hits)
		add("answer.browse", "We have {{.N}} kinds of {{.Topic}}.", map[string]any{"N": n, "Topic": r.Topic})
		if p.Location.Known() {
			add("answer.browse.where", "Most are in {{.Place}}.", d)
		}
		add("answer.product", "{{.Name}}, {{.Price}}, {{.Stock}}.", d)
	case !p.Location.Known():
		b = append(b, locateProduct(w, p, d)...)
	case how.named || how.how == byOther || how.verb:
		b = append(b, locateProduct(w, p, d)...)
	case how.how == byCategory:
		add("answer.locate.for", "For {{.Said}}, go to {{.Place}}.", d)
		add("answer.product", "{{.Name}}, {{.Price}}, {{.Stock}}.", d)
	case how.many:
		add("answer.locate.many", "{{.The}} are in {{.Place}}.", d)
		add("answer.product", "{{.Name}}, {{.Price}}, {{.Stock}}.", d)
	default:
		add("answer.locate.one", "{{.The}} is in {{.Place}}.", d)
		add("answer.product", "{{.Name}}, {{.Price}}, {{.Stock}}.", d)
	}
	if !p.InStock() {
		if alt := firstInStock(r.Products[1:]); alt != nil {
			a := productData(w, alt)
			add("answer.instead", "In stock: {{.Name}}, {{.Price}}, {{.Place}}.", a)
		}
	}
	return strings.Join(b, " ")
}

func productData(w *words.Words, p *inventory.Product) map[string]any {
	return map[string]any{"Name": p.DisplayName(), "Price": p.Price.String(),
		"Place": Place(w, p.Location), "Stock": stockWord(w, p)}
}

// locateProduct leads with the product itself: "Oven Cleaner is in Aisle 21, right side.
// $13.09, in stock."
func locateProduct(w *words.Words, p *inventory.Product, d map[string]any) []string {
	if !p.Location.Known() {
		return []string{w.Say("answer.product", "{{.Name}}, {{.Price}}, {{.Stock}}.", d),
			w.Say("answer.noplace", "Its place is not recorded; a member of staff can show you.")}
	}
	lead := w.Say("answer.product.one", "{{.Name}} is in {{.Place}}.", d)
	if plural(p.DisplayName()) {
		lead = w.Say("answer.product.many", "{{.Name}} are in {{.Place}}.", d)
	}
	return []string{lead, w.Say("answer.price.stock", "{{.Price}}, {{.Stock}}.", d)}
}

// sayProduct words a scanned product, and an in-stock alternative when it is out.
func sayProduct(w *words.Words, ps []*inventory.Product) string {
	p := ps[0]
	d := productData(w, p)
	s := w.Say("answer.scan", "{{.Name}}: {{.Price}}, {{.Stock}}.", d) + " " + where(w, p, d)
	if !p.InStock() {
		if alt := firstInStock(ps[1:]); alt != nil {
			s += " " + w.Say("answer.instead", "In stock: {{.Name}}, {{.Price}}, {{.Place}}.", productData(w, alt))
		}
	}
	return s
}

func where(w *words.Words, p *inventory.Product, d map[string]any) string {
	if !p.Location.Known() {
		return w.Say("answer.noplace", "Its place is not recorded; a member of staff can show you.")
	}
	return w.Say("answer.where", "It is in {{.Place}}.", d)
}

func describe(w *words.Words, p *inventory.Product) string {
	d := map[string]any{"Name": p.DisplayName(), "Brand": inventory.CleanText(p.Brand), "Unit": p.Unit,
		"Price": p.Price.String(), "Stock": stockWord(w, p)}
	var s string
	switch {
	case p.Brand != "" && p.Unit != "":
		s = w.Say("answer.what.brandunit", "{{.Name}}, by {{.Brand}}, {{.Unit}}: {{.Price}}, {{.Stock}}.", d)
	case p.Brand != "":
		s = w.Say("answer.what.brand", "{{.Name}}, by {{.Brand}}: {{.Price}}, {{.Stock}}.", d)
	case p.Unit != "":
		s = w.Say("answer.what.unit", "{{.Name}}, {{.Unit}}: {{.Price}}, {{.Stock}}.", d)
	default:
		s = w.Say("answer.scan", "{{.Name}}: {{.Price}}, {{.Stock}}.", d)
	}
	if desc := firstSentence(inventory.CleanText(p.Description)); desc != "" {
		s += " " + desc
	}
	return s
}

// Place words a shelf location: "Aisle 9, right side, bay 4". A numbered aisle is said in the
// shopper's language ("pasillo 9"); any other place's name is the store's signage and is
// never translated.
func Place(w *words.Words, l inventory.Location) string {
	aisle := l.Aisle
	if n, ok := strings.CutPrefix(aisle, "Aisle "); ok && isNumber(n) {
		aisle = w.Say("place.aisle.numbered", "Aisle {{.N}}", map[string]any{"N": n})
	}
	d := map[string]any{"Aisle": aisle, "Side": sideWord(w, l.Side), "Bay": l.Bay}
	switch {
	case !l.Known():
		return w.Say("place.unknown", "a place not recorded")
	case l.Side != "" && l.Bay != "":
		return w.Say("place.aisle.side.bay", "{{.Aisle}}, {{.Side}} side, bay {{.Bay}}", d)
	case l.Bay != "":
		return w.Say("place.aisle.bay", "{{.Aisle}}, bay {{.Bay}}", d)
	case l.Side != "":
		return w.Say("place.aisle.side", "{{.Aisle}}, {{.Side}} side", d)
	}
	return aisle
}

func sideWord(w *words.Words, side string) string {
	switch strings.ToLower(side) {
	case "left":
		return w.Say("place.left", "left")
	case "right":
		return w.Say("place.right", "right")
	}
	return side
}

// StockWord says whether a product is on the shelf, in words (never by colour alone).
func StockWord(w *words.Words, p *inventory.Product) string { return stockWord(w, p) }

func stockWord(w *words.Words, p *inventory.Product) string {
	if p.InStock() {
		return w.Say("stock.in", "in stock")
	}
	return w.Say("stock.out", "out of stock")
}

func firstInStock(ps []*inventory.Product) *inventory.Product {
	for _, p := range ps {
		if p.InStock() {
			return p
		}
	}
	return nil
}

func countCategory(x *index, hits []scored) int {
	cat := x.items[hits[0].id].cat
	n := 0
	for _, h := range hits {
		if x.items[h.id].cat == cat {
			n++
		}
	}
	return n
}

func firstSentence(s string) string {
	if s == "" {
		return ""
	}
	if i := strings.IndexAny(s, ".!?"); i > 0 {
		s = s[:i+1]
	} else {
		s += "."
	}
	if utf8.RuneCountInString(s) > 160 {
		return ""
	}
	return s
}

func capitalise(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// plural guesses whether an English topic is plural, for "is" or "are".
func plural(topic string) bool {
	f := strings.Fields(topic)
	if len(f) == 0 {
		return false
	}
	last := strings.ToLower(f[len(f)-1])
	return strings.HasSuffix(last, "s") && !strings.HasSuffix(last, "ss") &&
		!strings.HasSuffix(last, "us") && !strings.HasSuffix(last, "is")
}
