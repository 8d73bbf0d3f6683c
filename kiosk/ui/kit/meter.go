package kit

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// Meter shows how loud the microphone hears the shopper, so they know it is listening.
type Meter struct {
	widget.BaseWidget
	level float64
	frame *canvas.Rectangle
	bar   *canvas.Rectangle
}

// NewMeter is a meter at level 0.
func NewMeter() *Meter {
	m := &Meter{frame: canvas.NewRectangle(nil), bar: canvas.NewRectangle(nil)}
	m.ExtendBaseWidget(m)
	return m
}

// SetLevel shows the loudness v, 0 to 1.
func (m *Meter) SetLevel(v float64) {
	m.level = max(0, min(1, v))
	m.Refresh()
}

func (m *Meter) HeightFor(float32) float32 { return 40 }
func (m *Meter) MinSize() fyne.Size        { return fyne.NewSize(100, 40) }

func (m *Meter) CreateRenderer() fyne.WidgetRenderer { return &meterRenderer{m: m} }

type meterRenderer struct{ m *Meter }

func (r *meterRenderer) Layout(size fyne.Size) {
	m := r.m
	m.frame.FillColor = theme.Color(theme.ColorPanel)
	m.frame.StrokeColor, m.frame.StrokeWidth = theme.Color(theme.ColorBorder), 3
	m.frame.Resize(size)
	m.bar.FillColor = theme.Color(theme.ColorPrimary)
	m.bar.Move(fyne.NewPos(4, 4))
	m.bar.Resize(fyne.NewSize(max(0, (size.Width-8)*float32(m.level)), size.Height-8))
}
func (r *meterRenderer) MinSize() fyne.Size { return r.m.MinSize() }
func (r *meterRenderer) Objects() []fyne.CanvasObject {
	return []fyne.CanvasObject{r.m.frame, r.m.bar}
}
func (r *meterRenderer) Refresh() {
	r.Layout(r.m.Size())
	r.m.frame.Refresh()
	r.m.bar.Refresh()
}
func (r *meterRenderer) Destroy() {}
