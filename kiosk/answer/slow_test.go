package answer_test

import (
	"context"
	"runtime"
	"sort"
	"testing"
	"time"

	"golang.org/x/sys/unix"

	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// threadCPU is this thread's CPU time, to the nanosecond: unlike wall time, it does not grow
// while other processes hold the CPU.
func threadCPU() time.Duration {
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_THREAD_CPUTIME_ID, &ts); err != nil {
		panic(err)
	}
	return time.Duration(ts.Nano())
}

func TestSlowest(t *testing.T) {
	eng := groceryEngine(t)
	qs := append(readQuestions(t, devQuestions), readQuestions(t, "testdata/questions-heldout.jsonl")...)
	qs = append(qs, readQuestions(t, "testdata/questions-spoken.jsonl")...)
	runtime.LockOSThread()
	defer runtime.UnlockOSThread()
	type r struct {
		q string
		d time.Duration
	}
	var rs []r
	for rep := 0; rep < 20; rep++ {
		for i, q := range qs {
			t0 := threadCPU()
			eng.Ask(context.Background(), answer.Question{Text: q.Q})
			d := threadCPU() - t0
			if rep == 0 {
				rs = append(rs, r{q.Q, d})
			} else {
				rs[i].d += d
			}
		}
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i].d > rs[j].d })
	for _, x := range rs[:15] {
		t.Logf("%8.3f ms  %s", float64(x.d.Microseconds())/20000, x.q)
	}
}
