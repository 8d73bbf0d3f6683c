package ui

import (
	"context"

	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/assistant"
)

// A question the store's AI assistant may answer. The shopper never waits on the model for
// the local answer: the results screen opens with it as soon as the assistant has it, with a
// line saying the assistant is being asked. The assistant's checked answer then takes its
// place, labelled as the assistant's; if the model gives none, the line goes and the local
// answer stays.

// assistedAnswer is one question put to the assistant and what its results screen shows. It
// is touched only on the UI goroutine.
type assistedAnswer struct {
	cancel  context.CancelFunc
	started bool          // the question went to the model: its results screen has opened
	result  answer.Result // what to show: the local answer, then the final one
	writing string        // the model's checked text so far, until the reply
	done    bool          // the reply has come; result is final
	byModel bool          // the final answer is the model's
	shown   *screen       // the results screen built for it last (it may not be showing)
}

// askAssisted asks the assistant and follows its progress on the screen.
func (a *App) askAssisted(as Assisted, q answer.Question) {
	if p := a.assisting; p != nil {
		// A new question: the model's time goes to it, not to one nobody will read.
		p.cancel()
	}
	ctx, cancel := context.WithCancel(a.ctx)
	p := &assistedAnswer{cancel: cancel}
	a.assisting = p
	gen := a.gen
	// The answer follows the shopper from the Ask screen to the results screen, so this
	// goroutine is counted with those that outlive screens, not with a screen's work.
	a.watch.Add(1)
	go func() {
		defer a.watch.Done()
		defer cancel()
		rep := as.AskStream(ctx, q, func(pr assistant.Progress) {
			a.do(func() { a.assistProgress(p, gen, pr) })
		})
		a.do(func() { a.assistReply(p, gen, rep) })
	}()
}

// assistProgress shows how far the assistant has got. gen is the Ask screen's.
func (a *App) assistProgress(p *assistedAnswer, gen int, pr assistant.Progress) {
	if a.assisting != p {
		return // another question since
	}
	switch pr.Stage {
	case assistant.Started:
		if a.gen != gen {
			// The shopper left the Ask screen before the local answer came: nobody will see
			// this one.
			p.cancel()
			a.assisting = nil
			return
		}
		if len(pr.Local.Items) > 1 {
			// Several things at once make the shopper's list, from the catalog alone: the
			// model is let go.
			p.cancel()
			a.assisting = nil
			a.answered(a.sess.asked, pr.Local)
			local := pr.Local
			a.open(func() *screen { return newResults(a, local, nil) })
			return
		}
		p.started = true
		p.result = pr.Local
		a.open(func() *screen { return newAssisted(a, p) })
	case assistant.Writing:
		p.writing = pr.Text
		if a.cur == p.shown {
			p.shown.refresh()
		}
	}
}

// assistReply shows the assistant's final answer.
func (a *App) assistReply(p *assistedAnswer, gen int, rep assistant.Reply) {
	if a.assisting != p {
		return
	}
	a.assisting = nil
	if !rep.ByModel {
		a.answered(a.sess.asked, rep.Result)
	}
	if !p.started {
		// Not a question for the model (or it is off or busy): the local answer, as usual.
		if a.gen == gen {
			a.open(func() *screen { return newResults(a, rep.Result, nil) })
		}
		return
	}
	p.result, p.byModel, p.done, p.writing = rep.Result, rep.ByModel, true, ""
	if a.cur != p.shown {
		return // the shopper is elsewhere; Back to the answer shows the final one
	}
	p.shown.refresh()
	a.relayout()
	a.sayNow(p.shown.said)
}
