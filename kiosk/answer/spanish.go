package answer

import (
	"bufio"
	"fmt"
	"github.com/storekiosk/storekiosk/kiosk/answer/lexicon"
	"io"
	"io/fs"
	"slices"
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"

	"github.com/storekiosk/storekiosk/assets"
)

// Spanish questions are answered by the same engine: the shopper's question forms and product
// words are put into the English question the engine reads ("¿dónde están las habichuelas
// negras?" → "where is black beans"), through Spanish vocabulary packs (assets/vocabulary/es,
// one per kind of store). Words the packs do not know — brands, product names as labelled,
// English — are kept as written, so "¿cuánto cuesta el Tomato Ketchup?" asks for the product
// by its name. The answer is then worded in Spanish, naming the thing in the shopper's own
// words, accents and all.

// esWord is one word of a Spanish question: as written, and folded for matching (lower case,
// no accents, singular).
type esWord struct {
	surface string
	fold    string // lower case, no accents
	key     string // fold, singular
}

// esEntry is what a Spanish phrase means in English.
type esEntry struct {
	english string
	kind    esKind
}

type esKind uint8

const (
	esNoun esKind = iota // a kind of thing: "leche" = milk
	esAdj                // says what kind: "orgánica" = organic; put before the noun in English
	esSay                // a phrase kept where it is: "voy a hacer" = I'm making
)

// spanishPacks are the Spanish vocabulary: phrase keys (singular, folded, space-separated)
// to their English. Words of a phrase are looked up longest first.
type spanishPacks struct {
	phrases map[string]esEntry
	names   map[string]string // English noun → its first Spanish name as written ("whole milk" → "leche entera")
	words   map[string]bool   // every single word of a phrase, for spelling fixes
	longest int
}

// loadSpanish reads the Spanish packs: every one, since a shopper may ask in Spanish for what
// the store does not sell and should hear so; general first and the kinds of store the engine
// read last, so that theirs is the meaning a word has here.
func loadSpanish(packs []string) (*spanishPacks, error) {
	s := &spanishPacks{phrases: map[string]esEntry{}, names: map[string]string{}, words: map[string]bool{}}
	names := []string{"general"}
	for _, name := range spanishPackNames() {
		if name != "general" && !slices.Contains(packs, name) {
			names = append(names, name)
		}
	}
	for _, name := range append(names, packs...) {
		path := assets.Vocabulary + "/es/" + name + ".txt"
		f, err := assets.FS.Open(path)
		if err != nil {
			continue // a store's own vocabulary file, or a kind with no Spanish pack
		}
		err = s.add(f, path)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	return s, nil
}

// add reads one pack: "spanish, other spanish = english", optionally "adj:" or "say:" first.
func (s *spanishPacks) add(r io.Reader, name string) error {
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		kind := esNoun
		if rest, ok := strings.CutPrefix(line, "adj:"); ok {
			kind, line = esAdj, rest
		} else if rest, ok := strings.CutPrefix(line, "say:"); ok {
			kind, line = esSay, rest
		}
		from, to, ok := strings.Cut(line, "=")
		to = strings.TrimSpace(to)
		if !ok || to == "" {
			return fmt.Errorf("%s:%d: want \"spanish = english\"", name, n)
		}
		for i, ph := range strings.Split(from, ",") {
			ws := spanishWords(ph)
			if len(ws) == 0 {
				return fmt.Errorf("%s:%d: empty phrase", name, n)
			}
			if i == 0 && kind == esNoun {
				s.names[strings.ToLower(to)] = strings.Join(strings.Fields(strings.ToLower(ph)), " ")
			}
			keys := make([]string, len(ws))
			for i, w := range ws {
				keys[i] = w.key
				s.words[w.key] = true
			}
			s.phrases[strings.Join(keys, " ")] = esEntry{english: to, kind: kind}
			s.longest = max(s.longest, len(ws))
		}
	}
	return sc.Err()
}

// spanishWords splits text into words, keeping what was written: "¿Dónde está el maní?" →
// dónde, está, el, maní. Digits stay with their word ("4", "AA").
func spanishWords(text string) []esWord {
	var out []esWord
	for _, f := range strings.FieldsFunc(text, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\'' && r != '-' && r != '&' && r != ','
	}) {
		// Commas are kept as words of their own: they separate the things of a list.
		for i, part := range strings.Split(f, ",") {
			if i > 0 {
				out = append(out, esWord{surface: ",", fold: ",", key: ","})
			}
			part = strings.Trim(part, "'-")
			if part == "" {
				continue
			}
			fold := foldSpanish(part)
			out = append(out, esWord{surface: part, fold: fold, key: singularES(fold)})
		}
	}
	return out
}

// foldSpanish is lower case without accents (ñ is n, as the engine's tokens read it).
func foldSpanish(s string) string {
	var b strings.Builder
	for _, r := range norm.NFD.String(s) {
		if unicode.Is(unicode.Mn, r) {
			continue
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// singularES undoes a Spanish plural: limones → limon, nueces → nuez, manzanas → manzana.
func singularES(w string) string {
	n := len(w)
	switch {
	case n > 4 && strings.HasSuffix(w, "ces"):
		return w[:n-3] + "z"
	case n > 4 && strings.HasSuffix(w, "es") && strings.ContainsRune("lnrdjy", rune(w[n-3])):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && strings.ContainsRune("aeiou", rune(w[n-2])):
		return w[:n-1]
	}
	return w
}

// Spanish grammar, the same in every store.
var (
	// esForms are question forms, longest first where one starts another; the English they
	// become leads the question the engine reads.
	esForms = func() [][2]string {
		var out [][2]string
		for _, l := range strings.Split(`
en que pasillo estan|where are
en que pasillo esta|where is
en que pasillo|where is
me puede decir donde estan|where are
me puede decir donde esta|where is
me puede decir donde|where is
me puede ayudar a encontrar|where is
me ayuda a encontrar|where is
donde puedo encontrar|where can i find
donde se encuentran|where are
donde se encuentra|where is
donde encuentro|where is
donde estaran|where are
donde estara|where is
donde estan|where are
donde esta|where is
donde tienen|where is
donde hay|where is
donde quedan|where are
donde queda|where is
donde|where is
cuanto cuestan|how much are
cuanto cuesta|how much is
cuanto valen|how much are
cuanto vale|how much is
cuanto sale|how much is
cuanto es|how much is
a como estan|how much are
a como esta|how much is
que precio tienen|how much are
que precio tiene|how much is
cual es el precio de|how much is
precio de|how much is
precio|how much is
cuanto|how much is
que tipos de|what kinds of
que clases de|what kinds of
que marcas de|what brands of
les quedan|any left
les queda|any left
todavia tienen|do you have
tienen|do you have
tiene|do you have
venden|do you sell
quedan|any left
queda|any left
hay|do you have
estoy buscando|i am looking for
ando buscando|i am looking for
busco|i am looking for
necesito|i need
quiero|i want
quisiera|i want
que puedo tomar|what can i take
que me recomienda|what do you recommend
algo para|something for
que es esto|what is this
que es|what is
escanear|scan
escanea|scan
tengo|i have`, "\n") {
			if a, b, ok := strings.Cut(l, "|"); ok {
				out = append(out, [2]string{a, b})
			}
		}
		return out
	}()
	// esFiller carries no meaning for the answer.
	esFiller = setOf(`hola buenas buenos dias tardes noches por favor porfa porfavor disculpe disculpa perdon oiga oye
		gracias senor senora senorita joven amigo este bueno pues eh em mmm
		el la lo los las un una uno unos unas al algun alguna algunos algunas esos esas ese esa
		me puede decir usted ustedes aqui`)
	// esTelling words begin a sentence that tells the shopper's situation: "mi perro...",
	// "me duele...", "estoy...", "se me rompió...".
	esTelling = setOf(`mi mis nuestro nuestra nuestros nuestras me estoy se`)
	// esVerbs ask, wherever they are said; the question form already says what is asked.
	esVerbs = setOf(`tienen venden manejan quedan`)
	// esPreps join one noun phrase to another.
	esPreps = setOf(`de del para con sin en a`)
	// esMarkers are words only a Spanish question has: with accents, ñ, ¿ ¡ they tell a
	// Spanish question on the English screen. (Not "a", "con", "pan", "salsa": English has them.)
	esMarkers = setOf(`donde esta estan cuanto cuesta cuestan vale tienen tiene hay busco necesito quiero
		el la los las del para una unos unas por favor que precio quedan venden tengo algo
		hola gracias puedo encontrar y de con sin`)
	// enMarkers are words only an English question has.
	enMarkers = setOf(`the where is are do you have how much of for with and i need a an my want looking any
		in stock price what can find please sell got some that this these those it to on at make
		dont don't wont won't doesn't there`)
)

// spanishQuestion is a Spanish question put into English, with the shopper's own words for
// each thing asked about.
type spanishQuestion struct {
	english string
	told    bool // it tells a situation and asks for nothing (see parsed.told)
	// things are the shopper's words for each thing asked about, in order ("leche",
	// "habichuelas negras"), and the English the engine read for it.
	things []esThing
}

type esThing struct {
	spanish, english string
	article          string // the shopper's own article before it, if any ("la", "los")
	name             bool   // a product's or brand's name the packs do not know: "Tomato Ketchup"
}

// language is the language a question is asked in, "es" or "en", when it plainly is one;
// else the screen's. On the Spanish screen a question with no English words is Spanish
// ("Tomato Ketchup" is a name in any language).
func (x *index) language(text, screen string) string {
	if x.es == nil {
		return screen
	}
	es, en := x.es.score(text, func(w string) bool {
		_, ok := x.termID[stem(w)]
		return ok || x.lex.IsNoun(w)
	}, x.lex.IsNoun)
	switch {
	case es > en && es >= 2:
		return "es" // a Spanish word of grammar, a mark, or two of the vocabulary's words
	case screen == "es" && en >= 2:
		return "en"
	}
	return screen
}

// score weighs a question's Spanish against its English: marks only Spanish has (¿ ¡ ñ,
// accents), Spanish words against English ones, and words of the Spanish vocabulary the
// catalog and English do not themselves use ("leche", not "salsa" or "kleenex"). A Spanish
// word that English reads with its neighbours as one name is English there: "hay fever",
// "eau de toilette".
func (s *spanishPacks) score(text string, catalogWord func(string) bool, englishName func(ws ...string) bool) (es, en int) {
	if strings.ContainsAny(text, "¿¡ñÑáéíóúÁÉÍÓÚü") {
		es += 2
	}
	ws := spanishWords(text)
	inName := func(i int) bool {
		for from := max(i-2, 0); from <= i; from++ {
			for to := i + 1; to <= min(from+3, len(ws)); to++ {
				if to-from < 2 {
					continue
				}
				var name []string
				for _, w := range ws[from:to] {
					name = append(name, w.fold)
				}
				if englishName(name...) {
					return true
				}
			}
		}
		return false
	}
	for i, w := range ws {
		switch {
		case esMarkers[w.fold] && inName(i):
		case esMarkers[w.fold]:
			es += 2
		case enMarkers[w.fold]:
			en += 2
		case s.phrases[w.key].english != "" && s.phrases[w.key].english != w.fold && !catalogWord(w.fold):
			es++ // alone, not enough: "brocoli" is an English shopper's slip too
		}
	}
	return es, en
}

// translate puts a Spanish question into the English the engine reads.
func (s *spanishPacks) translate(text string) spanishQuestion {
	ws := spanishWords(text)
	var q spanishQuestion
	var lead []string
	// Question forms and filler, at the start: "hola, ¿dónde están…", "disculpe, busco…".
	for i := 0; i < len(ws); {
		if ws[i].fold == "," || esFiller[ws[i].fold] && !s.known(ws, i) {
			i++
			continue
		}
		if form, n := matchForm(ws[i:]); n > 0 {
			lead = append(lead, form)
			ws = append(ws[:i:i], ws[i+n:]...)
			continue
		}
		ws = ws[i:]
		break
	}
	// "mi perro se cortó la pata", "me duele la espalda": the shopper tells, and asks nothing.
	q.told = len(lead) == 0 && len(ws) > 1 && esTelling[ws[0].fold]
	out := s.phrases2(ws, &q)
	q.english = strings.TrimSpace(strings.Join(append(lead, out), " "))
	return q
}

// borrowed puts into English the Spanish nouns of an English question ("you have the
// guantes for the baseball"): a word the engine does not otherwise know — not the catalog's,
// not English — that the packs name a thing by, when the catalog has that thing ("gato" is a
// cat in a grocery, and in a car parts store more likely a jack: there it stays as said).
// What the shopper wrote is kept around it.
func (s *spanishPacks) borrowed(text string, known, sold func(string) bool) string {
	var b strings.Builder
	word := func(w string) {
		fold := foldSpanish(w)
		if e, ok := s.phrases[singularES(fold)]; ok && e.kind == esNoun && len(fold) >= 4 && !known(strings.ToLower(w)) &&
			!known(fold) && !esFiller[fold] && !enMarkers[fold] && sold(e.english) {
			b.WriteString(e.english)
			return
		}
		b.WriteString(w)
	}
	start := -1
	for i, r := range text {
		letter := unicode.IsLetter(r)
		switch {
		case letter && start < 0:
			start = i
		case !letter && start >= 0:
			word(text[start:i])
			start = -1
		}
		if !letter {
			b.WriteRune(r)
		}
	}
	if start >= 0 {
		word(text[start:])
	}
	return b.String()
}

// borrowed is an English question with its Spanish nouns put into English (see
// spanishPacks.borrowed); words the catalog or English know are kept.
func (x *index) borrowed(text string) string {
	if x.es == nil {
		return text
	}
	return x.es.borrowed(text, func(w string) bool {
		_, ok := x.termID[stem(w)]
		// English knows it as a thing ("salsa"), not only as a game or a dance ("pelota" is
		// jai alai in English, a ball in Spanish), nor as one rare thing alone, unknown to the
		// store ("botas" are boots, not leather wine bottles; "cortinas" curtains, not a
		// mushroom's veil).
		senses := x.lex.Senses(w)
		tangible := len(senses) > 1 && slices.ContainsFunc(senses, func(s lexicon.Sense) bool { return s.Kind.Tangible() })
		return ok || tangible || x.lex.IsAdjective(w)
	}, func(english string) bool {
		w := lastWord(strings.ToLower(english))
		if _, ok := x.termID[stem(w)]; ok {
			return true
		}
		// Or by another English name: a "bicicleta" is a bicycle, and the labels say Bike.
		for _, sn := range x.lex.Senses(w) {
			if sn.Rank > 2 {
				continue
			}
			for _, l := range x.lex.Lemmas(sn.ID) {
				if t, ok := x.termID[stem(l)]; ok && !strings.Contains(l, " ") && x.terms[t].headDF > 0 && x.namesFirst(l, sn.ID, 2) {
					return true
				}
			}
		}
		return false
	})
}

// known reports whether the pack has a phrase starting at ws[i] of more than filler.
func (s *spanishPacks) known(ws []esWord, i int) bool {
	_, n := s.lookup(ws[i:])
	return n > 1
}

func matchForm(ws []esWord) (string, int) {
	for _, f := range esForms {
		fw := strings.Fields(f[0])
		if len(fw) > len(ws) {
			continue
		}
		ok := true
		for k, w := range fw {
			if ws[k].fold != w {
				ok = false
				break
			}
		}
		if ok {
			return f[1], len(fw)
		}
	}
	return "", 0
}

// lookup finds the longest pack phrase at the start of ws, reading a word the pack does not
// know as the pack word it is one letter from ("qeso" as queso).
func (s *spanishPacks) lookup(ws []esWord) (esEntry, int) {
	for n := min(s.longest, len(ws)); n >= 1; n-- {
		keys := make([]string, n)
		for i := range n {
			keys[i] = ws[i].key
		}
		if e, ok := s.phrases[strings.Join(keys, " ")]; ok {
			return e, n
		}
		if n == 1 {
			if fix := s.fix(ws[0].key); fix != "" {
				return s.phrases[fix], 1
			}
		}
	}
	return esEntry{}, 0
}

// fix is the pack word one edit from w (a kiosk keyboard's slip), when there is exactly one
// and w is not itself a Spanish word of the grammar.
func (s *spanishPacks) fix(w string) string {
	if len(w) < 4 || esFiller[w] || esPreps[w] || esMarkers[w] || enMarkers[w] {
		return ""
	}
	found := ""
	for c := range s.words {
		if c[0] != w[0] && len(w) < 6 || !oneEdit(w, c) {
			continue
		}
		if e, ok := s.phrases[c]; !ok || e.kind == esSay || len(c) < 4 {
			continue // a grammar word is no product's misspelling: "dogs" is not "dos"
		}
		if found != "" {
			return ""
		}
		found = c
	}
	return found
}

// oneEdit reports whether a and b differ by one inserted, deleted or changed letter.
func oneEdit(a, b string) bool {
	if a == b || len(a)-len(b) > 1 || len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		return a[i+1:] == b[i+1:]
	case len(a) > len(b):
		return a[i+1:] == b[i:]
	default:
		return a[i:] == b[i+1:]
	}
}

// esUnit is one piece of a question after the packs: a phrase they know or a word they don't.
type esUnit struct {
	entry   esEntry
	known   bool
	prep    string // a preposition: de, para, con, sin, en, a
	sep     bool   // a list separator: comma, y, o
	words   []esWord
	english string
}

// phrases2 translates the rest of the question, noun phrase by noun phrase, putting English
// order back: a noun's adjectives and its "de"/"para" modifiers come before it ("leche de
// almendra orgánica" → organic almond milk), "sin X" is "X free".
func (s *spanishPacks) phrases2(ws []esWord, q *spanishQuestion) string {
	var units []esUnit
	for i := 0; i < len(ws); {
		w := ws[i]
		switch {
		case w.fold == "," || w.fold == "y" || w.fold == "e" || w.fold == "o" || w.fold == "u":
			units = append(units, esUnit{sep: true, words: ws[i : i+1], english: map[string]string{",": ",", "o": "or", "u": "or"}[w.fold]})
			i++
			continue
		}
		if e, n := s.lookup(ws[i:]); n > 0 {
			en := e.english
			if e.kind == esNoun && ws[i+n-1].key != ws[i+n-1].fold {
				en = pluralEN(en) // "martillos": hammers, as an English shopper says it
			}
			units = append(units, esUnit{entry: e, known: true, words: ws[i : i+n], english: en})
			i += n
			continue
		}
		switch {
		case esPreps[w.fold]:
			prep := w.fold
			if prep == "del" || prep == "al" {
				prep = "de"
			}
			units = append(units, esUnit{prep: prep, words: ws[i : i+1]})
		case esVerbs[w.fold]:
			// "¿qué tipos de café tienen?": the question's verb, said last
		case esFiller[w.fold]:
			// an article inside the phrase: "las conchas"
			units = append(units, esUnit{words: ws[i : i+1], english: "", known: true, entry: esEntry{kind: esSay}})
		default:
			units = append(units, esUnit{words: ws[i : i+1], english: w.surface})
		}
		i++
	}
	// Split into things (list items and phrases between "say" pieces), translate each.
	var out []string
	var cur []esUnit
	flush := func() {
		if en, es, art, name := s.nounPhrase(cur); en != "" {
			out = append(out, en)
			if !name {
				es = strings.ToLower(es) // "DONDE ESTA EL CAFE": the answer says "el cafe"
			}
			q.things = append(q.things, esThing{spanish: es, english: en, article: art, name: name})
		}
		cur = nil
	}
	for _, u := range units {
		switch {
		case u.sep:
			flush()
			if u.english == "" {
				out = append(out, "and")
			} else if u.english == "," {
				if len(out) > 0 {
					out[len(out)-1] += ","
				}
			} else {
				out = append(out, u.english)
			}
		case u.known && u.entry.kind == esSay:
			if u.english == "" {
				cur = append(cur, u) // an article or a courtesy: kept out of the English
				continue
			}
			flush()
			out = append(out, u.english)
		default:
			cur = append(cur, u)
		}
	}
	flush()
	return strings.Join(out, " ")
}

// nounPhrase puts one Spanish noun phrase in English order, and returns the shopper's own
// words for it (as written, accents kept, articles left out) and their article.
func (s *spanishPacks) nounPhrase(us []esUnit) (english, spanish, article string, name bool) {
	// The shopper's words, without a leading article or preposition.
	var said []string
	for _, u := range us {
		if len(said) == 0 && (u.prep != "" || u.known && u.entry.kind == esSay && u.english == "") {
			if u.prep == "" {
				article = strings.ToLower(u.words[0].surface)
			}
			continue
		}
		if u.known && u.entry.kind == esSay && u.english == "" {
			continue
		}
		for _, w := range u.words {
			said = append(said, w.surface)
		}
	}
	// "caldo de": a preposition left at the end says nothing.
	for len(said) > 0 && esPreps[foldSpanish(said[len(said)-1])] {
		said = said[:len(said)-1]
	}
	// Segments: the head segment, then each "prep + segment".
	type segment struct {
		prep        string
		adjs, nouns []string
		foreign     bool // only words the packs do not know: a brand or a name
	}
	segs := []segment{{foreign: true}}
	for _, u := range us {
		cur := &segs[len(segs)-1]
		switch {
		case u.prep != "":
			if len(cur.adjs)+len(cur.nouns) == 0 {
				if len(segs) > 1 {
					cur.prep = u.prep // "de la": keep the first
				}
				continue
			}
			segs = append(segs, segment{prep: u.prep, foreign: true})
		case u.known && u.entry.kind == esSay:
			// an article inside the phrase
		case u.known && u.entry.kind == esAdj:
			cur.adjs = append(cur.adjs, u.english)
		case u.known:
			cur.nouns = append(cur.nouns, u.english)
			cur.foreign = false
		default:
			cur.nouns = append(cur.nouns, u.english)
		}
	}
	var pre, post []string
	for i := len(segs) - 1; i >= 1; i-- {
		sg := segs[i]
		text := strings.Join(append(append([]string(nil), sg.adjs...), sg.nouns...), " ")
		if text == "" {
			continue
		}
		switch {
		case sg.prep == "sin":
			pre = append(pre, text+" free")
		case sg.prep == "con":
			post = append([]string{"with " + text}, post...)
		case sg.prep == "en" || sg.prep == "a":
			post = append([]string{"in " + text}, post...)
		case segs[0].foreign && len(segs[0].nouns) > 0:
			// A name first ("Perrier de lima"): what it is follows, as on its label.
			post = append([]string{text}, post...)
		default:
			pre = append(pre, text)
		}
	}
	head := segs[0]
	parts := append(append(append([]string(nil), head.adjs...), pre...), head.nouns...)
	if head.foreign && len(head.nouns) > 0 {
		parts = append(append(append([]string(nil), head.nouns...), head.adjs...), pre...)
	}
	english = strings.Join(append(parts, post...), " ")
	switch article {
	case "un", "una", "uno":
		english = "a " + english // one of a kind of thing: "una tostadora"
	case "unos", "unas", "algunos", "algunas":
		english = "some " + english
	}
	return english, strings.Join(said, " "), article, head.foreign && len(head.nouns) > 0
}

// pluralEN makes the last word of an English phrase plural, unless it already is or is a
// mass noun's usual form.
func pluralEN(en string) string {
	i := strings.LastIndexByte(en, ' ') + 1
	w := en[i:]
	switch {
	case w == "" || strings.HasSuffix(w, "s") || !unicode.IsLetter(rune(w[len(w)-1])):
		return en
	case strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "x"):
		return en + "es"
	case strings.HasSuffix(w, "y") && len(w) > 1 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return en[:len(en)-1] + "ies"
	}
	return en + "s"
}

// spanishPackNames lists the Spanish packs there are.
func spanishPackNames() []string {
	entries, _ := fs.ReadDir(assets.FS, assets.Vocabulary+"/es")
	var out []string
	for _, e := range entries {
		if name, ok := strings.CutSuffix(e.Name(), ".txt"); ok {
			out = append(out, name)
		}
	}
	return out
}

// shown is the topic in the shopper's language: for a Spanish question, their own words for
// the thing the engine's English topic is about.
func (p parsed) shown(english string) string {
	if p.es == nil || english == "" {
		return english
	}
	return p.es.said(english)
}

// the is the topic with its article, for sentences that need one ("La leche está en…").
func (p parsed) the(topic string) string {
	if p.es == nil {
		return topic
	}
	return p.es.the(topic)
}

// article is an English topic with the indefinite article the shopper said before it ("do
// you have a tent": "a tent"), or "" when they said none ("milk").
func (p parsed) article(topic string) string {
	ws := strings.Fields(strings.ToLower(topic))
	if p.es != nil || len(ws) == 0 || plural(topic) {
		return ""
	}
	i := slices.Index(p.words, ws[0])
	if i < 1 || p.words[i-1] != "a" && p.words[i-1] != "an" {
		return ""
	}
	if strings.ContainsRune("aeiou", rune(ws[0][0])) {
		return "an " + topic
	}
	return "a " + topic
}

// many reports whether a topic is plural: in Spanish by its first word, the noun ("comida
// para perros" is one thing), in English by its last.
func (p parsed) many(topic string) bool {
	if p.es == nil {
		return plural(topic)
	}
	ws := strings.Fields(foldSpanish(topic))
	return len(ws) > 0 && singularES(ws[0]) != ws[0]
}

// said finds the shopper's words for the thing an English topic is about: the thing whose
// English shares most words with it.
func (q *spanishQuestion) said(english string) string {
	best, most := -1, 0
	ew := strings.Fields(strings.ToLower(english))
	for i, t := range q.things {
		n := 0
		for _, w := range strings.Fields(strings.ToLower(t.english)) {
			for _, e := range ew {
				if stem(e) == stem(w) {
					n++
				}
			}
		}
		if n > most {
			best, most = i, n
		}
	}
	if best < 0 {
		if len(q.things) == 1 && q.things[0].spanish != "" {
			return q.things[0].spanish
		}
		return english
	}
	if q.things[best].spanish == "" {
		return english
	}
	return q.things[best].spanish
}

// the puts the article before a Spanish topic: the shopper's own, else one by the noun's
// ending (a product's name as labelled gets none).
func (q *spanishQuestion) the(topic string) string {
	for _, t := range q.things {
		if t.spanish == topic && t.name {
			return topic
		}
		if t.spanish == topic && esArticles[t.article] {
			return t.article + " " + topic
		}
	}
	ws := strings.Fields(topic)
	if len(ws) == 0 {
		return topic
	}
	head := foldSpanish(ws[0])

	if !unicode.IsLower([]rune(ws[0])[0]) {
		return topic // a name: "Tomato Ketchup"
	}
	key := singularES(head)
	feminine := esFeminine[key] || !esMasculine[key] && (strings.HasSuffix(key, "a") || strings.HasSuffix(key, "ion") ||
		strings.HasSuffix(key, "dad") || strings.HasSuffix(key, "tud") || strings.HasSuffix(key, "umbre"))
	plural := key != head
	switch {
	case feminine && plural:
		return "las " + topic
	case key == "agua":
		return "el " + topic
	case feminine:
		return "la " + topic
	case plural:
		return "los " + topic
	}
	return "el " + topic
}

var (
	esArticles  = setOf(`el la los las`)
	esFeminine  = setOf(`leche carne miel sal nariz fe piel flor mano nuez col lejia clase noche fiebre tos gripe`)
	esMasculine = setOf(`dia mapa champu cafe te pan cloro aguacate tomate jitomate chile ajo queso jabon aceite yogur yogurt cereal atun salmon limon melon jamon maiz arroz tequila vodka guacamole cilantro`)
)
