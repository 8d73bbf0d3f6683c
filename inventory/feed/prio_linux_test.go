package feed_test

import (
	"context"
	"os"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/storekiosk/storekiosk/inventory/feed"
)

// threadNice reads the calling thread's nice value from /proc.
func threadNice(t *testing.T) int {
	b, err := os.ReadFile("/proc/thread-self/stat")
	if err != nil {
		t.Skipf("no /proc: %v", err)
	}
	// Fields after the command name (in parentheses): nice is field 19 of stat, 17th after ")".
	f := strings.Fields(string(b[strings.LastIndexByte(string(b), ')')+1:]))
	n, err := strconv.Atoi(f[16])
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// TestSyncPriorityFollowsTheShopper applies a 20,000-product snapshot (five steps of 4,096
// rows) and reads the niceness of the thread each step's rows are applied on, and then the
// app's rebuild (OnApplied) runs on: nice +YieldNice while a shopper is at the kiosk, the
// process's own once they have gone; always +YieldNice without a Shopper; never with FullPriority.
func TestSyncPriorityFollowsTheShopper(t *testing.T) {
	smallFeed, bigFeed := t.TempDir(), t.TempDir()
	publish(t, small, smallFeed, 1, false, nil)
	publish(t, synth{n: 20_000, every: 10}, bigFeed, 2, false, nil)
	base := threadNice(t)
	low := min(19, base+feed.YieldNice)
	for _, tc := range []struct {
		name    string
		full    bool
		shopper bool  // a Shopper is set; the shopper leaves during the second step
		want    []int // the apply's steps, then OnApplied
	}{
		{"shopper leaves", false, true, []int{low, low, base, base, base}},
		{"no shopper signal", false, false, []int{low, low, low, low, low}},
		{"full priority", true, false, []int{base, base, base, base, base}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path, _ := holdingV1(t, smallFeed)
			s := newSyncer(openDB(t, path), bigFeed, nil)
			s.FullPriority = tc.full
			var present atomic.Bool
			present.Store(true)
			if tc.shopper {
				s.Shopper = present.Load
			}
			var got []int
			s.Progress = func(p feed.Progress) {
				if p.Stage != "apply" {
					return
				}
				got = append(got, threadNice(t))
				if p.Done == 8192 {
					present.Store(false) // the shopper walks away mid-step: the next step is at full speed
				}
			}
			s.OnApplied = func(feed.Applied) { got = append(got, threadNice(t)) }
			if _, err := s.Sync(context.Background()); err != nil {
				t.Fatal(err)
			}
			if !slices.Equal(got, tc.want) {
				t.Fatalf("niceness of the steps = %v, want %v (the process's is %d)", got, tc.want, base)
			}
			if now := threadNice(t); now != base {
				t.Fatalf("the caller's thread was left at nice %d, was %d", now, base)
			}
		})
	}
}
