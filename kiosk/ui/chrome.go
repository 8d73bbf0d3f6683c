package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"

	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// buildChrome makes what is on every screen: Back, Home, Help and Settings at the top; Call
// a staff member, speech controls and the status line at the bottom.
func (a *App) buildChrome() {
	a.backBtn = a.newButton(a.t("ui.back", "Back"), kit.IconBack(), kit.StylePlain, a.back)
	a.homeBtn = a.newButton(a.t("ui.home", "Home"), kit.IconHome(), kit.StylePlain, a.goHome)
	a.helpBtn = a.newButton(a.t("ui.help", "Help"), kit.IconHelp(), kit.StylePlain, a.showHelp)
	a.settingsBtn = a.newButton(a.t("ui.settings", "Settings"), kit.IconTextSize, kit.StylePlain, a.showSettings)
	a.callBtn = a.newButton(a.t("ui.call", "Call a staff member"), kit.IconStaff(), kit.StyleCall, a.callStaff)
	a.repeatBtn = a.newButton(a.t("ui.repeat", "Repeat"), kit.IconRepeat(), kit.StylePlain, a.repeat)
	a.stopBtn = a.newButton(a.t("ui.stop", "Stop speaking"), kit.IconStop(), kit.StylePlain, a.stopSpeaking)
	a.repeatBtn.Immediate, a.stopBtn.Immediate = true, true
	for _, b := range []*kit.Button{a.backBtn, a.homeBtn, a.helpBtn, a.settingsBtn, a.callBtn, a.repeatBtn, a.stopBtn} {
		b.TextSize = theme.SizeChrome
	}
	a.status = kit.NewPara("", theme.SizeChrome, theme.ColorMuted, false)
	a.status.Center = true
	a.logo = a.newLogo()
	// Repeat and Stop speaking join the top bar in speech mode: the bottom left is the Call
	// button's alone, on every screen, so a shopper who has learnt where it is never
	// presses something else there (on Home, where Call is one of the big choices, it
	// stays empty).
	top := kit.Bar([]fyne.CanvasObject{a.logo, a.backBtn, a.homeBtn}, a.repeatBtn, a.stopBtn, a.helpBtn, a.settingsBtn)
	a.bodyBox = &fyne.Container{Layout: kit.FillLayout{}}
	bottom := kit.Bar([]fyne.CanvasObject{a.callBtn}, a.status)
	a.main = &fyne.Container{Layout: &chromeLayout{}, Objects: []fyne.CanvasObject{top, a.bodyBox, bottom}}
	a.root.setMain(a.main)
	a.updateStatus()
}

// chromeLayout: the top bar, the screen, the bottom bar, with a margin around.
type chromeLayout struct{}

func (chromeLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	m := kit.Gap()
	w := size.Width - 2*m
	top, body, bottom := objs[0], objs[1], objs[2]
	th := kit.HeightFor(top, w)
	bh := kit.HeightFor(bottom, w)
	top.Move(fyne.NewPos(m, m))
	top.Resize(fyne.NewSize(w, th))
	bottom.Move(fyne.NewPos(m, size.Height-m-bh))
	bottom.Resize(fyne.NewSize(w, bh))
	y := m + th
	if th > 0 {
		y += m * 1.5
	}
	bodyH := size.Height - m - bh - m*1.5 - y
	body.Move(fyne.NewPos(m, y))
	body.Resize(fyne.NewSize(w, max(0, bodyH)))
}

func (chromeLayout) MinSize([]fyne.CanvasObject) fyne.Size { return fyne.NewSize(320, 480) }

// rootView is the window's content: the screens, and the idle question on top when it
// shows. It hides the pointer in fullscreen (a touchscreen has none to show). It draws no
// background of its own: the window is cleared to the theme's background before every
// frame, and a rectangle over the whole window was one more full-screen layer to fill on
// every repaint (a third of an idle attract screen's frame in software GL).
type rootView struct {
	widget.BaseWidget
	a       *App
	main    fyne.CanvasObject
	overlay fyne.CanvasObject
}

func newRootView(a *App) *rootView {
	r := &rootView{a: a}
	r.ExtendBaseWidget(r)
	return r
}

func (r *rootView) setMain(o fyne.CanvasObject) {
	r.main = o
	r.Refresh()
}

func (r *rootView) setOverlay(o fyne.CanvasObject) {
	r.overlay = o
	r.Refresh()
}

func (r *rootView) Cursor() desktop.Cursor {
	if r.a.opt.Fullscreen {
		return desktop.HiddenCursor
	}
	return desktop.DefaultCursor
}

func (r *rootView) MinSize() fyne.Size { return fyne.NewSize(320, 480) }

func (r *rootView) Children() []fyne.CanvasObject {
	// The overlay (the idle question) covers the whole screen with an opaque background: the
	// screen under it is left out, so that Tab, which walks every control drawn, moves only
	// between the overlay's own buttons rather than through hidden ones.
	if r.overlay != nil {
		return []fyne.CanvasObject{r.overlay}
	}
	if r.main != nil {
		return []fyne.CanvasObject{r.main}
	}
	return nil
}

func (r *rootView) CreateRenderer() fyne.WidgetRenderer { return &rootRenderer{r: r} }

type rootRenderer struct{ r *rootView }

func (rr *rootRenderer) Layout(size fyne.Size) {
	a := rr.r.a
	if th, ok := a.fa.Settings().Theme().(*theme.Theme); ok && th.IsRoomy() != th.ForScreen(size).IsRoomy() {
		// The window crossed theme.Roomy (it went fullscreen): the chrome's size changes,
		// once the layout under way is done.
		a.do(func() {
			if a.curBuild == nil {
				return
			}
			a.applyTheme()
			a.buildChrome()
			a.show(a.curBuild)
		})
	}
	for _, o := range rr.r.Children() {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

func (rr *rootRenderer) MinSize() fyne.Size { return rr.r.MinSize() }

func (rr *rootRenderer) Objects() []fyne.CanvasObject {
	return rr.r.Children()
}

func (rr *rootRenderer) Refresh() {
	rr.Layout(rr.r.Size())
	for _, o := range rr.r.Children() {
		o.Refresh()
	}
}

func (rr *rootRenderer) Destroy() {}
