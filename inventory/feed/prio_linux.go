package feed

import (
	"runtime"
	"syscall"
)

// background runs fn on an OS thread of its own at a lower CPU priority (nice +10), so that on
// a two-core kiosk the answers a shopper waits for are scheduled ahead of a sync's bulk
// work. SQLite runs on the calling thread, so the whole apply inherits the priority. The
// thread is never given back to the Go scheduler (an unprivileged process cannot raise its
// priority again); it ends with the goroutine.
func background(fn func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		runtime.LockOSThread() // no Unlock: the thread exits with this goroutine
		tid := syscall.Gettid()
		if prio, err := syscall.Getpriority(syscall.PRIO_PROCESS, tid); err == nil {
			// The raw getpriority system call returns 20 - nice.
			syscall.Setpriority(syscall.PRIO_PROCESS, tid, min(19, 20-prio+10))
		}
		fn()
	}()
	<-done
}
