package feed

import (
	"os"
	"strconv"
	"strings"
	"testing"
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

func TestBackgroundLowersPriority(t *testing.T) {
	outside := threadNice(t)
	var inside int
	background(func() { inside = threadNice(t) })
	if want := min(19, outside+10); inside != want {
		t.Fatalf("sync thread nice = %d, want %d (the caller's is %d)", inside, want, outside)
	}
	if after := threadNice(t); after != outside {
		t.Fatalf("caller's nice changed from %d to %d", outside, after)
	}
}
