// Package insights learns from the questions a kiosk could not answer well: it records each
// that ended "not carried" or "unsure", or that a staff call or a rephrasing followed within a
// minute, as text only, with personal data taken out, counted per day and question; it
// delivers the counts to the staff desk (kept until the desk has them, across restarts and
// network loss) and forgets them after the retention time. It also fetches the store's own
// vocabulary that staff teach on the desk's Insights page, for the answer engine and the
// speech model, and the store's own answers for what it does not sell.
package insights

import "time"

// Kinds of outcome a question is recorded with.
const (
	NotCarried = "not_carried" // the kiosk said the store does not seem to carry it
	Unsure     = "unsure"      // the kiosk said it was not sure what the shopper meant
	Called     = "called"      // the shopper called staff within a minute of the answer
	Rephrased  = "rephrased"   // the shopper asked again in other words within a minute
	// Asked counts every question of the day (question ""), for the answered rate.
	Asked = "asked"
)

// StoreAnswered is the Verdict of an answer in the store's own words (Vocabulary.Apply).
const StoreAnswered = "store answered"

// Kinds are the outcomes a report may carry.
var Kinds = []string{NotCarried, Unsure, Called, Rephrased, Asked}

// Report is what a kiosk sends the desk: PUT /api/kiosk/insights. Each row carries the
// kiosk's whole count for its day, question and kind so far, so a report sent twice counts once.
type Report struct {
	Kiosk string `json:"kiosk"`
	Rows  []Row  `json:"rows"`
}

// Row is one day's count of one question with one outcome.
type Row struct {
	Day      string    `json:"day"` // YYYY-MM-DD
	Question string    `json:"question"`
	Topic    string    `json:"topic,omitempty"` // what the kiosk took it to be about ("pop")
	Kind     string    `json:"kind"`
	Count    int       `json:"count"`
	LastAt   time.Time `json:"last_at"`
}

// DayFormat is the layout of Row.Day.
const DayFormat = "2006-01-02"
