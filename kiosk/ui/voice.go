package ui

import (
	"context"
	"errors"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// Speech mode (self-voicing): each screen announces itself in a few words when it opens,
// controls say what they are when they get the focus or on a first touch, answers are read
// aloud, and Repeat and Stop speaking are on every screen. Speech nobody asked for (screen
// announcements) is kept under three seconds.

func (a *App) speechOn() bool { return a.speaker != nil && a.sess.settings.Speech }

// sayNow speaks text at once, interrupting anything being said.
func (a *App) sayNow(text string) {
	if !a.speechOn() || strings.TrimSpace(text) == "" {
		return
	}
	a.sess.spoken = text
	a.voice().say(text, a.sess.settings.Lang)
}

// sayNowIn speaks text in a language other than the screen's, if it is one: an answer in the
// language the shopper asked in. Empty means the screen's.
func (a *App) sayNowIn(text, lang string) {
	if !a.speechOn() || strings.TrimSpace(text) == "" {
		return
	}
	if lang == "" {
		lang = a.sess.settings.Lang
	}
	a.sess.spoken = text
	a.voice().say(text, lang)
}

// sayAfter speaks text once the speech under way has ended, rather than cutting it off: news
// nobody asked for just then (a staff call's progress) after the screen's own announcement.
// A later sayAfter replaces one still waiting; the newest news is what counts.
func (a *App) sayAfter(text string) {
	if !a.speechOn() || strings.TrimSpace(text) == "" {
		return
	}
	a.sess.spoken = text
	a.voice().after(text, a.sess.settings.Lang)
}

// sayAlways speaks text at once even with speech mode off, after a chime when chime is set:
// for what every shopper must hear whether or not they can see the screen (the idle
// question). A kiosk with no speaker says nothing.
func (a *App) sayAlways(text string, chime bool) {
	if a.speaker == nil || strings.TrimSpace(text) == "" {
		return
	}
	a.sess.spoken = text
	a.voice().sayChime(text, a.sess.settings.Lang, chime)
}

// voiceOut speaks off the UI goroutine: a Speaker may take as long as the speech to return.
// Each new text interrupts the one before, in the order they were asked for, except news
// queued with after, which waits its turn.
type voiceOut struct {
	app     *App
	mu      sync.Mutex
	pending []speechReq
	wake    chan struct{}
	cancel  context.CancelFunc // the speech under way
	started bool
}

type speechReq struct {
	text, lang string
	after      bool // queued behind what is being said
	chime      bool // sound the attention chime first
}

func (a *App) voice() *voiceOut {
	// Hands-free listening asks whether it is speaking from its own goroutine.
	a.voiceOnce.Do(func() { a.voiceOut = &voiceOut{app: a, wake: make(chan struct{}, 1)} })
	return a.voiceOut
}

func (v *voiceOut) say(text, lang string) { v.sayChime(text, lang, false) }

func (v *voiceOut) sayChime(text, lang string, chime bool) {
	v.mu.Lock()
	v.pending = []speechReq{{text: text, lang: lang, chime: chime}}
	if v.cancel != nil {
		v.cancel() // the newest speech wins at once
	}
	v.start()
	v.mu.Unlock()
}

// after queues text behind the speech under way and anything asked for before it.
func (v *voiceOut) after(text, lang string) {
	v.mu.Lock()
	if n := len(v.pending); n > 0 && v.pending[n-1].after {
		v.pending = v.pending[:n-1]
	}
	v.pending = append(v.pending, speechReq{text: text, lang: lang, after: true})
	v.start()
	v.mu.Unlock()
}

// start starts the speaking goroutine once and wakes it. v.mu is held.
func (v *voiceOut) start() {
	if !v.started {
		v.started = true
		v.app.watch.Add(1)
		go v.run()
	}
	select {
	case v.wake <- struct{}{}:
	default:
	}
}

// stop silences the speech under way and forgets any waiting.
func (v *voiceOut) stop() {
	v.mu.Lock()
	v.pending = nil
	if v.cancel != nil {
		v.cancel()
	}
	v.mu.Unlock()
}

func (v *voiceOut) run() {
	a := v.app
	defer a.watch.Done()
	for {
		select {
		case <-a.ctx.Done():
			return
		case <-v.wake:
		}
		for {
			v.mu.Lock()
			if len(v.pending) == 0 {
				v.cancel = nil
				v.mu.Unlock()
				break
			}
			req := v.pending[0]
			v.pending = v.pending[1:]
			ctx, cancel := context.WithCancel(a.ctx)
			v.cancel = cancel
			v.mu.Unlock()
			var err error
			if c, ok := a.speaker.(Chimer); ok && req.chime {
				err = c.Chime(ctx)
			}
			if ctx.Err() == nil {
				err = errors.Join(err, a.speaker.Say(ctx, req.text, req.lang))
			}
			cancel()
			if err != nil && ctx.Err() == nil {
				a.Logger.Warn("speech failed", "err", err)
			}
		}
	}
}

// busy says whether the kiosk is speaking or about to.
func (v *voiceOut) busy() bool {
	v.mu.Lock()
	defer v.mu.Unlock()
	return len(v.pending) > 0 || v.cancel != nil
}

// sayScreen announces a screen that has just opened.
func (a *App) sayScreen(text string) { a.sayNow(text) }

// repeat says the screen's main text again: its answer, or its announcement.
func (a *App) repeat() {
	if a.cur == nil {
		return
	}
	s := a.cur.said
	if s == "" {
		s = a.cur.announce
	}
	a.sayNow(s)
}

func (a *App) stopSpeaking() {
	if a.speaker != nil {
		a.voice().stop()
		a.speaker.Stop()
	}
}

// updateSpeechButtons shows Repeat and Stop speaking while speech mode is on.
func (a *App) updateSpeechButtons() {
	on := a.speechOn()
	a.repeatBtn.Hidden = !on
	a.stopBtn.Hidden = !on
}

// heardAnswer is a spoken question: what was heard, and the answers to it and to each other
// reading, worked out before they are offered so a tap shows one at once.
type heardAnswer struct {
	heard  Heard
	unsure bool            // too unsure to act on: offer the readings instead
	alts   []answer.Result // one per alternative reading
}

// listening is the Ask screen's voice state.
type listening struct {
	cancel context.CancelFunc
	done   chan struct{}
}

// stopListening abandons listening, if it is going on.
func (a *App) stopListening() {
	if l := a.listeningNow; l != nil {
		l.cancel()
		a.listeningNow = nil
	}
}

// listen starts listening for a question; show updates the screen (on the UI goroutine) with
// the level, and heard or failed end it; failed's retry says whether listening again may
// work (not without a microphone, or a speech server for the language).
func (a *App) listen(level func(float64), heard func(*heardAnswer, answer.Result), failed func(msg string, retry bool)) {
	a.stopSpeaking()
	a.stopListening()
	ctx, cancel := context.WithCancel(a.ctx)
	l := &listening{cancel: cancel, done: make(chan struct{})}
	a.listeningNow = l
	lang := a.sess.settings.Lang
	unsure := a.opt.Unsure
	if err := a.voiceState(); errors.Is(err, ErrNeedsServer) {
		// Said before any cue or listening: there is nothing to listen with in this language.
		a.listeningNow = nil
		cancel()
		msg := a.t("ui.voice.needsserver", "Voice questions in this language need the store's speech server, which this kiosk does not have. Please type your question, or ask a person.")
		failed(msg, false)
		if !a.speechOn() {
			a.sayAlways(msg, false) // they tapped Speak: they may not read the screen
		}
		return
	}
	var last atomic.Int64
	a.work(func(context.Context) func() {
		h, err := a.listener.Listen(ctx, Listening{Lang: lang, Done: l.done, Level: func(v float64) {
			// The level comes often; the screen needs it a dozen times a second at most.
			now := time.Now().UnixMilli()
			if prev := last.Load(); now-prev < 80 || !last.CompareAndSwap(prev, now) {
				return
			}
			a.do(func() {
				if a.listeningNow == l {
					level(v)
				}
			})
		}})
		if ctx.Err() != nil {
			return nil // the shopper stopped it: nothing to show
		}
		if err != nil {
			msg, retry := a.t("ui.voice.failed", "Listening did not work. Please type your question."), true
			switch {
			case errors.Is(err, ErrVoiceStarting):
				msg = a.t("ui.voice.starting", "Voice questions are getting ready. Please type your question, or try again in a minute.")
			case errors.Is(err, ErrNoMicrophone):
				msg, retry = a.t("ui.voice.nomic", "The microphone is not working. Please type your question."), false
			}
			a.Logger.Warn("listening failed", "err", err)
			return func() { a.listeningNow = nil; failed(msg, retry) }
		}
		h.Text = strings.TrimSpace(h.Text)
		if h.Text == "" {
			return func() {
				a.listeningNow = nil
				failed(a.t("ui.voice.nothing", "I did not hear a question. Tap Speak and try again, or type it."), true)
			}
		}
		ha, main := a.answerHeard(ctx, h, lang, unsure)
		return func() { a.listeningNow = nil; heard(ha, main) }
	})
}

// answerHeard answers what was heard: the likeliest reading, unless the listener was too
// unsure to act on it, and the other readings worth offering as "Did you mean" buttons, each
// already answered. Which to offer is the Chooser's choice (the speech package's, the same the
// voice evaluation, kioskctl listen, scores). Readings are answered by the local engine alone:
// they must all be ready the moment the screen shows.
func (a *App) answerHeard(ctx context.Context, h Heard, lang string, unsure float64) (*heardAnswer, answer.Result) {
	var readings []string
	seen := map[string]bool{}
	for _, r := range append([]string{h.Text}, h.Alternatives...) {
		r = strings.TrimSpace(r)
		if r == "" || seen[strings.ToLower(r)] {
			continue
		}
		seen[strings.ToLower(r)] = true
		readings = append(readings, r)
	}
	if len(readings) == 0 {
		readings = []string{h.Text}
	}
	results := map[string]answer.Result{}
	ask := func(reading string) answer.Result {
		r, ok := results[reading]
		if !ok {
			r = a.askLocal(ctx, answer.Question{Text: reading, Lang: lang})
			results[reading] = r
		}
		return r
	}
	ha := &heardAnswer{heard: h}
	if a.choose != nil {
		var offers []string
		offers, ha.unsure = a.choose(readings, h.Confidence, unsure, func(reading string) (found, asked bool, key string) {
			r := ask(reading)
			if len(r.Products) > 0 {
				key = r.Products[0].SKU
			}
			return r.Found, r.Intent != answer.Unclear, key
		})
		for _, o := range offers {
			ha.alts = append(ha.alts, ask(o))
		}
	}
	return ha, ask(readings[0])
}

// askLocal answers from the catalog at once, never waiting for the AI assistant.
func (a *App) askLocal(ctx context.Context, q answer.Question) answer.Result {
	if as, ok := a.search.(Assisted); ok {
		return as.AskLocal(ctx, q)
	}
	return a.search.Ask(ctx, q)
}

// voiceReady says whether the Speak button is shown in the shopper's language: nil, also
// while the listener gets ready or when the language needs the store's speech server and
// there is none (the button shows, and says so if tapped), or why there is no voice input.
func (a *App) voiceReady() error {
	if err := a.voiceState(); err != nil && !errors.Is(err, ErrVoiceStarting) && !errors.Is(err, ErrNeedsServer) {
		return err
	}
	return nil
}

// voiceState is the listener's readiness for a question in the shopper's language.
func (a *App) voiceState() error {
	if a.listener == nil {
		return ErrNoMicrophone
	}
	if st, ok := a.listener.(ListenerStatus); ok {
		return st.Ready(a.sess.settings.Lang)
	}
	return nil
}

// readyHandsFree is the listener's readiness to hear a question in lang without a tap.
func (a *App) readyHandsFree(lang string) error {
	if st, ok := a.listener.(HandsFreeStatus); ok {
		return st.ReadyHandsFree(lang)
	}
	if st, ok := a.listener.(ListenerStatus); ok {
		return st.Ready(lang)
	}
	return nil
}

// doneListening tells the listener the shopper has finished talking.
func (a *App) doneListening() {
	if l := a.listeningNow; l != nil {
		select {
		case <-l.done:
		default:
			close(l.done)
		}
	}
}

// Hands-free listening (speech.listen = "hands-free") is for shoppers who cannot tap Speak.
// While the home, attract or results screen is up and the kiosk is not speaking, it listens
// without being asked. What it hears is answered like a spoken question when the answer engine
// takes it for a question about something; other talk ("so the", a conversation passing by)
// is let go and listening goes on. Only the recogniser on the kiosk hears it.

func (a *App) handsFree() bool { return a.listener != nil && a.opt.HandsFree }

// listensHandsFree says whether the kiosk can hear questions without a tap now, in the
// shopper's language, for the screens to say so.
func (a *App) listensHandsFree() bool {
	if !a.handsFree() {
		return false
	}
	err := a.readyHandsFree(a.sess.settings.Lang)
	return err == nil || errors.Is(err, ErrVoiceStarting)
}

// listenHandsFree listens for questions until screen s goes away.
func (a *App) listenHandsFree(s *screen) {
	if !a.handsFree() {
		return
	}
	ctx, cancel := context.WithCancel(a.ctx)
	leave := s.leave
	s.leave = func() {
		cancel()
		if leave != nil {
			leave()
		}
	}
	lang, unsure, gen := a.sess.settings.Lang, a.opt.Unsure, a.gen
	// A watcher, not work: it lasts as long as the screen.
	a.watch.Add(1)
	go func() {
		defer a.watch.Done()
		if show := a.hearHandsFree(ctx, lang, unsure); show != nil {
			a.do(func() {
				if a.gen == gen {
					show()
				}
			})
		}
	}()
}

// hearHandsFree listens until it hears a question, and returns how to show its answer; nil
// when ctx ends or there is nothing to listen with.
func (a *App) hearHandsFree(ctx context.Context, lang string, unsure float64) func() {
	pause := func(d time.Duration) {
		select {
		case <-ctx.Done():
		case <-time.After(d):
		}
	}
	for ctx.Err() == nil {
		if a.speaker != nil && a.voice().busy() {
			pause(200 * time.Millisecond) // it would hear itself
			continue
		}
		if err := a.readyHandsFree(lang); errors.Is(err, ErrVoiceStarting) {
			pause(time.Second)
			continue
		} else if err != nil {
			return nil // no microphone, or a language it cannot hear hands-free: touch only
		}
		h, spoke, err := a.listenUnlessSpeaking(ctx, lang)
		if ctx.Err() != nil {
			return nil
		}
		if spoke {
			continue // what it heard was itself
		}
		if err != nil {
			if errors.Is(err, ErrNoMicrophone) || errors.Is(err, ErrNeedsServer) {
				a.Logger.Warn("hands-free listening stopped", "err", err)
				return nil
			}
			a.Logger.Warn("hands-free listening failed", "err", err)
			pause(2 * time.Second)
			continue
		}
		if h.Text = strings.TrimSpace(h.Text); h.Text == "" {
			continue
		}
		ha, main := a.answerHeard(ctx, h, lang, unsure)
		if !main.Found && main.Intent == answer.Unclear {
			a.Logger.Debug("hands-free: not a question", "heard", h.Text)
			continue
		}
		a.answered(h.Text, main)
		return func() {
			a.input()
			a.sess.attract = false
			a.open(func() *screen { return newResults(a, main, ha) })
		}
	}
	return nil
}

// listenUnlessSpeaking listens once, hands-free, and gives up (spoke) if the kiosk starts
// speaking meanwhile.
func (a *App) listenUnlessSpeaking(ctx context.Context, lang string) (h Heard, spoke bool, err error) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var interrupted atomic.Bool
	if a.speaker != nil {
		go func() {
			t := time.NewTicker(100 * time.Millisecond)
			defer t.Stop()
			for {
				select {
				case <-ctx.Done():
					return
				case <-t.C:
					if a.voice().busy() {
						interrupted.Store(true)
						cancel()
						return
					}
				}
			}
		}()
	}
	h, err = a.listener.Listen(ctx, Listening{Lang: lang, Ambient: true, Level: func(float64) {}})
	return h, interrupted.Load(), err
}
