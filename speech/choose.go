package speech

import "strings"

// Judgement is what the answer engine made of one reading.
type Judgement struct {
	Found bool
	// Asked is true when the reading is a question about something, found or not ("I need
	// a haircut"), rather than words the engine could make nothing of ("so the").
	Asked bool
	// Key names what the answer points at (the first product's SKU; "" when nothing was
	// found). Readings whose answers share a key are one choice, offered once.
	Key string
}

// Policy says when the kiosk acts on what it heard and what it offers instead.
type Policy struct {
	// Unsure is the confidence below which the kiosk does not answer the best reading on
	// its own but asks "Did you mean …?" (0 never asks).
	Unsure float64
	// Offers is how many other readings are offered as buttons (2; the answer is the third).
	Offers int
	// Depth is how many readings are considered (10).
	Depth int
}

// Choice is how the kiosk acts on an utterance.
type Choice struct {
	// Answer is the reading answered, an index into the transcript's readings; -1 when the
	// kiosk is unsure and only asks.
	Answer int
	// Offers are other readings to offer as "Did you mean" buttons, in button order, each
	// with a different answer.
	Offers []int
	Unsure bool
}

// Choose decides which reading to answer and which to offer. judge answers a reading (the
// answer engine); it is called at most Depth times. Readings the engine could make nothing
// of are never offered; one reading about something the store does not carry may be, when
// the answer given is a product ("Did you mean: haircut?" — "We don't carry that"), because
// recognisers force unknown words onto the products they know.
func Choose(t Transcript, judge func(reading int) Judgement, p Policy) Choice {
	if p.Offers == 0 {
		p.Offers = 2
	}
	if p.Depth == 0 {
		p.Depth = 10
	}
	c := Choice{Answer: -1}
	var real, derived []int
	for i, r := range t.Readings {
		switch {
		case r.Derived:
			derived = append(derived, i)
		case len(real) < p.Depth:
			real = append(real, i)
		}
	}
	if len(real) == 0 {
		return c
	}
	n := len(real)
	js := make([]Judgement, n)
	for k, i := range real {
		js[k] = judge(i)
	}
	c.Unsure = t.Confidence >= 0 && t.Confidence < p.Unsure
	if !c.Unsure {
		c.Answer = 0
	}
	seen := map[string]bool{}
	if c.Answer >= 0 {
		seen[js[0].Key] = true
	}
	max := p.Offers
	if c.Unsure {
		max++ // nothing is answered: all the buttons are readings
	}
	notFound := c.Answer < 0 || !js[c.Answer].Found // one "we don't carry it" is enough
	for k := range n {
		if len(c.Offers) == max {
			break
		}
		j := js[k]
		if k == c.Answer {
			continue
		}
		if !j.Found {
			if j.Asked && !notFound {
				notFound = true
				c.Offers = append(c.Offers, real[k])
			}
			continue
		}
		if seen[j.Key] {
			continue
		}
		seen[j.Key] = true
		c.Offers = append(c.Offers, real[k])
	}
	// Nothing found in what was heard: the best reading with a word left out may be the
	// question ("um after some unsalted butter" → "um some unsalted butter"), said with a word
	// the recogniser slipped in. Offered, never answered, and only in free places.
	if !js[0].Found && js[0].Asked {
		for _, i := range derived {
			if len(c.Offers) == max {
				break
			}
			if j := judge(i); j.Found && !seen[j.Key] {
				seen[j.Key] = true
				c.Offers = append(c.Offers, i)
			}
		}
	}
	return c
}

// Relax adds to t readings made from its best one by leaving out one word at a time, for
// Choose to offer when nothing it heard is found. Short readings get none: leaving a word out
// of "printer ink" is another question, not the same one heard better.
func Relax(t Transcript) Transcript {
	if len(t.Readings) == 0 {
		return t
	}
	ws := strings.Fields(t.Readings[0].Text)
	if len(ws) < 4 || len(ws) > 16 {
		return t
	}
	have := map[string]bool{}
	for _, r := range t.Readings {
		have[r.Text] = true
	}
	out := t
	out.Readings = append([]Reading(nil), t.Readings...)
	for i := range ws {
		v := strings.Join(append(append([]string(nil), ws[:i]...), ws[i+1:]...), " ")
		if !have[v] {
			have[v] = true
			out.Readings = append(out.Readings, Reading{Text: v, Confidence: -1, Derived: true})
		}
	}
	return out
}
