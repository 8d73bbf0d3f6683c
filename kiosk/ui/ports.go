package ui

import (
	"context"
	"errors"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/receipt"
	"github.com/storekiosk/storekiosk/kiosk/staff"
)

// What the screens need from the rest of the kiosk. Each is implemented elsewhere (the
// answer engine, the inventory, the staff dispatcher, kiosk/voice's speaker and microphone,
// the catalog feed), handed in by the wiring (package kiosk) through Options, and faked only
// in tests. The screens never look behind a port at the type implementing it.

// Searcher answers questions: implemented by *answer.Engine.
type Searcher interface {
	Ask(ctx context.Context, q answer.Question) answer.Result
	Suggest(text string, n int) []answer.Suggestion
	// Things names what the store sells in the language ("en", "es"), commonest first:
	// the attract screen's example questions come from it.
	Things(lang string, n int) []string
	Reload(ctx context.Context) error
}

// Assisted is a Searcher with the store's AI assistant in front of the local engine
// (implemented by *assistant.Assistant). A question may take seconds while the model is
// consulted: AskStream says when it is (the screen says so in words), and the final Reply
// says whether the model wrote the answer, which the screen then labels. The shopper never
// waits past the assistant's deadline.
type Assisted interface {
	AskStream(ctx context.Context, q answer.Question, progress func(assistant.Progress)) assistant.Reply
	// AskLocal answers from the local engine alone, at once: for the other readings of a
	// spoken question and anything else that must not wait for a model.
	AskLocal(ctx context.Context, q answer.Question) answer.Result
}

// Insights learns from the questions the kiosk could not answer well (implemented by
// kiosk/insights.Recorder): what the shopper asked and was answered, a staff call after it,
// and a new shopper. Each returns at once and never fails the shopper.
type Insights interface {
	Answered(question string, r answer.Result)
	Called()
	NewShopper()
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
	// SetReason says what the call is about, when the shopper tells after calling: the same
	// call, updated; staff already paged are told, not paged again.
	SetReason(ctx context.Context, id string, r staff.Reason) error
	// ShopperLeft tells staff the kiosk started again for the next shopper while the call
	// was open: the shopper may have gone. The call stays open.
	ShopperLeft(ctx context.Context, id string) error
}

// Speaker reads text aloud (implemented by *voice.Speaker).
type Speaker interface {
	// Say speaks text in the language lang ("en", "es"), interrupting anything it is
	// saying. It may return at once or when the speech ends (the kiosk calls it off the UI
	// goroutine); ctx ending stops the speech.
	Say(ctx context.Context, text, lang string) error
	// Stop silences speech at once.
	Stop()
}

// Chimer is a Speaker that can sound a short attention chime (the idle question's), heard
// before the words that follow it.
type Chimer interface {
	Chime(ctx context.Context) error
}

// VolumeSetter is a Speaker whose loudness the shopper can change: percent of normal,
// 10 to 200.
type VolumeSetter interface {
	SetVolume(percent int)
}

// Listener hears one spoken question (push to talk: the shopper taps Speak, talks, and the
// kiosk stops listening when they stop talking or tap Done). The wiring implements it over
// *voice.Mic.
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
	// Ambient is hands-free listening: nobody asked the kiosk to listen, so there is no
	// listening cue, and only a recogniser on the kiosk itself may hear it (talk near the
	// kiosk never leaves it).
	Ambient bool
}

// Heard is what a Listener made of the speech.
type Heard struct {
	Text         string   // the likeliest reading; empty if nothing was said
	Alternatives []string // other readings, likeliest first (the kiosk offers up to three)
	// Confidence is 0 to 1, how sure the listener is of Text; below 0 when it cannot say
	// (a transcription server), which is never taken for unsure.
	Confidence float64
	// Ended is when listening ended (the last sound taken in), for the time from the end of
	// speech to the answer on screen; zero if unknown.
	Ended time.Time
}

// ErrNoMicrophone is returned by a Listener that has no working microphone.
var ErrNoMicrophone = errors.New("no microphone")

// ListenerStatus is a Listener that may not be able to listen just now.
type ListenerStatus interface {
	// Ready is nil when the listener can hear a question in language lang; ErrVoiceStarting
	// while it is getting ready (its language model is being built, seconds after the kiosk
	// starts); otherwise why voice input does not work, and the kiosk offers typing alone.
	Ready(lang string) error
}

// ErrVoiceStarting is a Listener's Ready while it is getting ready.
var ErrVoiceStarting = errors.New("voice input is getting ready")

// ErrNeedsServer is a Listener's Ready for a language only the store's speech server hears
// (Spanish) when the kiosk has none: the Speak button shows, and says so, and offers typing
// and a person.
var ErrNeedsServer = errors.New("voice questions in this language need the store's speech server")

// HandsFreeStatus is a Listener that can say whether it hears questions in lang without a
// tap (only a recogniser on the kiosk listens hands-free; some languages it cannot hear).
type HandsFreeStatus interface {
	ReadyHandsFree(lang string) error
}

// Chooser decides what to do with the readings of a spoken question, likeliest first (the
// first is Heard.Text): which others to offer as "Did you mean" buttons, in button order, and
// whether the kiosk is too unsure of the first to answer it on its own (below unsure). judge
// answers a reading: found, asked about something (rather than words the answer engine could
// make nothing of), and what the answer points at (the first product's SKU). The kiosk uses
// the speech package's choice (kiosk/voice.Choose), the same the voice evaluation scores.
type Chooser func(readings []string, confidence, unsure float64,
	judge func(reading string) (found, asked bool, key string)) (offers []string, isUnsure bool)

// Printer prints the shopper's list on the kiosk's receipt printer (implemented by
// *receipt.Printer, through CUPS). Print returns once the list has printed, or why not:
// receipt.ErrPaperOut, receipt.ErrOffline, receipt.ErrTimeout; it never waits past its own
// timeout.
type Printer interface {
	Print(ctx context.Context, d receipt.Doc) error
}

// Syncer is the catalog feed as staff mode sees it (implemented by *feed.Syncer).
type Syncer interface {
	// Trigger looks at the feed now rather than at the next interval.
	Trigger()
}

// FeedReporter is the catalog feed as staff mode shows it (the wiring adapts
// *feed.Syncer): where it is and how the last syncs went.
type FeedReporter interface {
	FeedStatus() FeedStatus
}

// FeedStatus is the feed's address (no password in it) and its last sync and error.
type FeedStatus struct {
	Address     string
	LastSuccess time.Time // last sync that ended well (new data or confirmed up to date)
	LastError   string    // why the last attempt failed; "" once one succeeds
	LastErrorAt time.Time
}
