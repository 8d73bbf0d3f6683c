package kiosk

import (
	"context"
	"errors"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// What the screens need from the rest of the kiosk. Each is implemented elsewhere (the
// answer engine, the inventory, the staff dispatcher, the speech package) and faked only in
// tests.

// Searcher answers questions: implemented by *answer.Engine.
type Searcher interface {
	Ask(ctx context.Context, q answer.Question) answer.Result
	Suggest(text string, n int) []string
	Reload(ctx context.Context) error
}

// Catalog is the store's inventory for browsing: implemented by *inventory.DB.
type Catalog interface {
	Departments(ctx context.Context) ([]inventory.Department, error)
	Categories(ctx context.Context, department string) ([]inventory.Category, error)
	InCategory(ctx context.Context, department, category string, offset, limit int) ([]*inventory.Product, error)
	BySKU(ctx context.Context, sku string) (*inventory.Product, error)
	Meta(ctx context.Context) (inventory.Meta, error)
}

// Pager gets a person to the shopper (implemented by kiosk/staff.Dispatcher).
type Pager interface {
	Call(ctx context.Context, r staff.Request) (staff.Call, error)   // durable; returns at once, state Queued or later
	Watch(ctx context.Context, id string) (<-chan staff.Call, error) // current state at once, then every change; closed when Resolved/Cancelled or ctx ends
	Cancel(ctx context.Context, id string) error
}

// Speaker reads text aloud (implemented by the speech package).
type Speaker interface {
	// Say speaks text in the language lang ("en", "es"), interrupting anything it is
	// saying. It may return at once or when the speech ends (the kiosk calls it off the UI
	// goroutine); ctx ending stops the speech.
	Say(ctx context.Context, text, lang string) error
	// Stop silences speech at once.
	Stop()
}

// VolumeSetter is a Speaker whose loudness the shopper can change: percent of normal,
// 10 to 200.
type VolumeSetter interface {
	SetVolume(percent int)
}

// Listener hears one spoken question (push to talk: the shopper taps Speak, talks, and the
// kiosk stops listening when they stop talking or tap Done).
type Listener interface {
	Listen(ctx context.Context, l Listening) (Heard, error)
}

// Listening says how to listen.
type Listening struct {
	Lang string // language code of the speech expected
	// Level is called often while listening with the loudness heard, 0 to 1, from the
	// listener's own goroutine.
	Level func(level float64)
	// Done is closed when the shopper taps Done: stop listening and make sense of what was
	// heard so far.
	Done <-chan struct{}
}

// Heard is what a Listener made of the speech.
type Heard struct {
	Text         string   // the likeliest reading; empty if nothing was said
	Alternatives []string // up to three other readings, likeliest first
	Confidence   float64  // 0 to 1, how sure the listener is of Text
}

// ErrNoMicrophone is returned by a Listener that has no working microphone.
var ErrNoMicrophone = errors.New("no microphone")
