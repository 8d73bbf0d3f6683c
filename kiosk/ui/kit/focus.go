package kit

import (
	"math"

	"fyne.io/fyne/v2"
)

// Target is a control the shopper can reach and where it is on the screen.
type Target struct {
	Button *Button
	Pos    fyne.Position
	Size   fyne.Size
}

// Parent is a widget with controls inside it, which Targets looks into.
type Parent interface{ Children() []fyne.CanvasObject }

// Targets lists the visible controls under root, in reading order (the order they are
// drawn), with their positions relative to root.
func Targets(root fyne.CanvasObject) []Target {
	var out []Target
	visit(root, func(o fyne.CanvasObject, at fyne.Position) {
		if b, ok := o.(*Button); ok {
			out = append(out, Target{Button: b, Pos: at, Size: b.Size()})
		}
	})
	return out
}

// visit visits every visible object under o, inside containers and Parents, with its
// position relative to o's parent.
func visit(o fyne.CanvasObject, fn func(o fyne.CanvasObject, at fyne.Position)) {
	walk(o, fyne.Position{}, fn)
}

func walk(o fyne.CanvasObject, at fyne.Position, fn func(o fyne.CanvasObject, at fyne.Position)) {
	if o == nil || !o.Visible() {
		return
	}
	at = at.Add(o.Position())
	fn(o, at)
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			walk(c, at, fn)
		}
	case Parent:
		for _, c := range v.Children() {
			walk(c, at, fn)
		}
	}
}

// FirstTarget is the top-left control.
func FirstTarget(ts []Target) int {
	best := 0
	for i, t := range ts {
		b := ts[best]
		if t.Pos.Y < b.Pos.Y-1 || (math.Abs(float64(t.Pos.Y-b.Pos.Y)) <= 1 && t.Pos.X < b.Pos.X) {
			best = i
		}
	}
	return best
}

// NextTarget picks the control nearest to ts[cur] in direction dir: it must lie that way,
// and those in line with the current one (overlapping across the direction) win over those
// off to the side.
func NextTarget(ts []Target, cur int, dir fyne.KeyName) int {
	c := ts[cur]
	best, bestScore := -1, float32(math.MaxFloat32)
	for i, t := range ts {
		if i == cur {
			continue
		}
		var along, across float32
		switch dir {
		case fyne.KeyRight:
			along = t.Pos.X - (c.Pos.X + c.Size.Width)
			across = spanGap(c.Pos.Y, c.Size.Height, t.Pos.Y, t.Size.Height)
			if t.Pos.X+t.Size.Width/2 <= c.Pos.X+c.Size.Width/2 {
				continue
			}
		case fyne.KeyLeft:
			along = c.Pos.X - (t.Pos.X + t.Size.Width)
			across = spanGap(c.Pos.Y, c.Size.Height, t.Pos.Y, t.Size.Height)
			if t.Pos.X+t.Size.Width/2 >= c.Pos.X+c.Size.Width/2 {
				continue
			}
		case fyne.KeyDown:
			along = t.Pos.Y - (c.Pos.Y + c.Size.Height)
			across = spanGap(c.Pos.X, c.Size.Width, t.Pos.X, t.Size.Width)
			if t.Pos.Y+t.Size.Height/2 <= c.Pos.Y+c.Size.Height/2 {
				continue
			}
		case fyne.KeyUp:
			along = c.Pos.Y - (t.Pos.Y + t.Size.Height)
			across = spanGap(c.Pos.X, c.Size.Width, t.Pos.X, t.Size.Width)
			if t.Pos.Y+t.Size.Height/2 >= c.Pos.Y+c.Size.Height/2 {
				continue
			}
		}
		score := max(along, 0) + 4*across
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	return best
}

// spanGap is the distance between two spans on one axis, 0 when they overlap.
func spanGap(a, al, b, bl float32) float32 {
	switch {
	case b > a+al:
		return b - (a + al)
	case a > b+bl:
		return a - (b + bl)
	}
	return 0
}
