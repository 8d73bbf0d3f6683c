package answer_test

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

const departmentStore = "testdata/stores/department"

// ownStoreEngine imports one of testdata/stores into a catalog file of the test's own, to change.
func ownStoreEngine(tb testing.TB, store string) (*answer.Engine, *inventory.DB) {
	tb.Helper()
	db, err := inventory.Open(filepath.Join(tb.TempDir(), "catalog.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	if _, err := db.ImportFile(context.Background(), store+"/catalog.csv", inventory.ImportOptions{}); err != nil {
		tb.Fatal(err)
	}
	eng, err := answer.New(context.Background(), db, answer.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return eng, db
}

// reprice changes the price of every third product, moves every seventh to another place,
// and takes every fifth out of stock or puts it back, as a day's deltas might; it returns
// the SKUs it changed.
func reprice(tb testing.TB, db *inventory.DB) []string {
	tb.Helper()
	ctx := context.Background()
	var all []*inventory.Product
	for p, err := range db.All(ctx) {
		if err != nil {
			tb.Fatal(err)
		}
		all = append(all, p)
	}
	var skus []string
	err := db.Update(ctx, func(tx *inventory.Tx) error {
		for i, p := range all {
			changed := false
			if i%3 == 0 {
				p.Price += inventory.Money(1 + i%250)
				changed = true
			}
			if i%5 == 0 {
				if p.Quantity > 0 {
					p.Quantity = 0
				} else {
					p.Quantity = 7
				}
				changed = true
			}
			if i%7 == 0 {
				p.Location = inventory.Location{Aisle: fmt.Sprintf("Aisle %d", 40+i%3), Side: "left", Bay: "2"}
				changed = true
			}
			if !changed {
				continue
			}
			if err := tx.Put(p); err != nil {
				return err
			}
			skus = append(skus, p.SKU)
		}
		return nil
	})
	if err != nil {
		tb.Fatal(err)
	}
	return skus
}

// shown is what a shopper sees and hears of an answer.
func shown(r answer.Result) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s|%v|%s|%s\n", r.Say, r.Found, r.Verdict, r.Topic)
	for _, p := range r.Products {
		fmt.Fprintf(&b, "  %s %s %s %d %s\n", p.SKU, p.Name, p.Price, p.Quantity, p.Location)
	}
	return b.String()
}

// A delta of prices, stock and places is patched into the live index, and every answer is
// then exactly what a freshly built index gives.
func TestPatchAnswersLikeARebuild(t *testing.T) {
	eng, db := ownStoreEngine(t, departmentStore)
	ctx := context.Background()
	qs := readQuestions(t, departmentStore+"/questions.jsonl")
	before := map[string]string{}
	for _, q := range qs {
		before[q.ID] = shown(ask(eng, q.Q))
	}
	skus := reprice(t, db)
	patched, err := eng.Patch(ctx, skus)
	if err != nil || !patched {
		t.Fatalf("Patch = %v, %v; want patched in place", patched, err)
	}
	if st := eng.Stats(); st.Patches != 1 {
		t.Errorf("Stats().Patches = %d, want 1", st.Patches)
	}
	fresh, err := answer.New(ctx, db, answer.Options{})
	if err != nil {
		t.Fatal(err)
	}
	differ := 0
	for _, q := range qs {
		got, want := shown(ask(eng, q.Q)), shown(ask(fresh, q.Q))
		if got != want {
			t.Errorf("%q after the patch:\n%s\nrebuilt:\n%s", q.Q, got, want)
		}
		if got != before[q.ID] {
			differ++
		}
	}
	// The test means something only if the changes reach the answers.
	if differ < len(qs)/4 {
		t.Errorf("only %d of %d answers changed with the delta", differ, len(qs))
	}
	if p := ask(eng, "cheapest shirt").Products; len(p) == 0 {
		t.Error("no cheapest shirt after the patch")
	}
}

// Anything but price, stock and place is not patched, and Reload then answers from it: a
// renamed product, one removed, one added, a new tag.
func TestPatchRefusesOtherChanges(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name   string
		change func(tx *inventory.Tx, p *inventory.Product) error
		check  func(t *testing.T, eng *answer.Engine, p *inventory.Product)
	}{
		{"renamed", func(tx *inventory.Tx, p *inventory.Product) error {
			p.Name = "Zanzibar Weatherproof Gazebo"
			return tx.Put(p)
		}, func(t *testing.T, eng *answer.Engine, p *inventory.Product) {
			if r := ask(eng, "where is the zanzibar gazebo"); !r.Found || r.Products[0].SKU != p.SKU {
				t.Errorf("the renamed product is not found by its new name: %s", shown(r))
			}
		}},
		{"removed", func(tx *inventory.Tx, p *inventory.Product) error {
			return tx.Delete(p.SKU)
		}, func(t *testing.T, eng *answer.Engine, p *inventory.Product) {
			if r := ask(eng, p.Name); len(r.Products) > 0 && r.Products[0].SKU == p.SKU {
				t.Errorf("a removed product is still answered: %s", shown(r))
			}
		}},
		{"added", func(tx *inventory.Tx, p *inventory.Product) error {
			n := *p
			n.SKU, n.GTIN, n.Name = "NEW-1", "", "Quokka Plush Toy"
			p.SKU = n.SKU
			return tx.Put(&n)
		}, func(t *testing.T, eng *answer.Engine, p *inventory.Product) {
			if r := ask(eng, "quokka plush toy"); !r.Found || r.Products[0].SKU != "NEW-1" {
				t.Errorf("the new product is not found: %s", shown(r))
			}
		}},
		{"new tag", func(tx *inventory.Tx, p *inventory.Product) error {
			p.Tags = append(p.Tags, "wombat")
			return tx.Put(p)
		}, func(t *testing.T, eng *answer.Engine, p *inventory.Product) {
			if r := ask(eng, "do you have wombat"); !r.Found || r.Products[0].SKU != p.SKU {
				t.Errorf("the product is not found by its new tag: %s", shown(r))
			}
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			eng, db := ownStoreEngine(t, departmentStore)
			p, err := db.BySKU(ctx, "011-01-0062")
			if err != nil {
				t.Fatal(err)
			}
			if err := db.Update(ctx, func(tx *inventory.Tx) error { return tc.change(tx, p) }); err != nil {
				t.Fatal(err)
			}
			before := ask(eng, "where is the "+p.Name)
			patched, err := eng.Patch(ctx, []string{p.SKU})
			if err != nil || patched {
				t.Fatalf("Patch = %v, %v; want it refused", patched, err)
			}
			if after := ask(eng, "where is the "+p.Name); shown(after) != shown(before) {
				t.Errorf("a refused patch changed the answers:\n%s\nwas\n%s", shown(after), shown(before))
			}
			if err := eng.Reload(ctx); err != nil {
				t.Fatal(err)
			}
			tc.check(t, eng, p)
		})
	}
}

// Questions asked while a patch goes in get answers, from before or after it (run with -race).
func TestPatchWhileAsking(t *testing.T) {
	eng, db := ownStoreEngine(t, departmentStore)
	ctx := context.Background()
	qs := readQuestions(t, departmentStore+"/questions.jsonl")
	skus := reprice(t, db)
	var wg sync.WaitGroup
	stop := make(chan struct{})
	for g := range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := g; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				if r := ask(eng, qs[i%len(qs)].Q); r.Say == "" {
					t.Errorf("no answer to %q", qs[i%len(qs)].Q)
					return
				}
			}
		}()
	}
	for range 3 {
		if patched, err := eng.Patch(ctx, skus); err != nil || !patched {
			t.Errorf("Patch = %v, %v", patched, err)
		}
	}
	close(stop)
	wg.Wait()
}

// An engine made with NewPending answers "getting ready", in the shopper's language, until
// its index is built; then it answers from the catalog.
func TestPendingUntilBuilt(t *testing.T) {
	_, db := ownStoreEngine(t, departmentStore)
	ctx := context.Background()
	eng := answer.NewPending(db, answer.Options{})
	if eng.Ready() {
		t.Fatal("a pending engine says it is ready")
	}
	for _, tc := range []struct{ lang, want string }{{"", "Getting ready, one moment"}, {"es", "Preparando todo, un momento"}} {
		r := eng.Ask(ctx, answer.Question{Text: "where are the sweaters", Lang: tc.lang})
		if !strings.Contains(r.Say, tc.want) || r.Found || !r.Human {
			t.Errorf("pending (%q): %s, found %v, human %v; want %q and a person offered", tc.lang, r.Say, r.Found, r.Human, tc.want)
		}
	}
	if r := ask(eng, "I need help"); !strings.Contains(r.Say, "staff") {
		t.Errorf("help while pending: %q", r.Say)
	}
	if err := eng.Reload(ctx); err != nil {
		t.Fatal(err)
	}
	if r := ask(eng, "where are the sweaters"); !eng.Ready() || !r.Found {
		t.Errorf("after building: ready %v, %s", eng.Ready(), shown(r))
	}
}
