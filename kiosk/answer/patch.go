package answer

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
)

// Patch follows a sync that changed the products with these SKUs (feed.Applied.Changed).
// When every one is a product the index holds and only its price, stock or place changed —
// by far the most common delta — they are written into the live index in place: no second
// index is built, and questions asked meanwhile wait at most for the writing itself. It
// reports false, changing nothing, for anything else (a product new or gone, another name,
// brand, category, barcode, unit, tags or description, or no SKUs): call Reload then.
//
// Answers after a patch are those a rebuild would give; the one exception is a tag or
// description rewritten to other forms of the same words ("cookies" for "cookie"), taken as
// unchanged, which may leave the engine saying a word back in its older form.
func (e *Engine) Patch(ctx context.Context, skus []string) (bool, error) {
	if len(skus) == 0 {
		return false, nil
	}
	e.writing.Lock()
	defer e.writing.Unlock()
	skus = slices.Clone(skus)
	slices.Sort(skus)
	skus = slices.Compact(skus)
	ps, err := e.db.BySKUs(ctx, skus)
	if err != nil {
		return false, fmt.Errorf("read changed products: %w", err)
	}
	if len(ps) != len(skus) {
		return false, nil // a product removed
	}
	meta, err := e.db.Meta(ctx)
	if err != nil {
		return false, err
	}
	start := time.Now()
	x := e.idx.Load()
	if !x.patch(ps, meta) {
		return false, nil
	}
	e.Logger.Info("answer index patched", "products", len(ps), "elapsed", time.Since(start))
	return true, nil
}

// patch writes the products' prices, stock and places into the index if nothing else about
// them changed, and reports whether it did. It changes nothing when it cannot patch them all.
func (x *index) patch(ps []*inventory.Product, meta inventory.Meta) bool {
	ids := make([]uint32, len(ps))
	for i, p := range ps {
		id, ok := x.skuID(p.SKU)
		if !ok || !x.sameText(id, p) {
			return false
		}
		ids[i] = id
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	var locID map[inventory.Location]uint32
	for i, p := range ps {
		id := ids[i]
		it := &x.items[id]
		if x.locs[it.loc] != p.Location {
			if locID == nil {
				locID = make(map[inventory.Location]uint32, len(x.locs))
				for l, loc := range x.locs {
					if _, dup := locID[loc]; !dup {
						locID[loc] = uint32(l)
					}
				}
			}
			l, ok := locID[p.Location]
			if !ok {
				l = uint32(len(x.locs))
				x.locs = append(x.locs, p.Location)
				locID[p.Location] = l
			}
			it.loc = l
		}
		wasIn := it.qty > 0
		it.price = p.Price
		it.qty = int32(min(p.Quantity, 1<<30))
		if wasIn != (it.qty > 0) {
			x.restock(id, wasIn)
		}
	}
	x.meta = meta
	x.patches++
	return true
}

// sameText reports whether p differs from the indexed product id in nothing but price, stock
// and place: whether it would be indexed under the same words, category and barcode.
func (x *index) sameText(id uint32, p *inventory.Product) bool {
	it := &x.items[id]
	if l := x.labels[it.label]; it.name != p.Name || l.brand != p.Brand || l.unit != p.Unit || it.hasDesc != (p.Description != "") {
		return false
	}
	if cid, ok := x.catByName[p.Department+"\x00"+p.Category]; !ok || cid != it.cat {
		return false
	}
	if k, ok := gtinKey(p.GTIN); !ok {
		if it.hasGTIN {
			return false
		}
	} else if g, ok := x.gtin[k]; !ok || g != id || !it.hasGTIN {
		return false
	}
	// Name and brand are the same text, so the same terms; the tags and description must be.
	extra := it.extraTerms()
	n := 0
	for _, w := range extraWords(p) {
		if stopword[w] {
			continue
		}
		t, ok := x.termID[stem(w)]
		if !ok {
			return false
		}
		if n == len(extra) {
			// Past the end is equal only where the item's terms were cut at 255.
			return len(it.terms) == 255
		}
		if extra[n] != t {
			return false
		}
		n++
	}
	return n == len(extra)
}

// restock moves a product whose stock went to or from zero to its place in the best-first
// lists (prior ranks products in stock first): those of each of its terms and its category's.
func (x *index) restock(id uint32, wasIn bool) {
	it := &x.items[id]
	seen := make([]uint32, 0, len(it.terms))
	for _, t := range it.terms {
		if !slices.Contains(seen, t) {
			seen = append(seen, t)
			x.reorder(x.post[t], id, t, wasIn)
		}
	}
	x.reorder(x.cats[it.cat].items, id, noTerm, wasIn)
}

// reorder moves id within l, a list ordered by (prior for t, id), from where it stood with
// its old stock to where it stands now.
func (x *index) reorder(l []uint32, id, t uint32, wasIn bool) {
	type key struct {
		prior int
		id    uint32
	}
	at := func(old bool) func(e uint32, k key) int {
		return func(e uint32, k key) int {
			p := x.prior(e, t)
			if e == id && old {
				p = x.priorIn(id, t, wasIn)
			}
			if c := cmp.Compare(p, k.prior); c != 0 {
				return c
			}
			return cmp.Compare(e, k.id)
		}
	}
	i, found := slices.BinarySearchFunc(l, key{x.priorIn(id, t, wasIn), id}, at(true))
	if !found {
		if i = slices.Index(l, id); i < 0 {
			return // not in this list: nothing to move
		}
	}
	copy(l[i:], l[i+1:])
	rest := l[:len(l)-1]
	j, _ := slices.BinarySearchFunc(rest, key{x.prior(id, t), id}, at(false))
	copy(l[j+1:], l[j:len(l)-1])
	l[j] = id
}
