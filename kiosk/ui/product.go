package ui

import (
	"strings"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
)

// newProduct shows one product, large, with the store map beside or below it when there is
// room, else on the page after.
func newProduct(a *App, p *inventory.Product) *screen {
	details := func() []fyne.CanvasObject {
		name := kit.NewPara(p.DisplayName(), theme.SizeHeading, theme.ColorForeground, true)
		price := kit.NewPara(a.t("ui.product.price", "Price: {{.Price}}", map[string]any{"Price": p.Price.String()}),
			theme.SizeHeading, theme.ColorForeground, true)
		if p.Unit != "" {
			price.Text += " " + a.t("ui.product.unit", "({{.Unit}})", map[string]any{"Unit": p.Unit})
		}
		stock := a.fact(stockIcon(p), stockTint(p), capitalise(answer.StockWord(a.words, p)))
		place := a.fact(kit.IconPlace, theme.ColorForeground, capitalise(answer.Place(a.words, p.Location)))
		myList, updateList := a.myListButton()
		add := a.addButton(p, nil, updateList)
		// Where first: it is what most shoppers came for.
		items := []fyne.CanvasObject{name, place, price, stock, kit.Flow(add, myList)}
		if p.Brand != "" {
			items = append(items, kit.Body(a.t("ui.product.brand", "Brand: {{.Brand}}",
				map[string]any{"Brand": inventory.CleanText(p.Brand)})))
		}
		if len(p.Tags) > 0 {
			items = append(items, kit.Body(capitalise(strings.Join(p.Tags, ", "))))
		}
		if d := strings.TrimSpace(inventory.CleanText(p.Description)); d != "" {
			for _, s := range sentences(d) {
				items = append(items, kit.Body(s))
			}
		}
		return items
	}
	said := p.DisplayName() + ". " + p.Price.String() + ", " + answer.StockWord(a.words, p) + ". " +
		capitalise(answer.Place(a.words, p.Location)) + "."
	a.sayNow(said)
	s := &screen{name: "product", said: said}
	onMap := false
	if a.plan != nil && p.Location.Known() {
		_, onMap = a.plan.Area(p.Location.Aisle)
	}
	if !onMap {
		s.body = a.newPaged(details())
		return s
	}
	beside := a.newPaged(details())
	full := a.newPaged(append(details(), a.newStoreMap(p.Location)))
	s.body = &fyne.Container{Layout: &productLayout{beside: beside, full: full},
		Objects: []fyne.CanvasObject{beside, a.newStoreMap(p.Location), full}}
	return s
}

// productLayout puts the map beside the details (wide screens) or under them (tall ones)
// when the details fit whole; otherwise the details run over pages, the map on the last.
type productLayout struct {
	beside, full *kit.Paged
}

func (l *productLayout) Layout(objs []fyne.CanvasObject, size fyne.Size) {
	details, m, full := objs[0], objs[1], objs[2]
	g := kit.Gap() * 1.5
	wide := size.Width >= size.Height*1.2
	half := (size.Width - g) / 2
	const mapLeast = 240
	switch {
	case wide && l.beside.HeightFor(half) <= size.Height:
		full.Hide()
		details.Show()
		m.Show()
		kit.Put(details, fyne.NewPos(0, 0), fyne.NewSize(half, size.Height))
		kit.Put(m, fyne.NewPos(half+g, 0), fyne.NewSize(half, size.Height))
	case !wide && l.beside.HeightFor(size.Width)+g+mapLeast <= size.Height:
		full.Hide()
		details.Show()
		m.Show()
		h := l.beside.HeightFor(size.Width)
		kit.Put(details, fyne.NewPos(0, 0), fyne.NewSize(size.Width, h))
		kit.Put(m, fyne.NewPos(0, h+g), fyne.NewSize(size.Width, size.Height-h-g))
	default:
		details.Hide()
		m.Hide()
		full.Show()
		kit.Put(full, fyne.NewPos(0, 0), size)
	}
}

func (l *productLayout) MinSize(objs []fyne.CanvasObject) fyne.Size { return kit.SmallMin(objs) }
