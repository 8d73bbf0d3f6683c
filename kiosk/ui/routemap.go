package ui

import (
	"slices"
	"strconv"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/storekiosk/storekiosk/kiosk/floorplan"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// routeMap draws the shopper's walk on the store map: the aisles and zones, the route from
// "You are here" as a thick line, and each stop as a numbered disc matching the list's
// numbers.
type routeMap struct {
	widget.BaseWidget
	plan   *floorplan.Plan
	start  floorplan.Point
	stops  []listStop
	path   []floorplan.Point // the whole walk's corners, in plan units
	hereAs string
}

func (a *App) newRouteMap(start floorplan.Point, stops []listStop) *routeMap {
	m := &routeMap{plan: a.plan, start: start, stops: stops, hereAs: a.t("ui.map.here", "You are here")}
	at := start
	m.path = []floorplan.Point{start}
	for _, s := range stops {
		if leg := a.router.Path(at, s.at); len(leg) > 1 {
			m.path = append(m.path, leg[1:]...)
		}
		at = s.at
	}
	m.ExtendBaseWidget(m)
	return m
}

func (m *routeMap) HeightFor(w float32) float32 { return w * float32(m.plan.Height/m.plan.Width) }

// Flexible: it shrinks to fit a page, keeping its shape.
func (m *routeMap) Flexible() {}

func (m *routeMap) MinSize() fyne.Size { return fyne.NewSize(120, 80) }

func (m *routeMap) CreateRenderer() fyne.WidgetRenderer {
	r := &routeRenderer{m: m, floor: canvas.NewRectangle(nil), hereDot: canvas.NewCircle(nil),
		hereTxt: canvas.NewText("", nil)}
	for range m.plan.Areas {
		r.areas = append(r.areas, canvas.NewRectangle(nil))
		r.plates = append(r.plates, canvas.NewRectangle(nil))
		r.labels = append(r.labels, nil)
	}
	for i := 1; i < len(m.path); i++ {
		r.legs = append(r.legs, canvas.NewLine(nil))
	}
	for _, s := range m.stops {
		r.discs = append(r.discs, canvas.NewCircle(nil))
		r.nums = append(r.nums, canvas.NewText(strconv.Itoa(s.n), nil))
	}
	r.colour()
	return r
}

// routeRenderer lays the map out afresh each time: what is drawn depends on the room.
type routeRenderer struct {
	m       *routeMap
	floor   *canvas.Rectangle
	areas   []*canvas.Rectangle
	plates  []*canvas.Rectangle // per area: the plate under its label
	labels  [][]*canvas.Text    // per area: its label's lines (grown as needed)
	legs    []*canvas.Line
	discs   []*canvas.Circle
	nums    []*canvas.Text
	hereDot *canvas.Circle
	hereTxt *canvas.Text
	objs    []fyne.CanvasObject // what is drawn now, in drawing order
}

func (r *routeRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *routeRenderer) MinSize() fyne.Size           { return r.m.MinSize() }
func (r *routeRenderer) Destroy()                     {}

func (r *routeRenderer) Refresh() {
	r.colour()
	r.Layout(r.m.Size())
	for _, o := range r.objs {
		o.Refresh()
	}
}

func (r *routeRenderer) colour() {
	r.floor.FillColor = theme.Color(theme.ColorMapFloor)
	r.floor.StrokeColor, r.floor.StrokeWidth = theme.Color(theme.ColorMapEdge), 2
	for _, a := range r.areas {
		a.FillColor = theme.Color(theme.ColorMapArea)
		a.StrokeColor, a.StrokeWidth = theme.Color(theme.ColorMapEdge), 2
	}
	for _, pl := range r.plates {
		pl.FillColor, pl.StrokeColor = theme.Color(theme.ColorMapArea), theme.Color(theme.ColorMapEdge)
	}
	for _, ls := range r.labels {
		for _, t := range ls {
			t.Color = theme.Color(theme.ColorForeground)
		}
	}
	for _, l := range r.legs {
		l.StrokeColor = theme.Color(theme.ColorMapTarget)
	}
	for i := range r.discs {
		r.discs[i].FillColor = theme.Color(theme.ColorMapTarget)
		r.discs[i].StrokeColor, r.discs[i].StrokeWidth = theme.Color(theme.ColorMapFloor), 3
		r.nums[i].Color = theme.Color(theme.ColorMapOnTarget)
		r.nums[i].TextStyle = fyne.TextStyle{Bold: true}
	}
	r.hereDot.FillColor = theme.Color(theme.ColorMapHere)
	r.hereDot.StrokeColor, r.hereDot.StrokeWidth = theme.Color(theme.ColorMapEdge), 2
	r.hereTxt.Color = theme.Color(theme.ColorForeground)
	r.hereTxt.TextStyle = fyne.TextStyle{Bold: true}
}

func (r *routeRenderer) Layout(size fyne.Size) {
	p := r.m.plan
	r.objs = r.objs[:0]
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	s := min(size.Width/float32(p.Width), size.Height/float32(p.Height))
	drawn := fyne.NewSize(float32(p.Width)*s, float32(p.Height)*s)
	l := &mapLayout{objs: &r.objs, ox: (size.Width - drawn.Width) / 2, s: s, drawn: drawn}
	l.floorAndAreas(r.floor, r.areas, p.Areas)
	// Labels never below theme.MapLabelMin; the route, the stops and "You are here" come
	// first, and no label covers them: the route is what matters here.
	body := max(theme.MapLabelMin, min(theme.Size(theme.SizeText), drawn.Width/22))
	small := max(theme.MapLabelMin, body*0.7)
	width := max(4, body/4)
	for i, ln := range r.legs {
		a, b := r.m.path[i], r.m.path[i+1]
		ln.StrokeWidth = width
		ln.Position1, ln.Position2 = l.pt(a.X, a.Y), l.pt(b.X, b.Y)
		r.objs = append(r.objs, ln)
		l.keepOff(ln.Position1, ln.Position2, width)
	}
	d := max(20, body*0.8)
	here := l.pt(r.m.start.X, r.m.start.Y)
	r.hereDot.Move(fyne.NewPos(here.X-d/2, here.Y-d/2))
	r.hereDot.Resize(fyne.NewSize(d, d))
	l.mark(r.hereDot)
	// Stops: discs big enough for their number in bold at body size, on their place, or just
	// beside it when another stop's disc is there already.
	nd := max(28, body*1.5)
	for i, st := range r.m.stops {
		c := l.pt(st.at.X, st.at.Y)
		for _, off := range []fyne.Position{{}, {Y: -nd}, {Y: nd}, {X: nd}, {X: -nd}, {X: nd, Y: -nd}, {X: -nd, Y: nd}} {
			at := fyne.NewPos(c.X+off.X-nd/2, c.Y+off.Y-nd/2)
			if !overlaps(at, fyne.NewSize(nd, nd), r.hereDot) && !slices.ContainsFunc(r.discs[:i], func(o *canvas.Circle) bool {
				return overlaps(at, fyne.NewSize(nd, nd), o)
			}) {
				c = fyne.NewPos(c.X+off.X, c.Y+off.Y)
				break
			}
		}
		r.discs[i].Move(fyne.NewPos(c.X-nd/2, c.Y-nd/2))
		r.discs[i].Resize(fyne.NewSize(nd, nd))
		l.mark(r.discs[i])
		n := r.nums[i]
		n.TextSize = body
		nsz := fyne.MeasureText(n.Text, body, n.TextStyle)
		n.Move(fyne.NewPos(c.X-nsz.Width/2, c.Y-nsz.Height/2))
		n.Resize(nsz)
		r.objs = append(r.objs, n)
	}
	r.hereTxt.Text, r.hereTxt.TextSize = r.m.hereAs, body
	hsz := fyne.MeasureText(r.hereTxt.Text, body, r.hereTxt.TextStyle)
	pos, _ := l.place([]fyne.CanvasObject{r.hereTxt}, hsz, true, around(here, d, hsz)...)
	r.hereTxt.Move(pos)
	r.hereTxt.Resize(hsz)
	// Each area's short label, where it fits.
	for i, a := range p.Areas {
		lines, lh, box, inside, cands := l.areaLabel(a, small)
		for len(r.labels[i]) < len(lines) {
			t := canvas.NewText("", theme.Color(theme.ColorForeground))
			r.labels[i] = append(r.labels[i], t)
		}
		objs := []fyne.CanvasObject{r.plates[i]}
		for n := range lines {
			objs = append(objs, r.labels[i][n])
		}
		pos, ok := l.place(objs, box, false, cands...)
		if !ok {
			continue
		}
		showPlate(r.plates[i], pos, box, inside)
		y := pos.Y
		for n, line := range lines {
			t := r.labels[i][n]
			t.Text, t.TextSize = line, small
			tsz := fyne.MeasureText(line, small, t.TextStyle)
			t.Move(fyne.NewPos(pos.X+(box.Width-tsz.Width)/2, y))
			t.Resize(tsz)
			y += lh
		}
	}
}

// overlaps says whether a box at at of size sz overlaps o.
func overlaps(at fyne.Position, sz fyne.Size, o fyne.CanvasObject) bool {
	q, qs := o.Position(), o.Size()
	return at.X < q.X+qs.Width && q.X < at.X+sz.Width && at.Y < q.Y+qs.Height && q.Y < at.Y+sz.Height
}
