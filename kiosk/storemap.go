package kiosk

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
)

// storeMap draws the store's floor plan: aisles and zones as rectangles, the product's area
// highlighted and labelled with its name, a dot at its side and bay, and "You are here" at
// this kiosk. The words above it already say where to go; the map shows the way.
type storeMap struct {
	widget.BaseWidget
	a      *App
	plan   *floorplan.Plan
	loc    inventory.Location
	here   string // the marker that is this kiosk
	hereAs string // its label: "You are here"
}

func (a *App) newStoreMap(loc inventory.Location) *storeMap {
	m := &storeMap{a: a, plan: a.plan, loc: loc, here: a.cfg.Kiosk.Here,
		hereAs: a.t("ui.map.here", "You are here")}
	m.ExtendBaseWidget(m)
	return m
}

func (m *storeMap) heightFor(w float32) float32 {
	if m.plan == nil {
		return 0
	}
	return w * float32(m.plan.Height/m.plan.Width)
}

func (m *storeMap) MinSize() fyne.Size { return fyne.NewSize(120, 80) }

func (m *storeMap) CreateRenderer() fyne.WidgetRenderer { return &mapRenderer{m: m} }

type mapRenderer struct {
	m    *storeMap
	objs []fyne.CanvasObject
}

func (r *mapRenderer) Objects() []fyne.CanvasObject { return r.objs }
func (r *mapRenderer) MinSize() fyne.Size           { return r.m.MinSize() }
func (r *mapRenderer) Refresh()                     { r.Layout(r.m.Size()); canvas.Refresh(r.m) }
func (r *mapRenderer) Destroy()                     {}

func (r *mapRenderer) Layout(size fyne.Size) {
	m := r.m
	r.objs = r.objs[:0]
	p := m.plan
	if p == nil || size.Width <= 0 || size.Height <= 0 {
		return
	}
	s := min(size.Width/float32(p.Width), size.Height/float32(p.Height))
	drawn := fyne.NewSize(float32(p.Width)*s, float32(p.Height)*s)
	ox := (size.Width - drawn.Width) / 2
	oy := float32(0) // level with the words beside it
	pt := func(x, y float64) fyne.Position { return fyne.NewPos(ox+float32(x)*s, oy+float32(y)*s) }
	rectOf := func(a floorplan.Area) (fyne.Position, fyne.Size) {
		return pt(a.X, a.Y), fyne.NewSize(float32(a.W)*s, float32(a.H)*s)
	}

	floor := canvas.NewRectangle(themeColor(colorMapFloor))
	floor.StrokeColor, floor.StrokeWidth = themeColor(colorMapEdge), 2
	floor.Move(pt(0, 0))
	floor.Resize(drawn)
	r.objs = append(r.objs, floor)

	// Labels grow with the text size, but not past what the drawn map can hold.
	body := min(themeSize(sizeText), drawn.Width/22)
	small := body * 0.8

	// Labels are placed most important first; a later one that would cover an earlier one
	// is moved, or left out if it must (the words above the map say it all anyway).
	var taken []fyne.Position
	var takenSize []fyne.Size
	fits := func(pos fyne.Position, sz fyne.Size) bool {
		if pos.X < ox || pos.Y < oy || pos.X+sz.Width > ox+drawn.Width || pos.Y+sz.Height > oy+drawn.Height {
			return false
		}
		for i, q := range taken {
			if pos.X < q.X+takenSize[i].Width && q.X < pos.X+sz.Width && pos.Y < q.Y+takenSize[i].Height && q.Y < pos.Y+sz.Height {
				return false
			}
		}
		return true
	}
	text := func(s string, size float32, c fyne.ThemeColorName, bold bool) (*canvas.Text, fyne.Size) {
		t := canvas.NewText(s, themeColor(c))
		t.TextSize, t.TextStyle = size, fyne.TextStyle{Bold: bold}
		return t, fyne.MeasureText(s, size, t.TextStyle)
	}
	// place puts a label at the first candidate that is free; a required one goes to the
	// first candidate, kept inside the map, when none is.
	place := func(objs []fyne.CanvasObject, sz fyne.Size, required bool, cands ...fyne.Position) (fyne.Position, bool) {
		at, ok := cands[0], false
		for _, c := range cands {
			if fits(c, sz) {
				at, ok = c, true
				break
			}
		}
		if !ok && !required {
			return at, false
		}
		if !ok {
			at.X = max(ox, min(at.X, ox+drawn.Width-sz.Width))
			at.Y = max(oy, min(at.Y, oy+drawn.Height-sz.Height))
		}
		taken, takenSize = append(taken, at), append(takenSize, sz)
		r.objs = append(r.objs, objs...)
		return at, true
	}
	around := func(at fyne.Position, d float32, sz fyne.Size) []fyne.Position {
		return []fyne.Position{
			{X: at.X + d/2 + 4, Y: at.Y - sz.Height/2},
			{X: at.X - d/2 - 4 - sz.Width, Y: at.Y - sz.Height/2},
			{X: at.X - sz.Width/2, Y: at.Y - d/2 - sz.Height},
			{X: at.X - sz.Width/2, Y: at.Y + d/2},
		}
	}

	target, hasTarget := p.Area(m.loc.Aisle)
	for _, a := range p.Areas {
		at, sz := rectOf(a)
		rect := canvas.NewRectangle(themeColor(colorMapArea))
		rect.StrokeColor, rect.StrokeWidth = themeColor(colorMapEdge), 2
		if hasTarget && a.Name == target.Name {
			rect.FillColor, rect.StrokeColor, rect.StrokeWidth = themeColor(colorMapTarget), themeColor(colorMapTarget), 4
		}
		rect.Move(at)
		rect.Resize(sz)
		r.objs = append(r.objs, rect)
	}

	if hasTarget {
		// The side and bay, as a dot on the aisle.
		if x, y, ok := target.Spot(m.loc.Side, m.loc.Bay); ok {
			d := max(14, body*0.6)
			dot := canvas.NewCircle(themeColor(colorMapHere))
			dot.StrokeColor, dot.StrokeWidth = themeColor(colorMapFloor), 3
			c := pt(x, y)
			dot.Move(fyne.NewPos(c.X-d/2, c.Y-d/2))
			dot.Resize(fyne.NewSize(d, d))
			r.objs = append(r.objs, dot)
		}
		// Its name, large, on it or beside it.
		t, tsz := text(target.Name, body, colorMapOnTarget, true)
		pad := float32(8)
		box := fyne.NewSize(tsz.Width+2*pad, tsz.Height+pad)
		at, asz := rectOf(target)
		cx := at.X + asz.Width/2 - box.Width/2
		cy := at.Y + asz.Height/2 - box.Height/2
		var cands []fyne.Position
		if asz.Width >= box.Width {
			cands = append(cands, fyne.NewPos(cx, cy))
		}
		cands = append(cands, fyne.NewPos(cx, at.Y-box.Height-4), fyne.NewPos(cx, at.Y+asz.Height+4),
			fyne.NewPos(at.X+asz.Width+6, cy), fyne.NewPos(at.X-box.Width-6, cy), fyne.NewPos(cx, cy))
		bg := canvas.NewRectangle(themeColor(colorMapTarget))
		bg.CornerRadius = 6
		pos, _ := place([]fyne.CanvasObject{bg, t}, box, true, cands...)
		bg.Move(pos)
		bg.Resize(box)
		t.Move(fyne.NewPos(pos.X+pad, pos.Y+pad/2))
		t.Resize(tsz)
	}

	dot := func(mk floorplan.Marker, c fyne.ThemeColorName, d float32) fyne.Position {
		circle := canvas.NewCircle(themeColor(c))
		circle.StrokeColor, circle.StrokeWidth = themeColor(colorMapEdge), 2
		at := pt(mk.X, mk.Y)
		circle.Move(fyne.NewPos(at.X-d/2, at.Y-d/2))
		circle.Resize(fyne.NewSize(d, d))
		r.objs = append(r.objs, circle)
		return at
	}
	if mk, ok := p.Marker(m.here); ok {
		d := max(20, body*0.8)
		at := dot(mk, colorMapHere, d)
		t, tsz := text(m.hereAs, body, colorForeground, true)
		pos, _ := place([]fyne.CanvasObject{t}, tsz, true, around(at, d, tsz)...)
		t.Move(pos)
		t.Resize(tsz)
	}
	for _, mk := range p.Markers {
		if strings.EqualFold(mk.Name, m.here) {
			continue
		}
		d := max(12, small*0.6)
		at := dot(mk, colorForeground, d)
		t, tsz := text(mk.Label, small, colorForeground, false)
		if pos, ok := place([]fyne.CanvasObject{t}, tsz, false, around(at, d, tsz)...); ok {
			t.Move(pos)
			t.Resize(tsz)
		}
	}

	// Area names last: aisle numbers at the top of their aisle (they may spill a little into
	// the gaps), zone names wrapped inside their zone.
	for _, a := range p.Areas {
		if hasTarget && a.Name == target.Name {
			continue
		}
		at, sz := rectOf(a)
		if a.Kind == "aisle" {
			size := small
			if w := fyne.MeasureText(a.Label, size, fyne.TextStyle{}).Width; w > sz.Width*1.45 {
				size = size * sz.Width * 1.45 / w
			}
			if size < 12 {
				continue
			}
			t, tsz := text(a.Label, size, colorForeground, false)
			if pos, ok := place([]fyne.CanvasObject{t}, tsz, false, fyne.NewPos(at.X+(sz.Width-tsz.Width)/2, at.Y+4)); ok {
				t.Move(pos)
				t.Resize(tsz)
			}
			continue
		}
		size := small
		var lines []string
		var lh float32
		for size >= 12 {
			lines = wrapText(a.Label, sz.Width-6, size, fyne.TextStyle{})
			lh = fyne.MeasureText("Ág", size, fyne.TextStyle{}).Height
			// Shrink rather than break a word.
			ok := float32(len(lines))*lh <= sz.Height-4
			for _, word := range strings.Fields(a.Label) {
				ok = ok && fyne.MeasureText(word, size, fyne.TextStyle{}).Width <= sz.Width-6
			}
			if ok {
				break
			}
			size *= 0.9
		}
		if size < 12 {
			continue
		}
		y := at.Y + (sz.Height-float32(len(lines))*lh)/2
		for _, l := range lines {
			t, tsz := text(l, size, colorForeground, false)
			if pos, ok := place([]fyne.CanvasObject{t}, tsz, false, fyne.NewPos(at.X+(sz.Width-tsz.Width)/2, y)); ok {
				t.Move(pos)
				t.Resize(tsz)
			}
			y += lh
		}
	}
}
