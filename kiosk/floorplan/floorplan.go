// Package floorplan reads a store's floor plan: the aisles and zones as rectangles, and the
// places a shopper is sent to or stands at (this kiosk, the entrance, the service desk). The
// kiosk draws it as a map with the product's aisle highlighted. Area names are the store's
// signage and must match the catalog's aisle column ("Aisle 9", "Dairy wall").
//
// The file is JSON in plan units (any unit; the map keeps the proportions):
//
//	{
//	  "store": "Demo Store", "width": 1000, "height": 640,
//	  "areas": [{"name": "Aisle 1", "label": "1", "kind": "aisle", "x": 200, "y": 130, "w": 34, "h": 330, "bays": 5}],
//	  "markers": [{"name": "kiosk", "label": "Kiosk", "x": 520, "y": 585}]
//	}
//
// Bays are counted from the front of the store (the bottom of the plan) and an aisle's left
// and right sides are as a shopper walking in from the front sees them.
package floorplan

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"

	"github.com/storekiosk/storekiosk/assets"
)

// Plan is a store's floor plan.
type Plan struct {
	Store   string   `json:"store"`
	Width   float64  `json:"width"`
	Height  float64  `json:"height"`
	Areas   []Area   `json:"areas"`
	Markers []Marker `json:"markers"`
}

// Area is an aisle or a zone (a wall, a counter, a department) shoppers are sent to.
type Area struct {
	Name  string  `json:"name"`  // as in the catalog: "Aisle 9", "Dairy wall"
	Label string  `json:"label"` // short text drawn on the map: "9", "Dairy"; default Name
	Kind  string  `json:"kind"`  // "aisle" or "zone"
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
	W     float64 `json:"w"`
	H     float64 `json:"h"`
	Bays  int     `json:"bays"` // how many bays an aisle has, front to back; 0: not drawn
}

// Marker is a point on the plan: this kiosk, the entrance, the service desk.
type Marker struct {
	Name  string  `json:"name"`  // "kiosk", "entrance", "service desk"; config kiosk.here names one
	Label string  `json:"label"` // drawn beside the point; default Name
	X     float64 `json:"x"`
	Y     float64 `json:"y"`
}

// Demo returns the demo store's plan, which matches the demo catalog.
func Demo() (*Plan, error) {
	b, err := fs.ReadFile(assets.FS, assets.DemoLayout)
	if err != nil {
		return nil, fmt.Errorf("demo floor plan: %w", err)
	}
	return Parse(bytes.NewReader(b), assets.DemoLayout)
}

// Load reads a plan file.
func Load(path string) (*Plan, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("floor plan: %w", err)
	}
	defer f.Close()
	return Parse(f, path)
}

// Parse reads a plan and checks it, reporting every problem at once with where it is.
func Parse(r io.Reader, source string) (*Plan, error) {
	dec := json.NewDecoder(r)
	dec.DisallowUnknownFields()
	var p Plan
	if err := dec.Decode(&p); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	if err := p.check(); err != nil {
		return nil, fmt.Errorf("%s: %w", source, err)
	}
	for i := range p.Areas {
		if p.Areas[i].Label == "" {
			p.Areas[i].Label = p.Areas[i].Name
		}
		if p.Areas[i].Kind == "" {
			p.Areas[i].Kind = "zone"
		}
	}
	for i := range p.Markers {
		if p.Markers[i].Label == "" {
			p.Markers[i].Label = p.Markers[i].Name
		}
	}
	return &p, nil
}

func (p *Plan) check() error {
	var bad []string
	add := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	if p.Width <= 0 || p.Height <= 0 {
		add("width and height must be positive (got %g x %g)", p.Width, p.Height)
	}
	seen := map[string]bool{}
	for i, a := range p.Areas {
		at := "areas[" + strconv.Itoa(i) + "]"
		key := strings.ToLower(strings.TrimSpace(a.Name))
		switch {
		case key == "":
			add("%s: has no name", at)
		case seen[key]:
			add("%s: %q appears twice", at, a.Name)
		}
		seen[key] = true
		if a.Kind != "" && a.Kind != "aisle" && a.Kind != "zone" {
			add("%s (%s): kind must be \"aisle\" or \"zone\" (got %q)", at, a.Name, a.Kind)
		}
		if a.W <= 0 || a.H <= 0 || a.X < 0 || a.Y < 0 || a.X+a.W > p.Width || a.Y+a.H > p.Height {
			add("%s (%s): rectangle %g,%g %gx%g is not inside the %gx%g plan", at, a.Name, a.X, a.Y, a.W, a.H, p.Width, p.Height)
		}
		if a.Bays < 0 || a.Bays > 100 {
			add("%s (%s): bays must be between 0 and 100 (got %d)", at, a.Name, a.Bays)
		}
	}
	names := map[string]bool{}
	for i, m := range p.Markers {
		at := "markers[" + strconv.Itoa(i) + "]"
		key := strings.ToLower(strings.TrimSpace(m.Name))
		switch {
		case key == "":
			add("%s: has no name", at)
		case names[key]:
			add("%s: %q appears twice", at, m.Name)
		}
		names[key] = true
		if m.X < 0 || m.Y < 0 || m.X > p.Width || m.Y > p.Height {
			add("%s (%s): point %g,%g is not inside the %gx%g plan", at, m.Name, m.X, m.Y, p.Width, p.Height)
		}
	}
	if len(bad) > 0 {
		return errors.New(strings.Join(bad, "; "))
	}
	return nil
}

// Area finds an area by its catalog name, ignoring case and surrounding spaces.
func (p *Plan) Area(name string) (Area, bool) {
	key := strings.ToLower(strings.TrimSpace(name))
	for _, a := range p.Areas {
		if strings.ToLower(strings.TrimSpace(a.Name)) == key {
			return a, true
		}
	}
	return Area{}, false
}

// Marker finds a marker by name, ignoring case.
func (p *Plan) Marker(name string) (Marker, bool) {
	key := strings.ToLower(strings.TrimSpace(name))
	for _, m := range p.Markers {
		if strings.ToLower(strings.TrimSpace(m.Name)) == key {
			return m, true
		}
	}
	return Marker{}, false
}

// Spot is where on an area a shelf location is: the middle of the aisle side facing the
// shopper, at the bay's distance from the front. ok is false when the area has no bays drawn
// or the bay is not a number within them; then the whole area is the answer.
func (a Area) Spot(side, bay string) (x, y float64, ok bool) {
	n, err := strconv.Atoi(strings.TrimSpace(bay))
	if a.Bays <= 0 || err != nil || n < 1 || n > a.Bays {
		return 0, 0, false
	}
	// Bays run from the front (bottom) to the back (top).
	y = a.Y + a.H - (float64(n)-0.5)*a.H/float64(a.Bays)
	switch strings.ToLower(strings.TrimSpace(side)) {
	case "left":
		x = a.X
	case "right":
		x = a.X + a.W
	default:
		x = a.X + a.W/2
	}
	return x, y, true
}
