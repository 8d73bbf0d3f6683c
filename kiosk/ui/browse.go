package ui

import (
	"context"

	"fyne.io/fyne/v2"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/ui/kit"
)

// Browsing goes departments → categories → products, each a page of big buttons.

// loading is the screen body while the catalog is read: words, never a bare spinner.
func (a *App) loading(title string) (*fyne.Container, *kit.Para) {
	msg := kit.Body(a.t("ui.loading", "Looking…"))
	return kit.Column(kit.Heading(title), msg), msg
}

// showList replaces a loading body with a paged list of items under a title.
func (a *App) showList(box *fyne.Container, title string, items []fyne.CanvasObject) {
	list := a.newPaged(items)
	list.Cols = 3
	box.Layout = &kit.ColumnLayout{Fill: list, Gap: -1}
	box.Objects = []fyne.CanvasObject{kit.Heading(title), list}
	a.relayout()
}

func (a *App) showFailure(msg *kit.Para, err error) {
	a.Logger.Error("catalog read failed", "err", err)
	msg.SetText(a.t("ui.catalog.failed", "The store's list cannot be read right now. A member of staff can help."))
	a.relayout()
}

// newDepartments lists the store's departments.
func newDepartments(a *App) *screen {
	title := a.t("ui.browse.title", "Choose a department")
	box, msg := a.loading(title)
	a.work(func(ctx context.Context) func() {
		ds, err := a.cat.Departments(ctx)
		return func() {
			if err != nil {
				a.showFailure(msg, err)
				return
			}
			var items []fyne.CanvasObject
			for _, d := range ds {
				d := d
				b := a.newButton(d.Label, nil, kit.StylePlain, func() {
					a.open(func() *screen { return newCategories(a, d) })
				})
				items = append(items, b)
			}
			a.showList(box, title, items)
		}
	})
	return &screen{name: "departments", body: box, announce: title}
}

// newCategories lists one department's categories, under its name as shoppers write it.
func newCategories(a *App, dept inventory.Department) *screen {
	title := dept.Label
	box, msg := a.loading(title)
	a.work(func(ctx context.Context) func() {
		cs, err := a.cat.Categories(ctx, dept.Name)
		return func() {
			if err != nil {
				a.showFailure(msg, err)
				return
			}
			var items []fyne.CanvasObject
			for _, c := range cs {
				c := c
				b := a.newButton(c.Label, nil, kit.StylePlain, func() {
					a.open(func() *screen { return newCategory(a, c) })
				})
				items = append(items, b)
			}
			a.showList(box, title, items)
		}
	})
	return &screen{name: "categories", body: box, announce: title}
}

// newCategory lists the products of one category.
func newCategory(a *App, cat inventory.Category) *screen {
	title := cat.Label
	box, msg := a.loading(title)
	a.work(func(ctx context.Context) func() {
		ps, err := a.cat.InCategory(ctx, cat.Department, cat.Name, 0, 500)
		return func() {
			if err != nil {
				a.showFailure(msg, err)
				return
			}
			var items []fyne.CanvasObject
			for _, p := range ps {
				items = append(items, a.productRow(p))
			}
			if len(items) == 0 {
				items = append(items, kit.Body(a.t("ui.browse.empty", "There is nothing here at the moment. A member of staff can help.")))
			}
			list := a.newPaged(items)
			list.Cols = 2
			box.Layout = &kit.ColumnLayout{Fill: list, Gap: -1}
			box.Objects = []fyne.CanvasObject{kit.Heading(title), list}
			a.relayout()
		}
	})
	return &screen{name: "category", body: box, announce: title}
}

// department is the department named slug, with its label, for the tour (which opens a
// screen deep in the store without browsing to it).
func (a *App) department(slug string) inventory.Department {
	ds, _ := a.cat.Departments(a.ctx)
	for _, d := range ds {
		if d.Name == slug {
			return d
		}
	}
	return inventory.Department{Name: slug, Label: inventory.ReadableName(slug)}
}

// category is the category named slug in the department dept, with its label, for the tour.
func (a *App) category(dept, slug string) inventory.Category {
	cs, _ := a.cat.Categories(a.ctx, dept)
	for _, c := range cs {
		if c.Name == slug {
			return c
		}
	}
	return inventory.Category{Department: dept, Name: slug, Label: inventory.ReadableName(slug)}
}
