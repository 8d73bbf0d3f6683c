package kit

import (
	"math"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// The kiosk lays out top-down: a screen has the whole window, and each piece is asked how tall
// it must be at the width it gets (HeightFor), so wrapped text at 200 % pushes what follows
// down, or onto the next page, instead of being cut off. Fyne's MinSize is kept small and
// only used to notice changes.

type heightForer interface{ HeightFor(w float32) float32 }
type naturalWidther interface{ NaturalWidth() float32 }
type layoutHeightForer interface {
	HeightFor(objs []fyne.CanvasObject, w float32) float32
}
type layoutNaturalWidther interface {
	NaturalWidth(objs []fyne.CanvasObject) float32
}
type layoutMinHeighter interface {
	MinHeight(objs []fyne.CanvasObject, w float32) float32
}

// LeastHeight is the height o can shrink to when it fills left-over space (a keyboard's
// keys can go from 88 px down to 64).
func LeastHeight(o fyne.CanvasObject, w float32) float32 {
	if l, ok := o.(interface{ LeastHeight(w float32) float32 }); ok {
		return l.LeastHeight(w)
	}
	if c, ok := o.(*fyne.Container); ok {
		if l, ok := c.Layout.(layoutMinHeighter); ok {
			return l.MinHeight(c.Objects, w)
		}
		if len(c.Objects) == 1 {
			if _, ok := c.Layout.(FillLayout); ok {
				return LeastHeight(c.Objects[0], w)
			}
		}
	}
	return HeightFor(o, w)
}

// Put moves and sizes o; an image with no area is hidden (painters cannot draw it).
func Put(o fyne.CanvasObject, pos fyne.Position, size fyne.Size) {
	o.Move(pos)
	o.Resize(size.Max(fyne.Size{}))
	if img, ok := o.(*canvas.Image); ok {
		img.Hidden = size.Width < 1 || size.Height < 1
	}
}

// HeightFor is the height o needs at width w; hidden objects need none.
func HeightFor(o fyne.CanvasObject, w float32) float32 {
	if o == nil || !o.Visible() {
		return 0
	}
	return HeightOf(o, w)
}

// HeightOf is HeightFor regardless of visibility.
func HeightOf(o fyne.CanvasObject, w float32) float32 {
	switch v := o.(type) {
	case heightForer:
		return v.HeightFor(w)
	case *fyne.Container:
		if l, ok := v.Layout.(layoutHeightForer); ok {
			return l.HeightFor(v.Objects, w)
		}
	}
	return o.MinSize().Height
}

// NaturalWidth is how wide o would like to be: its text on one line.
func NaturalWidth(o fyne.CanvasObject) float32 {
	switch v := o.(type) {
	case naturalWidther:
		return v.NaturalWidth()
	case *fyne.Container:
		if l, ok := v.Layout.(layoutNaturalWidther); ok {
			return l.NaturalWidth(v.Objects)
		}
	}
	return o.MinSize().Width
}

// Visible are the objects that show.
func Visible(objs []fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range objs {
		if o != nil && o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// Gap is the space between controls at the current text size.
func Gap() float32 { return theme.Size(theme.SizeGap) }

// SmallMin is every kiosk layout's MinSize: small, so that Fyne never grows the window.
func SmallMin(objs []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range Visible(objs) {
		s = s.Max(o.MinSize())
	}
	return s
}

// ColumnLayout stacks objects top to bottom at full width. fill, if set, takes the height
// left over (a keyboard, a list of pages).
type ColumnLayout struct {
	Fill     fyne.CanvasObject
	Gap      float32             // < 0: the theme's gap
	Optional []fyne.CanvasObject // left out when everything does not fit
}

// Column stacks objs top to bottom at full width.
func Column(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &ColumnLayout{Gap: -1}, Objects: objs}
}

// ColumnFill is a Column in which fill takes the height left over.
func ColumnFill(fill fyne.CanvasObject, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &ColumnLayout{Fill: fill, Gap: -1}, Objects: objs}
}

func (l *ColumnLayout) g() float32 {
	if l.Gap < 0 {
		return Gap()
	}
	return l.Gap
}

func (l *ColumnLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if len(l.Optional) > 0 {
		for _, o := range l.Optional {
			o.Show()
		}
		need := l.HeightFor(objs, size.Width)
		if l.Fill != nil {
			need += LeastHeight(l.Fill, size.Width) - HeightFor(l.Fill, size.Width)
		}
		if need > size.Height {
			for _, o := range l.Optional {
				o.Hide()
			}
		}
	}
	vis := Visible(objs)
	hs := make([]float32, len(vis))
	total := float32(0)
	for i, o := range vis {
		hs[i] = HeightFor(o, size.Width)
		total += hs[i]
	}
	total += l.g() * float32(max(0, len(vis)-1))
	y := float32(0)
	for i, o := range vis {
		h := hs[i]
		if o == l.Fill {
			h = max(0, size.Height-(total-hs[i]))
		}
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h + l.g()
	}
}

func (l *ColumnLayout) HeightFor(objs []fyne.CanvasObject, w float32) float32 {
	vis := Visible(objs)
	total := l.g() * float32(max(0, len(vis)-1))
	for _, o := range vis {
		total += HeightFor(o, w)
	}
	return total
}

func (l *ColumnLayout) NaturalWidth(objs []fyne.CanvasObject) float32 {
	var w float32
	for _, o := range Visible(objs) {
		w = max(w, NaturalWidth(o))
	}
	return w
}

func (l *ColumnLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return SmallMin(objs) }

// RowLayout places objects side by side at their natural widths; grow takes the width left
// over. Objects are centred vertically.
type RowLayout struct {
	Grow fyne.CanvasObject
}

// Row puts objs side by side; grow takes the width left over.
func Row(grow fyne.CanvasObject, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &RowLayout{Grow: grow}, Objects: objs}
}

func (l *RowLayout) widths(vis []fyne.CanvasObject, w float32) []float32 {
	ws := make([]float32, len(vis))
	used := Gap() * float32(max(0, len(vis)-1))
	for i, o := range vis {
		if o != l.Grow {
			ws[i] = min(NaturalWidth(o), w)
			used += ws[i]
		}
	}
	for i, o := range vis {
		if o == l.Grow {
			ws[i] = max(0, w-used)
		}
	}
	return ws
}

func (l *RowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	vis := Visible(objs)
	ws := l.widths(vis, size.Width)
	x := float32(0)
	for i, o := range vis {
		h := max(0, min(HeightFor(o, ws[i]), size.Height))
		Put(o, fyne.NewPos(x, (size.Height-h)/2), fyne.NewSize(ws[i], h))
		x += ws[i] + Gap()
	}
}

func (l *RowLayout) HeightFor(objs []fyne.CanvasObject, w float32) float32 {
	vis := Visible(objs)
	ws := l.widths(vis, w)
	var h float32
	for i, o := range vis {
		h = max(h, HeightFor(o, ws[i]))
	}
	return h
}

func (l *RowLayout) NaturalWidth(objs []fyne.CanvasObject) float32 {
	vis := Visible(objs)
	w := Gap() * float32(max(0, len(vis)-1))
	for _, o := range vis {
		w += NaturalWidth(o)
	}
	return w
}

func (l *RowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return SmallMin(objs) }

// FlowLayout places objects in rows like words in a paragraph, each at its natural width,
// wrapping to a new row when the next does not fit. With stretch, each row's objects widen
// to fill it, which keeps wrapped rows tidy and targets large.
type FlowLayout struct {
	Stretch bool
	// Keep are objects that hold their place while hidden, so the others never move when
	// they come and go (a list's Previous and More).
	Keep []fyne.CanvasObject
}

// placing are the objects that take a place: the visible ones and those kept.
func (l *FlowLayout) placing(objs []fyne.CanvasObject) []fyne.CanvasObject {
	if len(l.Keep) == 0 {
		return Visible(objs)
	}
	var out []fyne.CanvasObject
	for _, o := range objs {
		if o == nil {
			continue
		}
		kept := false
		for _, k := range l.Keep {
			kept = kept || k == o
		}
		if kept || o.Visible() {
			out = append(out, o)
		}
	}
	return out
}

// Flow is a FlowLayout of objs.
func Flow(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &FlowLayout{Stretch: true}, Objects: objs}
}

type placed struct {
	o    fyne.CanvasObject
	x, w float32
}

func (l *FlowLayout) rows(objs []fyne.CanvasObject, w float32) [][]placed {
	var rows [][]placed
	var cur []placed
	used := float32(0)
	g := Gap()
	for _, o := range l.placing(objs) {
		nw := min(NaturalWidth(o), w)
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
	if l.Stretch {
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
		h = max(h, HeightOf(p.o, p.w)) // a kept object keeps its height too
	}
	return h
}

func (l *FlowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, r := range l.rows(objs, size.Width) {
		h := rowHeight(r)
		for _, p := range r {
			p.o.Move(fyne.NewPos(p.x, y))
			p.o.Resize(fyne.NewSize(p.w, h))
		}
		y += h + Gap()
	}
}

func (l *FlowLayout) HeightFor(objs []fyne.CanvasObject, w float32) float32 {
	rows := l.rows(objs, w)
	h := Gap() * float32(max(0, len(rows)-1))
	for _, r := range rows {
		h += rowHeight(r)
	}
	return h
}

func (l *FlowLayout) NaturalWidth(objs []fyne.CanvasObject) float32 {
	vis := l.placing(objs)
	w := Gap() * float32(max(0, len(vis)-1))
	for _, o := range vis {
		w += NaturalWidth(o)
	}
	return w
}

func (l *FlowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return SmallMin(objs) }

// FitRowLayout shows, in one row, as many of its objects as fit in order, and hides the
// rest: suggestions as you type never push the keyboard away.
type FitRowLayout struct {
	// Reserve, if set, is never shown: the row is always at least as tall as it would be,
	// so what lies below does not move when the row fills or empties.
	Reserve fyne.CanvasObject
}

// FitRow is a FitRowLayout of objs.
func FitRow(objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: FitRowLayout{}, Objects: objs}
}

func (FitRowLayout) fit(objs []fyne.CanvasObject, w float32) (n int, ws []float32) {
	used := float32(0)
	for _, o := range objs {
		nw := NaturalWidth(o)
		x := used
		if n > 0 {
			x += Gap()
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

func (l FitRowLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
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
		x += ws[i] + Gap()
	}
}

func (l FitRowLayout) HeightFor(objs []fyne.CanvasObject, w float32) float32 {
	n, ws := l.fit(objs, w)
	var h float32
	for i := 0; i < n; i++ {
		h = max(h, HeightOf(objs[i], ws[i]))
	}
	if l.Reserve != nil {
		h = max(h, HeightOf(l.Reserve, w))
	}
	return h
}

func (FitRowLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return SmallMin(objs) }

// GridLayout puts objects in equal columns: as many as fit the widest object's natural
// width (at most maxCols), so four home choices are 2×2 on a wide screen and 1×4 on a
// narrow one or at large text. With fill, rows share the height left over.
type GridLayout struct {
	maxCols int
	fill    bool
}

// Grid is a GridLayout of objs, at most maxCols columns; with fill, rows share the height.
func Grid(maxCols int, fill bool, objs ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &GridLayout{maxCols: maxCols, fill: fill}, Objects: objs}
}

func (l *GridLayout) cols(vis []fyne.CanvasObject, w float32) int {
	var widest float32
	for _, o := range vis {
		widest = max(widest, NaturalWidth(o))
	}
	g := Gap()
	n := int(math.Floor(float64((w + g) / (widest + g))))
	return max(1, min(n, l.maxCols, len(vis)))
}

func (l *GridLayout) cells(vis []fyne.CanvasObject, w float32) (cols int, cw float32, rows [][]fyne.CanvasObject) {
	return l.cellsWith(vis, w, l.cols(vis, w))
}

func (l *GridLayout) cellsWith(vis []fyne.CanvasObject, w float32, cols int) (int, float32, [][]fyne.CanvasObject) {
	cw := (w - Gap()*float32(cols-1)) / float32(cols)
	var rows [][]fyne.CanvasObject
	for i := 0; i < len(vis); i += cols {
		rows = append(rows, vis[i:min(i+cols, len(vis))])
	}
	return cols, cw, rows
}

func (l *GridLayout) rowHeights(rows [][]fyne.CanvasObject, cw float32) ([]float32, float32) {
	hs := make([]float32, len(rows))
	total := Gap() * float32(max(0, len(rows)-1))
	for i, r := range rows {
		for _, o := range r {
			hs[i] = max(hs[i], HeightFor(o, cw))
		}
		total += hs[i]
	}
	return hs, total
}

func (l *GridLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	vis := Visible(objs)
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
			o.Move(fyne.NewPos(float32(j)*(cw+Gap()), y))
			o.Resize(fyne.NewSize(cw, h))
		}
		y += h + Gap()
	}
}

// minHeight is the height with the columns that make it least (labels wrapping at words).
func (l *GridLayout) MinHeight(objs []fyne.CanvasObject, w float32) float32 {
	vis := Visible(objs)
	least := l.HeightFor(objs, w)
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

func (l *GridLayout) HeightFor(objs []fyne.CanvasObject, w float32) float32 {
	_, cw, rows := l.cells(Visible(objs), w)
	_, total := l.rowHeights(rows, cw)
	return total
}

func (l *GridLayout) NaturalWidth(objs []fyne.CanvasObject) float32 {
	vis := Visible(objs)
	var widest float32
	for _, o := range vis {
		widest = max(widest, NaturalWidth(o))
	}
	n := min(l.maxCols, len(vis))
	return widest*float32(n) + Gap()*float32(max(0, n-1))
}

func (l *GridLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return SmallMin(objs) }

// BarLayout is a toolbar: start objects from the left, end objects from the right, on one
// row when they fit; otherwise they wrap like a flow, so nothing is cut off at large text.
type BarLayout struct {
	ends int // how many of the objects, at the end, are placed from the right
}

// Bar is a BarLayout of the start objects and the end objects.
func Bar(start []fyne.CanvasObject, end ...fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: &BarLayout{ends: len(end)}, Objects: append(append([]fyne.CanvasObject{}, start...), end...)}
}

func (l *BarLayout) oneRow(objs []fyne.CanvasObject, w float32) bool {
	return (&FlowLayout{}).NaturalWidth(objs) <= w
}

func (l *BarLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	if !l.oneRow(objs, size.Width) {
		(&FlowLayout{Stretch: true}).Layout(objs, size)
		return
	}
	h := size.Height
	x := float32(0)
	split := len(objs) - l.ends
	for _, o := range Visible(objs[:split]) {
		w := NaturalWidth(o)
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, h))
		x += w + Gap()
	}
	x = size.Width
	ends := Visible(objs[split:])
	for i := len(ends) - 1; i >= 0; i-- {
		o := ends[i]
		w := NaturalWidth(o)
		x -= w
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, h))
		x -= Gap()
	}
}

func (l *BarLayout) HeightFor(objs []fyne.CanvasObject, w float32) float32 {
	if !l.oneRow(objs, w) {
		return (&FlowLayout{Stretch: true}).HeightFor(objs, w)
	}
	var h float32
	for _, o := range Visible(objs) {
		h = max(h, HeightFor(o, NaturalWidth(o)))
	}
	return h
}

func (l *BarLayout) NaturalWidth(objs []fyne.CanvasObject) float32 {
	return (&FlowLayout{}).NaturalWidth(objs)
}

func (l *BarLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return SmallMin(objs) }

// SideLayout shows a main object and a narrower companion (a keypad): side by side on a wide
// screen, the companion taking its natural width within 30–45 % of the width; on a tall one
// the main object on top at its height and the companion below in the rest.
type SideLayout struct{}

// Side is SideLayout over main and its companion.
func Side(main, companion fyne.CanvasObject) *fyne.Container {
	return &fyne.Container{Layout: SideLayout{}, Objects: []fyne.CanvasObject{main, companion}}
}

func (SideLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	a, b := objs[0], objs[1]
	g := Gap() * 1.5
	if size.Width >= size.Height*1.2 {
		w := max(size.Width*0.3, min(NaturalWidth(b), size.Width*0.45))
		Put(a, fyne.NewPos(0, 0), fyne.NewSize(size.Width-w-g, size.Height))
		Put(b, fyne.NewPos(size.Width-w, 0), fyne.NewSize(w, size.Height))
		return
	}
	h := min(HeightFor(a, size.Width), size.Height-LeastHeight(b, size.Width)-g)
	Put(a, fyne.NewPos(0, 0), fyne.NewSize(size.Width, h))
	Put(b, fyne.NewPos(0, h+g), fyne.NewSize(size.Width, size.Height-h-g))
}

func (SideLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return SmallMin(objs) }

// FillLayout gives its one object all the room.
type FillLayout struct{}

func (FillLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objs {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (FillLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(100, 100) }
