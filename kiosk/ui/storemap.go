package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// storeMap draws the store's floor plan: aisles and zones as rectangles, the product's area
// highlighted and labelled with its name, a square at its side and bay, "You are here" (a
// round dot, labelled) at this kiosk, and the walking route between them as a thick line.
// The two markers differ by shape and label, not only colour. The words above the map
// already say where to go; the map shows the way.
type storeMap struct {
	widget.BaseWidget
	a      *App
	plan   *floorplan.Plan
	loc    inventory.Location
	here   string            // the marker that is this kiosk
	hereAs string            // its label: "You are here"
	route  []floorplan.Point // the walk from the kiosk to the product, in plan units; nil: none
}

func (a *App) newStoreMap(loc inventory.Location) *storeMap {
	m := &storeMap{a: a, plan: a.plan, loc: loc, here: a.opt.Here,
		hereAs: a.t("ui.map.here", "You are here")}
	if a.router != nil && a.plan != nil {
		if _, ok := a.plan.Marker(a.opt.Here); ok {
			if to, ok := a.router.Place(loc.Aisle, loc.Side, loc.Bay); ok {
				m.route = a.router.Path(a.routeStart(), to)
			}
		}
	}
	m.ExtendBaseWidget(m)
	return m
}

func (m *storeMap) HeightFor(w float32) float32 {
	if m.plan == nil {
		return 0
	}
	return w * float32(m.plan.Height/m.plan.Width)
}

// Flexible: a page of a list is never made taller for the map; it shrinks to fit, keeping
// its shape.
func (m *storeMap) Flexible() {}

func (m *storeMap) MinSize() fyne.Size { return fyne.NewSize(120, 80) }

func (m *storeMap) CreateRenderer() fyne.WidgetRenderer {
	r := newMapRenderer(m)
	r.colour()
	return r
}

// mapRenderer makes the map's shapes and labels once, from the plan; a layout only places
// and sizes them (labels grow with the map, and a label that does not fit is left out).
type mapRenderer struct {
	m    *storeMap
	objs []fyne.CanvasObject // what is drawn now, in drawing order

	floor   *canvas.Rectangle
	areas   []*canvas.Rectangle // one per plan area
	spot    *canvas.Rectangle   // the product's side and bay: a square, where the kiosk is a dot
	route   []*canvas.Line      // the walk from the kiosk to it
	nameBg  *canvas.Rectangle   // the product's area's name, on a box of the highlight colour
	name    *canvas.Text
	hereDot *canvas.Circle
	hereTxt *canvas.Text
	marks   []mapMark           // the other markers (entrance, service desk)
	labels  [][]*canvas.Text    // per area: its label, a line each for a zone (grown as needed)
	plates  []*canvas.Rectangle // per area: the plate under its label
	changed []*canvas.Text      // texts the last layout changed, to refresh
}

type mapMark struct {
	dot *canvas.Circle
	txt *canvas.Text
}

func newMapRenderer(m *storeMap) *mapRenderer {
	r := &mapRenderer{m: m}
	p := m.plan
	if p == nil {
		return r
	}
	r.floor = canvas.NewRectangle(nil)
	for range p.Areas {
		r.areas = append(r.areas, canvas.NewRectangle(nil))
	}
	r.labels = make([][]*canvas.Text, len(p.Areas))
	for range p.Areas {
		r.plates = append(r.plates, canvas.NewRectangle(nil))
	}
	r.spot = canvas.NewRectangle(nil)
	for i := 1; i < len(m.route); i++ {
		r.route = append(r.route, canvas.NewLine(nil))
	}
	r.nameBg = canvas.NewRectangle(nil)
	r.name = canvas.NewText("", nil)
	r.hereDot = canvas.NewCircle(nil)
	r.hereTxt = canvas.NewText("", nil)
	for _, mk := range p.Markers {
		if !strings.EqualFold(mk.Name, m.here) {
			r.marks = append(r.marks, mapMark{dot: canvas.NewCircle(nil), txt: canvas.NewText("", nil)})
		}
	}
	return r
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *mapRenderer) MinSize() fyne.Size           { return r.m.MinSize() }
func (r *mapRenderer) Destroy()                     {}

func (r *mapRenderer) Refresh() {
	r.colour()
	r.Layout(r.m.Size())
	canvas.Refresh(r.m)
}

// colour paints the shapes in the theme's colours (texts are coloured as they are placed).
func (r *mapRenderer) colour() {
	if r.m.plan == nil {
		return
	}
	target, hasTarget := r.m.plan.Area(r.m.loc.Aisle)
	r.floor.FillColor = theme.Color(theme.ColorMapFloor)
	r.floor.StrokeColor, r.floor.StrokeWidth = theme.Color(theme.ColorMapEdge), 2
	for i, a := range r.m.plan.Areas {
		rect := r.areas[i]
		rect.FillColor = theme.Color(theme.ColorMapArea)
		rect.StrokeColor, rect.StrokeWidth = theme.Color(theme.ColorMapEdge), 2
		if hasTarget && a.Name == target.Name {
			rect.FillColor, rect.StrokeColor, rect.StrokeWidth = theme.Color(theme.ColorMapTarget), theme.Color(theme.ColorMapTarget), 4
		}
	}
	for _, pl := range r.plates {
		pl.FillColor, pl.StrokeColor = theme.Color(theme.ColorMapArea), theme.Color(theme.ColorMapEdge)
	}
	r.spot.FillColor = theme.Color(theme.ColorMapHere)
	r.spot.StrokeColor, r.spot.StrokeWidth = theme.Color(theme.ColorMapFloor), 3
	for _, l := range r.route {
		l.StrokeColor = theme.Color(theme.ColorMapTarget)
	}
	r.nameBg.FillColor = theme.Color(theme.ColorMapTarget)
	r.nameBg.CornerRadius = 6
	r.hereDot.FillColor = theme.Color(theme.ColorMapHere)
	r.hereDot.StrokeColor, r.hereDot.StrokeWidth = theme.Color(theme.ColorMapEdge), 2
	for _, mk := range r.marks {
		mk.dot.FillColor = theme.Color(theme.ColorForeground)
		mk.dot.StrokeColor, mk.dot.StrokeWidth = theme.Color(theme.ColorMapEdge), 2
	}
}

// mapLayout is one layout of the map: the scale it is drawn at, and the labels placed so far,
// so that a later one never covers an earlier one.
type mapLayout struct {
	objs      *[]fyne.CanvasObject // what is drawn, in drawing order
	ox, oy, s float32
	drawn     fyne.Size
	taken     []fyne.Position
	takenSize []fyne.Size
}

// showPlate puts a label's plate at pos: outlined where it stands off its area, not where the
// area holds it.
func showPlate(plate *canvas.Rectangle, pos fyne.Position, box fyne.Size, inside func(fyne.Position) bool) {
	plate.StrokeWidth = 1
	if inside(pos) {
		plate.StrokeWidth = 0
	}
	plate.Move(pos)
	plate.Resize(box)
}

// floorAndAreas draws the floor over the whole drawn map and each area's rectangle on it.
func (l *mapLayout) floorAndAreas(floor *canvas.Rectangle, rects []*canvas.Rectangle, areas []floorplan.Area) {
	floor.Move(l.pt(0, 0))
	floor.Resize(l.drawn)
	*l.objs = append(*l.objs, floor)
	for i, a := range areas {
		at, sz := l.rectOf(a)
		rects[i].Move(at)
		rects[i].Resize(sz)
		*l.objs = append(*l.objs, rects[i])
	}
}

func (l *mapLayout) pt(x, y float64) fyne.Position {
	return fyne.NewPos(l.ox+float32(x)*l.s, l.oy+float32(y)*l.s)
}

func (l *mapLayout) rectOf(a floorplan.Area) (fyne.Position, fyne.Size) {
	return l.pt(a.X, a.Y), fyne.NewSize(float32(a.W)*l.s, float32(a.H)*l.s)
}

func (l *mapLayout) fits(pos fyne.Position, sz fyne.Size) bool {
	if pos.X < l.ox || pos.Y < l.oy || pos.X+sz.Width > l.ox+l.drawn.Width || pos.Y+sz.Height > l.oy+l.drawn.Height {
		return false
	}
	for i, q := range l.taken {
		if pos.X < q.X+l.takenSize[i].Width && q.X < pos.X+sz.Width && pos.Y < q.Y+l.takenSize[i].Height && q.Y < pos.Y+sz.Height {
			return false
		}
	}
	return true
}

// place puts a label at the first candidate that is free; a required one goes to the first
// candidate, kept inside the map, when none is. The label's objects are drawn once placed.
func (l *mapLayout) place(objs []fyne.CanvasObject, sz fyne.Size, required bool, cands ...fyne.Position) (fyne.Position, bool) {
	at, ok := cands[0], false
	for _, c := range cands {
		if l.fits(c, sz) {
			at, ok = c, true
			break
		}
	}
	if !ok && !required {
		return at, false
	}
	if !ok {
		at.X = max(l.ox, min(at.X, l.ox+l.drawn.Width-sz.Width))
		at.Y = max(l.oy, min(at.Y, l.oy+l.drawn.Height-sz.Height))
	}
	l.taken, l.takenSize = append(l.taken, at), append(l.takenSize, sz)
	*l.objs = append(*l.objs, objs...)
	return at, true
}

// around are the places beside a marker of diameter d at at for a label of size sz.
func around(at fyne.Position, d float32, sz fyne.Size) []fyne.Position {
	return []fyne.Position{
		{X: at.X + d/2 + 4, Y: at.Y - sz.Height/2},
		{X: at.X - d/2 - 4 - sz.Width, Y: at.Y - sz.Height/2},
		{X: at.X - sz.Width/2, Y: at.Y - d/2 - sz.Height},
		{X: at.X - sz.Width/2, Y: at.Y + d/2},
	}
}

// text sets t to s at size in colour c and returns how big it is.
func (r *mapRenderer) text(t *canvas.Text, s string, size float32, c fyne.ThemeColorName, bold bool) fyne.Size {
	col, style := theme.Color(c), fyne.TextStyle{Bold: bold}
	if t.Text != s || t.TextSize != size || t.TextStyle != style || t.Color != col {
		r.changed = append(r.changed, t)
	}
	t.Text, t.Color, t.TextSize, t.TextStyle = s, col, size, style
	return fyne.MeasureText(s, size, style)
}

// dot places a marker's circle of diameter d, and keeps labels off it.
func (l *mapLayout) dot(c *canvas.Circle, mk floorplan.Marker, d float32) fyne.Position {
	at := l.pt(mk.X, mk.Y)
	c.Move(fyne.NewPos(at.X-d/2, at.Y-d/2))
	c.Resize(fyne.NewSize(d, d))
	l.mark(c)
	return at
}

func (r *mapRenderer) Layout(size fyne.Size) {
	m := r.m
	r.objs = r.objs[:0]
	r.changed = r.changed[:0]
	p := m.plan
	if p == nil || size.Width <= 0 || size.Height <= 0 {
		return
	}
	s := min(size.Width/float32(p.Width), size.Height/float32(p.Height))
	drawn := fyne.NewSize(float32(p.Width)*s, float32(p.Height)*s)
	l := &mapLayout{objs: &r.objs, ox: (size.Width - drawn.Width) / 2, oy: 0, s: s, drawn: drawn} // level with the words beside it

	l.floorAndAreas(r.floor, r.areas, p.Areas)

	// Labels grow with the text size, but not past what the drawn map can hold, and never
	// below theme.MapLabelMin. The markers are placed first and labels most important first;
	// a later label that would cover an earlier one or a marker is moved, or left out if it
	// must (the words above the map say it all anyway).
	body := max(theme.MapLabelMin, min(theme.Size(theme.SizeText), drawn.Width/22))
	small := max(theme.MapLabelMin, body*0.8)
	width := max(4, body/4)
	for i, ln := range r.route {
		a, b := m.route[i], m.route[i+1]
		ln.StrokeWidth = width
		ln.Position1, ln.Position2 = l.pt(a.X, a.Y), l.pt(b.X, b.Y)
		r.objs = append(r.objs, ln)
		l.keepOff(ln.Position1, ln.Position2, width)
	}
	target, hasTarget := p.Area(m.loc.Aisle)
	if hasTarget {
		if x, y, ok := target.Spot(m.loc.Side, m.loc.Bay); ok {
			d := max(16, body*0.7)
			c := l.pt(x, y)
			r.spot.Move(fyne.NewPos(c.X-d/2, c.Y-d/2))
			r.spot.Resize(fyne.NewSize(d, d))
			l.mark(r.spot)
		}
	}
	here, hasHere := p.Marker(m.here)
	var hereAt fyne.Position
	hereD := max(20, body*0.8)
	if hasHere {
		hereAt = l.dot(r.hereDot, here, hereD)
	}
	markD := max(12, small*0.6)
	markAt := make([]fyne.Position, len(r.marks))
	i := 0
	for _, mk := range p.Markers {
		if strings.EqualFold(mk.Name, m.here) {
			continue
		}
		markAt[i] = l.dot(r.marks[i].dot, mk, markD)
		i++
	}
	if hasTarget {
		r.layoutTarget(l, target, body)
	}
	if hasHere {
		tsz := r.text(r.hereTxt, m.hereAs, body, theme.ColorForeground, true)
		pos, _ := l.place([]fyne.CanvasObject{r.hereTxt}, tsz, true, around(hereAt, hereD, tsz)...)
		r.hereTxt.Move(pos)
		r.hereTxt.Resize(tsz)
	}
	i = 0
	for _, mk := range p.Markers {
		if strings.EqualFold(mk.Name, m.here) {
			continue
		}
		mark := r.marks[i]
		tsz := r.text(mark.txt, mk.Label, small, theme.ColorForeground, false)
		if pos, ok := l.place([]fyne.CanvasObject{mark.txt}, tsz, false, around(markAt[i], markD, tsz)...); ok {
			mark.txt.Move(pos)
			mark.txt.Resize(tsz)
		}
		i++
	}
	for i, a := range p.Areas {
		if hasTarget && a.Name == target.Name {
			continue
		}
		r.layoutAreaLabel(l, i, a, small)
	}
	// Refreshing may lay this out again (re-entrantly): it comes last, on a copy.
	for _, t := range append([]*canvas.Text{}, r.changed...) {
		t.Refresh()
	}
}

// keepOff keeps labels off a line from a to b of the given width (the route), square by
// square along it.
func (l *mapLayout) keepOff(a, b fyne.Position, width float32) {
	dx, dy := b.X-a.X, b.Y-a.Y
	steps := int(max(abs32(dx), abs32(dy))/width) + 1
	for k := 0; k <= steps; k++ {
		f := float32(k) / float32(steps)
		l.taken = append(l.taken, fyne.NewPos(a.X+f*dx-width/2, a.Y+f*dy-width/2))
		l.takenSize = append(l.takenSize, fyne.NewSize(width, width))
	}
}

func abs32(x float32) float32 { return max(x, -x) }

// mark draws a marker already moved and sized, and keeps labels off it.
func (l *mapLayout) mark(o fyne.CanvasObject) {
	l.taken, l.takenSize = append(l.taken, o.Position()), append(l.takenSize, o.Size())
	*l.objs = append(*l.objs, o)
}

// layoutTarget names the product's area, large, on it or beside it.
func (r *mapRenderer) layoutTarget(l *mapLayout, target floorplan.Area, body float32) {
	tsz := r.text(r.name, target.Name, body, theme.ColorMapOnTarget, true)
	pad := float32(8)
	box := fyne.NewSize(tsz.Width+2*pad, tsz.Height+pad)
	at, asz := l.rectOf(target)
	cx := at.X + asz.Width/2 - box.Width/2
	cy := at.Y + asz.Height/2 - box.Height/2
	var cands []fyne.Position
	if asz.Width >= box.Width {
		cands = append(cands, fyne.NewPos(cx, cy))
	}
	cands = append(cands, fyne.NewPos(cx, at.Y-box.Height-4), fyne.NewPos(cx, at.Y+asz.Height+4),
		fyne.NewPos(at.X+asz.Width+6, cy), fyne.NewPos(at.X-box.Width-6, cy), fyne.NewPos(cx, cy))
	pos, _ := l.place([]fyne.CanvasObject{r.nameBg, r.name}, box, true, cands...)
	r.nameBg.Move(pos)
	r.nameBg.Resize(box)
	r.name.Move(fyne.NewPos(pos.X+pad, pos.Y+pad/2))
	r.name.Resize(tsz)
}

// layoutAreaLabel names area i (not the product's) at the map's label size.
func (r *mapRenderer) layoutAreaLabel(l *mapLayout, i int, a floorplan.Area, size float32) {
	lines, lh, box, inside, cands := l.areaLabel(a, size)
	plate := r.plates[i]
	objs := []fyne.CanvasObject{plate}
	for n := range lines {
		objs = append(objs, r.label(i, n))
	}
	pos, ok := l.place(objs, box, false, cands...)
	if !ok {
		return
	}
	showPlate(plate, pos, box, inside)
	y := pos.Y
	for n, line := range lines {
		t := r.label(i, n)
		tsz := r.text(t, line, size, theme.ColorForeground, false)
		t.Move(fyne.NewPos(pos.X+(box.Width-tsz.Width)/2, y))
		t.Resize(tsz)
		y += lh
	}
}

// areaLabel is where an area's label may go, at text size size: an aisle's number at its
// top, else just below or above it; a zone's name wrapped inside it, in its middle if free (a word is never broken:
// the label may be wider than the zone). It gives the label's lines, their height, the box
// they fill, whether a box at a place lies inside the area, and the places to try in turn.
// A label that spills out of its area sits on a plate of the area's colour, so that no edge
// runs through it.
func (l *mapLayout) areaLabel(a floorplan.Area, size float32) (lines []string, lh float32, box fyne.Size, inside func(fyne.Position) bool, cands []fyne.Position) {
	at, sz := l.rectOf(a)
	style := fyne.TextStyle{}
	lh = fyne.MeasureText("Ág", size, style).Height
	if a.Kind == "aisle" {
		lines = []string{a.Label}
	} else {
		wrapAt := sz.Width - 6
		for _, word := range strings.Fields(a.Label) {
			wrapAt = max(wrapAt, fyne.MeasureText(word, size, style).Width)
		}
		lines = kit.WrapText(a.Label, wrapAt, size, style)
	}
	var w float32
	for _, line := range lines {
		w = max(w, fyne.MeasureText(line, size, style).Width)
	}
	box = fyne.NewSize(w+6, float32(len(lines))*lh)
	cx := at.X + (sz.Width-box.Width)/2
	if a.Kind == "aisle" {
		cands = []fyne.Position{{X: cx, Y: at.Y + 4}, {X: cx, Y: at.Y + sz.Height + 2}, {X: cx, Y: at.Y - box.Height - 2}}
	} else {
		// Its middle first, then its top, bottom and sides, kept inside the map.
		for _, y := range []float32{at.Y + (sz.Height-box.Height)/2, at.Y + 4, at.Y + sz.Height - box.Height - 4} {
			for _, x := range []float32{cx, at.X + sz.Width/4 - box.Width/2, at.X + sz.Width*3/4 - box.Width/2} {
				cands = append(cands, fyne.NewPos(max(l.ox, min(x, l.ox+l.drawn.Width-box.Width)),
					max(l.oy, min(y, l.oy+l.drawn.Height-box.Height))))
			}
		}
	}
	inside = func(p fyne.Position) bool {
		return p.X >= at.X && p.Y >= at.Y && p.X+box.Width <= at.X+sz.Width && p.Y+box.Height <= at.Y+sz.Height
	}
	return lines, lh, box, inside, cands
}

// label is line n of area i's label, made the first time a layout needs it.
func (r *mapRenderer) label(i, n int) *canvas.Text {
	for len(r.labels[i]) <= n {
		r.labels[i] = append(r.labels[i], canvas.NewText("", nil))
	}
	return r.labels[i][n]
}
