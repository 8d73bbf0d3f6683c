package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// refreshSpy counts the times it is refreshed: put in the chrome's container, it is
// refreshed whenever the whole window is (the chrome's layout places only the first three
// objects, so it is never drawn).
type refreshSpy struct {
	widget.BaseWidget
	n int
}

func (s *refreshSpy) Refresh() { s.n++ }

func (s *refreshSpy) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(&fyne.Container{})
}

// The attract screen's next example changes the button's words and nothing else: the same
// objects at the same places, the rest of the window neither laid out nor refreshed again.
// (On a software-rendered display every change repaints the whole window; refreshing the
// whole tree on top of it, every attractEvery on an idle kiosk, is work for nothing.)
func TestAttractExampleChangesOnlyTheButton(t *testing.T) {
	k := newKit(t, sizeLandscape)
	a := k.app
	k.expectScreen("attract")
	spy := &refreshSpy{}
	spy.ExtendBaseWidget(spy)
	a.main.Objects = append(a.main.Objects, spy)

	b := k.find("Touch here to start")
	inButton := map[fyne.CanvasObject]bool{}
	walkAll(b, func(o fyne.CanvasObject, _ fyne.Position) { inButton[o] = true })
	type place struct {
		at   fyne.Position
		size fyne.Size
	}
	places := func() map[fyne.CanvasObject]place {
		m := map[fyne.CanvasObject]place{}
		walkAll(a.root, func(o fyne.CanvasObject, at fyne.Position) {
			if o == b || !inButton[o] {
				m[o] = place{at, o.Size()}
			}
		})
		return m
	}
	before, detail := places(), b.Detail

	for i := range 3 {
		k.clock.Add(attractEvery)
		a.idle.tick()
		a.settle()
		if got := k.find("Touch here to start"); got != b {
			t.Fatalf("change %d: the attract screen's button was made again", i+1)
		}
		if len(b.Detail) == 0 || b.Detail[0] == detail[0] {
			t.Fatalf("change %d: the example did not change: %q", i+1, b.Detail)
		}
		detail = b.Detail
		if spy.n > 0 {
			t.Fatalf("change %d: the whole window was refreshed (%d times) for the next example", i+1, spy.n)
		}
		after := places()
		for o, p := range before {
			if q, ok := after[o]; !ok {
				t.Errorf("change %d: %T left the screen", i+1, o)
			} else if q != p {
				t.Errorf("change %d: %T moved from %v %v to %v %v", i+1, o, p.at, p.size, q.at, q.size)
			}
		}
		if len(after) != len(before) {
			t.Errorf("change %d: %d objects outside the button, were %d", i+1, len(after), len(before))
		}
	}
	// The button's words are laid out in it: every line of the example shows, inside it.
	lines := 0
	walkAll(b, func(o fyne.CanvasObject, at fyne.Position) {
		if tx, ok := o.(*fyneText); ok && tx.Text != "" {
			lines++
			at = at.Subtract(b.Position()) // walkAll starts at the button's place in its parent
			end := at.Add(fyne.NewPos(tx.Size().Width, tx.Size().Height))
			if at.X < 0 || at.Y < 0 || end.X > b.Size().Width+0.5 || end.Y > b.Size().Height+0.5 {
				t.Errorf("%q at %v %v lies outside the button (%v)", tx.Text, at, tx.Size(), b.Size())
			}
		}
	})
	if lines < 2 {
		t.Errorf("the attract button shows %d lines of text, want its label and the example", lines)
	}
}
