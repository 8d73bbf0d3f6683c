package floorplan_test

import (
	"encoding/csv"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/kiosk/floorplan"
)

// Every aisle and zone the demo catalog sends shoppers to must be on the demo map, with this
// kiosk, the entrance and the service desk.
func TestDemoPlanMatchesDemoCatalog(t *testing.T) {
	p, err := floorplan.Demo()
	if err != nil {
		t.Fatal(err)
	}
	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	for _, r := range rows[1:] {
		aisle := r[col["aisle"]]
		if aisle == "" {
			continue
		}
		a, ok := p.Area(aisle)
		if !ok {
			t.Errorf("catalog aisle %q (%s) is not on the demo floor plan", aisle, r[col["name"]])
			continue
		}
		if side, bay := r[col["side"]], r[col["bay"]]; side != "" && bay != "" {
			if _, _, ok := a.Spot(side, bay); !ok {
				t.Errorf("%s: %s side bay %s has no spot on the plan (bays %d)", r[col["name"]], side, bay, a.Bays)
			}
		}
	}
	for _, m := range []string{"kiosk", "entrance", "service desk"} {
		if _, ok := p.Marker(m); !ok {
			t.Errorf("marker %q missing", m)
		}
	}
}

func TestParseReportsEveryProblem(t *testing.T) {
	bad := `{"width": 100, "height": 50,
	  "areas": [{"name": "Aisle 1", "x": 90, "y": 0, "w": 20, "h": 10},
	            {"name": "aisle 1", "x": 0, "y": 0, "w": 5, "h": 5, "kind": "shelf"}],
	  "markers": [{"name": "kiosk", "x": 200, "y": 10}]}`
	_, err := floorplan.Parse(strings.NewReader(bad), "plan.json")
	if err == nil {
		t.Fatal("a plan with problems was accepted")
	}
	for _, want := range []string{"plan.json", "not inside", "appears twice", "kind must be", "markers[0]"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not mention %q", err, want)
		}
	}
	if _, err := floorplan.Parse(strings.NewReader(`{"width": 1, "height": 1, "aisles": []}`), "x.json"); err == nil ||
		!strings.Contains(err.Error(), "aisles") {
		t.Errorf("unknown field not reported: %v", err)
	}
}

func TestLoadAndSpot(t *testing.T) {
	b, err := fs.ReadFile(assets.FS, assets.DemoLayout)
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "layout.json")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	p, err := floorplan.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	a, ok := p.Area("  AISLE 9 ")
	if !ok {
		t.Fatal("Aisle 9 not found ignoring case")
	}
	x, y, ok := a.Spot("right", "1")
	if !ok || x != a.X+a.W || y <= a.Y+a.H*0.8 {
		t.Errorf("right side bay 1 = %g,%g ok=%v; want the right edge near the front", x, y, ok)
	}
	if _, _, ok := a.Spot("left", "9"); ok {
		t.Error("bay 9 of 5 has a spot")
	}
	if _, err := floorplan.Load(filepath.Join(t.TempDir(), "none.json")); err == nil {
		t.Error("missing file loaded")
	}
}
