// Package kit is the kiosk's widget toolkit: large buttons that speak in speech mode,
// paragraphs that wrap at any text size, lists that page instead of scrolling, the on-screen
// keyboard, the microphone level meter, icons, and the top-down layouts that ask each piece
// how tall it must be at the width it gets. A widget talks to the app only through Host.
package kit

import "fyne.io/fyne/v2"

// Host is what a widget needs from the app around it: to report the shopper's touches and
// keys, to speak in speech mode, to move the focus, and the shopper's language. The kiosk's
// App is the one Host; tests use a fake. A widget with a nil Host acts silently.
type Host interface {
	// Input notes that the shopper touched or typed something; true when the input was used
	// up (it dismissed the idle question).
	Input() bool
	// SpeechOn is true while the shopper has speech mode on and the kiosk can speak.
	SpeechOn() bool
	// Say speaks text at once, interrupting anything being said (only in speech mode).
	Say(text string)
	// Focus gives b the keyboard focus; Focused is what has it now.
	Focus(b *Button)
	Focused() fyne.Focusable
	// FocusGained is told when b gets the focus (in speech mode it is named).
	FocusGained(b *Button)
	// TypedRune and TypedKey pass on what the focused control does not use itself.
	TypedRune(r rune)
	TypedKey(ev *fyne.KeyEvent)
	// ScanEnter handles an Enter that ends a barcode scan; true when it did.
	ScanEnter() bool
	// T is a UI string in the shopper's language (key, English fallback, template data).
	T(key, fallback string, data ...any) string
}
