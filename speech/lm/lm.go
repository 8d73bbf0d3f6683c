// Package lm builds the offline recogniser's language model from the store's own catalog:
// how shoppers ask (question templates, fillers, politeness) crossed with what this store
// sells (product head-words, full names, categories, brands, the answer engine's synonyms).
// A general English model hears "where is the jam" as nonsense; a model that expects shop
// questions hears it. The model is written as an ARPA trigram and converted to pocketsphinx's
// binary form, with a pronunciation dictionary where words the CMU dictionary lacks
// (kombucha, mozzarella, brand names) get pronunciations derived from espeak-ng.
package lm

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"log/slog"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"
)

// generatorVersion changes whenever the sentences or the smoothing change, so that cached
// models built by an older kiosk are rebuilt.
const generatorVersion = "lm-3"

// DefaultDict is Debian's CMU pronunciation dictionary for pocketsphinx-en-us.
const DefaultDict = "/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict"

// Source is what the model is built from: what shoppers may say. The speech layer is handed
// it; it does not read the catalog itself.
type Source struct {
	Items []Item
	// Each, when set, yields the products in place of Items and may be called several times:
	// a million products are then read again for each pass over them rather than held in
	// memory at once (see kiosk/voice.StreamCatalog). It ends early, with an error, if the
	// products cannot be read.
	Each func(yield func(Item) bool) error `json:"-"`
	// Phrases are extra things shoppers may say that the answer engine understands: synonym
	// phrases ("fizzy drinks", "plasters"), words of its own vocabulary.
	Phrases []string
	// Needs are problems shoppers describe ("a headache", "toilet keeps running"), said after
	// "something for".
	Needs []string
	// Elsewhere are things shoppers may ask for that the store does not sell (what other
	// kinds of store sell, services, places), so that "I need a haircut" is heard as said.
	Elsewhere []string
	// Version names the catalog for logs and the model's metadata.
	Version string
}

// Item is one product as shoppers may name it.
type Item struct {
	Name, Brand, Category, Department string
	Tags                              []string
	GTIN                              string // barcode digits, said when a shopper reads one out
}

// items calls f with each product, from Each or Items.
func (s Source) items(f func(Item)) error {
	if s.Each != nil {
		return s.Each(func(p Item) bool { f(p); return true })
	}
	for _, p := range s.Items {
		f(p)
	}
	return nil
}

// Key identifies the source's content: two sources with the same key build the same model.
// Products that could not be read (Each) make a key of their own, which no model is built
// under.
func (s Source) Key() string {
	h := sha256.New()
	io.WriteString(h, generatorVersion+"\n")
	if err := s.items(func(p Item) {
		fmt.Fprintf(h, "%s\x00%s\x00%s\x00%s\x00%s\x00%s\n", p.Name, p.Brand, p.Category, p.Department, strings.Join(p.Tags, ";"), p.GTIN)
	}); err != nil {
		fmt.Fprintf(h, "error %v\n", err)
	}
	for _, list := range [][]string{s.Phrases, s.Needs, s.Elsewhere} {
		for _, p := range list {
			io.WriteString(h, p+"\n")
		}
		io.WriteString(h, "\x00\n")
	}
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Model is a built language model: the files the decoder loads.
type Model struct {
	Dir  string
	LM   string // binary (or ARPA) trigram model
	Dict string // pronunciations of every word in LM
	Info Info
}

// Info describes how a model was built.
type Info struct {
	Key        string    `json:"key"`
	Version    string    `json:"catalog_version"`
	Built      time.Time `json:"built"`
	BuildTime  string    `json:"build_time"`
	Words      int       `json:"words"`
	Derived    int       `json:"derived_pronunciations"` // words pronounced via espeak-ng
	Dropped    []string  `json:"dropped,omitempty"`      // words with no pronunciation at all
	Ngrams     [3]int    `json:"ngrams"`
	LMBytes    int64     `json:"lm_bytes"`
	Sentences  int       `json:"sentences"`
	Generator  string    `json:"generator"`
	BinaryLM   bool      `json:"binary_lm"`
	SourceSize int       `json:"products"`
}

// Options tune a build.
type Options struct {
	// BaseDict is the dictionary whose pronunciations are used first (DefaultDict).
	BaseDict string
	// Espeak is the espeak-ng binary used for missing pronunciations ("espeak-ng").
	Espeak string
	// Convert is sphinx_lm_convert ("sphinx_lm_convert"); without it the ARPA file is used.
	Convert string
	// Accents are espeak-ng voices whose pronunciations are added as variants, so the
	// American acoustic model also hears British English, and a second opinion on American
	// pronunciations where the CMU dictionary's differs. Nil means en-gb and en-us; empty, none.
	Accents []string
	Logger  *slog.Logger
}

func (o *Options) defaults() {
	if o.BaseDict == "" {
		o.BaseDict = DefaultDict
	}
	if o.Espeak == "" {
		o.Espeak = "espeak-ng"
	}
	if o.Convert == "" {
		o.Convert = "sphinx_lm_convert"
	}
	if o.Logger == nil {
		o.Logger = slog.Default().With("component", "speech/lm")
	}
	if o.Accents == nil {
		o.Accents = []string{"en-gb", "en-us"}
	}
}

// Key identifies the model built from src with these options: the name of its directory
// in a cache (Ensure).
func (o Options) Key(src Source) string {
	o.defaults()
	return o.key(src)
}

// key identifies the model built from src with these options.
func (o Options) key(src Source) string {
	h := sha256.New()
	fmt.Fprintf(h, "%s\n%s\n%s\n", src.Key(), o.BaseDict, strings.Join(o.Accents, ","))
	return hex.EncodeToString(h.Sum(nil))[:16]
}

// Build writes a model for src into dir (created; replaced if it exists, atomically: a
// decoder reading the old model is never handed half a new one).
func Build(ctx context.Context, src Source, dir string, opt Options) (*Model, error) {
	opt.defaults()
	start := time.Now()
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, fmt.Errorf("speech model directory: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, ".build-*")
	if err != nil {
		return nil, fmt.Errorf("speech model directory: %w", err)
	}
	defer os.RemoveAll(tmp) // after a successful rename it no longer exists

	info := Info{Key: opt.key(src), Version: src.Version, Generator: generatorVersion}
	c, sentences, products, err := corpus(src)
	if err != nil {
		return nil, fmt.Errorf("speech model: %w", err)
	}
	info.Sentences, info.SourceSize = sentences, products

	// Every word needs a pronunciation; words with none are taken out of the model.
	vocab := append(make([]string, 0, len(c.words)), c.words[2:]...)
	dict, derived, dropped, err := pronounce(ctx, vocab, opt)
	if err != nil {
		return nil, err
	}
	info.Derived, info.Dropped = derived, dropped
	if len(dropped) > 0 {
		c = c.without(dropped)
	}
	m := c.estimate(tuning.floor)
	info.Words = len(m.words) - 2
	for i := range m.prob {
		info.Ngrams[i] = len(m.prob[i])
	}

	arpa := filepath.Join(tmp, "lm.arpa")
	if err := writeFile(arpa, m.writeARPA); err != nil {
		return nil, fmt.Errorf("write language model: %w", err)
	}
	if err := writeFile(filepath.Join(tmp, "dict"), func(w io.Writer) error { return writeDict(w, dict) }); err != nil {
		return nil, fmt.Errorf("write dictionary: %w", err)
	}
	lmFile := "lm.arpa"
	if path, err := exec.LookPath(opt.Convert); err == nil {
		out, err := exec.CommandContext(ctx, path, "-i", arpa, "-o", filepath.Join(tmp, "lm.bin")).CombinedOutput()
		if err != nil {
			return nil, fmt.Errorf("sphinx_lm_convert: %v: %s", err, lastLines(out, 3))
		}
		os.Remove(arpa) // the binary form is all the decoder needs
		lmFile, info.BinaryLM = "lm.bin", true
	} else {
		opt.Logger.Warn("sphinx_lm_convert not found: using the slower ARPA model (install sphinxbase-utils)")
	}
	if fi, err := os.Stat(filepath.Join(tmp, lmFile)); err == nil {
		info.LMBytes = fi.Size()
	}
	info.Built = time.Now().UTC()
	info.BuildTime = time.Since(start).Round(time.Millisecond).String()
	if err := writeFile(filepath.Join(tmp, "model.json"), func(w io.Writer) error {
		e := json.NewEncoder(w)
		e.SetIndent("", "  ")
		return e.Encode(info)
	}); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// Swap directories: rename the old one away first (rename cannot replace a non-empty dir).
	old := ""
	if _, err := os.Stat(dir); err == nil {
		old = dir + ".old-" + fmt.Sprint(time.Now().UnixNano())
		if err := os.Rename(dir, old); err != nil {
			return nil, fmt.Errorf("replace speech model: %w", err)
		}
	}
	if err := os.Rename(tmp, dir); err != nil {
		return nil, fmt.Errorf("install speech model: %w", err)
	}
	if old != "" {
		os.RemoveAll(old)
	}
	opt.Logger.Info("speech model built", "dir", dir, "words", info.Words, "derived", info.Derived,
		"trigrams", info.Ngrams[2], "bytes", info.LMBytes, "took", info.BuildTime)
	return Open(dir)
}

// Open loads the description of a model built earlier.
func Open(dir string) (*Model, error) {
	m := &Model{Dir: dir, Dict: filepath.Join(dir, "dict")}
	b, err := os.ReadFile(filepath.Join(dir, "model.json"))
	if err != nil {
		return nil, fmt.Errorf("speech model %s: %w", dir, err)
	}
	if err := json.Unmarshal(b, &m.Info); err != nil {
		return nil, fmt.Errorf("speech model %s: %w", dir, err)
	}
	m.LM = filepath.Join(dir, "lm.arpa")
	if m.Info.BinaryLM {
		m.LM = filepath.Join(dir, "lm.bin")
	}
	for _, f := range []string{m.LM, m.Dict} {
		if _, err := os.Stat(f); err != nil {
			return nil, fmt.Errorf("speech model %s: %w", dir, err)
		}
	}
	return m, nil
}

// Ensure returns the model for src from cacheDir, building it when the catalog has changed.
// Models live in cacheDir/<key>; older ones are removed once a new one is in place.
func Ensure(ctx context.Context, src Source, cacheDir string, opt Options) (*Model, error) {
	opt.defaults()
	key := opt.key(src)
	dir := filepath.Join(cacheDir, key)
	if m, err := Open(dir); err == nil && m.Info.Key == key {
		return m, nil
	}
	m, err := Build(ctx, src, dir, opt)
	if err != nil {
		return nil, err
	}
	entries, _ := os.ReadDir(cacheDir)
	for _, e := range entries {
		if e.IsDir() && e.Name() != key && !strings.HasPrefix(e.Name(), ".build-") {
			os.RemoveAll(filepath.Join(cacheDir, e.Name()))
		}
	}
	return m, nil
}

func writeFile(path string, fn func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := fn(f); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

func lastLines(b []byte, n int) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, " / ")
}

// tuning holds the corpus's free parameters, in one place.
var tuning = struct {
	minWordProducts int     // a name word must occur in this many products to be in the model (0: 1 per 10,000 products, plus one)
	floor           float64 // unigram floor
	elsewhere       float64 // weight of each phrase of Source.Elsewhere, against an average product phrase's 1
	headExp         float64 // a phrase's weight is (products it names)^headExp
	common          float64 // a template with this share of its kind's weight is used for every phrase
	needs           float64 // the weight of all need sentences together
}{floor: 1e-4, elsewhere: 1, headExp: 0.5, common: 0.04, needs: 180}

// corpus generates the weighted sentences and counts their n-grams. It returns the counts, the
// number of sentences and of products. It reads the products twice, holding none of them.
func corpus(src Source) (*counter, int, int, error) {
	c := newCounter()
	g := &generator{c: c}

	// Product phrases: what a shopper would call the product. The head noun of an English
	// product name is usually last ("Chocolate Sandwich Cookies"), so endings weigh most;
	// a modifier with the head ("organic milk") and the brand are also common.
	phrases := map[string]float64{}
	var names []string // sorted and made unique once all are in
	// In a large catalog, a word found in only one or two product names is usually a brand
	// or a flavour nobody asks for by name, and each such word is one more thing a sound can
	// be mistaken for. Words of categories, departments, tags and the vocabulary file stay.
	wordProducts := map[string]int{}
	keep := map[string]bool{}
	products := 0
	err := src.items(func(p Item) {
		products++
		seen := map[string]bool{}
		for _, w := range tokens(p.Name) {
			if !seen[w] {
				seen[w] = true
				wordProducts[w]++
			}
		}
		for _, f := range append([]string{p.Category, p.Department, p.Brand}, p.Tags...) {
			for _, w := range tokens(f) {
				keep[w] = true
			}
		}
	})
	if err != nil {
		return nil, 0, 0, err
	}
	minProducts := tuning.minWordProducts
	if minProducts == 0 {
		minProducts = 1 + products/10000
	}
	for _, ph := range src.Phrases {
		for _, w := range tokens(ph) {
			keep[w] = true
		}
	}
	known := func(ws []string) bool {
		for _, w := range ws {
			if !keep[w] && wordProducts[w] < minProducts {
				return false
			}
		}
		return true
	}
	addPhrase := func(ws []string, w float64) {
		if len(ws) > 0 && known(ws) {
			phrases[strings.Join(ws, " ")] += w
		}
	}
	// The same pass notes each category's first product and the first barcodes, used below.
	type catOf struct{ category, department string }
	var cats []catOf
	seenCat := map[string]bool{}
	var gtins []string
	err = src.items(func(p Item) {
		if !seenCat[p.Category] {
			seenCat[p.Category] = true
			cats = append(cats, catOf{p.Category, p.Department})
		}
		if len(gtins) < 2000 && len(p.GTIN) >= 8 && isNumber(p.GTIN) {
			gtins = append(gtins, p.GTIN)
		}
		n := tokens(p.Name)
		n = trimFunction(n)
		if len(n) == 0 {
			return
		}
		if known(n) {
			names = append(names, strings.Join(n, " "))
		}
		for k := 1; k <= 3 && k <= len(n); k++ {
			addPhrase(n[len(n)-k:], 1)
		}
		for i := 0; i+1 < len(n); i++ {
			addPhrase(n[i:i+2], 0.3) // inner pairs: "white tuna", "pasta sauce"
			if i+2 < len(n) {
				addPhrase([]string{n[i], n[len(n)-1]}, 0.3) // "organic milk", "albacore water"
			}
		}
		addPhrase(tokens(p.Category), 0.5)
		if b := tokens(p.Brand); len(b) > 0 {
			addPhrase(b, 0.3)
		}
		for _, t := range p.Tags {
			tt := tokens(t)
			addPhrase(tt, 0.2)
			addPhrase(append(tt, n[len(n)-1]), 0.3)
		}
	})
	if err != nil {
		return nil, 0, 0, err
	}
	for _, p := range cats {
		ct := tokens(p.category)
		for _, w := range ct {
			addPhrase([]string{w}, 2)
		}
		addPhrase(ct, 3)
		addPhrase(tokens(p.department), 2)
	}
	// Common heads get more weight, but sublinearly, so rare products stay reachable.
	for k, w := range phrases {
		phrases[k] = math.Pow(w, tuning.headExp)
	}
	for _, p := range src.Phrases {
		if t := tokens(p); len(t) > 0 && len(t) <= 6 {
			phrases[strings.Join(t, " ")] += 3
		}
	}

	// Distribute the corpus: most questions name a thing to find; a share ask a price or
	// stock, a few name a need or scan a code.
	all := append(append(append(weighted{}, scale(locateTemplates, 0.7)...), scale(priceTemplates, 0.15)...), scale(stockTemplates, 0.15)...)
	keys := sortedKeys(phrases)
	total := 0.0
	for _, k := range keys {
		total += phrases[k]
	}
	norm := float64(len(keys)) / total // average phrase weight 1
	for _, k := range keys {
		g.fill(all, strings.Fields(k), phrases[k]*norm, 6)
	}
	// Things the store does not sell, asked about the same ways.
	if tuning.elsewhere > 0 {
		for _, p := range src.Elsewhere {
			if t := tokens(p); len(t) > 0 && phrases[strings.Join(t, " ")] == 0 {
				g.fill(all, t, tuning.elsewhere, 4)
			}
		}
	}
	// Full product names: asked about by name, mostly for price and stock.
	full := append(append(append(weighted{}, scale(locateTemplates, 0.4)...), scale(priceTemplates, 0.3)...), scale(stockTemplates, 0.3)...)
	sort.Strings(names)
	names = slices.Compact(names)
	for i, k := range names {
		g.fill(full, strings.Fields(k), 0.5, 3)
		names[i] = "" // done with: the name can be collected
	}
	// Needs carry a fixed share of the corpus however many the vocabulary names.
	for _, n := range src.Needs {
		for _, t := range needTemplates {
			g.sentence(t.text, strings.Fields(n), t.weight/needTemplates.total()*tuning.needs/float64(len(src.Needs)))
		}
	}
	for _, code := range gtins {
		g.scans++
		g.sentence("scan X", numberWords(code), 0.3)
		g.sentence("X", numberWords(code), 0.1)
	}
	return c, g.sentences, products, nil
}

// trimFunction removes leading and trailing words that are never what a thing is called.
func trimFunction(ws []string) []string {
	for len(ws) > 0 && stop[ws[len(ws)-1]] {
		ws = ws[:len(ws)-1]
	}
	for len(ws) > 0 && stop[ws[0]] {
		ws = ws[1:]
	}
	return ws
}

var stop = map[string]bool{"and": true, "with": true, "in": true, "of": true, "the": true, "a": true, "for": true, "or": true, "by": true}

func scale(ws weighted, share float64) weighted {
	t := ws.total()
	out := make(weighted, len(ws))
	for i, w := range ws {
		out[i] = template{w.text, w.weight / t * share}
	}
	return out
}

func sortedKeys(m map[string]float64) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

type generator struct {
	c         *counter
	sentences int
	scans     int
}

// fill puts phrase into the templates of ts. A template that carries at least tuning.common
// of the weight ("X", "where is the X", "how much is the X") is always used, with its exact
// share, so that no phrase misses the most common ways of asking by the luck of a draw. The
// rest of the weight goes to draws templates picked from the others in proportion to their
// weights, deterministically (a hash of the phrase). Drawing a few templates per phrase
// instead of crossing every phrase with every template keeps the corpus small; the shared
// template words are counted across phrases.
func (g *generator) fill(ts weighted, phrase []string, w float64, draws int) {
	total := ts.total()
	var rare weighted
	for _, t := range ts {
		if t.weight >= tuning.common*total {
			g.sentence(t.text, phrase, w*t.weight/total)
		} else {
			rare = append(rare, t)
		}
	}
	if len(rare) == 0 {
		return
	}
	w *= rare.total() / total
	h := fnv.New64a()
	io.WriteString(h, strings.Join(phrase, " "))
	seed := h.Sum64()
	for i := 0; i < draws; i++ {
		seed = seed*6364136223846793005 + 1442695040888963407
		t := pick(rare, seed)
		g.sentence(t, phrase, w/float64(draws))
	}
}

// plain is the share of questions said with neither a prefix nor a suffix.
var plain = prefixes.share("") * suffixes.share("")

// sentence counts template t with phrase for X: most of the time as it is, otherwise wrapped
// in a prefix and suffix picked from theirs.
func (g *generator) sentence(t string, phrase []string, w float64) {
	var core []string
	for _, f := range strings.Fields(t) {
		if f == "X" {
			core = append(core, phrase...)
		} else {
			core = append(core, f)
		}
	}
	g.c.add(core, w*plain)
	g.sentences++
	seed := uint64(len(t)*131+len(phrase)) + uint64(g.sentences)*2862933555777941757
	var pre, suf string
	for pre == "" && suf == "" {
		seed = seed*6364136223846793005 + 1442695040888963407
		pre = pick(prefixes, seed)
		suf = pick(suffixes, seed>>17*0x9E3779B97F4A7C15)
	}
	s := append(strings.Fields(pre), core...)
	s = append(s, strings.Fields(suf)...)
	g.c.add(s, w*(1-plain))
	g.sentences++
}

func pick(ts weighted, seed uint64) string {
	seed ^= seed >> 33
	seed *= 0xff51afd7ed558ccd
	seed ^= seed >> 33
	x := float64(seed>>11) / float64(1<<53) * ts.total()
	for _, t := range ts {
		if x < t.weight {
			return t.text
		}
		x -= t.weight
	}
	return ts[len(ts)-1].text
}

// without removes every n-gram containing one of the words (they cannot be pronounced).
func (c *counter) without(words []string) *counter {
	bad := map[uint32]bool{}
	for _, w := range words {
		if id, ok := c.ids[w]; ok {
			bad[id] = true
		}
	}
	out := newCounter()
	for order := 0; order < 3; order++ {
		for k, n := range c.grams[order] {
			ws := unkey(k, order+1)
			ok := true
			for _, x := range ws {
				if bad[x] {
					ok = false
				}
			}
			if !ok {
				continue
			}
			ids := make([]uint32, len(ws))
			for i, x := range ws {
				ids[i] = out.id(c.words[x])
			}
			out.grams[order][key(ids...)] += n
		}
	}
	return out
}

var errNoEspeak = errors.New("espeak-ng not found")
