package main

import (
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"strings"
	"unicode"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

func init() {
	commands["selfcheck"] = command{
		usage: "--db FILE [--sample N] [--show N]",
		help:  "ask the catalog for its own products and shelves, and list what the kiosk would not find",
		run:   runSelfcheck,
	}
}

// A check is one question the catalog itself says the kiosk must answer, and what counts as
// the answer.
type check struct {
	kind string // "name", "words" or "shelf"
	q    string
	ok   func(answer.Result) bool
}

func runSelfcheck(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("selfcheck", stderr)
	db := dbFlag(fs)
	sample := fs.Int("sample", 500, "products to ask about, picked evenly at random (0: all)")
	show := fs.Int("show", 20, "failed questions to list")
	seed := fs.Uint64("seed", 1, "`seed` of the sample, to repeat a run")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return errUsage
	}
	cat, err := openCatalog(*db)
	if err != nil {
		return err
	}
	defer cat.Close()
	ctx := context.Background()
	eng, err := answer.New(ctx, cat, answer.Options{})
	if err != nil {
		return err
	}
	checks, err := selfChecks(ctx, cat, *sample, *seed)
	if err != nil {
		return err
	}
	type tally struct{ asked, passed int }
	tallies := map[string]*tally{}
	var failed []string
	for _, c := range checks {
		t := tallies[c.kind]
		if t == nil {
			t = &tally{}
			tallies[c.kind] = t
		}
		t.asked++
		r := eng.Ask(ctx, answer.Question{Text: c.q, Lang: "en"})
		if c.ok(r) {
			t.passed++
			continue
		}
		if len(failed) < *show {
			got := r.Say
			if len(r.Products) > 0 {
				got = r.Products[0].DisplayName()
			}
			failed = append(failed, fmt.Sprintf("  %-5s %q → %s", c.kind, c.q, got))
		}
	}
	fails := 0
	for _, k := range []string{"name", "words", "shelf"} {
		if t := tallies[k]; t != nil {
			fmt.Fprintf(stdout, "%-6s %s of %s answered (%s)\n", k, thousands(t.passed), thousands(t.asked), checkHelp[k])
			fails += t.asked - t.passed
		}
	}
	if fails == 0 {
		return nil
	}
	fmt.Fprintf(stdout, "\nNot answered (first %d):\n%s\n", len(failed), strings.Join(failed, "\n"))
	return fmt.Errorf("%d of %d questions not answered", fails, len(checks))
}

var checkHelp = map[string]string{
	"name":  "the price by the product's full name gives that product",
	"words": "the last words of its name are never \"not carried\"",
	"shelf": "each category is found",
}

// selfChecks makes the questions: for a sample of products, the price by full name and the
// last two words of the name's first part ("Goat Dewormer Suspension, 125 ml" → "dewormer
// suspension"); for every category, where it is.
func selfChecks(ctx context.Context, cat *inventory.DB, sample int, seed uint64) ([]check, error) {
	var all []*inventory.Product
	for p, err := range cat.All(ctx) {
		if err != nil {
			return nil, err
		}
		all = append(all, p)
	}
	if sample > 0 && sample < len(all) {
		rng := rand.New(rand.NewPCG(seed, seed))
		rng.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		all = all[:sample]
	}
	var out []check
	seen := map[string]bool{}
	for _, p := range all {
		name := p.Name
		out = append(out, check{kind: "name", q: "how much is the " + name, ok: func(r answer.Result) bool {
			return r.Found && len(r.Products) > 0 && strings.EqualFold(r.Products[0].Name, name) // a shopper says no case
		}})
		first, _, _ := strings.Cut(name, ",")
		ws := strings.FieldsFunc(first, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' })
		if len(ws) >= 3 {
			q := strings.ToLower(strings.Join(ws[len(ws)-2:], " "))
			if !seen[q] {
				seen[q] = true
				out = append(out, check{kind: "words", q: "do you have " + q, ok: func(r answer.Result) bool {
					return r.Verdict != "not carried"
				}})
			}
		}
	}
	depts, err := cat.Departments(ctx)
	if err != nil {
		return nil, err
	}
	for _, d := range depts {
		cs, err := cat.Categories(ctx, d.Name)
		if err != nil {
			return nil, err
		}
		for _, c := range cs {
			if seen["shelf "+c.Name] {
				continue
			}
			seen["shelf "+c.Name] = true
			out = append(out, check{kind: "shelf", q: "where are the " + c.Name, ok: func(r answer.Result) bool { return r.Found }})
		}
	}
	return out, nil
}
