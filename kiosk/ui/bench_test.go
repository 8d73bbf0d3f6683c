package ui

import (
	"sort"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
)

// Tap to visible response: from a tap's release to the new state laid out on the UI goroutine
// (what the next frame draws), and with the whole 1920x1080 frame painted by Fyne's software
// painter too (far slower than the kiosk's OpenGL, so an upper bound). Target: 100 ms.
//
//	go test ./kiosk/ui -run '^$' -bench TapToVisible -benchtime 30x
func BenchmarkTapToVisible(b *testing.B) {
	cases := []struct {
		name  string
		setup func(k *harness) // on the screen the tap happens
		tap   string
		want  string // the screen after
	}{
		{"key", func(k *harness) { k.app.open(func() *screen { return newAsk(k.app) }) }, "J", "ask"},
		{"home-to-ask", func(k *harness) { k.app.sess.attract = false; k.app.goHome() }, "Ask a question", "ask"},
		{"ask-to-answer", func(k *harness) {
			k.app.sess.question = "where is the jam"
			k.app.open(func() *screen { return newAsk(k.app) })
		}, "Ask", "results"},
		{"answer-to-product-map", func(k *harness) {
			k.app.ask("where is the jam")
			k.app.settle()
		}, "Strawberry Preserves", "product"},
		{"call-staff", func(k *harness) { k.app.sess.attract = false; k.app.goHome() }, "Call a staff member", "call"},
	}
	for _, c := range cases {
		for _, paint := range []bool{false, true} {
			name := c.name + "/layout"
			if paint {
				name = c.name + "/painted"
			}
			b.Run(name, func(b *testing.B) {
				k := newKit(b, sizeFullHD)
				var lat []time.Duration
				for i := 0; i < b.N; i++ {
					b.StopTimer()
					k.app.sess.call = nil
					k.app.sess.callErr = ""
					k.app.callGen++
					c.setup(k)
					k.app.settle()
					btn := k.find(c.tap)
					b.StartTimer()
					start := time.Now()
					test.Tap(btn)
					k.app.settle()
					if paint {
						k.win.Canvas().Capture()
					}
					lat = append(lat, time.Since(start))
					b.StopTimer()
					if k.app.cur.name != c.want {
						b.Fatalf("tapping %q showed %q", c.tap, k.app.cur.name)
					}
				}
				report(b, lat)
			})
		}
	}
}

func report(b *testing.B, lat []time.Duration) {
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	pct := func(p float64) float64 {
		return float64(lat[int(float64(len(lat)-1)*p)].Microseconds()) / 1000
	}
	b.ReportMetric(pct(0.5), "p50-ms")
	b.ReportMetric(pct(0.95), "p95-ms")
	b.ReportMetric(0, "ns/op")
}
