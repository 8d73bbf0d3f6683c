package ui

import "github.com/storekiosk/storekiosk/kiosk/answer"

// answered tells the store's insights, if any, the answer shown to the shopper's own
// question (not the other readings of a spoken one, nor the tour's).
func (a *App) answered(question string, r answer.Result) {
	if a.insights != nil {
		a.insights.Answered(question, r)
	}
}

// calledStaff tells the store's insights the shopper called staff.
func (a *App) calledStaff() {
	if a.insights != nil {
		a.insights.Called()
	}
}
