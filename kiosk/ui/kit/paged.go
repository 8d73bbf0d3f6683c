package kit

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// Paged shows a list a page at a time, with big Previous and More buttons: no scrolling, which
// is unreliable on touchscreens and hard with a tremor. How many items fit on a page is worked
// out from the space and the text size, so larger text simply means more pages.
type Paged struct {
	widget.BaseWidget
	host  Host
	items []fyne.CanvasObject
	first int // the first item on the page shown

	// A paragraph taller than a page is laid out in pieces of whole lines, a page each, so
	// that it never runs under the page buttons (a help sentence at 200 % on 1280x800).
	laid      []fyne.CanvasObject // the items as laid out: split paragraphs as their pieces
	owner     []int               // the item each laid-out object belongs to
	firstLaid int                 // the first laid-out object on the page shown
	pieces    map[*Para]*paraPieces

	prev, next *Button
	where      *Para
	whereBox   *fyne.Container // where, as wide as its widest page number
	nav        *fyne.Container
	navFlow    *FlowLayout
	extra      bool  // the navigation row has other buttons too, and always shows
	Cols       int   // > 1: items side by side, as many columns as fit, up to cols
	pages      []int // first item of each page, for the last layout
	page       int
}

// NewPaged makes a paged list; extra buttons (e.g. "New question") join the page buttons.
func NewPaged(h Host, items []fyne.CanvasObject, extra ...fyne.CanvasObject) *Paged {
	p := &Paged{host: h, items: items}
	p.prev = NewButton(h, h.T("ui.page.previous", "Previous"), IconPrev(), StylePlain, func() { p.turn(-1) })
	p.next = NewButton(h, h.T("ui.page.more", "More"), IconMore(), StylePlain, func() { p.turn(+1) })
	p.prev.TextSize, p.next.TextSize = theme.SizeChrome, theme.SizeChrome
	for _, e := range extra {
		if b, ok := e.(*Button); ok {
			b.TextSize = theme.SizeChrome
		}
	}
	p.where = NewPara("", theme.SizeChrome, theme.ColorMuted, false)
	p.where.Center = true
	p.where.Align = fyne.TextAlignCenter
	p.whereBox = &fyne.Container{Layout: &pageLabelLayout{p: p}, Objects: []fyne.CanvasObject{p.where}}
	p.navFlow = &FlowLayout{Stretch: true}
	p.nav = &fyne.Container{Layout: p.navFlow, Objects: append([]fyne.CanvasObject{p.prev, p.whereBox, p.next}, extra...)}
	p.extra = len(extra) > 0
	p.ExtendBaseWidget(p)
	return p
}

// Pages is how many pages the list took at its last layout.
func (p *Paged) Pages() int { return len(p.pages) }

// First is the first item on the page showing.
func (p *Paged) First() int { return p.first }

// ShowItem shows the page with item i on it (a screen rebuilt in new settings keeps its
// page).
func (p *Paged) ShowItem(i int) {
	if i >= 0 && i < len(p.items) {
		p.first = i
		p.Refresh()
	}
}

// pageLabel is "Page n of m".
func (p *Paged) pageLabel(n, m int) string {
	if p.host == nil {
		return ""
	}
	return p.host.T("ui.page.of", "Page {{.Page}} of {{.Pages}}", map[string]any{"Page": n, "Pages": m})
}

// pageLabelLayout gives "Page n of m" the width of the widest page's, so the buttons after
// it stay put from page to page.
type pageLabelLayout struct{ p *Paged }

func (l *pageLabelLayout) NaturalWidth(objs []fyne.CanvasObject) float32 {
	w := NaturalWidth(objs[0])
	n := len(l.p.pages)
	for i := 1; i <= n; i++ {
		w = max(w, fyne.MeasureText(l.p.pageLabel(i, n), theme.Size(l.p.where.TextSize), fyne.TextStyle{}).Width+2)
	}
	return w
}

func (l *pageLabelLayout) HeightFor(objs []fyne.CanvasObject, w float32) float32 {
	return HeightOf(objs[0], w)
}

func (l *pageLabelLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	objs[0].Move(fyne.NewPos(0, 0))
	objs[0].Resize(size)
}

func (l *pageLabelLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return SmallMin(objs) }

// Items are the list's items, on every page.
func (p *Paged) Items() []fyne.CanvasObject { return p.items }

// SetItems replaces the list, keeping the page if it still exists.
func (p *Paged) SetItems(items []fyne.CanvasObject) {
	for _, it := range p.items {
		it.Hide()
	}
	p.items = items
	if p.first >= len(items) {
		p.first = 0
	}
	p.Refresh()
}

func (p *Paged) Children() []fyne.CanvasObject {
	laid := p.laid
	if laid == nil {
		laid = p.items
	}
	return append(append([]fyne.CanvasObject{}, laid...), p.nav)
}

// paraPieces is a paragraph cut into pieces of whole lines for one width and page height.
type paraPieces struct {
	key    string
	pieces []fyne.CanvasObject
}

// split lays out the items, cutting any paragraph taller than avail into pieces that fit.
func (p *Paged) split(w, avail float32) {
	p.laid, p.owner = p.laid[:0], p.owner[:0]
	for i, it := range p.items {
		para, ok := it.(*Para)
		if !ok || para.HeightFor(w) <= avail {
			p.laid = append(p.laid, it)
			p.owner = append(p.owner, i)
			continue
		}
		lines := para.Wrap(w)
		per := max(1, int(avail/para.LineHeight()))
		key := fmt.Sprintf("%d|%s", per, strings.Join(lines, "\n"))
		if p.pieces == nil {
			p.pieces = map[*Para]*paraPieces{}
		}
		pc := p.pieces[para]
		if pc == nil || pc.key != key {
			pc = &paraPieces{key: key}
			for a := 0; a < len(lines); a += per {
				// Hard line breaks where the whole paragraph wrapped: each piece's lines are
				// exactly the paragraph's.
				q := NewPara(strings.Join(lines[a:min(a+per, len(lines))], "\n"), para.TextSize, para.Color, para.Bold)
				q.Align, q.Fixed = para.Align, para.Fixed
				pc.pieces = append(pc.pieces, q)
			}
			p.pieces[para] = pc
		}
		it.Hide()
		for _, q := range pc.pieces {
			p.laid = append(p.laid, q)
			p.owner = append(p.owner, i)
		}
	}
}

// turn shows the next (+1) or previous (-1) page.
func (p *Paged) turn(d int) {
	n := p.page + d
	if n < 0 || n >= len(p.pages) {
		return
	}
	p.firstLaid = p.pages[n]
	p.first = p.owner[p.firstLaid]
	p.Refresh()
	if p.host != nil {
		if d > 0 && !p.next.Visible() {
			p.host.Focus(p.prev)
		} else if d < 0 && !p.prev.Visible() {
			p.host.Focus(p.next)
		}
		p.host.Say(p.where.Text)
	}
}

func (p *Paged) HeightFor(w float32) float32 {
	// A list asks for what its items need, up to the page it is given.
	rows, cw := p.grid(p.items, w)
	h := Gap() * float32(max(0, len(rows)-1))
	for _, row := range rows {
		var rh float32
		for _, it := range row {
			rh = max(rh, HeightOf(p.items[it], widthOf(p.items, row, w, cw)))
		}
		h += rh
	}
	return h
}

// Flexible is an item that takes whatever height a page leaves it (the store map): a page
// is never made taller for it.
type Flexible interface{ Flexible() }

// LeastHeight is the height of a page with just its tallest row, and the page buttons.
func (p *Paged) LeastHeight(w float32) float32 {
	rows, cw := p.grid(p.items, w)
	var tallest float32
	for _, row := range rows {
		for _, it := range row {
			switch v := p.items[it].(type) {
			case Flexible:
			case *Para:
				// A paragraph taller than the page is split, a few lines a page.
				tallest = max(tallest, min(v.HeightFor(w), 2*v.LineHeight()))
			default:
				tallest = max(tallest, HeightOf(v, widthOf(p.items, row, w, cw)))
			}
		}
	}
	return tallest + Gap() + HeightFor(p.nav, w)
}

func (p *Paged) MinSize() fyne.Size { return fyne.NewSize(100, 100) }

func (p *Paged) CreateRenderer() fyne.WidgetRenderer {
	return &pagedRenderer{p: p, bg: canvas.NewRectangle(nil)}
}

type pagedRenderer struct {
	p  *Paged
	bg *canvas.Rectangle
}

// grid splits the items into rows. Buttons (products, departments) sit side by side in
// equal columns, as many as fit the widest one, at most p.cols; anything else (an answer's
// sentences, a row of options) takes a row of its own.
func (p *Paged) grid(objs []fyne.CanvasObject, w float32) (rows [][]int, cw float32) {
	g := Gap()
	cols := 1
	if p.Cols > 1 {
		var widest float32
		n := 0
		for _, it := range objs {
			if _, cell := it.(*Button); cell {
				widest = max(widest, NaturalWidth(it))
				n++
			}
		}
		if n > 0 {
			cols = max(1, min(p.Cols, int((w+g)/(widest+g)), n))
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
	for i, it := range objs {
		if _, cell := it.(*Button); !cell || cols == 1 {
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

// heights splits objs into rows and gives each row's height.
func (p *Paged) heights(objs []fyne.CanvasObject, w float32) (rows [][]int, hs []float32, cw float32) {
	rows, cw = p.grid(objs, w)
	hs = make([]float32, len(rows))
	for i, row := range rows {
		for _, it := range row {
			hs[i] = max(hs[i], HeightOf(objs[it], widthOf(objs, row, w, cw)))
		}
	}
	return rows, hs, cw
}

// widthOf is the width an item gets in a row of the grid.
func widthOf(objs []fyne.CanvasObject, row []int, w, cw float32) float32 {
	if _, cell := objs[row[0]].(*Button); cell {
		return cw
	}
	return w
}

func (r *pagedRenderer) Layout(size fyne.Size) {
	p := r.p
	g := Gap()
	w := size.Width
	_, hs, _ := p.heights(p.items, w)
	total := g * float32(max(0, len(hs)-1))
	for _, h := range hs {
		total += h
	}
	avail := size.Height
	paging := total > size.Height
	if p.extra {
		p.prev.Hidden, p.next.Hidden, p.whereBox.Hidden = true, true, true
		p.navFlow.Keep = nil
		avail = size.Height - HeightFor(p.nav, w) - g
		paging = total > avail
	}
	if paging {
		p.prev.Show()
		p.next.Show()
		p.whereBox.Show()
		// Previous and More keep their places on every page, shown or not: the next tap
		// lands where the last one did.
		p.navFlow.Keep = []fyne.CanvasObject{p.prev, p.next}
		avail = size.Height - HeightFor(p.nav, w) - g
	}
	p.split(w, avail)
	rows, hs, cw := p.heights(p.laid, w)
	pageRows := breakPages(hs, avail, g)
	p.pages = p.pages[:0]
	for _, pr := range pageRows {
		if pr < len(rows) {
			p.pages = append(p.pages, rows[pr][0])
		} else {
			p.pages = append(p.pages, 0)
		}
	}
	if p.firstLaid >= len(p.laid) || p.owner[p.firstLaid] != p.first {
		p.firstLaid = 0
		for i, o := range p.owner {
			if o == p.first {
				p.firstLaid = i
				break
			}
		}
	}
	p.page = 0
	for i, start := range p.pages {
		if start <= p.firstLaid {
			p.page = i
		}
	}
	endRow := len(rows)
	if p.page+1 < len(pageRows) {
		endRow = pageRows[p.page+1]
	}
	startRow := pageRows[p.page]
	r.place(rows, hs, startRow, endRow, avail, cw, paging, size)

}

// breakPages breaks rows of heights hs into pages of height avail: each page takes rows
// while they fit, and at least one. It returns the first row of each page.
func breakPages(hs []float32, avail, g float32) []int {
	var pageRows []int
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
	return pageRows
}

// place shows the rows startRow to endRow (the page shown), hides the other items, and
// places the page buttons.
func (r *pagedRenderer) place(rows [][]int, hs []float32, startRow, endRow int, avail, cw float32, paging bool, size fyne.Size) {
	p := r.p
	g := Gap()
	w := size.Width
	shown := map[int]bool{}
	y := float32(0)
	for ri := startRow; ri < endRow && ri < len(rows); ri++ {
		h := max(0, min(hs[ri], avail))
		iw := widthOf(p.laid, rows[ri], w, cw)
		for ci, it := range rows[ri] {
			o := p.laid[it]
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
	for i, it := range p.laid {
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
		nh := HeightFor(p.nav, w)
		p.nav.Move(fyne.NewPos(0, size.Height-nh))
		p.nav.Resize(fyne.NewSize(w, nh))
		p.nav.Refresh()
		return
	}
	p.prev.Hidden = p.page == 0
	p.next.Hidden = p.page == len(p.pages)-1
	if p.host != nil {
		p.where.SetText(p.pageLabel(p.page+1, len(p.pages)))
	}
	nh := HeightFor(p.nav, w)
	p.nav.Move(fyne.NewPos(0, size.Height-nh))
	p.nav.Resize(fyne.NewSize(w, nh))
	p.nav.Refresh()
}

func (r *pagedRenderer) MinSize() fyne.Size { return r.p.MinSize() }

func (r *pagedRenderer) Objects() []fyne.CanvasObject { return r.p.Children() }

func (r *pagedRenderer) Refresh() {
	r.Layout(r.p.Size())
	for _, it := range r.p.laid {
		if it.Visible() {
			it.Refresh()
		}
	}
}

func (r *pagedRenderer) Destroy() {}
