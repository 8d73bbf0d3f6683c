package assistant

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/storekiosk/storekiosk/inventory"
)

// Rejection says why a reply was not shown. Its message names the rule and quotes the words
// that broke it, for the log (never for the shopper).
type Rejection struct {
	Rule   string // "price", "place", "stock", "product", "tone", "health", "form", "length"
	Detail string
}

func (r *Rejection) Error() string { return "reply rejected (" + r.Rule + "): " + r.Detail }

func reject(rule, format string, args ...any) *Rejection {
	return &Rejection{Rule: rule, Detail: fmt.Sprintf(format, args...)}
}

// Bounds on a reply: a few short sentences, read at a glance and spoken in seconds.
const (
	maxSentences    = 5
	maxReply        = 600
	maxSentenceLen  = 260
	maxShown        = 6
	minLetterShare  = 0.5
	maxRepeatedWord = 4
)

// checker validates a reply one sentence at a time, so a streamed reply can be checked as it
// arrives and dropped at its first bad sentence. Every price, place and stock claim must be
// true of the product it is said of, and that product must be one the tools returned.
type checker struct {
	facts *facts
	zones []zone
	// has reports whether the catalog has something in stock by these words, for checking
	// "we don't sell X".
	has func(words string) bool

	carried  []*fact // the products of the last sentence that named any ("It is $3.49.")
	said     []string
	shown    []string
	referral bool
}

// zone is a named place that is not a numbered aisle ("Dairy wall"), with the pattern that
// finds it said as a place.
type zone struct {
	name string // lower case, as the catalog has it
	re   *regexp.Regexp
}

func newChecker(f *facts, zones []zone, has func(string) bool) *checker {
	return &checker{facts: f, zones: zones, has: has}
}

// compileZones makes the patterns for the store's place names that are not numbered aisles.
func compileZones(places []string) []zone {
	var zs []zone
	for _, p := range places {
		lp := strings.ToLower(strings.TrimSpace(p))
		if lp == "" || numberedAisleRe.MatchString(lp) {
			continue
		}
		alts := []string{regexp.QuoteMeta(lp)}
		if strings.Contains(lp, "&") {
			alts = append(alts, regexp.QuoteMeta(strings.ReplaceAll(lp, "&", "and")))
		}
		// Said as a place: after a preposition, or as a label ("Yogurt: Dairy wall, bay 3"), so
		// "fresh produce" in passing is not read as the place Produce.
		re := regexp.MustCompile(`(^|[:,;]\s*|\b(in|at|on|by|near|from|to|the|en|el|la)\s+(the\s+)?)(` + strings.Join(alts, "|") +
			`)(\s+(section|area|department|aisle|sección|zona))?\b`)
		zs = append(zs, zone{name: lp, re: re})
	}
	return zs
}

var numberedAisleRe = regexp.MustCompile(`(?i)^(aisle|pasillo)\s*(\d+)$`)

// ref is a product named in a sentence: by its name, or by an SKU marker ("[D0036]"). A name
// may fit several returned products ("Large White Eggs" fits the 12 and the 18 count); the
// claims next to it must then be true of one of them.
type ref struct {
	start, end int
	facts      []*fact
	marker     bool
}

// Patterns for what a reply may claim. They run on the sentence in lower case with product
// names blanked out, so "Ibuprofen Tablets 200 mg" or "Free & Clear Detergent" are not read
// as claims.
var (
	markerRe = regexp.MustCompile(`(?i)\s*(\[\s*([^\[\]]{1,60}?)\s*\]|\(\s*sku[\s:#]*([^()]{1,40}?)\s*\))`)
	skuWord  = regexp.MustCompile(`(?i)^(sku|item|product)[\s:#]*`)

	priceRes = []*regexp.Regexp{
		regexp.MustCompile(`\$\s?(\d{1,6}(?:,\d{3})*(?:\.\d{1,2})?)`),
		regexp.MustCompile(`\b(\d{1,6}(?:\.\d{1,2})?)\s*(?:dollars?|usd|d[oó]lares)\b`),
		regexp.MustCompile(`\b(\d{1,2})\s*(?:cents?|centavos)\b`),
		regexp.MustCompile(`\b(\d{1,4}\.\d{2})\b`),
	}
	unitAfterRe = regexp.MustCompile(`^\s*(oz|ounces?|lbs?|pounds?|ml|l|liters?|litres?|g|kg|grams?|ct|count|fl|%|pack|gal|gallons?|mg|in|inch|cm|mm|qt|pt)\b`)
	approxRe    = regexp.MustCompile(`\b(about|around|roughly|approximately|approx|under|over|less than|more than|up to|from|starting at|as low as|total|altogether|in all|comes? to|add up to|unos|aproximadamente|menos de|m[aá]s de|desde)\s*$`)
	totalRe     = regexp.MustCompile(`\b(total|totals|altogether|in all|comes? to|add(s)? up|sum|combined|en total)\b`)
	promoRe     = regexp.MustCompile(`\b(free of charge|for free|at no (cost|charge)|no charge|costs? nothing|complimentary|on the house|` +
		`(is|are|it's|they're|be|get|totally|completely|all|everything|anything)\s+free|discount\w*|on sale|sale price|half[- ]price|` +
		`\d+\s*%\s*off|percent off|coupons?|promo\w*|bogo|buy one,? get one|deals?|clearance|gratis|descuento\w*|oferta\w*)\b`)

	aisleRe       = regexp.MustCompile(`\b(?:aisle|pasillo)\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,3})\b`)
	aisleAnyRe    = regexp.MustCompile(`\b(aisles?|pasillos?)\b`)
	sideRe        = regexp.MustCompile(`\b(left|right)(?:-hand)?\s+side\b|\bon the (left|right)\b|\blado (izquierdo|derecho)\b`)
	bayRe         = regexp.MustCompile(`\b(?:bay|bah[ií]a)\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,3})\b`)
	vaguePlaceRe  = regexp.MustCompile(`\b(next to|nearby|near|beside|behind|opposite|across from|(at|by|near|in) the (entrance|exit|doors?|front|back|end|checkouts?|tills?|registers?)|end of (the|each|every) aisle|(top|bottom|middle|upper|lower) shelf|eye level|end ?caps?|front of the store|back of the store|cerca de|al lado de|junto a|al fondo|\w+ (section|department|area|counter|wall))\b`)
	stockNegRe    = regexp.MustCompile(`\b(out of stock|sold out|not in stock|(isn't|aren't|is not|are not) in stock|unavailable|not available|none left|(has|have|is|are) run out|ran out|no stock|agotad[oa]s?|sin existencias?|no (est[aá]n?|hay) disponibles?)\b`)
	stockPosRe    = regexp.MustCompile(`\b(in stock|available|on the shelf|on shelf|on our shelves|disponibles?|en existencia)\b`)
	stockHaveRe   = regexp.MustCompile(`\b(we have|we've got|we stock|we carry|we sell|tenemos|vendemos)\b`)
	absentRe      = regexp.MustCompile(`\b(?:we )?(?:don't|do not|doesn't|does not|dont) (?:have|carry|sell|stock)\s+(?:any\s+)?([a-z][a-z -]{1,40}?)(?:\s+(?:here|today|now|at the moment|in this store))?\s*(?:[.,;:]|$)|\bno (?:tenemos|vendemos)\s+([a-z][a-z -]{1,40}?)\s*(?:[.,;:]|$)`)
	quantityRe    = regexp.MustCompile(`\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|a few|few|several|plenty|lots|many)\s+(left|remaining|in stock|on the shelf|on hand|units?)\b|\b(last (one|few)|running low|low stock|limited stock|back in stock|restock\w*|deliver(y|ies)|arriv(e|es|ing)|quedan)\b`)
	doseRe        = regexp.MustCompile(`\b(take|taking|give|use)\s+(\d+|one|two|three|a|an|half)\s+(tablets?|pills?|capsules?|caplets?|doses?|teaspoons?|tablespoons?|spoonfuls?|drops?|mg|ml)\b|\b(take|taking|give|giving)\s+(\d+|one|two|three|four|half|a couple of|a few)\s+x{3,}|\b\d+\s*(mg|milligrams?|mcg|ml|milliliters?)\b|\b(every|each)\s+\d+\s*(to\s*\d+\s*)?hours?\b|\b(once|twice|three times|\d+ times) (a|per) day\b|\bdos(age|es|is|ing)\b|\boverdos\w*|\bmaximum (daily )?dose\b`)
	healthClaimRe = regexp.MustCompile(`\b(cures?|cured|curing|treats?|treated|treating|treatment|heals?|healing|remed(y|ies)|relieves?|soothes?|safe (for|to|during|with|if)|(won't|will not|doesn't|does not) (hurt|harm|irritate)|harmless|hypoallergenic|clinically|doctor[- ]recommended|immune|detox\w*|boosts?|weight loss|lose weight|good for (your )?(health|heart|gut|digestion|skin|bones|joints)|gut health|digestion|cura|tratamiento|alivia)\b`)
	healthTermRe  = regexp.MustCompile(`\b(relief|symptoms?|side effects?|interacts?|interactions?|pregnan\w*|breast-?feed\w*|infections?|disease|illness|medical conditions?|allerg(y|ies|ic)|eczema|rash(es)?|psoriasis|diabet\w*|blood pressure|cholesterol|diagnos\w*|prescri\w*|medicat\w*|medicines?|medical|headaches?|migraines?|fever|coughs?|coughing|(a|the|your) cold|colds|flu|pain|aches?|sore|embaraz\w*|alergi\w*|dolor|medicament\w*|s[ií]ntomas?)\b`)
	referralRe    = regexp.MustCompile(`\b(pharmacists?|pharmacy|member of (our )?staff|staff members?|doctor|physician|nurse|farmac[eé]utic\w*|farmacia|m[eé]dico|personal de la tienda|empleado)\b`)
	apologyRe     = regexp.MustCompile(`\b(sorry|apologi[sz]e\w*|apologies|unfortunately|regrettably|i regret|lo siento|disculp\w*|perd[oó]n|lamentablemente|desafortunadamente)\b`)
	feelingRe     = regexp.MustCompile(`\b(i (completely |totally |really |fully )?understand|i know how|i can (imagine|see how)|i feel|i'm (so |really |very |truly )?(happy|glad|delighted|thrilled|excited|sad|afraid)|i am (so |really |very |truly )?(happy|glad|delighted|thrilled|excited|sad|afraid)|happy to help|glad to help|my pleasure|great question|good question|excellent question|great choice|good choice|don't worry|no worries|rest assured|frustrat\w*|annoying|stressful|i hope|hope (this|that) helps|enjoy (your|the)|have a (great|nice|good|wonderful|lovely) day|bon app[eé]tit|happy (cooking|baking|shopping)|entiendo|comprendo|me alegra|con gusto|no se preocupe|espero que)\b`)
	fillerRe      = regexp.MustCompile(`^(sure|certainly|absolutely|of course|great|okay|ok|well|hello|hi|hey|hola|claro|por supuesto)\s*[,.:;]`)
	refusalRe     = regexp.MustCompile(`\b(as an ai|language model|i'm an ai|i am an ai|i (can't|cannot|am unable to|'m unable to) (help|assist|provide|answer|access|browse|look)|i don't have (access|information|the ability)|my (training|knowledge cutoff))\b`)
	formRe        = regexp.MustCompile("[{}<>\\\\|]|```|https?://|www\\.|\\S+@\\S+\\.\\w+|\\b(tool_calls?|function_call|search_products|get_product|list_categories|check_stock)\\b")
	phoneRe       = regexp.MustCompile(`\+?\(?\d[\d\s().-]{5,}\d`)
)

// sentence checks one sentence and keeps it if it passes.
func (c *checker) sentence(raw string) error {
	s := strings.Join(strings.Fields(raw), " ")
	if s == "" {
		return nil
	}
	if len(s) > maxSentenceLen {
		return reject("length", "a sentence of %d characters", len(s))
	}
	clean, refs, err := c.markers(s)
	if err != nil {
		return err
	}
	if m := formRe.FindString(clean); m != "" {
		return reject("form", "not plain words: %q", m)
	}
	for _, m := range phoneRe.FindAllString(clean, -1) {
		if digits(m) >= 7 {
			return reject("form", "a phone or account number: %q", m)
		}
	}
	if err := plainWords(clean); err != nil {
		return err
	}
	refs, err = c.names(clean, refs)
	if err != nil {
		return err
	}
	lower := strings.ToLower(strings.ReplaceAll(clean, "’", "'"))
	masked := maskRefs(lower, refs)
	if err := c.tone(lower, masked); err != nil {
		return err
	}
	if err := c.health(c.maskCategories(masked)); err != nil {
		return err
	}
	if err := c.claims(masked, refs); err != nil {
		return err
	}
	if len(refs) > 0 {
		c.carried = c.carried[:0]
		for _, r := range refs {
			c.carried = append(c.carried, r.facts...)
			for _, f := range r.facts {
				if !slices.Contains(c.shown, f.p.SKU) {
					c.shown = append(c.shown, f.p.SKU)
				}
			}
		}
	}
	if referralRe.MatchString(masked) {
		c.referral = true
	}
	c.said = append(c.said, tidy(clean))
	return nil
}

// finish checks the reply as a whole and returns its text as the shopper will see it.
func (c *checker) finish() (string, error) {
	if len(c.said) == 0 {
		return "", reject("form", "no answer in the reply")
	}
	if len(c.said) > maxSentences {
		return "", reject("length", "%d sentences", len(c.said))
	}
	text := strings.Join(c.said, " ")
	if n := utf8.RuneCountInString(text); n > maxReply {
		return "", reject("length", "%d characters", n)
	}
	return text, nil
}

// text is what has passed so far.
func (c *checker) text() string { return strings.Join(c.said, " ") }

// markers takes SKU markers out of a sentence, noting where they were.
func (c *checker) markers(s string) (string, []ref, error) {
	var b strings.Builder
	var refs []ref
	last := 0
	for _, m := range markerRe.FindAllStringSubmatchIndex(s, -1) {
		inner := ""
		if m[4] >= 0 {
			inner = s[m[4]:m[5]]
		} else {
			inner = s[m[6]:m[7]]
		}
		var fs []*fact
		for _, part := range strings.Split(inner, ",") {
			part = strings.TrimSpace(skuWord.ReplaceAllString(strings.TrimSpace(part), ""))
			f := c.facts.lookup(part)
			if f == nil {
				return "", nil, reject("product", "refers to %q, which no tool returned", inner)
			}
			fs = append(fs, f)
		}
		b.WriteString(s[last:m[0]])
		pos := b.Len()
		for _, f := range fs {
			refs = append(refs, ref{start: pos, end: pos, facts: []*fact{f}, marker: true})
		}
		last = m[1]
	}
	b.WriteString(s[last:])
	return b.String(), refs, nil
}

// names finds the returned products named in a sentence. A name counts when the sentence
// has all its words in order, or a run of at least two of them that is at least half the
// name ("Large White Eggs" for "Large White Eggs 12 Count"). Longer matches win over the
// shorter ones inside them ("Nacho Cheese Tortilla Chips" is not also "Tortilla Chips").
func (c *checker) names(s string, markers []ref) ([]ref, error) {
	toks := tokenize(s)
	type cand struct {
		i, n int // token span
		f    *fact
	}
	var cs []cand
	for _, sku := range c.facts.order {
		f := c.facts.bySKU[sku]
		w := f.words
		best, at := 0, 0
		for i := range toks {
			for j := range w {
				k := 0
				for i+k < len(toks) && j+k < len(w) && toks[i+k].key == w[j+k] {
					k++
				}
				if k > best {
					best, at = k, i
				}
			}
		}
		if best > 0 && (best == len(w) || (best >= 2 && 2*best >= len(w))) {
			cs = append(cs, cand{at, best, f})
		}
	}
	sort.SliceStable(cs, func(a, b int) bool { return cs[a].n > cs[b].n })
	var refs []ref
	type span struct{ i, n int }
	var spans []span
next:
	for _, cd := range cs {
		for k, sp := range spans {
			if sp.i == cd.i && sp.n == cd.n {
				refs[k].facts = append(refs[k].facts, cd.f)
				continue next
			}
			if cd.i < sp.i+sp.n && sp.i < cd.i+cd.n {
				continue next // inside a longer name already found
			}
		}
		spans = append(spans, span{cd.i, cd.n})
		refs = append(refs, ref{start: toks[cd.i].start, end: toks[cd.i+cd.n-1].end, facts: []*fact{cd.f}})
	}
	// A marker right after a name must mark that name's product: "Large White Eggs 12 Count
	// [D0038]" is a mix-up between two products, and either claim could be the wrong one.
	out := refs[:len(refs):len(refs)]
	for _, m := range markers {
		dup := false
		for _, r := range refs {
			if m.start < r.end || m.start-r.end > 2 {
				continue
			}
			if !slices.Contains(r.facts, m.facts[0]) {
				return nil, reject("product", "names %q but marks %s", r.facts[0].name, m.facts[0].p.SKU)
			}
			dup = true
		}
		if !dup {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].start < out[b].start })
	return out, nil
}

// claim is something a sentence says about a product, at a byte offset.
type claim struct {
	pos       int
	what      string // the words, for the log
	rule      string // "price", "place" or "stock"
	following bool   // said before the product: "we have Bananas"
	ok        func(p *inventory.Product) bool
}

// claims checks every price, place and stock claim against the product it is said of: the
// nearest product named before it in the sentence (or after it, if none is before), else the
// products of the last sentence that named any.
func (c *checker) claims(s string, refs []ref) error {
	var cl []claim
	add := func(pos int, what, rule string, following bool, ok func(*inventory.Product) bool) {
		cl = append(cl, claim{pos, what, rule, following, ok})
	}
	if m := promoRe.FindString(s); m != "" {
		return reject("price", "offer or discount not in the catalog: %q", m)
	}
	if m := quantityRe.FindString(s); m != "" {
		return reject("stock", "stock level or delivery not in the catalog: %q", m)
	}
	var taken [][2]int
	overlaps := func(a, b int) bool {
		for _, t := range taken {
			if a < t[1] && t[0] < b {
				return true
			}
		}
		return false
	}
	for _, re := range priceRes {
		for _, m := range re.FindAllStringSubmatchIndex(s, -1) {
			if overlaps(m[0], m[1]) {
				continue
			}
			num := s[m[2]:m[3]]
			if re == priceRes[3] && unitAfterRe.MatchString(s[m[1]:]) {
				continue // "2.37 oz" is a size
			}
			taken = append(taken, [2]int{m[0], m[1]})
			want, err := parsePrice(num, re == priceRes[2])
			if err != nil {
				return reject("price", "unreadable price %q", s[m[0]:m[1]])
			}
			if approxRe.MatchString(s[:m[0]]) || totalRe.MatchString(s) {
				return reject("price", "estimate or total not in the catalog: %q", s[max(0, m[0]-20):m[1]])
			}
			add(m[0], s[m[0]:m[1]], "price", false, func(p *inventory.Product) bool { return p.Price == want })
		}
	}
	var places [][2]int
	for _, m := range aisleRe.FindAllStringSubmatchIndex(s, -1) {
		n := s[m[2]:m[3]]
		places = append(places, [2]int{m[0], m[1]})
		add(m[0], s[m[0]:m[1]], "place", false, func(p *inventory.Product) bool {
			pm := numberedAisleRe.FindStringSubmatch(strings.TrimSpace(p.Location.Aisle))
			return pm != nil && strings.TrimLeft(pm[2], "0") == strings.TrimLeft(n, "0")
		})
	}
	for _, z := range c.zones {
		for _, m := range z.re.FindAllStringIndex(s, -1) {
			name := z.name
			places = append(places, [2]int{m[0], m[1]})
			add(m[0], s[m[0]:m[1]], "place", false, func(p *inventory.Product) bool {
				return strings.EqualFold(strings.TrimSpace(p.Location.Aisle), name)
			})
		}
	}
	for _, m := range sideRe.FindAllStringSubmatchIndex(s, -1) {
		side := ""
		for g := 1; g <= 3; g++ {
			if m[2*g] >= 0 {
				side = s[m[2*g]:m[2*g+1]]
			}
		}
		switch side {
		case "izquierdo":
			side = "left"
		case "derecho":
			side = "right"
		}
		add(m[0], s[m[0]:m[1]], "place", false, func(p *inventory.Product) bool { return strings.EqualFold(p.Location.Side, side) })
	}
	for _, m := range bayRe.FindAllStringSubmatchIndex(s, -1) {
		n := s[m[2]:m[3]]
		add(m[0], s[m[0]:m[1]], "place", false, func(p *inventory.Product) bool {
			return strings.TrimLeft(p.Location.Bay, "0") == strings.TrimLeft(n, "0")
		})
	}
	// Whatever else looks like a place was not taken from a tool: "near the bread", "in the
	// baking aisle", "at the back".
	rest := []byte(s)
	for _, p := range places {
		for i := p[0]; i < p[1]; i++ {
			rest[i] = ' '
		}
	}
	if m := vaguePlaceRe.Find(rest); m != nil {
		return reject("place", "a place the catalog does not give: %q", strings.TrimSpace(string(m)))
	}
	if m := aisleAnyRe.Find(rest); m != nil {
		return reject("place", "an aisle without its number")
	}
	var negs [][2]int
	for _, m := range stockNegRe.FindAllStringIndex(s, -1) {
		negs = append(negs, [2]int{m[0], m[1]})
		add(m[0], s[m[0]:m[1]], "stock", false, func(p *inventory.Product) bool { return !p.InStock() })
	}
	inNeg := func(a, b int) bool {
		for _, n := range negs {
			if a < n[1] && n[0] < b {
				return true
			}
		}
		return false
	}
	for _, m := range stockPosRe.FindAllStringIndex(s, -1) {
		if !inNeg(m[0], m[1]) {
			add(m[0], s[m[0]:m[1]], "stock", false, func(p *inventory.Product) bool { return p.InStock() })
		}
	}
	for _, m := range stockHaveRe.FindAllStringIndex(s, -1) {
		add(m[0], s[m[0]:m[1]], "stock", true, func(p *inventory.Product) bool { return p.InStock() })
	}
	for _, m := range absentRe.FindAllStringSubmatchIndex(s, -1) {
		what := ""
		for g := 1; g <= 2; g++ {
			if m[2*g] >= 0 {
				what = strings.TrimSpace(s[m[2*g]:m[2*g+1]])
			}
		}
		if len(refs) == 0 {
			// "We don't sell yeast" is about yeast, not the products said before: true only
			// if the catalog has none on the shelf.
			if c.has != nil && what != "" && c.has(what) {
				return reject("stock", "says the store lacks %q, which the catalog has in stock", what)
			}
			continue
		}
		add(m[0], s[m[0]:m[1]], "stock", true, func(p *inventory.Product) bool { return !p.InStock() })
	}
	for _, cm := range cl {
		fs := c.pair(refs, cm.pos, cm.following)
		if len(fs) == 0 {
			return reject(cm.rule, "%q is not said of any product the tools returned", cm.what)
		}
		if !slices.ContainsFunc(fs, func(f *fact) bool { return cm.ok(f.p) }) {
			return reject(cm.rule, "%q is not true of %s", cm.what, fs[0].name)
		}
	}
	return nil
}

// pair finds the products a claim at pos is said of.
func (c *checker) pair(refs []ref, pos int, following bool) []*fact {
	var before, after *ref
	for i := range refs {
		if refs[i].end <= pos {
			before = &refs[i]
		} else if after == nil && refs[i].start >= pos {
			after = &refs[i]
		}
	}
	if following && after != nil {
		return after.facts
	}
	if before != nil {
		return before.facts
	}
	if after != nil {
		return after.facts
	}
	return c.carried
}

// maskCategories blanks the returned products' category names ("muscles joints pain
// relief"), which are the store's words, not advice.
func (c *checker) maskCategories(s string) string {
	for _, sku := range c.facts.order {
		p := c.facts.bySKU[sku].p
		for _, cat := range []string{strings.ToLower(p.CategoryLabel()), strings.ToLower(p.Category)} {
			if len(cat) >= 4 {
				s = strings.ReplaceAll(s, cat, strings.Repeat("x", len(cat)))
			}
		}
	}
	return s
}

// tone rejects apologies, performed feelings, filler, exclamations and talk about itself.
func (c *checker) tone(lower, masked string) error {
	if strings.ContainsAny(lower, "!¡") {
		return reject("tone", "an exclamation")
	}
	for _, r := range lower {
		if unicode.Is(unicode.So, r) || r >= 0x1F000 {
			return reject("tone", "an emoji or symbol %q", r)
		}
	}
	for _, t := range []struct {
		re   *regexp.Regexp
		what string
	}{{apologyRe, "an apology"}, {feelingRe, "performed feeling"}, {fillerRe, "filler"}, {refusalRe, "talk about itself"}} {
		if m := t.re.FindString(masked); m != "" {
			return reject("tone", "%s: %q", t.what, m)
		}
	}
	return nil
}

// health rejects medical advice: doses always; claims that a product treats or is safe for
// something always; other health talk unless the sentence sends the shopper to the
// pharmacist or a member of staff.
func (c *checker) health(masked string) error {
	if m := doseRe.FindString(masked); m != "" {
		return reject("health", "dosing advice: %q", m)
	}
	if m := healthClaimRe.FindString(masked); m != "" {
		return reject("health", "a health claim: %q", m)
	}
	if m := healthTermRe.FindString(masked); m != "" && !referralRe.MatchString(masked) {
		return reject("health", "health advice without sending to the pharmacist or staff: %q", m)
	}
	return nil
}

// plainWords rejects text that is not sentences: symbols, digits and repetition.
func plainWords(s string) error {
	letters, other := 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsSpace(r):
		default:
			other++
		}
	}
	if letters == 0 || (letters+other > 12 && float64(letters) < minLetterShare*float64(letters+other)) {
		return reject("form", "not words: %q", s)
	}
	words := strings.Fields(strings.ToLower(s))
	run := 1
	for i := 1; i < len(words); i++ {
		if words[i] == words[i-1] {
			run++
			if run > maxRepeatedWord {
				return reject("form", "a word repeated: %q", words[i])
			}
		} else {
			run = 1
		}
	}
	return nil
}

// parsePrice reads "3.49", "1,299.00" or, as cents, "49".
func parsePrice(num string, cents bool) (inventory.Money, error) {
	num = strings.ReplaceAll(num, ",", "")
	if cents {
		n, err := strconv.Atoi(num)
		return inventory.Money(n), err
	}
	return inventory.ParseMoney(num)
}

// maskRefs blanks the products' names out of a lower-case sentence, keeping offsets.
func maskRefs(s string, refs []ref) string {
	b := []byte(s)
	for _, r := range refs {
		for i := r.start; i < r.end && i < len(b); i++ {
			if b[i] != ' ' {
				b[i] = 'x'
			}
		}
	}
	return string(b)
}

// tidy mends the spacing that taking markers out leaves: "Eggs , $3.19" → "Eggs, $3.19".
func tidy(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	for _, p := range []string{",", ".", ";", ":", "?"} {
		s = strings.ReplaceAll(s, " "+p, p)
	}
	return s
}

// token is a word of a sentence: its matching key and where it is.
type token struct {
	key        string
	start, end int
}

func tokenize(s string) []token {
	var out []token
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, token{key: stem(strings.ToLower(s[start:end])), start: start, end: end})
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' {
			if start < 0 {
				start = i
			}
		} else {
			flush(i)
		}
	}
	flush(len(s))
	return out
}

// keys are a name's matching keys.
func keys(name string) []string {
	var out []string
	for _, t := range tokenize(name) {
		out = append(out, t.key)
	}
	return out
}

// stem folds English plurals so "banana" names Bananas and "tomatoes" names Tomato.
func stem(w string) string {
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case len(w) > 4 && (strings.HasSuffix(w, "oes") || strings.HasSuffix(w, "ches") ||
		strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes")):
		return w[:len(w)-2]
	case len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:len(w)-1]
	}
	return w
}
