package floorplan

import (
	"math/rand/v2"
	"testing"
)

// Beyond ExactStops the heuristic's walk is close to the shortest: on 12 random places of the
// demo plan, where the exact one is known, it is never more than 5 % longer.
func TestRouteHeuristicNearExact(t *testing.T) {
	p, err := Demo()
	if err != nil {
		t.Fatal(err)
	}
	r := NewRouter(p)
	k, _ := p.Marker("kiosk")
	cells := append([]int32(nil), r.zoneCell...) // where a shopper stands for each area
	rng := rand.New(rand.NewPCG(7, 8))
	worst := 0.0
	for range 10 {
		rng.Shuffle(len(cells), func(i, j int) { cells[i], cells[j] = cells[j], cells[i] })
		pick := append([]int32{r.cellOf(Point{k.X, k.Y})}, cells[:12]...)
		d := make([][]int32, len(pick))
		dist := make([]int32, len(r.area))
		for i := range pick {
			r.distances(pick[i], nil, dist, nil)
			d[i] = make([]int32, len(pick))
			for j := range pick {
				d[i][j] = dist[pick[j]]
			}
		}
		walk := make([]int, 12)
		for i := range walk {
			walk[i] = i + 1
		}
		_, exact := exactOrder(d, walk)
		_, heur := heuristicOrder(d, walk)
		if heur < exact {
			t.Fatalf("heuristic %d shorter than exact %d", heur, exact)
		}
		worst = max(worst, float64(heur)/float64(exact))
	}
	if worst > 1.05 {
		t.Errorf("heuristic walks up to %.1f %% longer than the shortest", (worst-1)*100)
	}
	t.Logf("heuristic at most %.1f %% longer than the shortest on 12 places", (worst-1)*100)
}
