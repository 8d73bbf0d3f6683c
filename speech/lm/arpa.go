package lm

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"sort"
)

// counter accumulates weighted 1-, 2- and 3-gram counts over sentences. Words are small
// integers so that a trigram is one map key; <s> is 0 and </s> is 1.
type counter struct {
	ids   map[string]uint32
	words []string
	grams [3]map[uint64]float64
}

const (
	bos uint32 = 0
	eos uint32 = 1
	// 21 bits per word: room for two million words, far beyond any store.
	idBits = 21
)

func newCounter() *counter {
	c := &counter{ids: map[string]uint32{}}
	c.id("<s>")
	c.id("</s>")
	for i := range c.grams {
		c.grams[i] = map[uint64]float64{}
	}
	return c
}

func (c *counter) id(w string) uint32 {
	if i, ok := c.ids[w]; ok {
		return i
	}
	i := uint32(len(c.words))
	c.ids[w] = i
	c.words = append(c.words, w)
	return i
}

func key(ws ...uint32) uint64 {
	var k uint64
	for _, w := range ws {
		k = k<<idBits | uint64(w+1) // +1: a key never collides with a shorter one
	}
	return k
}

func unkey(k uint64, n int) []uint32 {
	ws := make([]uint32, n)
	for i := n - 1; i >= 0; i-- {
		ws[i] = uint32(k&(1<<idBits-1)) - 1
		k >>= idBits
	}
	return ws
}

// add counts the n-grams of "<s> words </s>" with weight w.
func (c *counter) add(words []string, w float64) {
	s := make([]uint32, 0, len(words)+2)
	s = append(s, bos)
	for _, x := range words {
		s = append(s, c.id(x))
	}
	s = append(s, eos)
	c.addIDs(s, w)
}

func (c *counter) addIDs(s []uint32, w float64) {
	for i := range s {
		if i > 0 { // <s> is never predicted
			c.grams[0][key(s[i])] += w
		}
		if i >= 1 {
			c.grams[1][key(s[i-1], s[i])] += w
		}
		if i >= 2 {
			c.grams[2][key(s[i-2], s[i-1], s[i])] += w
		}
	}
}

// model is an interpolated Witten-Bell trigram model: the smoothing that copes with fractional
// counts and with a corpus generated from templates, where most histories have few followers.
type model struct {
	words []string
	prob  [3]map[uint64]float64 // log10 probabilities of seen n-grams
	bow   [2]map[uint64]float64 // log10 back-off weights of 1- and 2-word histories
}

// estimate turns the counts into probabilities. unigramFloor is the share of probability mass
// spread evenly over every word, so that any word can follow any history.
func (c *counter) estimate(unigramFloor float64) *model {
	m := &model{words: c.words}
	V := float64(len(c.words) - 1) // every word but <s> can be predicted
	// Histories: total count and number of distinct followers.
	type hist struct{ n, t float64 }
	var hs [2]map[uint64]*hist
	for order := 1; order <= 2; order++ {
		h := map[uint64]*hist{}
		for k, n := range c.grams[order] {
			hk := k >> idBits
			x := h[hk]
			if x == nil {
				x = &hist{}
				h[hk] = x
			}
			x.n += n
			x.t++
		}
		hs[order-1] = h
	}
	// Unigrams: counts mixed with a uniform floor.
	var total float64
	for _, n := range c.grams[0] {
		total += n
	}
	p1 := map[uint64]float64{}
	for i := 1; i < len(c.words); i++ {
		k := key(uint32(i))
		p1[k] = (1-unigramFloor)*c.grams[0][k]/total + unigramFloor/V
	}
	lower := func(ws []uint32) float64 { return p1[key(ws[len(ws)-1])] }
	// Bigrams.
	p2 := map[uint64]float64{}
	for k, n := range c.grams[1] {
		ws := unkey(k, 2)
		h := hs[0][key(ws[0])]
		p2[k] = (n + h.t*lower(ws)) / (h.n + h.t)
	}
	prob2 := func(ws []uint32) float64 { // interpolated P(w2|w1), seen or not
		if p, ok := p2[key(ws[len(ws)-2], ws[len(ws)-1])]; ok {
			return p
		}
		h := hs[0][key(ws[len(ws)-2])]
		if h == nil {
			return lower(ws)
		}
		return h.t / (h.n + h.t) * lower(ws)
	}
	p3 := map[uint64]float64{}
	for k, n := range c.grams[2] {
		ws := unkey(k, 3)
		h := hs[1][key(ws[0], ws[1])]
		p3[k] = (n + h.t*prob2(ws)) / (h.n + h.t)
	}
	// Back-off weights of an interpolated model are the interpolation weights of the history.
	m.bow[0] = map[uint64]float64{}
	for k, h := range hs[0] {
		m.bow[0][k] = math.Log10(h.t / (h.n + h.t))
	}
	m.bow[1] = map[uint64]float64{}
	for k, h := range hs[1] {
		m.bow[1][k] = math.Log10(h.t / (h.n + h.t))
	}
	for i, p := range []map[uint64]float64{p1, p2, p3} {
		m.prob[i] = make(map[uint64]float64, len(p))
		for k, v := range p {
			m.prob[i][k] = math.Log10(v)
		}
	}
	// <s> needs a unigram entry (with a back-off weight) although it is never predicted.
	m.prob[0][key(bos)] = -99
	return m
}

// writeARPA writes the model in the ARPA text format that sphinx_lm_convert reads.
func (m *model) writeARPA(w io.Writer) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	fmt.Fprintf(bw, "\\data\\\n")
	for i := range m.prob {
		fmt.Fprintf(bw, "ngram %d=%d\n", i+1, len(m.prob[i]))
	}
	for order := 1; order <= 3; order++ {
		fmt.Fprintf(bw, "\n\\%d-grams:\n", order)
		keys := make([]uint64, 0, len(m.prob[order-1]))
		for k := range m.prob[order-1] {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			ws := unkey(k, order)
			fmt.Fprintf(bw, "%.5f", m.prob[order-1][k])
			for _, x := range ws {
				bw.WriteByte(' ')
				bw.WriteString(m.words[x])
			}
			if order < 3 {
				if b, ok := m.bow[order-1][k]; ok {
					fmt.Fprintf(bw, " %.5f", b)
				} else if order == 1 || ws[len(ws)-1] != eos {
					// A history never seen: back off with weight 1.
					fmt.Fprintf(bw, " 0.00000")
				}
			}
			bw.WriteByte('\n')
		}
	}
	fmt.Fprintf(bw, "\n\\end\\\n")
	return bw.Flush()
}
