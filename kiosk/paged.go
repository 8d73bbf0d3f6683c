package kiosk

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
)

// paged shows a list a page at a time, with big Previous and More buttons: no scrolling, which
// is unreliable on touchscreens and hard with a tremor. How many items fit on a page is worked
// out from the space and the text size, so larger text simply means more pages.
type paged struct {
	widget.BaseWidget
	a     *App
	items []fyne.CanvasObject
	first int // the first item on the page shown

	prev, next *button
	where      *para
	nav        *fyne.Container
	extra      bool  // the navigation row has other buttons too, and always shows
	cols       int   // > 1: items side by side, as many columns as fit, up to cols
	pages      []int // first item of each page, for the last layout
	page       int
}

// newPaged makes a paged list; extra buttons (e.g. "New question") join the page buttons.
func (a *App) newPaged(items []fyne.CanvasObject, extra ...fyne.CanvasObject) *paged {
	p := &paged{a: a, items: items}
	p.prev = a.newButton(a.t("ui.page.previous", "Previous"), iconPrev(), stylePlain, func() { p.turn(-1) })
	p.next = a.newButton(a.t("ui.page.more", "More"), iconMore(), stylePlain, func() { p.turn(+1) })
	p.prev.size, p.next.size = sizeChrome, sizeChrome
	for _, e := range extra {
		if b, ok := e.(*button); ok {
			b.size = sizeChrome
		}
	}
	p.where = newPara("", sizeChrome, colorMuted, false)
	p.where.center = true
	p.where.align = fyne.TextAlignCenter
	p.nav = flow(append([]fyne.CanvasObject{p.prev, p.where, p.next}, extra...)...)
	p.extra = len(extra) > 0
	p.ExtendBaseWidget(p)
	return p
}

// setItems replaces the list, keeping the page if it still exists.
func (p *paged) setItems(items []fyne.CanvasObject) {
	for _, it := range p.items {
		it.Hide()
	}
	p.items = items
	if p.first >= len(items) {
		p.first = 0
	}
	p.Refresh()
}

func (p *paged) children() []fyne.CanvasObject {
	return append(append([]fyne.CanvasObject{}, p.items...), p.nav)
}

// turn shows the next (+1) or previous (-1) page.
func (p *paged) turn(d int) {
	n := p.page + d
	if n < 0 || n >= len(p.pages) {
		return
	}
	p.first = p.pages[n]
	p.Refresh()
	if p.a != nil {
		if d > 0 && !p.next.Visible() {
			p.a.focus(p.prev)
		} else if d < 0 && !p.prev.Visible() {
			p.a.focus(p.next)
		}
		p.a.sayNow(p.where.text)
	}
}

func (p *paged) heightFor(w float32) float32 {
	// A list asks for what its items need, up to the page it is given.
	rows, cw := p.grid(w)
	h := gapSize() * float32(max(0, len(rows)-1))
	for _, row := range rows {
		var rh float32
		for _, it := range row {
			rh = max(rh, heightOf(p.items[it], p.widthOf(row, w, cw)))
		}
		h += rh
	}
	return h
}

// leastHeight is the height of a page with just its tallest row, and the page buttons.
func (p *paged) leastHeight(w float32) float32 {
	rows, cw := p.grid(w)
	var tallest float32
	for _, row := range rows {
		for _, it := range row {
			if _, flexible := p.items[it].(*storeMap); !flexible {
				tallest = max(tallest, heightOf(p.items[it], p.widthOf(row, w, cw)))
			}
		}
	}
	return tallest + gapSize() + heightFor(p.nav, w)
}

func (p *paged) MinSize() fyne.Size { return fyne.NewSize(100, 100) }

func (p *paged) CreateRenderer() fyne.WidgetRenderer {
	return &pagedRenderer{p: p, bg: canvas.NewRectangle(nil)}
}

type pagedRenderer struct {
	p  *paged
	bg *canvas.Rectangle
}

// grid splits the items into rows. Buttons (products, departments) sit side by side in
// equal columns, as many as fit the widest one, at most p.cols; anything else (an answer's
// sentences, a row of options) takes a row of its own.
func (p *paged) grid(w float32) (rows [][]int, cw float32) {
	g := gapSize()
	cols := 1
	if p.cols > 1 {
		var widest float32
		n := 0
		for _, it := range p.items {
			if _, cell := it.(*button); cell {
				widest = max(widest, naturalWidth(it))
				n++
			}
		}
		if n > 0 {
			cols = max(1, min(p.cols, int((w+g)/(widest+g)), n))
		}
	}
	cw = (w - g*float32(cols-1)) / float32(cols)
	var cur []int
	flush := func() {
		if len(cur) > 0 {
			rows = append(rows, cur)
			cur = nil
		}
	}
	for i, it := range p.items {
		if _, cell := it.(*button); !cell || cols == 1 {
			flush()
			rows = append(rows, []int{i})
			continue
		}
		cur = append(cur, i)
		if len(cur) == cols {
			flush()
		}
	}
	flush()
	return rows, cw
}

// widthOf is the width an item gets in a row of the grid.
func (p *paged) widthOf(row []int, w, cw float32) float32 {
	if _, cell := p.items[row[0]].(*button); cell {
		return cw
	}
	return w
}

func (r *pagedRenderer) Layout(size fyne.Size) {
	p := r.p
	g := gapSize()
	w := size.Width
	rows, cw := p.grid(w)
	hs := make([]float32, len(rows))
	total := g * float32(max(0, len(rows)-1))
	for i, row := range rows {
		for _, it := range row {
			hs[i] = max(hs[i], heightOf(p.items[it], p.widthOf(row, w, cw)))
		}
		total += hs[i]
	}
	avail := size.Height
	paging := total > size.Height
	if p.extra {
		p.prev.Hidden, p.next.Hidden, p.where.Hidden = true, true, true
		avail = size.Height - heightFor(p.nav, w) - g
		paging = total > avail
	}
	if paging {
		p.prev.Show()
		p.next.Show()
		p.where.Show()
		avail = size.Height - heightFor(p.nav, w) - g
	}
	// Break into pages: each takes rows while they fit, and at least one.
	var pageRows []int // first row of each page
	used := float32(-1)
	for i, h := range hs {
		if used < 0 || used+g+h > avail {
			pageRows = append(pageRows, i)
			used = h
			continue
		}
		used += g + h
	}
	if len(pageRows) == 0 {
		pageRows = []int{0}
	}
	p.pages = p.pages[:0]
	for _, pr := range pageRows {
		if pr < len(rows) {
			p.pages = append(p.pages, rows[pr][0])
		} else {
			p.pages = append(p.pages, 0)
		}
	}
	p.page = 0
	for i, start := range p.pages {
		if start <= p.first {
			p.page = i
		}
	}
	endRow := len(rows)
	if p.page+1 < len(pageRows) {
		endRow = pageRows[p.page+1]
	}
	startRow := pageRows[p.page]
	shown := map[int]bool{}
	y := float32(0)
	for ri := startRow; ri < endRow && ri < len(rows); ri++ {
		h := max(0, min(hs[ri], avail))
		iw := p.widthOf(rows[ri], w, cw)
		for ci, it := range rows[ri] {
			o := p.items[it]
			if h < 1 {
				continue
			}
			o.Show()
			o.Move(fyne.NewPos(float32(ci)*(cw+g), y))
			o.Resize(fyne.NewSize(iw, h))
			shown[it] = true
		}
		y += h + g
	}
	for i, it := range p.items {
		if !shown[i] {
			it.Hide()
		}
	}
	if !paging && !p.extra {
		p.nav.Hide()
		return
	}
	p.nav.Show()
	if !paging {
		nh := heightFor(p.nav, w)
		p.nav.Move(fyne.NewPos(0, size.Height-nh))
		p.nav.Resize(fyne.NewSize(w, nh))
		p.nav.Refresh()
		return
	}
	p.prev.Hidden = p.page == 0
	p.next.Hidden = p.page == len(p.pages)-1
	if p.a != nil {
		p.where.SetText(p.a.t("ui.page.of", "Page {{.Page}} of {{.Pages}}",
			map[string]any{"Page": p.page + 1, "Pages": len(p.pages)}))
	}
	nh := heightFor(p.nav, w)
	p.nav.Move(fyne.NewPos(0, size.Height-nh))
	p.nav.Resize(fyne.NewSize(w, nh))
	p.nav.Refresh()
}

func (r *pagedRenderer) MinSize() fyne.Size { return r.p.MinSize() }

func (r *pagedRenderer) Objects() []fyne.CanvasObject { return r.p.children() }

func (r *pagedRenderer) Refresh() {
	r.Layout(r.p.Size())
	for _, it := range r.p.items {
		if it.Visible() {
			it.Refresh()
		}
	}
}

func (r *pagedRenderer) Destroy() {}
