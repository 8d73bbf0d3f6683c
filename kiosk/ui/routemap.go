package ui

import (
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
		r.labels = append(r.labels, canvas.NewText("", nil))
	}
	for i := 1; i < len(m.path); i++ {
		r.legs = append(r.legs, canvas.NewLine(nil))
	}
	for _, s := range m.stops {
		r.discs = append(r.discs, canvas.NewCircle(nil))
		r.nums = append(r.nums, canvas.NewText(strconv.Itoa(s.n), nil))
	}
	r.objs = append(r.objs, r.floor)
	for i := range r.areas {
		r.objs = append(r.objs, r.areas[i])
	}
	for i := range r.labels {
		r.objs = append(r.objs, r.labels[i])
	}
	for _, l := range r.legs {
		r.objs = append(r.objs, l)
	}
	r.objs = append(r.objs, r.hereDot, r.hereTxt)
	for i := range r.discs {
		r.objs = append(r.objs, r.discs[i], r.nums[i])
	}
	r.colour()
	return r
}

type routeRenderer struct {
	m       *routeMap
	floor   *canvas.Rectangle
	areas   []*canvas.Rectangle
	labels  []*canvas.Text
	legs    []*canvas.Line
	discs   []*canvas.Circle
	nums    []*canvas.Text
	hereDot *canvas.Circle
	hereTxt *canvas.Text
	objs    []fyne.CanvasObject
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
	for _, t := range r.labels {
		t.Color = theme.Color(theme.ColorForeground)
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
	if size.Width <= 0 || size.Height <= 0 {
		return
	}
	s := min(size.Width/float32(p.Width), size.Height/float32(p.Height))
	drawn := fyne.NewSize(float32(p.Width)*s, float32(p.Height)*s)
	ox := (size.Width - drawn.Width) / 2
	pt := func(x, y float64) fyne.Position { return fyne.NewPos(ox+float32(x)*s, float32(y)*s) }
	r.floor.Move(pt(0, 0))
	r.floor.Resize(drawn)
	body := min(theme.Size(theme.SizeText), drawn.Width/22)
	small := body * 0.7
	var taken []fyne.Position // labels placed so far, with their sizes: none covers another
	var takenSize []fyne.Size
	free := func(at fyne.Position, sz fyne.Size) bool {
		for i, q := range taken {
			if at.X < q.X+takenSize[i].Width && q.X < at.X+sz.Width && at.Y < q.Y+takenSize[i].Height && q.Y < at.Y+sz.Height {
				return false
			}
		}
		return true
	}
	for i, a := range p.Areas {
		r.areas[i].Move(pt(a.X, a.Y))
		r.areas[i].Resize(fyne.NewSize(float32(a.W)*s, float32(a.H)*s))
	}
	width := max(4, body/4)
	for i, l := range r.legs {
		a, b := r.m.path[i], r.m.path[i+1]
		l.StrokeWidth = width
		l.Position1, l.Position2 = pt(a.X, a.Y), pt(b.X, b.Y)
	}
	d := max(20, body*0.8)
	here := pt(r.m.start.X, r.m.start.Y)
	r.hereDot.Move(fyne.NewPos(here.X-d/2, here.Y-d/2))
	r.hereDot.Resize(fyne.NewSize(d, d))
	r.hereTxt.Text, r.hereTxt.TextSize = r.m.hereAs, body
	hsz := fyne.MeasureText(r.hereTxt.Text, body, r.hereTxt.TextStyle)
	hx := here.X + d/2 + 4
	if hx+hsz.Width > ox+drawn.Width {
		hx = here.X - d/2 - 4 - hsz.Width
	}
	hy := min(max(here.Y-hsz.Height/2, 0), drawn.Height-hsz.Height)
	r.hereTxt.Move(fyne.NewPos(max(hx, ox), hy))
	r.hereTxt.Resize(hsz)
	taken, takenSize = append(taken, r.hereTxt.Position()), append(takenSize, hsz)
	// Stops: discs big enough for their number in bold at body size.
	nd := max(28, body*1.5)
	for i, st := range r.m.stops {
		// On its place, or just beside it when another stop's disc is there already.
		c := pt(st.at.X, st.at.Y)
		for _, off := range []fyne.Position{{}, {Y: -nd}, {Y: nd}, {X: nd}, {X: -nd}, {X: nd, Y: -nd}, {X: -nd, Y: nd}} {
			at := fyne.NewPos(c.X+off.X-nd/2, c.Y+off.Y-nd/2)
			if free(at, fyne.NewSize(nd, nd)) {
				c = fyne.NewPos(c.X+off.X, c.Y+off.Y)
				break
			}
		}
		r.discs[i].Move(fyne.NewPos(c.X-nd/2, c.Y-nd/2))
		r.discs[i].Resize(fyne.NewSize(nd, nd))
		n := r.nums[i]
		n.TextSize = body
		nsz := fyne.MeasureText(n.Text, body, n.TextStyle)
		n.Move(fyne.NewPos(c.X-nsz.Width/2, c.Y-nsz.Height/2))
		n.Resize(nsz)
		taken, takenSize = append(taken, r.discs[i].Position()), append(takenSize, r.discs[i].Size())
	}
	// Each area's short label, where it fits and covers neither a stop nor "You are here":
	// the route is what matters here.
	for i, a := range p.Areas {
		at, sz := pt(a.X, a.Y), fyne.NewSize(float32(a.W)*s, float32(a.H)*s)
		t := r.labels[i]
		t.Text, t.TextSize = a.Label, small
		tsz := fyne.MeasureText(t.Text, small, t.TextStyle)
		pos := fyne.NewPos(at.X+(sz.Width-tsz.Width)/2, at.Y+4)
		t.Hidden = small < 12 || tsz.Width > sz.Width*1.6 || tsz.Height > sz.Height || !free(pos, tsz)
		if !t.Hidden {
			taken, takenSize = append(taken, pos), append(takenSize, tsz)
		}
		t.Move(pos)
		t.Resize(tsz)
	}
}
