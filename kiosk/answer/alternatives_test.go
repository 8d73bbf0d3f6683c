package answer

import (
	"context"
	"path/filepath"
	"slices"
	"sort"
	"testing"

	"github.com/storekiosk/storekiosk/inventory"
)

// walkShelf is how alternatives were found before they were drawn from the words' lists:
// every product of the category, scored, in a stable sort. It is kept as the reference.
func (x *index) walkShelf(id uint32, n int) []uint32 {
	it := &x.items[id]
	type cand struct {
		id     uint32
		shared int
	}
	var cs []cand
	for _, o := range x.cats[it.cat].items {
		if o == id || x.items[o].qty <= 0 {
			continue
		}
		shared := 0
		for _, t := range x.items[o].nameTerms() {
			if has(it.nameTerms(), t) && !packaging[x.terms[t].surface] && isLetters(x.terms[t].stem) {
				shared++
			}
		}
		if x.items[o].head == it.head && it.head != noTerm {
			shared += 2
		}
		cs = append(cs, cand{o, shared})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].shared > cs[j].shared })
	var out []uint32
	for _, c := range cs[:min(n, len(cs))] {
		if c.shared == 0 {
			break
		}
		out = append(out, c.id)
	}
	return out
}

// Every product of three kinds of store gets the same alternatives as walking its shelf.
func TestAlternativesAsWalkingTheShelf(t *testing.T) {
	for _, store := range []string{"department", "pharmacy", "petgarden"} {
		db, err := inventory.Open(filepath.Join(t.TempDir(), "catalog.db"))
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		ctx := context.Background()
		if _, err := db.ImportFile(ctx, "testdata/stores/"+store+"/catalog.csv", inventory.ImportOptions{}); err != nil {
			t.Fatal(err)
		}
		e, err := New(ctx, db, Options{})
		if err != nil {
			t.Fatal(err)
		}
		x := e.idx.Load()
		some := 0
		for id := range x.items {
			for _, n := range []int{4, 23} {
				got, want := x.alternativeIDs(uint32(id), n), x.walkShelf(uint32(id), n)
				if !slices.Equal(got, want) {
					t.Fatalf("%s: alternatives to %q (%d): %v, walking the shelf %v", store, x.items[id].name, n, got, want)
				}
				if len(got) > 0 {
					some++
				}
			}
		}
		if some < len(x.items)/2 {
			t.Errorf("%s: only %d of %d products have alternatives", store, some/2, len(x.items))
		}
	}
}
