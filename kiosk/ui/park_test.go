package ui

import "testing"

// The loop is parked only when the kiosk is left alone and nothing waits for the UI
// goroutine. (Parking itself needs GLFW's driver; Fyne's test driver has none, and a park
// that reached GLFW here would panic.)
func TestParkOnlyWhenLeftAlone(t *testing.T) {
	k := newKit(t, sizeLandscape)
	a := k.app
	k.tapLabel("Touch here to start")
	a.settle()
	if d := a.park(); d != parkAfter {
		t.Errorf("just after a touch park waited %v, want %v (the time left before it may park)", d, parkAfter)
	}
	k.clock.Add(parkAfter)
	a.do(func() {})
	if d := a.park(); d != parkSettle {
		t.Errorf("with work posted park waited %v, want %v (the work runs and is drawn first)", d, parkSettle)
	}
	a.settle()
	if n := a.parking.pending.Load(); n != 0 {
		t.Errorf("%d posted functions counted as pending after they ran", n)
	}
	a.parking.wake() // not parked: no empty event for GLFW
}
