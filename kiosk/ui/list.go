package ui

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	fynetheme "fyne.io/fyne/v2/theme"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/receipt"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// The shopper's list: things asked for together ("milk, eggs, bread and coffee") or added one
// at a time with "Add to my list", shown in walking order from this kiosk with the route on
// the store map, read aloud in that order, printed or taken away as a QR code. It is part of
// the session, so it is wiped with everything else when the kiosk is left alone.

// listItem is one thing on the list: a product, or a thing asked for that was not found.
type listItem struct {
	p     *inventory.Product // nil: not found
	alt   *inventory.Product // in stock instead, when p is out of stock; nil: none
	thing string             // what the shopper asked for, when not found ("bread")
}

// goesTo is the product the shopper walks to: the in-stock alternative of one out of stock.
func (it listItem) goesTo() *inventory.Product {
	if it.p != nil && !it.p.InStock() && it.alt != nil {
		return it.alt
	}
	return it.p
}

// onList is the index of the product on the list, or -1.
func (a *App) onList(p *inventory.Product) int {
	for i, it := range a.sess.list {
		if it.p != nil && it.p.SKU == p.SKU {
			return i
		}
	}
	return -1
}

// addToList puts a product on the list (once), with an in-stock alternative when it is out
// of stock: the first in stock among others, else what the answer engine offers for its name.
func (a *App) addToList(p *inventory.Product, others []*inventory.Product) {
	if a.onList(p) >= 0 {
		return
	}
	a.sess.busy = true
	it := listItem{p: p}
	if !p.InStock() {
		it.alt = inStockAlternative(p, others)
		if it.alt == nil {
			r := a.askLocal(a.ctx, answer.Question{Text: p.DisplayName(), Lang: a.sess.settings.Lang})
			it.alt = inStockAlternative(p, r.Products)
		}
	}
	a.sess.list = append(a.sess.list, it)
}

func inStockAlternative(p *inventory.Product, ps []*inventory.Product) *inventory.Product {
	for _, o := range ps {
		if o.SKU != p.SKU && o.InStock() && o.Category == p.Category {
			return o
		}
	}
	return nil
}

// removeFromList takes a product off the list.
func (a *App) removeFromList(p *inventory.Product) {
	if i := a.onList(p); i >= 0 {
		a.sess.list = append(a.sess.list[:i], a.sess.list[i+1:]...)
	}
}

// listFromAnswer adds each thing of a question asking for several to the list: its answer's
// first product (with the answer's in-stock alternative when it is out of stock), or the
// thing itself as not found.
func (a *App) listFromAnswer(r answer.Result) {
	for _, item := range r.Items {
		if !item.Found || len(item.Products) == 0 {
			thing := strings.TrimSpace(item.Topic)
			if thing == "" {
				thing = item.Question
			}
			dup := false
			for _, it := range a.sess.list {
				dup = dup || (it.p == nil && strings.EqualFold(it.thing, thing))
			}
			if !dup {
				a.sess.list = append(a.sess.list, listItem{thing: thing})
			}
			continue
		}
		a.addToList(item.Products[0], item.Products[1:])
	}
	a.sess.busy = true
}

// listStop is one numbered stop of the walk and the list items there.
type listStop struct {
	n     int // 1, 2, ...
	at    floorplan.Point
	items []int // indexes into the list
}

// listRoute orders the list for walking: the stops (places on the map) in walking order from
// this kiosk, the items with no place on the map after them, and the kiosk's own point.
func (a *App) listRoute() (stops []listStop, unplaced []int, start floorplan.Point, ok bool) {
	list := a.sess.list
	if a.router == nil {
		for i := range list {
			unplaced = append(unplaced, i)
		}
		return nil, unplaced, start, false
	}
	start = a.routeStart()
	var pts []floorplan.Point
	var idx []int
	for i, it := range list {
		p := it.goesTo()
		if p == nil || !p.Location.Known() {
			unplaced = append(unplaced, i)
			continue
		}
		pt, found := a.router.Place(p.Location.Aisle, p.Location.Side, p.Location.Bay)
		if !found {
			unplaced = append(unplaced, i)
			continue
		}
		pts = append(pts, pt)
		idx = append(idx, i)
	}
	order, _ := a.router.Route(start, pts)
	for _, k := range order {
		if n := len(stops); n > 0 && stops[n-1].at == pts[k] {
			stops[n-1].items = append(stops[n-1].items, idx[k])
			continue
		}
		stops = append(stops, listStop{n: len(stops) + 1, at: pts[k], items: []int{idx[k]}})
	}
	return stops, unplaced, start, true
}

// routeStart is where the walk starts: this kiosk's marker, else the entrance, else the
// middle of the plan.
func (a *App) routeStart() floorplan.Point {
	for _, name := range []string{a.opt.Here, "kiosk", "entrance"} {
		if m, ok := a.plan.Marker(name); ok && name != "" {
			return floorplan.Point{X: m.X, Y: m.Y}
		}
	}
	return floorplan.Point{X: a.plan.Width / 2, Y: a.plan.Height / 2}
}

// listLine is one item as the list shows, speaks and prints it.
type listLine struct {
	n     int    // stop number; 0: not on the map or not found
	name  string // "Creamy Peanut Butter"
	price string // "$3.99"
	stock string // "In stock", "Out of stock. Instead: …"
	place string // where to go: "Aisle 3, right side, bay 1"
	p     *inventory.Product
	alt   bool // stock names the alternative to take instead
}

// listLines is the list in walking order.
func (a *App) listLines() []listLine {
	stops, unplaced, _, _ := a.listRoute()
	var out []listLine
	line := func(n, i int) listLine {
		it := a.sess.list[i]
		if it.p == nil {
			return listLine{name: capitalise(it.thing),
				stock: a.t("ui.list.notfound", "Not found. A staff member can help.")}
		}
		l := listLine{n: n, name: it.p.DisplayName(), price: it.p.Price.String(), p: it.p,
			stock: capitalise(answer.StockWord(a.words, it.p))}
		to := it.goesTo()
		switch {
		case !it.p.InStock() && it.alt != nil:
			l.alt = true
			l.stock = a.t("ui.list.instead", "Out of stock. Instead: {{.Name}}, {{.Price}}, in stock",
				map[string]any{"Name": it.alt.DisplayName(), "Price": it.alt.Price.String()})
		case !it.p.InStock():
			l.stock = a.t("ui.list.noalt", "Out of stock. A staff member can check for more.")
		}
		l.place = capitalise(answer.Place(a.words, to.Location))
		return l
	}
	for _, s := range stops {
		for _, i := range s.items {
			out = append(out, line(s.n, i))
		}
	}
	for _, i := range unplaced {
		out = append(out, line(0, i))
	}
	return out
}

// listSpoken is the list read aloud in walking order.
func (a *App) listSpoken(lines []listLine) string {
	var b strings.Builder
	b.WriteString(a.t("ui.list.said", "Your list, in walking order."))
	for _, l := range lines {
		b.WriteString(" ")
		switch {
		case l.p == nil:
			b.WriteString(l.name + ": " + l.stock)
		case l.n > 0:
			b.WriteString(fmt.Sprintf("%d. %s, %s, %s. %s.", l.n, l.name, l.price, strings.TrimSuffix(l.stock, "."), l.place))
		default:
			b.WriteString(fmt.Sprintf("%s, %s, %s. %s.", l.name, l.price, strings.TrimSuffix(l.stock, "."), l.place))
		}
	}
	return b.String()
}

// myListButton opens the list; it shows how many things are on it and hides while there are
// none. update redraws it after the list changed.
func (a *App) myListButton() (b *kit.Button, update func()) {
	b = a.newButton("", kit.IconList, kit.StylePlain, func() { a.open(func() *screen { return newList(a) }) })
	update = func() {
		b.SetLabel(a.t("ui.list.open", "My list ({{.N}})", map[string]any{"N": len(a.sess.list)}))
		b.Hidden = len(a.sess.list) == 0
	}
	update()
	return b, update
}

// addButton puts p on the list, or takes it off; changed runs after either.
func (a *App) addButton(p *inventory.Product, others []*inventory.Product, changed func()) *kit.Button {
	var b *kit.Button
	label := func() {
		if a.onList(p) >= 0 {
			b.SetLabel(a.t("ui.list.remove", "Remove from my list"))
			b.Icon = fynetheme.ContentRemoveIcon()
		} else {
			b.SetLabel(a.t("ui.list.add", "Add to my list"))
			b.Icon = fynetheme.ContentAddIcon()
		}
		b.Refresh()
	}
	b = a.newButton("", nil, kit.StylePlain, func() {
		if a.onList(p) >= 0 {
			a.removeFromList(p)
			a.sayNow(a.t("ui.list.removed", "Taken off your list."))
		} else {
			a.addToList(p, others)
			a.sayNow(a.t("ui.list.added", "Added to your list."))
		}
		label()
		if changed != nil {
			changed()
		}
		a.relayout()
	})
	b.TextSize = theme.SizeChrome
	label()
	return b
}

// newList is the list screen: every item with its stop number, price, stock and place, in
// walking order, beside (or above) the store map with the route; Print, QR code and Clear.
func newList(a *App) *screen {
	lines := a.listLines()
	s := &screen{name: "list"}
	if len(lines) == 0 {
		s.body = a.newPaged([]fyne.CanvasObject{kit.Body(a.t("ui.list.empty",
			"Your list is empty. Ask for several things at once, like “milk, eggs and bread”, or add a product with “Add to my list”."))})
		s.said = a.t("ui.list.empty", "Your list is empty. Ask for several things at once, like “milk, eggs and bread”, or add a product with “Add to my list”.")
		a.sayNow(s.said)
		return s
	}
	// How printing went, at the top of the list (one per layout of it: a widget lives in
	// one place).
	var notes []*kit.Para
	note := func(text string) {
		for _, n := range notes {
			n.SetText(text)
			n.Show()
		}
		a.relayout()
	}
	// compact: the list has the whole screen to itself (very large text on a small screen):
	// one row an item, its price, stock and place run together in as few lines as fit.
	rows := func(compact bool) []fyne.CanvasObject {
		n := kit.NewPara("", theme.SizeText, theme.ColorForeground, true)
		n.Hide()
		notes = append(notes, n)
		// Take it with you first, then the items, then Clear: the page buttons alone stay
		// at the bottom, so that an item still fits a page at the largest text.
		acts := a.listActions(note)
		items := []fyne.CanvasObject{n, kit.Body(a.t("ui.list.title", "Your list, in walking order")),
			// At their own width, not stretched: a Remove at the right then leads up to
			// Settings with the arrow keys.
			&fyne.Container{Layout: &kit.FlowLayout{}, Objects: acts[:len(acts)-1]}}
		for _, l := range lines {
			items = append(items, a.listRow(l, compact)...)
		}
		return append(items, acts[len(acts)-1])
	}
	s.said = a.listSpoken(lines)
	a.sayNow(s.said)
	stops, _, start, ok := a.listRoute()
	if !ok || len(stops) == 0 {
		s.body = a.newPaged(rows(false))
		return s
	}
	full := a.newPaged(append(rows(true), a.newRouteMap(start, stops)))
	s.body = &fyne.Container{Layout: &listLayout{},
		Objects: []fyne.CanvasObject{a.newPaged(rows(false)), a.newRouteMap(start, stops), full}}
	return s
}

// listLayout puts the route map beside the list on a wide screen and under it on a tall one,
// in view while the list runs over pages in the space left; when that space cannot hold even
// one item (very large text), the list takes the whole screen and the map its last page.
type listLayout struct{}

func (*listLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	list, m, full := objs[0], objs[1], objs[2].(*kit.Paged)
	g := kit.Gap() * 1.5
	var listAt, mapAt fyne.Position
	var listSize, mapSize fyne.Size
	if size.Width >= size.Height*1.2 {
		half := (size.Width - g) / 2
		listSize, mapAt, mapSize = fyne.NewSize(half, size.Height), fyne.NewPos(half+g, 0), fyne.NewSize(half, size.Height)
	} else {
		// The map as wide as the screen, at most 40 % of its height.
		mh := min(kit.HeightOf(m, size.Width), size.Height*0.4)
		listSize = fyne.NewSize(size.Width, size.Height-mh-g)
		mapAt, mapSize = fyne.NewPos(0, size.Height-mh), fyne.NewSize(size.Width, mh)
	}
	// Beside or under the map only when the tallest item takes at most half the list's
	// height: the page buttons and at least one item must fit with room to spare.
	tallest := float32(0)
	for _, it := range list.(*kit.Paged).Items() {
		tallest = max(tallest, kit.HeightOf(it, listSize.Width))
	}
	if tallest > listSize.Height/2 {
		list.Hide()
		m.Hide()
		full.Show()
		kit.Put(full, fyne.NewPos(0, 0), size)
		return
	}
	full.Hide()
	list.Show()
	m.Show()
	kit.Put(list, listAt, listSize)
	kit.Put(m, mapAt, mapSize)
}

func (*listLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return kit.SmallMin(objs) }

// listRow is one item of the list: its stop number and name, then price and stock, then
// where; it opens the product (the alternative, when that is where the shopper goes). Under
// it, a big button naming it takes it off the list: its own row of the pages, so that an item
// and its button never have to squeeze into one page at the largest text. A compact row has
// no Remove of its own when it is a product (its screen, which the row opens, has Remove
// from my list): at 200 % text on a portrait screen a five-item list then takes two pages,
// not five; a thing not found keeps its Remove, having no screen.
func (a *App) listRow(l listLine, compact bool) []fyne.CanvasObject {
	if compact && l.p != nil {
		return []fyne.CanvasObject{a.listItemButton(l, true)}
	}
	remove := a.newButton(a.t("ui.list.remove.one", "Remove {{.Name}}", map[string]any{"Name": l.name}),
		fynetheme.ContentRemoveIcon(), kit.StylePlain, func() {
			a.removeLine(l)
			a.sayNow(a.t("ui.list.removed.one", "{{.Name}} is taken off your list.", map[string]any{"Name": l.name}))
			a.show(func() *screen { return newList(a) })
		})
	remove.TextSize = theme.SizeChrome
	remove.Spoken = a.t("ui.list.remove.spoken", "Remove {{.Name}} from my list", map[string]any{"Name": l.name})
	return []fyne.CanvasObject{a.listItemButton(l, false), remove}
}

// removeLine takes a line's item off the list: its product, or the thing not found.
func (a *App) removeLine(l listLine) {
	if l.p != nil {
		a.removeFromList(l.p)
		return
	}
	for i, it := range a.sess.list {
		if it.p == nil && capitalise(it.thing) == l.name {
			a.sess.list = append(a.sess.list[:i], a.sess.list[i+1:]...)
			return
		}
	}
}

func (a *App) listItemButton(l listLine, compact bool) fyne.CanvasObject {
	if l.p == nil {
		return kit.Body(l.name + ": " + l.stock)
	}
	name := l.name
	if l.n > 0 {
		name = fmt.Sprintf("%d. %s", l.n, l.name)
	}
	p := l.p
	b := a.newButton(name, stockIcon(p), kit.StylePlain, func() {
		a.open(func() *screen { return newProduct(a, p) })
	})
	b.IconTint = stockTint(p)
	b.Detail = []string{l.price + " · " + l.stock}
	if l.place != "" {
		b.Detail = append(b.Detail, l.place)
	}
	if compact {
		// The words say the stock; the whole width is theirs.
		b.Icon = nil
		b.Detail = []string{strings.Join(b.Detail, " · ")}
	}
	return b
}

// listDoc is the list as printed and as its QR code reads: the store, when, how fresh the
// prices are, and each item in walking order.
func (a *App) listDoc() receipt.Doc {
	now := a.now().Local()
	d := receipt.Doc{
		Store: a.storeName(),
		Title: a.t("ui.list.paper.title", "Your shopping list"),
		Printed: a.t("ui.list.paper.printed", "Printed {{.Day}} {{.Month}} {{.Year}}, {{.Time}}",
			map[string]any{"Day": now.Day(), "Month": a.month(now.Month()), "Year": now.Year(), "Time": now.Format("15:04")}),
		Footer: a.t("ui.list.paper.footer", "Ask any member of staff for help."),
	}
	if !a.meta.AsOf.IsZero() {
		d.AsOf = a.t("ui.list.paper.asof", "Prices as of {{.Time}}", map[string]any{"Time": a.clock(a.meta.AsOf)})
	}
	for _, l := range a.listLines() {
		it := receipt.Item{N: l.n, Name: l.name}
		if l.p == nil {
			it.Lines = []string{l.stock}
		} else {
			it.Lines = []string{l.price + " · " + l.stock}
			if l.place != "" {
				it.Lines = append(it.Lines, l.place)
			}
		}
		d.Items = append(d.Items, it)
	}
	return d
}

// printList prints the list, saying how it went in note (and aloud). A printer that cannot
// print says why at once; the shopper is offered the QR code instead.
func (a *App) printList(note func(string)) {
	if a.printing {
		return // one list at a time
	}
	doc, pr := a.listDoc(), a.opt.Printer
	say := func(text string) {
		note(text)
		a.sayNow(text)
	}
	say(a.t("ui.list.printing", "Printing your list…"))
	a.printing = true
	a.work(func(ctx context.Context) func() {
		err := pr.Print(ctx, doc)
		a.do(func() { a.printing = false })
		return func() {
			switch {
			case err == nil:
				say(a.t("ui.list.printed", "Your list is printed. Please take it from the printer."))
			case errors.Is(err, receipt.ErrPaperOut):
				a.Logger.Warn("list not printed", "err", err)
				say(a.t("ui.list.paperout", "The printer is out of paper. A staff member can refill it, or take your list with the QR code."))
			default:
				a.Logger.Warn("list not printed", "err", err)
				say(a.t("ui.list.printfail", "The printer is not working just now. A staff member can help, or take your list with the QR code."))
			}
		}
	})
}

// listActions are the list screen's buttons: print it, show it as a QR code, clear it.
// note shows how printing went.
func (a *App) listActions(note func(string)) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	if a.opt.Printer != nil {
		print := a.newButton(a.t("ui.list.print", "Print my list"), kit.IconPrint, kit.StylePrimary, func() { a.printList(note) })
		out = append(out, print)
	}
	qr := a.newButton(a.t("ui.list.qr", "QR code of my list"), kit.IconQR, kit.StylePlain, func() {
		a.open(func() *screen { return newListQR(a) })
	})
	out = append(out, qr)
	clear := a.newButton(a.t("ui.list.clear", "Clear my list"), kit.IconClear(), kit.StylePlain, func() {
		a.sess.list = nil
		a.sayNow(a.t("ui.list.cleared", "Your list is empty now."))
		a.show(func() *screen { return newList(a) })
	})
	return append(out, clear)
}
