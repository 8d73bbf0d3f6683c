package ui

import (
	"image"
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/widget"
	qrcode "github.com/skip2/go-qrcode"

	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
)

// The list as a QR code: the list's plain text, which a phone's camera shows as text. No web
// address and no account: nothing leaves the store, and the code works with no data plan.

// listQR is the QR code of text, black on white whatever the look (phones read that best),
// or nil when the text is too long for one.
func listQR(text string) image.Image {
	for _, level := range []qrcode.RecoveryLevel{qrcode.Medium, qrcode.Low} {
		q, err := qrcode.New(text, level)
		if err != nil {
			continue
		}
		q.ForegroundColor, q.BackgroundColor = color.Black, color.White
		return q.Image(-4) // 4 pixels a module; the screen scales it, keeping modules crisp
	}
	return nil
}

// newListQR shows the list's QR code with what it is, under a line saying so.
func newListQR(a *App) *screen {
	text := a.listDoc().Text()
	s := &screen{name: "list-qr"}
	img := listQR(text)
	if img == nil {
		s.said = a.t("ui.list.qrlong", "Your list is too long for a QR code. Please print it, or ask a staff member.")
		s.body = a.newPaged([]fyne.CanvasObject{kit.Body(s.said)})
		a.sayNow(s.said)
		return s
	}
	s.said = a.t("ui.list.qrhow", "Point your phone's camera at the code to keep your list. It is the list as plain text: no web address, no account.")
	a.sayNow(s.said)
	qr := newQRView(img)
	s.body = kit.ColumnFill(qr, kit.Body(s.said), qr)
	return s
}

// qrView is a square image that takes the room the screen leaves it, at least 200 px.
type qrView struct {
	widget.BaseWidget
	img *canvas.Image
}

func newQRView(img image.Image) *qrView {
	v := &qrView{img: canvas.NewImageFromImage(img)}
	v.img.FillMode = canvas.ImageFillContain
	v.img.ScaleMode = canvas.ImageScalePixels
	v.ExtendBaseWidget(v)
	return v
}

func (v *qrView) HeightFor(float32) float32 { return 200 }

func (v *qrView) MinSize() fyne.Size { return fyne.NewSize(200, 200) }

func (v *qrView) CreateRenderer() fyne.WidgetRenderer { return widget.NewSimpleRenderer(v.img) }
