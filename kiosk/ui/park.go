package ui

import (
	"os"
	"os/signal"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"fyne.io/fyne/v2"
	"github.com/go-gl/glfw/v3.3/glfw"
)

// Fyne 2.7's desktop driver wakes 60 times a second to poll X for input and look for
// changes, whether or not anything changed (fyne-io/fyne#2506). On a kiosk left alone that
// loop is nearly all of its CPU (a CPU profile on the home screen: glfwPollEvents and the Go
// scheduler handing each tick to the locked main thread, nothing else), 2-3 % of a core on a
// loaded 2-core box. So while nobody touches the kiosk its UI goroutine waits in GLFW's
// glfwWaitEventsTimeout instead: the main thread sleeps until X has an event for it (a touch,
// a key, the pointer), until the app posts work to the screen (do wakes it with an empty
// event) or is told to quit (SIGTERM), or for parkFor at most, and then Fyne's loop runs as
// usual and draws what changed. What reaches the UI goroutine without do (Fyne's own
// background work) waits parkFor at most; systemd's watchdog keep-alive comes through OnUI.

const (
	// parkAfter is how long after the last touch the loop may be parked. A touch wakes a
	// parked loop at once; the wait only spares the screens the shopper is using any doubt.
	parkAfter = 2 * time.Second
	// parkFor is the longest a parked loop sleeps without an event. Everything the app
	// changes on screen wakes it (do, OnUI), so what waits for it is only Fyne's own
	// background work that does not go through do, none of which a kiosk shows: its settings
	// file and desktop theme watchers. Each wake runs Fyne's loop for parkSettle: with 2 s,
	// the home screen left alone took 0.31 % of a core, with 10 s 0.12 % (scripts/idle-cpu.sh's
	// kiosk, 30 s, quiet box). The caches Fyne expires (FYNE_CACHE=20s) are kept alive by a
	// walk at least every 10 s of frames, which each wake still gives them.
	parkFor = 10 * time.Second
	// parkSettle is how long Fyne's loop runs (at 60 Hz) after a park ends before the next
	// one, so that what changed is drawn first.
	parkSettle = 50 * time.Millisecond
	// parkStirred is how long the loop runs after an X event that was not a touch (the
	// pointer moving, the window shown again).
	parkStirred = time.Second
)

// parker parks the UI goroutine's loop while the kiosk is left alone. Its zero value never
// parks: Run starts it, and only where GLFW runs the window.
type parker struct {
	pending atomic.Int64 // work posted to the UI goroutine that has not run yet
	stopped atomic.Bool  // the app is quitting: no more parks
	posts   atomic.Int64 // work posted, ever: a park that ends with more was woken by it
	// parked: the UI goroutine is in glfwWaitEventsTimeout, or about to be. Held with mu
	// while an empty event is posted, so GLFW cannot end (Fyne's loop terminates it on the
	// UI goroutine) between the look and the post.
	mu     sync.Mutex
	parked bool
}

// hold counts fn as pending until it runs on the UI goroutine: the loop is not parked with
// work waiting in Fyne's queue.
func (p *parker) hold(fn func()) func() {
	p.pending.Add(1)
	p.posts.Add(1)
	return func() {
		p.pending.Add(-1)
		fn()
	}
}

// wake ends a park, if one is under way; after hold and the post, so the work is queued
// when the loop runs again. Safe from any goroutine.
func (p *parker) wake() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.parked {
		glfw.PostEmptyEvent()
	}
}

func (p *parker) setParked(v bool) {
	p.mu.Lock()
	p.parked = v
	p.mu.Unlock()
}

// startParking parks the UI goroutine's loop whenever the kiosk is left alone, until the
// app closes.
func (a *App) startParking() {
	a.watch.Add(1)
	go func() {
		defer a.watch.Done()
		t := time.NewTimer(parkAfter)
		defer t.Stop()
		next := make(chan time.Duration, 1)
		var inline atomic.Bool
		// Fyne's driver quits on these signals through fyne.Do, which does not wake a
		// parked loop: systemd's stop would wait out the park.
		quit := make(chan os.Signal, 1)
		signal.Notify(quit, syscall.SIGINT, syscall.SIGTERM)
		defer signal.Stop(quit)
		stop := func() {
			a.parking.stopped.Store(true)
			a.parking.wake()
		}
		for {
			select {
			case <-a.ctx.Done():
				return
			case <-quit:
				stop()
				return
			case <-t.C:
				// Once Fyne's loop has ended (GLFW terminated), fyne.Do runs fn at once on
				// this goroutine, which must then not touch GLFW. (The UI goroutine may also
				// run it before fyne.Do returns: that park is only put off.) The timer is
				// set again when the park says when to try next.
				inline.Store(true)
				fyne.Do(func() {
					if inline.Load() {
						next <- parkSettle
						return
					}
					next <- a.park()
				})
				inline.Store(false)
			case d := <-next:
				t.Reset(d)
			}
		}
	}()
}

// park parks the loop if the kiosk is left alone, on the UI goroutine; it says when to try
// again.
func (a *App) park() time.Duration {
	p := &a.parking
	if touched := a.now().Sub(a.lastInput); touched < parkAfter {
		return parkAfter - touched
	}
	p.setParked(true) // before pending and stopped are read: what comes after wakes the park
	if p.pending.Load() > 0 || p.stopped.Load() {
		p.setParked(false)
		return parkSettle
	}
	posts := p.posts.Load()
	start := time.Now()
	glfw.WaitEventsTimeout(parkFor.Seconds())
	p.setParked(false)
	if time.Since(start) >= parkFor*9/10 || p.posts.Load() != posts { // GLFW's timeout is not exact
		return parkSettle
	}
	return parkStirred
}
