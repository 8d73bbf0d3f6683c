// Package staff gets a person to a shopper: a call is saved on the kiosk before anything is
// sent, delivered to every configured backend until one takes it, and followed through its
// states until a member of staff has come and gone.
package staff

import (
	"strings"
	"time"
)

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
	// Lang is the shopper's language when it is not English ("es"), so the store sends
	// someone who speaks it; "" or "en" says nothing.
	Lang string
}

// Call is one request for a person and what has become of it.
type Call struct {
	ID       string // unique, stable across retries: delivery is idempotent by ID
	Kiosk    string // "Kiosk 1"
	Location string // "entrance"
	Reason   Reason
	Question string
	Lang     string // the shopper's language, "" for English (see Request.Lang)
	State    State
	By       string        // who acknowledged, e.g. "Ana"
	ETA      time.Duration // their estimate, if given
	// ShopperLeft: nobody touched the kiosk for its idle time while the call was open, so it
	// started again for the next shopper. The call stays open (the shopper may be waiting
	// nearby); staff are told the shopper may have left.
	ShopperLeft bool
	CreatedAt   time.Time
	UpdatedAt   time.Time
	// AckedAt is when someone said they were coming (the staff desk keeps it; zero if not
	// known): the shopper's wait ends there.
	AckedAt time.Time
}

// leftText is what staff read when the kiosk started again while their call was open.
const leftText = "Nobody used the kiosk for a while, so it started again for the next shopper. The shopper may have left; look nearby."

// Text is the reason as staff read it on their phones.
func (r Reason) Text() string {
	switch r {
	case ReasonFinding:
		return "Help finding something"
	case ReasonShelf:
		return "Reach a high shelf"
	case ReasonPrice:
		return "Price question"
	case ReasonOther:
		return "Other"
	default:
		return "Help"
	}
}

// valid reports whether r is one of the known reasons.
func (r Reason) valid() bool {
	switch r {
	case ReasonHelp, ReasonFinding, ReasonShelf, ReasonPrice, ReasonOther:
		return true
	}
	return false
}

// ParseReason maps a reason's name to the Reason; anything unknown or empty is ReasonHelp,
// because a shopper asking for a person is never refused over a label.
func ParseReason(s string) Reason {
	if r := Reason(s); r.valid() {
		return r
	}
	return ReasonHelp
}

// Terminal reports whether nothing more will happen to a call in state s.
func (s State) Terminal() bool { return s == Resolved || s == Cancelled }

// Open reports whether a call in state s still needs someone (staff desks list these).
func (s State) Open() bool { return s == Sent || s == Escalated || s == Acknowledged || s == Queued }

// Wire is a call as it travels between kiosk, staff desk and webhook receivers, as JSON.
type Wire struct {
	ID         string `json:"id"`
	Kiosk      string `json:"kiosk"`
	Location   string `json:"location"`
	Reason     Reason `json:"reason"`
	ReasonText string `json:"reason_text"`
	Question   string `json:"question,omitempty"`
	// Lang is the shopper's language when not English ("es"); LangText says it for staff:
	// "Spanish speaker (habla español)".
	Lang       string `json:"lang,omitempty"`
	LangText   string `json:"lang_text,omitempty"`
	State      State  `json:"state"`
	By         string `json:"by"`
	ETASeconds int    `json:"eta_seconds,omitempty"`
	// ShopperLeft: the kiosk started again for the next shopper while the call was open.
	ShopperLeft bool      `json:"shopper_left,omitempty"`
	CreatedAt   time.Time `json:"created_at"`
	UpdatedAt   time.Time `json:"updated_at"`
	// AckedAt is when someone said they were coming, where known (the staff desk's calls).
	AckedAt *time.Time `json:"acked_at,omitempty"`
}

// Wire returns the call in its JSON form.
func (c Call) Wire() Wire {
	var acked *time.Time
	if !c.AckedAt.IsZero() {
		t := c.AckedAt.UTC()
		acked = &t
	}
	return Wire{
		ID: c.ID, Kiosk: c.Kiosk, Location: c.Location,
		Reason: c.Reason, ReasonText: c.Reason.Text(), Question: c.Question,
		Lang: c.Lang, LangText: LangText(c.Lang),
		State: c.State, By: c.By, ETASeconds: int(c.ETA / time.Second), ShopperLeft: c.ShopperLeft,
		CreatedAt: c.CreatedAt.UTC(), UpdatedAt: c.UpdatedAt.UTC(), AckedAt: acked,
	}
}

// Call returns the call a Wire describes.
func (w Wire) Call() Call {
	var acked time.Time
	if w.AckedAt != nil {
		acked = *w.AckedAt
	}
	return Call{
		ID: w.ID, Kiosk: w.Kiosk, Location: w.Location,
		Reason: ParseReason(string(w.Reason)), Question: w.Question, Lang: ParseLang(w.Lang),
		State: w.State, By: w.By, ETA: time.Duration(w.ETASeconds) * time.Second, ShopperLeft: w.ShopperLeft,
		CreatedAt: w.CreatedAt, UpdatedAt: w.UpdatedAt, AckedAt: acked,
	}
}

// Place is "Kiosk 1, entrance": what staff read to know where to walk.
func (c Call) Place() string {
	switch {
	case c.Location == "":
		return c.Kiosk
	case c.Kiosk == "":
		return c.Location
	}
	return c.Kiosk + ", " + c.Location
}

// languages are the shopper languages staff are told of, in English and in the language
// itself: a colleague who speaks it knows the call is theirs.
var languages = map[string]string{
	"es": "Spanish speaker (habla español)",
}

// ParseLang is a shopper's language code as calls carry it: lower case, "" for English or
// for anything that is not a plain language code (a page never carries odd text as one).
func ParseLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" || s == "en" || strings.HasPrefix(s, "en-") || len(s) > 8 {
		return ""
	}
	for _, r := range s {
		if (r < 'a' || r > 'z') && r != '-' {
			return ""
		}
	}
	return s
}

// LangText is what staff read about a shopper's language: "" for English.
func LangText(lang string) string {
	lang = ParseLang(lang)
	if lang == "" {
		return ""
	}
	if t, ok := languages[lang]; ok {
		return t
	}
	if t, ok := languages[strings.SplitN(lang, "-", 2)[0]]; ok {
		return t
	}
	return "Speaks a language other than English (" + lang + ")"
}
