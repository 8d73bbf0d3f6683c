//go:build ignore

// gen writes assets/lexicon/wordnet-nouns.txt.gz from Debian's WordNet 3.0 (package
// wordnet-base): every noun synset with its lexicographer file, its lemmas (each with the
// rank of this sense among the lemma's senses) and its hypernyms, then the irregular plurals,
// the adjectives' names, their other names, the adjectives that pertain to a thing
// ("nasal": the nose), and the nouns for what does a verb's doing ("charge": charger).
//
//	go run gen.go [-wordnet /usr/share/wordnet] [-out ../../../assets/lexicon/wordnet-nouns.txt.gz]
package main

import (
	"bufio"
	"compress/gzip"
	"flag"
	"fmt"
	"log"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
)

func main() {
	dir := flag.String("wordnet", "/usr/share/wordnet", "WordNet database `directory`")
	out := flag.String("out", "../../../assets/lexicon/wordnet-nouns.txt.gz", "output `file`")
	flag.Parse()

	rank := senseRanks(filepath.Join(*dir, "index.noun"))

	type synset struct {
		off, lexfile string
		lemmas       []string
		hyper        []string
		gloss        []string
	}
	var ss []synset
	err := eachRecord(filepath.Join(*dir, "data.noun"), func(r record) {
		s := synset{off: r.off, lexfile: r.lexfile, lemmas: r.lemmas}
		if glossed[r.lexfile] {
			s.gloss = glossWords(r.gloss)
		}
		for _, p := range r.ptrs {
			if (p.sym == "@" || p.sym == "@i") && p.pos == "n" {
				s.hyper = append(s.hyper, p.off)
			}
		}
		ss = append(ss, s)
	})
	if err != nil {
		log.Fatal(err)
	}
	id := map[string]int{}
	for i, s := range ss {
		id[s.off] = i
	}

	fo, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(fo, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# WordNet 3.0 nouns, from Debian's wordnet-base by kiosk/answer/lexicon/gen.go.")
	fmt.Fprintln(w, "# WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved. (licence: assets/lexicon/LICENSE)")
	fmt.Fprintln(w, "# One synset a line, numbered from 0: lexicographer file, lemma#sense-rank|..., hypernym numbers, words of the definition (things and times only).")
	for _, s := range ss {
		var lem []string
		for _, l := range s.lemmas {
			// Adjective markers such as "(a)" never occur on nouns; keep the lemma as written.
			r := rank[s.off][strings.ToLower(l)]
			if r == 0 {
				r = 99
			}
			lem = append(lem, strings.ToLower(l)+"#"+strconv.Itoa(r))
		}
		var hy []string
		for _, h := range s.hyper {
			hy = append(hy, strconv.Itoa(id[h]))
		}
		sort.Strings(hy)
		fmt.Fprintf(w, "%s\t%s\t%s\t%s\n", s.lexfile, strings.Join(lem, "|"), strings.Join(hy, ","), strings.Join(s.gloss, " "))
	}
	fmt.Fprintln(w, "#plurals")
	err = eachLine(filepath.Join(*dir, "noun.exc"), func(l string) {
		f := strings.Fields(l)
		if len(f) >= 2 {
			fmt.Fprintf(w, "%s\t%s\n", f[0], f[1])
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	// Adjectives, by name only: enough to tell "Soft" in "Soft White" from a thing.
	fmt.Fprintln(w, "#adjectives")
	err = eachLine(filepath.Join(*dir, "index.adj"), func(l string) {
		if f := strings.Fields(l); len(f) > 2 && !strings.HasPrefix(l, " ") {
			fmt.Fprintln(w, f[0])
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	// Adjectives' other names, from each adjective's two commonest senses ("fake": bogus,
	// false, faux, imitation, ...).
	fmt.Fprintln(w, "#adjsynonyms")
	adjLemmas := map[string][]string{} // synset offset → its lemmas
	err = eachLine(filepath.Join(*dir, "data.adj"), func(l string) {
		if strings.HasPrefix(l, "  ") {
			return
		}
		f := strings.Fields(l)
		n, _ := strconv.ParseInt(f[3], 16, 32)
		for k := 0; k < int(n); k++ {
			lemma, _, _ := strings.Cut(f[4+2*k], "(")
			adjLemmas[f[0]] = append(adjLemmas[f[0]], strings.ToLower(lemma))
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	err = eachLine(filepath.Join(*dir, "index.adj"), func(l string) {
		f := strings.Fields(l)
		if len(f) < 4 || strings.HasPrefix(l, " ") {
			return
		}
		nSyn, _ := strconv.Atoi(f[2])
		offs := f[len(f)-nSyn:]
		var syn []string
		for _, off := range offs[:min(2, len(offs))] {
			for _, o := range adjLemmas[off] {
				if o != f[0] && !slices.Contains(syn, o) {
					syn = append(syn, o)
				}
			}
		}
		if len(syn) > 0 {
			fmt.Fprintf(w, "%s\t%s\n", f[0], strings.Join(syn, ","))
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	// Pertainyms: an adjective that means "of or relating to" a thing ("nasal": the nose,
	// "automotive": the automobile), with the numbers of the thing's synsets.
	fmt.Fprintln(w, "#pertainyms")
	rel := map[string][]string{}
	var adjs []string
	err = eachRecord(filepath.Join(*dir, "data.adj"), func(r record) {
		var lemmas []string
		for _, l := range r.lemmas {
			lemma, _, _ := strings.Cut(l, "(") // "galore(ip)": the marker is not the word
			lemmas = append(lemmas, strings.ToLower(lemma))
		}
		for _, p := range r.ptrs {
			if p.sym != "\\" || p.pos != "n" || p.src == 0 || p.src > len(lemmas) {
				continue
			}
			a, ok := id[p.off]
			if !ok {
				continue
			}
			adj := lemmas[p.src-1]
			if _, seen := rel[adj]; !seen {
				adjs = append(adjs, adj)
			}
			if t := strconv.Itoa(a); !slices.Contains(rel[adj], t) {
				rel[adj] = append(rel[adj], t)
			}
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	sort.Strings(adjs)
	for _, a := range adjs {
		fmt.Fprintf(w, "%s\t%s\n", a, strings.Join(rel[a], ","))
	}
	writeDoers(w, *dir)
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := fo.Close(); err != nil {
		log.Fatal(err)
	}
}

// writeDoers writes, for every verb, the nouns WordNet derives from it that name what does
// the doing: a device ("charge": charger; "purify": purifier; "tow": tower), one who does it
// ("read": reader; "pull": puller), or the doing as a -tion noun ("purify": purification), the
// verb's commonest senses first; then the irregular forms of verbs ("dried": dry).
func writeDoers(w *bufio.Writer, dir string) {
	rank := senseRanks(filepath.Join(dir, "index.verb"))
	nounFile, nounLemmas := map[string]string{}, map[string][]string{}
	err := eachRecord(filepath.Join(dir, "data.noun"), func(r record) {
		nounFile[r.off] = r.lexfile
		for _, l := range r.lemmas {
			nounLemmas[r.off] = append(nounLemmas[r.off], strings.ToLower(l))
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	type doer struct {
		noun string
		rank int
	}
	doers := map[string][]doer{}
	err = eachRecord(filepath.Join(dir, "data.verb"), func(rec record) {
		var lemmas []string
		for _, l := range rec.lemmas {
			lemmas = append(lemmas, strings.ToLower(l))
		}
		for _, p := range rec.ptrs {
			if p.sym != "+" || p.pos != "n" || p.src == 0 || p.src > len(lemmas) || p.dst == 0 || p.dst > len(nounLemmas[p.off]) {
				continue
			}
			off := p.off
			verb, noun := lemmas[p.src-1], nounLemmas[off][p.dst-1]
			if strings.ContainsAny(verb, "_-") || strings.ContainsAny(noun, "_-") || noun == verb {
				continue
			}
			device := nounFile[off] == "06"
			agent := nounFile[off] == "18" && (strings.HasSuffix(noun, "er") || strings.HasSuffix(noun, "or"))
			doing := strings.HasSuffix(noun, "tion") || strings.HasSuffix(noun, "sion")
			if !device && !agent && !doing {
				continue
			}
			r := rank[rec.off][verb]
			if r == 0 {
				r = 99
			}
			at := slices.IndexFunc(doers[verb], func(d doer) bool { return d.noun == noun })
			switch {
			case at < 0:
				doers[verb] = append(doers[verb], doer{noun, r})
			case r < doers[verb][at].rank:
				doers[verb][at].rank = r
			}
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	verbs := make([]string, 0, len(doers))
	for v := range doers {
		verbs = append(verbs, v)
	}
	sort.Strings(verbs)
	fmt.Fprintln(w, "#doers")
	for _, v := range verbs {
		ds := doers[v]
		slices.SortStableFunc(ds, func(a, b doer) int { return a.rank - b.rank })
		var ns []string
		for _, d := range ds {
			ns = append(ns, d.noun)
		}
		fmt.Fprintf(w, "%s\t%s\n", v, strings.Join(ns, ","))
	}
	fmt.Fprintln(w, "#verbforms")
	err = eachLine(filepath.Join(dir, "verb.exc"), func(l string) {
		if f := strings.Fields(l); len(f) >= 2 && f[0] != f[1] {
			fmt.Fprintf(w, "%s\t%s\n", f[0], f[1])
		}
	})
	if err != nil {
		log.Fatal(err)
	}
}

// glossed lexicographer files: artifact, animal, food, object, plant, substance, whose glosses
// say what a thing is for ("a furnace: a chamber in which heat is produced"), and time, whose
// glosses say what a season is like ("winter: the coldest season of the year"). Only theirs
// are kept.
var glossed = map[string]bool{"05": true, "06": true, "13": true, "17": true, "20": true, "27": true, "28": true}

// glossWords keeps the first definition's content words, at most 16.
func glossWords(g string) []string {
	g, _, _ = strings.Cut(g, ";")
	var out []string
	seen := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(g), func(r rune) bool { return r < 'a' || r > 'z' }) {
		if len(w) < 3 || glossStop[w] || seen[w] {
			continue
		}
		seen[w] = true
		out = append(out, w)
		if len(out) == 16 {
			break
		}
	}
	return out
}

var glossStop = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and for with that from which this are was were has have had its
		any all one two used use uses usually especially often such other some than into made make
		being been can may not but who whom whose what when where how each very more most also only
		etc something someone person people thing things kind kinds type types part parts form forms
		small large long short various several many much`) {
		glossStop[w] = true
	}
}

// senseRanks reads a WordNet index file: for each synset offset, each lemma's rank among the
// lemma's senses (1 = its commonest).
func senseRanks(path string) map[string]map[string]int {
	rank := map[string]map[string]int{}
	err := eachLine(path, func(l string) {
		f := strings.Fields(l)
		if len(f) < 4 || strings.HasPrefix(l, " ") {
			return // the licence header
		}
		nSyn, _ := strconv.Atoi(f[2])
		for i, off := range f[len(f)-nSyn:] {
			if rank[off] == nil {
				rank[off] = map[string]int{}
			}
			rank[off][f[0]] = i + 1
		}
	})
	if err != nil {
		log.Fatal(err)
	}
	return rank
}

// record is one synset of a WordNet data file.
type record struct {
	off, lexfile string
	lemmas       []string // as written
	ptrs         []pointer
	gloss        string
}

// pointer is a synset's link to another: src and dst number the lemmas of a link between
// words (0: between the synsets as a whole).
type pointer struct {
	sym, off, pos string
	src, dst      int
}

// eachRecord calls fn with each synset of a WordNet data file.
func eachRecord(path string, fn func(record)) error {
	return eachLine(path, func(l string) {
		if strings.HasPrefix(l, "  ") {
			return // the licence header
		}
		body, gloss, _ := strings.Cut(l, " | ")
		f := strings.Fields(body)
		n, err := strconv.ParseInt(f[3], 16, 32)
		if err != nil {
			log.Fatalf("%s %s: %v", path, f[0], err)
		}
		r := record{off: f[0], lexfile: f[1], gloss: gloss}
		i := 4
		for k := 0; k < int(n); k++ {
			r.lemmas = append(r.lemmas, f[i])
			i += 2
		}
		np, _ := strconv.Atoi(f[i])
		i++
		for k := 0; k < np; k++ {
			st := f[i+3]
			src, _ := strconv.ParseInt(st[:2], 16, 32)
			dst, _ := strconv.ParseInt(st[2:], 16, 32)
			r.ptrs = append(r.ptrs, pointer{sym: f[i], off: f[i+1], pos: f[i+2], src: int(src), dst: int(dst)})
			i += 4
		}
		fn(r)
	})
}

func eachLine(path string, fn func(string)) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		fn(sc.Text())
	}
	return sc.Err()
}
