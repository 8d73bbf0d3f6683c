package kiosk

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
)

// The kiosk lays out top-down: a screen has the whole window, and each piece is asked how tall
// it must be at the width it gets (heightFor), so wrapped text at 200 % pushes what follows
// down, or onto the next page, instead of being cut off. Fyne's MinSize is kept small and
// only used to notice changes.

type heightForer interface{ heightFor(w float32) float32 }
type naturalWidther interface{ naturalWidth() float32 }
type layoutHeightForer interface {
	heightFor(objs []fyne.CanvasObject, w float32) float32
}
type layoutNaturalWidther interface {
	naturalWidth(objs []fyne.CanvasObject) float32
}
type layoutMinHeighter interface {
	minHeight(objs []fyne.CanvasObject, w float32) float32
}

// leastHeight is the height o can shrink to when it fills left-over space (a keyboard's
// keys can go from 88 px down to 64).
func leastHeight(o fyne.CanvasObject, w float32) float32 {
	if l, ok := o.(interface{ leastHeight(w float32) float32 }); ok {
		return l.leastHeight(w)
	}
	if c, ok := o.(*fyne.Container); ok {
		if l, ok := c.Layout.(layoutMinHeighter); ok {
			return l.minHeight(c.Objects, w)
		}
		if len(c.Objects) == 1 {
			if _, ok := c.Layout.(fillLayout); ok {
				return leastHeight(c.Objects[0], w)
			}
		}
	}
	return heightFor(o, w)
}

// put moves and sizes o; an image with no area is hidden (painters cannot draw it).
func put(o fyne.CanvasObject, pos fyne.Position, size fyne.Size) {
	o.Move(pos)
	o.Resize(size.Max(fyne.Size{}))
	if img, ok := o.(*canvas.Image); ok {
		img.Hidden = size.Width < 1 || size.Height < 1
	}
}

// heightFor is the height o needs at width w; hidden objects need none.
func heightFor(o fyne.CanvasObject, w float32) float32 {
	if o == nil || !o.Visible() {
		return 0
	}
	return heightOf(o, w)
}

// heightOf is heightFor regardless of visibility.
func heightOf(o fyne.CanvasObject, w float32) float32 {
	switch v := o.(type) {
	case heightForer:
		return v.heightFor(w)
	case *fyne.Container:
		if l, ok := v.Layout.(layoutHeightForer); ok {
			return l.heightFor(v.Objects, w)
		}
	}
	return o.MinSize().Height
}

// naturalWidth is how wide o would like to be: its text on one line.
func naturalWidth(o fyne.CanvasObject) float32 {
	switch v := o.(type) {
	case naturalWidther:
		return v.naturalWidth()
	case *fyne.Container:
		if l, ok := v.Layout.(layoutNaturalWidther); ok {
			return l.naturalWidth(v.Objects)
		}
	}
	return o.MinSize().Width
}

func visible(objs []fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range objs {
		if o != nil && o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

func gapSize() float32 { return themeSize(sizeGap) }

// smallMin is every kiosk layout's MinSize: small, so that Fyne never grows the window.
func smallMin(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range visible(objs) {
		s = s.Max(o.MinSize())
	}
	return s
}

// columnLayout stacks objects top to bottom at full width. fill, if set, takes the height
// left over (a keyboard, a list of pages).
type columnLayout struct {
	fill     fyne.CanvasObject
	gap      float32             // < 0: the theme's gap
	optional []fyne.CanvasObject // left out when everything does not fit
}

func column(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &columnLayout{gap: -1}, Objects: objs}
}

func columnFill(fill fyne.CanvasObject, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &columnLayout{fill: fill, gap: -1}, Objects: objs}
}

func (l *columnLayout) g() float32 {
	if l.gap < 0 {
		return gapSize()
	}
	return l.gap
}

func (l *columnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(l.optional) > 0 {
		for _, o := range l.optional {
			o.Show()
		}
		need := l.heightFor(objs, size.Width)
		if l.fill != nil {
			need += leastHeight(l.fill, size.Width) - heightFor(l.fill, size.Width)
		}
		if need > size.Height {
			for _, o := range l.optional {
				o.Hide()
			}
		}
	}
	vis := visible(objs)
	hs := make([]float32, len(vis))
	total := float32(0)
	for i, o := range vis {
		hs[i] = heightFor(o, size.Width)
		total += hs[i]
	}
	total += l.g() * float32(max(0, len(vis)-1))
	y := float32(0)
	for i, o := range vis {
		h := hs[i]
		if o == l.fill {
			h = max(0, size.Height-(total-hs[i]))
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + l.g()
	}
}

func (l *columnLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	vis := visible(objs)
	total := l.g() * float32(max(0, len(vis)-1))
	for _, o := range vis {
		total += heightFor(o, w)
	}
	return total
}

func (l *columnLayout) naturalWidth(objs []fyne.CanvasObject) float32 {
	var w float32
	for _, o := range visible(objs) {
		w = max(w, naturalWidth(o))
	}
	return w
}

func (l *columnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return smallMin(objs) }

// rowLayout places objects side by side at their natural widths; grow takes the width left
// over. Objects are centred vertically.
type rowLayout struct {
	grow fyne.CanvasObject
}

func row(grow fyne.CanvasObject, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &rowLayout{grow: grow}, Objects: objs}
}

func (l *rowLayout) widths(vis []fyne.CanvasObject, w float32) []float32 {
	ws := make([]float32, len(vis))
	used := gapSize() * float32(max(0, len(vis)-1))
	for i, o := range vis {
		if o != l.grow {
			ws[i] = min(naturalWidth(o), w)
			used += ws[i]
		}
	}
	for i, o := range vis {
		if o == l.grow {
			ws[i] = max(0, w-used)
		}
	}
	return ws
}

func (l *rowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	vis := visible(objs)
	ws := l.widths(vis, size.Width)
	x := float32(0)
	for i, o := range vis {
		h := max(0, min(heightFor(o, ws[i]), size.Height))
		put(o, fyne.NewPos(x, (size.Height-h)/2), fyne.NewSize(ws[i], h))
		x += ws[i] + gapSize()
	}
}

func (l *rowLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	vis := visible(objs)
	ws := l.widths(vis, w)
	var h float32
	for i, o := range vis {
		h = max(h, heightFor(o, ws[i]))
	}
	return h
}

func (l *rowLayout) naturalWidth(objs []fyne.CanvasObject) float32 {
	vis := visible(objs)
	w := gapSize() * float32(max(0, len(vis)-1))
	for _, o := range vis {
		w += naturalWidth(o)
	}
	return w
}

func (l *rowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return smallMin(objs) }

// flowLayout places objects in rows like words in a paragraph, each at its natural width,
// wrapping to a new row when the next does not fit. With stretch, each row's objects widen
// to fill it, which keeps wrapped rows tidy and targets large.
type flowLayout struct {
	stretch bool
}

func flow(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &flowLayout{stretch: true}, Objects: objs}
}

type placed struct {
	o    fyne.CanvasObject
	x, w float32
}

func (l *flowLayout) rows(objs []fyne.CanvasObject, w float32) [][]placed {
	var rows [][]placed
	var cur []placed
	used := float32(0)
	g := gapSize()
	for _, o := range visible(objs) {
		nw := min(naturalWidth(o), w)
		if len(cur) > 0 && used+g+nw > w {
			rows = append(rows, cur)
			cur, used = nil, 0
		}
		x := used
		if len(cur) > 0 {
			x += g
		}
		cur = append(cur, placed{o: o, x: x, w: nw})
		used = x + nw
	}
	if len(cur) > 0 {
		rows = append(rows, cur)
	}
	if l.stretch {
		for _, r := range rows {
			last := r[len(r)-1]
			extra := (w - (last.x + last.w)) / float32(len(r))
			for i := range r {
				r[i].x += extra * float32(i)
				r[i].w += extra
			}
		}
	}
	return rows
}

func rowHeight(r []placed) float32 {
	var h float32
	for _, p := range r {
		h = max(h, heightFor(p.o, p.w))
	}
	return h
}

func (l *flowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, r := range l.rows(objs, size.Width) {
		h := rowHeight(r)
		for _, p := range r {
			p.o.Move(fyne.NewPos(p.x, y))
			p.o.Resize(fyne.NewSize(p.w, h))
		}
		y += h + gapSize()
	}
}

func (l *flowLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	rows := l.rows(objs, w)
	h := gapSize() * float32(max(0, len(rows)-1))
	for _, r := range rows {
		h += rowHeight(r)
	}
	return h
}

func (l *flowLayout) naturalWidth(objs []fyne.CanvasObject) float32 {
	vis := visible(objs)
	w := gapSize() * float32(max(0, len(vis)-1))
	for _, o := range vis {
		w += naturalWidth(o)
	}
	return w
}

func (l *flowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return smallMin(objs) }

// fitRowLayout shows, in one row, as many of its objects as fit in order, and hides the
// rest: suggestions as you type never push the keyboard away.
type fitRowLayout struct{}

func fitRow(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: fitRowLayout{}, Objects: objs}
}

func (fitRowLayout) fit(objs []fyne.CanvasObject, w float32) (n int, ws []float32) {
	used := float32(0)
	for _, o := range objs {
		nw := naturalWidth(o)
		x := used
		if n > 0 {
			x += gapSize()
		}
		if x+nw > w && n > 0 {
			break
		}
		nw = min(nw, w)
		ws = append(ws, nw)
		used = x + nw
		n++
	}
	if n > 0 {
		extra := (w - used) / float32(n)
		for i := range ws {
			ws[i] += extra
		}
	}
	return n, ws
}

func (l fitRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	n, ws := l.fit(objs, size.Width)
	x := float32(0)
	for i, o := range objs {
		if i >= n {
			o.Hide()
			continue
		}
		o.Show()
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(ws[i], size.Height))
		x += ws[i] + gapSize()
	}
}

func (l fitRowLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	n, ws := l.fit(objs, w)
	var h float32
	for i := 0; i < n; i++ {
		h = max(h, heightOf(objs[i], ws[i]))
	}
	return h
}

func (fitRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return smallMin(objs) }

// gridLayout puts objects in equal columns: as many as fit the widest object's natural
// width (at most maxCols), so four home choices are 2×2 on a wide screen and 1×4 on a
// narrow one or at large text. With fill, rows share the height left over.
type gridLayout struct {
	maxCols int
	fill    bool
}

func grid(maxCols int, fill bool, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &gridLayout{maxCols: maxCols, fill: fill}, Objects: objs}
}

func (l *gridLayout) cols(vis []fyne.CanvasObject, w float32) int {
	var widest float32
	for _, o := range vis {
		widest = max(widest, naturalWidth(o))
	}
	g := gapSize()
	n := int(math.Floor(float64((w + g) / (widest + g))))
	return max(1, min(n, l.maxCols, len(vis)))
}

func (l *gridLayout) cells(vis []fyne.CanvasObject, w float32) (cols int, cw float32, rows [][]fyne.CanvasObject) {
	return l.cellsWith(vis, w, l.cols(vis, w))
}

func (l *gridLayout) cellsWith(vis []fyne.CanvasObject, w float32, cols int) (int, float32, [][]fyne.CanvasObject) {
	cw := (w - gapSize()*float32(cols-1)) / float32(cols)
	var rows [][]fyne.CanvasObject
	for i := 0; i < len(vis); i += cols {
		rows = append(rows, vis[i:min(i+cols, len(vis))])
	}
	return cols, cw, rows
}

func (l *gridLayout) rowHeights(rows [][]fyne.CanvasObject, cw float32) ([]float32, float32) {
	hs := make([]float32, len(rows))
	total := gapSize() * float32(max(0, len(rows)-1))
	for i, r := range rows {
		for _, o := range r {
			hs[i] = max(hs[i], heightFor(o, cw))
		}
		total += hs[i]
	}
	return hs, total
}

func (l *gridLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	vis := visible(objs)
	_, cw, rows := l.cells(vis, size.Width)
	hs, total := l.rowHeights(rows, cw)
	if total > size.Height {
		// Too tall with each label on one line: try more columns, the labels wrapping
		// (at word breaks only).
		for c := l.cols(vis, size.Width) + 1; c <= min(l.maxCols, len(vis)); c++ {
			_, cw2, rows2 := l.cellsWith(vis, size.Width, c)
			words := true
			for _, o := range vis {
				words = words && o.MinSize().Width <= cw2
			}
			hs2, total2 := l.rowHeights(rows2, cw2)
			if words && total2 < total {
				cw, rows, hs, total = cw2, rows2, hs2, total2
			}
		}
	}
	extra := float32(0)
	if l.fill && total < size.Height && len(rows) > 0 {
		extra = (size.Height - total) / float32(len(rows))
	}
	y := float32(0)
	for i, r := range rows {
		h := hs[i] + extra
		for j, o := range r {
			o.Move(fyne.NewPos(float32(j)*(cw+gapSize()), y))
			o.Resize(fyne.NewSize(cw, h))
		}
		y += h + gapSize()
	}
}

// minHeight is the height with the columns that make it least (labels wrapping at words).
func (l *gridLayout) minHeight(objs []fyne.CanvasObject, w float32) float32 {
	vis := visible(objs)
	least := l.heightFor(objs, w)
	for c := l.cols(vis, w) + 1; c <= min(l.maxCols, len(vis)); c++ {
		_, cw, rows := l.cellsWith(vis, w, c)
		words := true
		for _, o := range vis {
			words = words && o.MinSize().Width <= cw
		}
		if _, total := l.rowHeights(rows, cw); words && total < least {
			least = total
		}
	}
	return least
}

func (l *gridLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	_, cw, rows := l.cells(visible(objs), w)
	_, total := l.rowHeights(rows, cw)
	return total
}

func (l *gridLayout) naturalWidth(objs []fyne.CanvasObject) float32 {
	vis := visible(objs)
	var widest float32
	for _, o := range vis {
		widest = max(widest, naturalWidth(o))
	}
	n := min(l.maxCols, len(vis))
	return widest*float32(n) + gapSize()*float32(max(0, n-1))
}

func (l *gridLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return smallMin(objs) }

// barLayout is a toolbar: start objects from the left, end objects from the right, on one
// row when they fit; otherwise they wrap like a flow, so nothing is cut off at large text.
type barLayout struct {
	ends int // how many of the objects, at the end, are placed from the right
}

func bar(start []fyne.CanvasObject, end ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &barLayout{ends: len(end)}, Objects: append(append([]fyne.CanvasObject{}, start...), end...)}
}

func (l *barLayout) oneRow(objs []fyne.CanvasObject, w float32) bool {
	return (&flowLayout{}).naturalWidth(objs) <= w
}

func (l *barLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if !l.oneRow(objs, size.Width) {
		(&flowLayout{stretch: true}).Layout(objs, size)
		return
	}
	h := size.Height
	x := float32(0)
	split := len(objs) - l.ends
	for _, o := range visible(objs[:split]) {
		w := naturalWidth(o)
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, h))
		x += w + gapSize()
	}
	x = size.Width
	ends := visible(objs[split:])
	for i := len(ends) - 1; i >= 0; i-- {
		o := ends[i]
		w := naturalWidth(o)
		x -= w
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, h))
		x -= gapSize()
	}
}

func (l *barLayout) heightFor(objs []fyne.CanvasObject, w float32) float32 {
	if !l.oneRow(objs, w) {
		return (&flowLayout{stretch: true}).heightFor(objs, w)
	}
	var h float32
	for _, o := range visible(objs) {
		h = max(h, heightFor(o, naturalWidth(o)))
	}
	return h
}

func (l *barLayout) naturalWidth(objs []fyne.CanvasObject) float32 {
	return (&flowLayout{}).naturalWidth(objs)
}

func (l *barLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return smallMin(objs) }

// splitLayout shows two objects side by side when the area is wide enough (left gets
// ratio of the width), else one above the other (the first gets ratio of the height).
type splitLayout struct {
	ratio float32
}

func split(ratio float32, first, second fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &splitLayout{ratio: ratio}, Objects: []fyne.CanvasObject{first, second}}
}

func (l *splitLayout) sideBySide(size fyne.Size) bool { return size.Width >= size.Height*1.2 }

func (l *splitLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	a, b := objs[0], objs[1]
	g := gapSize()
	if !b.Visible() {
		a.Move(fyne.NewPos(0, 0))
		a.Resize(size)
		return
	}
	if l.sideBySide(size) {
		w := (size.Width - g) * l.ratio
		a.Move(fyne.NewPos(0, 0))
		a.Resize(fyne.NewSize(w, size.Height))
		b.Move(fyne.NewPos(w+g, 0))
		b.Resize(fyne.NewSize(size.Width-w-g, size.Height))
		return
	}
	h := (size.Height - g) * l.ratio
	a.Move(fyne.NewPos(0, 0))
	a.Resize(fyne.NewSize(size.Width, h))
	b.Move(fyne.NewPos(0, h+g))
	b.Resize(fyne.NewSize(size.Width, size.Height-h-g))
}

func (l *splitLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return smallMin(objs) }

// sideLayout shows a main object and a narrower companion (a keypad): side by side on a wide
// screen, the companion taking its natural width within 30–45 % of the width; on a tall one
// the main object on top at its height and the companion below in the rest.
type sideLayout struct{}

func side(main, companion fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: sideLayout{}, Objects: []fyne.CanvasObject{main, companion}}
}

func (sideLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	a, b := objs[0], objs[1]
	g := gapSize() * 1.5
	if size.Width >= size.Height*1.2 {
		w := max(size.Width*0.3, min(naturalWidth(b), size.Width*0.45))
		put(a, fyne.NewPos(0, 0), fyne.NewSize(size.Width-w-g, size.Height))
		put(b, fyne.NewPos(size.Width-w, 0), fyne.NewSize(w, size.Height))
		return
	}
	h := min(heightFor(a, size.Width), size.Height-leastHeight(b, size.Width)-g)
	put(a, fyne.NewPos(0, 0), fyne.NewSize(size.Width, h))
	put(b, fyne.NewPos(0, h+g), fyne.NewSize(size.Width, size.Height-h-g))
}

func (sideLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return smallMin(objs) }
