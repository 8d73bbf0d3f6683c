// Package staff gets a person to a shopper: a call is saved on the kiosk before anything is
// sent, delivered to every configured backend until one takes it, and followed through its
// states until a member of staff has come and gone.
package staff

import "time"

// Reason is why the shopper wants a person; one optional tap, "help" when they skip it.
type Reason string

const (
	ReasonHelp    Reason = "help"    // no reason given
	ReasonFinding Reason = "finding" // help finding something
	ReasonShelf   Reason = "shelf"   // reach a high shelf
	ReasonPrice   Reason = "price"   // a price question
	ReasonOther   Reason = "other"
)

// State is where a call stands. The shopper's screen words every state plainly.
type State string

const (
	Queued       State = "queued"       // saved on the kiosk, not yet delivered
	Sent         State = "sent"         // delivered; nobody has answered yet
	Acknowledged State = "acknowledged" // someone is coming (By, ETA)
	Resolved     State = "resolved"     // staff marked it done
	Escalated    State = "escalated"    // nobody answered in time: paged again, louder; shopper sent to the desk
	Cancelled    State = "cancelled"    // the shopper no longer needs help, or the session ended
)

// Request is what the kiosk asks for; the pager adds the kiosk's name and place.
type Request struct {
	Reason   Reason
	Question string // the shopper's last question, if any, so staff arrive knowing the need
}

// Call is one request for a person and what has become of it.
type Call struct {
	ID        string // unique, stable across retries: delivery is idempotent by ID
	Kiosk     string // "Kiosk 1"
	Location  string // "entrance"
	Reason    Reason
	Question  string
	State     State
	By        string        // who acknowledged, e.g. "Ana"
	ETA       time.Duration // their estimate, if given
	CreatedAt time.Time
	UpdatedAt time.Time
}
