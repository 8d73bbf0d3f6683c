package floorplan

import (
	"math"
	"slices"
	"strings"
)

// Walking routes. A shopper walks on the floor between areas and inside aisles; an aisle is
// entered only at its ends (its long sides are shelves), and a zone (a counter, a wall of
// fridges, a department) is walked up to, not through. The plan is laid on a grid of square
// cells, walking distances are found over it (straight and diagonal steps), and the order of
// the stops is the shortest walk from the start through all of them: exact for up to
// ExactStops distinct places, a good one (nearest first, then improved by moving stops and
// reversing stretches until nothing shortens it) beyond.

// ExactStops is how many distinct places Route orders exactly; more are ordered by a
// heuristic.
const ExactStops = 12

// Point is a position on the plan, in plan units.
type Point struct{ X, Y float64 }

// Router finds walking distances and routes over one plan. Build it once per plan with
// NewRouter; it is safe for concurrent use.
type Router struct {
	plan   *Plan
	g      float64 // cell size in plan units
	nx, ny int
	// area is the area each cell's centre lies in: -1 the open floor; an index into
	// plan.Areas otherwise. Zone cells cannot be walked on.
	area []int16
	// step[c] has bit k set when the step from cell c in direction k is allowed.
	step []uint8
	// zoneCell is, per area, the cell a shopper stands on to reach it (-1: unreachable).
	zoneCell []int32
}

// The eight steps, straight ones first. Costs are 5 straight and 7 diagonal (√2 ≈ 1.4).
var dirs = [8]struct{ dx, dy, cost int }{
	{1, 0, 5}, {-1, 0, 5}, {0, 1, 5}, {0, -1, 5},
	{1, 1, 7}, {1, -1, 7}, {-1, 1, 7}, {-1, -1, 7},
}

// NewRouter lays the plan on a grid: about 70 cells along its longer side, finer when its
// narrowest area would otherwise be less than two cells across.
func NewRouter(p *Plan) *Router {
	long := max(p.Width, p.Height)
	g := long / 70
	for _, a := range p.Areas {
		if s := min(a.W, a.H) / 2; s > 0 && s < g {
			g = s
		}
	}
	g = max(g, long/300) // at most 300 x 300 cells
	r := &Router{plan: p, g: g, nx: int(math.Ceil(p.Width / g)), ny: int(math.Ceil(p.Height / g))}
	n := r.nx * r.ny
	r.area = make([]int16, n)
	for c := range r.area {
		r.area[c] = -1
		x, y := r.centre(int32(c))
		// Aisles win over zones where they overlap: they are walked.
		for i, a := range p.Areas {
			if x >= a.X && x <= a.X+a.W && y >= a.Y && y <= a.Y+a.H {
				if r.area[c] < 0 || a.Kind == "aisle" {
					r.area[c] = int16(i)
				}
			}
		}
	}
	r.step = make([]uint8, n)
	for c := range r.step {
		cx, cy := c%r.nx, c/r.nx
		for k, d := range dirs {
			if r.canStep(cx, cy, cx+d.dx, cy+d.dy, d.dx != 0 && d.dy != 0) {
				r.step[c] |= 1 << k
			}
		}
	}
	r.zoneCell = make([]int32, len(p.Areas))
	for i, a := range p.Areas {
		r.zoneCell[i] = r.standFor(i, a)
	}
	return r
}

func (r *Router) centre(c int32) (float64, float64) {
	return (float64(int(c)%r.nx) + 0.5) * r.g, (float64(int(c)/r.nx) + 0.5) * r.g
}

func (r *Router) walkable(c int) bool {
	i := r.area[c]
	return i < 0 || r.plan.Areas[i].Kind == "aisle"
}

// canStep says whether a shopper can step from one cell to a neighbour: both walkable, and
// into or out of an aisle only along it (through its end). A diagonal step also needs both
// cells beside it to be passable, so it never cuts a corner.
func (r *Router) canStep(x0, y0, x1, y1 int, diagonal bool) bool {
	if x1 < 0 || y1 < 0 || x1 >= r.nx || y1 >= r.ny {
		return false
	}
	a, b := y0*r.nx+x0, y1*r.nx+x1
	if !r.walkable(a) || !r.walkable(b) {
		return false
	}
	if diagonal {
		return r.area[a] == r.area[b] && r.canStep(x0, y0, x1, y0, false) && r.canStep(x0, y0, x0, y1, false) &&
			r.canStep(x1, y0, x1, y1, false) && r.canStep(x0, y1, x1, y1, false)
	}
	if r.area[a] == r.area[b] {
		return true
	}
	for _, i := range []int16{r.area[a], r.area[b]} {
		if i < 0 {
			continue
		}
		ar := r.plan.Areas[i]
		vertical := ar.H >= ar.W
		if vertical && x0 != x1 || !vertical && y0 != y1 {
			return false // through a shelf
		}
	}
	return true
}

// cellAt is the cell holding a point, clamped to the plan.
func (r *Router) cellAt(x, y float64) int {
	cx := min(max(int(x/r.g), 0), r.nx-1)
	cy := min(max(int(y/r.g), 0), r.ny-1)
	return cy*r.nx + cx
}

// nearestWalkable is the walkable cell closest to a point, preferring those from which a
// shopper can go somewhere; -1 if the plan has none.
func (r *Router) nearestWalkable(x, y float64) int32 {
	best, bestD := int32(-1), math.Inf(1)
	for c := range r.area {
		if !r.walkable(c) || r.step[c] == 0 {
			continue
		}
		cx, cy := r.centre(int32(c))
		if d := (cx-x)*(cx-x) + (cy-y)*(cy-y); d < bestD {
			best, bestD = int32(c), d
		}
	}
	return best
}

// standFor is where a shopper stands for area i: the middle of an aisle; for a zone, the
// walkable cell nearest its centre, on the side facing the middle of the store when two
// sides are about as near (the dairy wall is reached from the store, not from behind it).
func (r *Router) standFor(i int, a Area) int32 {
	zx, zy := a.X+a.W/2, a.Y+a.H/2
	if a.Kind == "aisle" {
		c := r.cellAt(zx, zy)
		if r.area[c] == int16(i) {
			return int32(c)
		}
	}
	mx, my := r.plan.Width/2, r.plan.Height/2
	best, bestScore := int32(-1), math.Inf(1)
	for c := range r.area {
		if !r.walkable(c) || r.step[c] == 0 {
			continue
		}
		x, y := r.centre(int32(c))
		score := math.Hypot(x-zx, y-zy) + 0.25*math.Hypot(x-mx, y-my)
		if score < bestScore {
			best, bestScore = int32(c), score
		}
	}
	return best
}

// Place is where a shopper goes for a shelf location: the aisle at its bay (the middle of
// the aisle, level with the bay), or the area itself. ok is false when the plan has no such
// area.
func (r *Router) Place(aisle, side, bay string) (Point, bool) {
	key := strings.ToLower(strings.TrimSpace(aisle))
	for i, a := range r.plan.Areas {
		if strings.ToLower(strings.TrimSpace(a.Name)) != key {
			continue
		}
		if _, y, ok := a.Spot(side, bay); ok && a.Kind == "aisle" {
			return Point{a.X + a.W/2, y}, true
		}
		if c := r.zoneCell[i]; c >= 0 {
			x, y := r.centre(c)
			return Point{x, y}, true
		}
		return Point{a.X + a.W/2, a.Y + a.H/2}, true
	}
	return Point{}, false
}

// cellOf is the walkable cell a point is reached at.
func (r *Router) cellOf(p Point) int32 {
	c := r.cellAt(p.X, p.Y)
	if r.walkable(c) && r.step[c] != 0 {
		return int32(c)
	}
	return r.nearestWalkable(p.X, p.Y)
}

const unreached = math.MaxInt32

// distances walks out from cell src (Dijkstra with a bucket queue: steps cost 5 or 7) until
// every cell in want is reached (all of them when want is nil), filling dist (one entry per
// cell, in fifths of a cell) and prev (the cell each was reached from; nil: not kept).
func (r *Router) distances(src int32, want []int32, dist []int32, prev []int32) {
	for i := range dist {
		dist[i] = unreached
	}
	// The wanted cells, each once, sorted: reaching one is a binary search, no map.
	wanted := slices.Clone(want)
	slices.Sort(wanted)
	wanted = slices.Compact(wanted)
	left := len(wanted)
	if want == nil {
		left = -1
	}
	// Costs are at most 7, so eight buckets in a ring hold every distance still to settle.
	var buckets [8][]int32
	dist[src] = 0
	buckets[0] = append(buckets[0], src)
	pending := 1
	for d := int32(0); pending > 0; d++ {
		b := &buckets[d%8]
		for len(*b) > 0 {
			c := (*b)[len(*b)-1]
			*b = (*b)[:len(*b)-1]
			pending--
			if dist[c] != d {
				continue // settled before, at a shorter distance
			}
			if left > 0 {
				if _, ok := slices.BinarySearch(wanted, c); ok {
					if left--; left == 0 {
						return
					}
				}
			}
			cx, cy := int(c)%r.nx, int(c)/r.nx
			mask := r.step[c]
			for k, dir := range dirs {
				if mask&(1<<k) == 0 {
					continue
				}
				n := int32((cy+dir.dy)*r.nx + cx + dir.dx)
				if nd := d + int32(dir.cost); nd < dist[n] {
					dist[n] = nd
					if prev != nil {
						prev[n] = c
					}
					buckets[nd%8] = append(buckets[nd%8], n)
					pending++
				}
			}
		}
	}
}

// Distance is the walking distance between two points in plan units; +Inf when one cannot be
// reached from the other.
func (r *Router) Distance(a, b Point) float64 {
	ca, cb := r.cellOf(a), r.cellOf(b)
	if ca < 0 || cb < 0 {
		return math.Inf(1)
	}
	dist := make([]int32, len(r.area))
	r.distances(ca, []int32{cb}, dist, nil)
	if dist[cb] == unreached {
		return math.Inf(1)
	}
	return float64(dist[cb]) * r.g / 5
}

// Path is the walk from a to b as a polyline of its corners, in plan units, starting at a
// and ending at b; nil when b cannot be reached.
func (r *Router) Path(a, b Point) []Point {
	ca, cb := r.cellOf(a), r.cellOf(b)
	if ca < 0 || cb < 0 {
		return nil
	}
	dist := make([]int32, len(r.area))
	prev := make([]int32, len(r.area))
	r.distances(ca, []int32{cb}, dist, prev)
	if dist[cb] == unreached {
		return nil
	}
	var cells []int32
	for c := cb; ; c = prev[c] {
		cells = append(cells, c)
		if c == ca {
			break
		}
	}
	pts := []Point{a}
	for i := len(cells) - 2; i >= 1; i-- {
		x, y := r.centre(cells[i])
		pts = append(pts, Point{x, y})
	}
	// Corners only: drop points within half a cell of the line through their neighbours,
	// so that the drawn route is a few straight strokes, not a staircase of cells.
	return simplify(append(pts, b), r.g/2)
}

// simplify is the polyline pts with the points within eps of the line joining the points
// kept around them removed (Ramer-Douglas-Peucker); the ends stay.
func simplify(pts []Point, eps float64) []Point {
	if len(pts) < 3 {
		return pts
	}
	a, b := pts[0], pts[len(pts)-1]
	far, at := 0.0, 0
	for i := 1; i < len(pts)-1; i++ {
		if d := lineDistance(pts[i], a, b); d > far {
			far, at = d, i
		}
	}
	if far <= eps {
		return []Point{a, b}
	}
	left := simplify(pts[:at+1], eps)
	return append(left[:len(left)-1], simplify(pts[at:], eps)...)
}

// lineDistance is how far p is from the segment a-b.
func lineDistance(p, a, b Point) float64 {
	dx, dy := b.X-a.X, b.Y-a.Y
	l2 := dx*dx + dy*dy
	t := 0.0
	if l2 > 0 {
		t = max(0, min(1, ((p.X-a.X)*dx+(p.Y-a.Y)*dy)/l2))
	}
	return math.Hypot(p.X-a.X-t*dx, p.Y-a.Y-t*dy)
}

// Route orders stops for the shortest walk from start through all of them (ending at the
// last). It returns the order as indexes into stops and the walk's length in plan units.
// Stops at the same place are visited together; stops that cannot be reached come last, in
// the order given.
func (r *Router) Route(start Point, stops []Point) (order []int, length float64) {
	// Distinct places: stops on the same cell are one place.
	startCell := r.cellOf(start)
	var cells []int32 // place -> cell; place 0 is the start
	cells = append(cells, startCell)
	placeOf := make([]int, len(stops))
	byCell := map[int32]int{}
	var unreachable []int
	for i, s := range stops {
		c := r.cellOf(s)
		if c < 0 || startCell < 0 {
			placeOf[i] = -1
			continue
		}
		p, ok := byCell[c]
		if !ok {
			p = len(cells)
			byCell[c] = p
			cells = append(cells, c)
		}
		placeOf[i] = p
	}
	n := len(cells)
	d := make([][]int32, n)
	dist := make([]int32, len(r.area))
	for i := range n {
		d[i] = make([]int32, n)
	}
	for i := 0; i < n-1; i++ {
		if cells[i] < 0 {
			continue
		}
		// The walk is the same both ways: from each place, only the places after it.
		r.distances(cells[i], cells[i+1:], dist, nil)
		for j := i + 1; j < n; j++ {
			d[i][j], d[j][i] = dist[cells[j]], dist[cells[j]]
		}
	}
	// Places that cannot be reached from the start are left out of the walk.
	var walk []int // places to order, by index
	reach := map[int]bool{}
	for p := 1; p < n; p++ {
		if d[0][p] != unreached {
			walk = append(walk, p)
			reach[p] = true
		}
	}
	var seq []int
	var total int64
	if len(walk) <= ExactStops {
		seq, total = exactOrder(d, walk)
	} else {
		seq, total = heuristicOrder(d, walk)
	}
	rank := make(map[int]int, len(seq))
	for k, p := range seq {
		rank[p] = k
	}
	// Stops in walking order, those at one place in the order given.
	for _, p := range seq {
		for i := range stops {
			if placeOf[i] == p {
				order = append(order, i)
			}
		}
	}
	for i := range stops {
		if placeOf[i] < 0 || !reach[placeOf[i]] {
			unreachable = append(unreachable, i)
		}
	}
	return append(order, unreachable...), float64(total) * r.g / 5
}

// exactOrder is the shortest open walk from place 0 through every place in walk
// (Held-Karp: the best walk through each subset, ending at each of its places).
func exactOrder(d [][]int32, walk []int) ([]int, int64) {
	k := len(walk)
	if k == 0 {
		return nil, 0
	}
	full := 1<<k - 1
	best := make([]int64, (full+1)*k)
	from := make([]int8, (full+1)*k)
	for i := range best {
		best[i] = math.MaxInt64
	}
	for j := range k {
		best[(1<<j)*k+j] = int64(d[0][walk[j]])
		from[(1<<j)*k+j] = -1
	}
	for set := 1; set <= full; set++ {
		for j := range k {
			cur := best[set*k+j]
			if set&(1<<j) == 0 || cur == math.MaxInt64 {
				continue
			}
			for m := range k {
				if set&(1<<m) != 0 {
					continue
				}
				next := set | 1<<m
				if v := cur + int64(d[walk[j]][walk[m]]); v < best[next*k+m] {
					best[next*k+m] = v
					from[next*k+m] = int8(j)
				}
			}
		}
	}
	end, total := 0, int64(math.MaxInt64)
	for j := range k {
		if best[full*k+j] < total {
			end, total = j, best[full*k+j]
		}
	}
	seq := make([]int, k)
	for set, j, i := full, end, k-1; i >= 0; i-- {
		seq[i] = walk[j]
		prev := int(from[set*k+j])
		set &^= 1 << j
		j = prev
	}
	return seq, total
}

// heuristicOrder is a short open walk from place 0 through every place in walk: nearest
// first, then improved by reversing stretches (2-opt) and moving single places (or-opt)
// until neither shortens it.
func heuristicOrder(d [][]int32, walk []int) ([]int, int64) {
	left := append([]int(nil), walk...)
	seq := make([]int, 0, len(walk)+1)
	seq = append(seq, 0)
	for len(left) > 0 {
		last, bi := seq[len(seq)-1], 0
		for i, p := range left {
			if d[last][p] < d[last][left[bi]] {
				bi = i
			}
		}
		seq = append(seq, left[bi])
		left = append(left[:bi], left[bi+1:]...)
	}
	length := func(s []int) int64 {
		var t int64
		for i := 1; i < len(s); i++ {
			t += int64(d[s[i-1]][s[i]])
		}
		return t
	}
	best := length(seq)
	for improved := true; improved; {
		improved = false
		// 2-opt: reverse seq[i..j] (the start stays first; the end is open).
		for i := 1; i < len(seq)-1; i++ {
			for j := i + 1; j < len(seq); j++ {
				reverse(seq[i : j+1])
				if l := length(seq); l < best {
					best, improved = l, true
				} else {
					reverse(seq[i : j+1])
				}
			}
		}
		// Or-opt: move one place elsewhere.
		for i := 1; i < len(seq); i++ {
			for j := 1; j < len(seq); j++ {
				if i == j {
					continue
				}
				moved := move(seq, i, j)
				if l := length(moved); l < best {
					best, improved, seq = l, true, moved
				}
			}
		}
	}
	return seq[1:], best
}

func reverse(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// move is s with its element at i moved to position j.
func move(s []int, i, j int) []int {
	out := make([]int, 0, len(s))
	v := s[i]
	for k, x := range s {
		if k == i {
			continue
		}
		if len(out) == j {
			out = append(out, v)
		}
		out = append(out, x)
	}
	if len(out) < len(s) {
		out = append(out, v)
	}
	return out
}
