package feed

import (
	"runtime"
	"syscall"
)

// lowThread is an OS thread of its own at a lower CPU priority (YieldNice) that runs a sync's
// steps while a shopper is at the kiosk, so that on a two-core kiosk the answers a shopper
// waits for are scheduled ahead of a sync's bulk work. SQLite runs on the calling thread, so
// a step's whole apply inherits the priority. The thread is never given back to the Go
// scheduler (an unprivileged process cannot raise its priority again); it ends with stop.
type lowThread struct {
	work chan func()
	done chan struct{}
}

func startLow() *lowThread {
	l := &lowThread{work: make(chan func()), done: make(chan struct{})}
	go func() {
		runtime.LockOSThread() // no Unlock: the thread exits with this goroutine
		tid := syscall.Gettid()
		if prio, err := syscall.Getpriority(syscall.PRIO_PROCESS, tid); err == nil {
			// The raw getpriority system call returns 20 - nice.
			syscall.Setpriority(syscall.PRIO_PROCESS, tid, min(19, 20-prio+YieldNice))
		}
		for fn := range l.work {
			fn()
			l.done <- struct{}{}
		}
	}()
	return l
}

// run runs fn on the thread and waits for it.
func (l *lowThread) run(fn func()) {
	l.work <- fn
	<-l.done
}

// stop ends the thread.
func (l *lowThread) stop() { close(l.work) }
