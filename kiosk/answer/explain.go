package answer

import (
	"fmt"
	"slices"
	"strings"
)

// Explain shows how the engine reads a question and ranks products, for store IT asking
// "why did it answer that?" and for tuning the vocabulary.
func (e *Engine) Explain(question string, n int) string {
	x := e.idx.Load()
	x.mu.RLock()
	defer x.mu.RUnlock()
	var b strings.Builder
	if x.language(question, "en") == "es" {
		question = x.es.translate(question).english
		fmt.Fprintf(&b, "Spanish, read as %q\n", question)
	} else if en := x.borrowed(question); en != question {
		question = en
		fmt.Fprintf(&b, "Spanish words put into English: %q\n", question)
	}
	if mended := x.forWhom(x.mendGrammar(question)); mended != question {
		question = mended
		fmt.Fprintf(&b, "read as %q\n", question)
	}
	p := parse(tokens(question), x.labelled)
	fmt.Fprintf(&b, "intent %s, topic %q", p.intent, strings.Join(p.topic, " "))
	if len(p.purpose) > 0 {
		fmt.Fprintf(&b, ", purpose %q", strings.Join(p.purpose, " "))
	}
	if p.barcode != "" {
		fmt.Fprintf(&b, ", barcode %s", p.barcode)
	}
	b.WriteString("\n")
	rd := x.read(p, question)
	if !slices.Equal(rd.p.topic, p.topic) {
		fmt.Fprintf(&b, "read as %q\n", strings.Join(rd.p.topic, " "))
	}
	cs := rd.f.all
	for _, c := range cs {
		fmt.Fprintf(&b, "concept %q", c.label)
		for _, f := range []struct {
			on   bool
			name string
		}{{c.head, "head"}, {c.attribute, "attribute"}, {c.corrected, "corrected"}, {c.unknown, "unknown"}, {c.soft > 0, "soft"}, {c.need, "need"}} {
			if f.on {
				fmt.Fprintf(&b, " [%s]", f.name)
			}
		}
		fmt.Fprintf(&b, " idf %.2f\n", x.idf(c))
		for _, a := range c.alts {
			if a.isCat {
				fmt.Fprintf(&b, "  category %q ×%.2f\n", x.cats[a.cat].name, a.weight)
				continue
			}
			var ts []string
			for _, t := range a.terms {
				ts = append(ts, x.terms[t].stem)
			}
			own := ""
			if a.own {
				own = " own"
			}
			fmt.Fprintf(&b, "  words %q ×%.2f%s\n", strings.Join(ts, " "), a.weight, own)
		}
	}
	f := rd.f
	hits := f.hits
	for _, c := range f.dropped {
		fmt.Fprintf(&b, "let go of %q\n", c.said)
	}
	fmt.Fprintf(&b, "verdict %s; %d products match\n", f.verdict, len(hits))
	for i, h := range hits {
		if i == n {
			break
		}
		it := &x.items[h.id]
		other := ""
		if h.other {
			other = " [head " + x.terms[it.head].surface + ": another thing]"
		}
		fmt.Fprintf(&b, "%6.2f exact %.2f  %-8s %-50.50s %s (qty %d)%s\n", h.score, h.exact, x.sku(h.id),
			it.name, x.cats[it.cat].name, it.qty, other)
	}
	return b.String()
}
