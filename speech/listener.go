package speech

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strings"
	"sync"
	"time"

	"github.com/storekiosk/storekiosk/speech/capture"
	"github.com/storekiosk/storekiosk/speech/vad"
)

// ListenerConfig tunes listening.
type ListenerConfig struct {
	// VAD ends an utterance after VAD.EndSilence of quiet: the long pause, for a question
	// that does not read complete yet.
	VAD vad.Config
	// EndPause is the short pause that ends a question which reads complete (Finished) in the
	// offline recogniser's partial hypothesis. 0: only the long pause ends an utterance.
	EndPause time.Duration
	// Timeouts bounds each recogniser's answer after the end of speech, by name; the
	// offline recogniser needs none. Default 4 s for others.
	Timeouts map[string]time.Duration
	Logger   *slog.Logger
}

// Listener listens to one utterance at a time: push-to-talk starts it, voice activity
// detection (or the time cap) ends it, and the recognisers, tried in order, say what was
// said. The same pipeline runs on recordings (Recognize) for tests and evaluation.
type Listener struct {
	mic  *capture.Mic
	recs []Recognizer
	cfg  ListenerConfig
	log  *slog.Logger
	mu   sync.Mutex // one utterance at a time

	finishMu sync.Mutex
	finish   func() // ends the recording in progress
}

// NewListener listens with mic (nil: recordings only) through recs, in order of preference.
func NewListener(mic *capture.Mic, recs []Recognizer, cfg ListenerConfig) *Listener {
	log := cfg.Logger
	if log == nil {
		log = slog.Default().With("component", "speech")
	}
	cfg.VAD.Rate = Rate
	return &Listener{mic: mic, recs: recs, cfg: cfg, log: log}
}

// Available reports whether there is a microphone to listen with (capture.ErrNoMicrophone
// if not), for the UI to show or hide the Speak button.
func (l *Listener) Available() error {
	if l.mic == nil {
		return capture.ErrNoMicrophone
	}
	return l.mic.Check()
}

// EventKind says what an Event reports.
type EventKind int

const (
	Listening   EventKind = iota // the microphone is open: show and sound the cue
	Level                        // a new input level for the meter (every 20 ms)
	SpeechStart                  // the shopper started speaking
	SpeechEnd                    // listening is over; recognising
)

// Event is reported while listening. Handlers run on the listening goroutine and must not
// block (the UI wraps its update in fyne.Do).
type Event struct {
	Kind  EventKind
	Level float64 // 0..1
}

// Listen records from the microphone until the shopper stops speaking, the time cap, or
// Finish (the shopper tapped the button again: what was said so far is recognised). Cancelling
// ctx abandons the utterance (the shopper left the screen). on may be nil.
func (l *Listener) Listen(ctx context.Context, on func(Event)) (Result, error) {
	if l.mic == nil {
		return Result{}, capture.ErrNoMicrophone
	}
	recCtx, stop := context.WithCancel(ctx)
	defer stop()
	rec, err := l.mic.Record(recCtx)
	if err != nil {
		return Result{}, err
	}
	l.finishMu.Lock()
	l.finish = stop
	l.finishMu.Unlock()
	defer func() {
		l.finishMu.Lock()
		l.finish = nil
		l.finishMu.Unlock()
	}()
	if on != nil {
		on(Event{Kind: Listening})
	}
	return l.run(ctx, rec.C, stop, on)
}

// Finish ends listening now and recognises what was heard. It does nothing when not listening.
func (l *Listener) Finish() {
	l.finishMu.Lock()
	defer l.finishMu.Unlock()
	if l.finish != nil {
		l.finish()
	}
}

// Recognize runs the listening pipeline on a recording (16 kHz mono) as if it came from the
// microphone, as fast as the machine allows.
func (l *Listener) Recognize(ctx context.Context, pcm []int16) (Result, error) {
	frames := make(chan []int16)
	feedCtx, stop := context.WithCancel(ctx)
	defer stop()
	go func() {
		defer close(frames)
		const period = Rate / 50 // 20 ms, as the microphone delivers
		for i := 0; i < len(pcm); i += period {
			select {
			case frames <- pcm[i:min(i+period, len(pcm))]:
			case <-feedCtx.Done():
				return
			}
		}
	}()
	return l.run(ctx, frames, stop, nil)
}

// run feeds frames to the voice activity detector and every recogniser until the detector
// says the utterance is over or the frames end, then collects the recognisers' answers.
func (l *Listener) run(ctx context.Context, frames <-chan []int16, stop func(), on func(Event)) (Result, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.recs) == 0 {
		return Result{}, errors.New("speech: no recogniser configured")
	}
	det := vad.New(l.cfg.VAD)
	type running struct {
		rec Recognizer
		u   Utterance
		err error
	}
	// Every recogniser hears the whole utterance from the start of listening: the offline
	// one decodes as audio arrives, a server gets it all at the end. Starting them all means
	// the fallback's answer is ready the moment the first choice fails.
	var runs []*running
	for _, r := range l.recs {
		u, err := r.Begin(ctx)
		if err != nil {
			l.log.Warn("recogniser unavailable", "recogniser", r.Name(), "err", err)
			runs = append(runs, &running{rec: r, err: err})
			continue
		}
		runs = append(runs, &running{rec: r, u: u})
	}
	// The first recogniser that can say what it has heard so far decides whether a pause
	// ends the question.
	var partial partialUtterance
	for _, r := range runs {
		if p, ok := r.u.(partialUtterance); ok && l.cfg.EndPause > 0 {
			partial = p
			break
		}
	}
	var res Result
	samples := 0
	speaking, paused := false, false
	nextCheck := l.cfg.EndPause
	for f := range frames {
		samples += len(f)
		st := det.Write(f)
		for _, r := range runs {
			if r.u != nil && r.err == nil {
				r.err = r.u.Write(f)
			}
		}
		if on != nil {
			on(Event{Kind: Level, Level: det.Level()})
			if st == vad.Speaking && !speaking {
				on(Event{Kind: SpeechStart, Level: det.Level()})
			}
		}
		speaking = speaking || st != vad.Waiting
		if st.Done() {
			break
		}
		if partial != nil && st == vad.Speaking {
			q := det.Silence()
			if q == 0 {
				nextCheck = l.cfg.EndPause
			} else if q >= nextCheck {
				nextCheck = q + pauseRecheck
				if text, err := partial.Partial(); err == nil && Finished(text) {
					paused = true
					break
				}
			}
		}
	}
	res.AudioEnd = time.Now()
	stop()
	clear := func() {
		for _, r := range runs {
			if r.u != nil {
				r.u.End(context.Background())
			}
		}
	}
	res.Audio = time.Duration(samples) * time.Second / Rate
	if s, _, ok := det.Speech(); ok {
		res.Speech = time.Duration(samples-s) * time.Second / Rate
	}
	switch {
	case paused:
		res.Ended = "pause"
	case det.State() == vad.Ended:
		res.Ended = "silence"
	case det.State() == vad.Capped:
		res.Ended = "cap"
	case det.State() == vad.NoSpeech:
		res.Ended = "no speech"
	default:
		res.Ended = "input"
	}
	if on != nil {
		on(Event{Kind: SpeechEnd})
	}
	if err := ctx.Err(); err != nil {
		clear()
		return res, err
	}
	if det.State() == vad.NoSpeech {
		clear()
		return res, ErrNoSpeech
	}
	// Collect every answer concurrently; take the first recogniser, in order, that answers.
	type answer struct {
		t   Transcript
		err error
	}
	answers := make([]chan answer, len(runs))
	for i, r := range runs {
		answers[i] = make(chan answer, 1)
		if r.u == nil {
			answers[i] <- answer{err: r.err}
			continue
		}
		go func() {
			ectx, cancel := context.WithTimeout(context.WithoutCancel(ctx), l.timeout(r.rec.Name()))
			defer cancel()
			t, err := r.u.End(ectx)
			if err == nil && r.err != nil {
				err = r.err
			}
			answers[i] <- answer{t, err}
		}()
	}
	var errs []error
	for i, r := range runs {
		a := <-answers[i]
		if a.err == nil && len(a.t.Readings) > 0 {
			res.Transcript = a.t
			// The others finish in the background; their results are dropped.
			return res, nil
		}
		if a.err == nil {
			a.err = errors.New("heard nothing")
			if i == len(runs)-1 {
				res.Transcript = a.t
				return res, ErrNoSpeech
			}
		}
		res.Tried = append(res.Tried, fmt.Sprintf("%s: %v", r.rec.Name(), a.err))
		errs = append(errs, fmt.Errorf("%s: %w", r.rec.Name(), a.err))
		if len(runs) > 1 {
			l.log.Warn("recogniser failed, trying the next", "recogniser", r.rec.Name(), "err", a.err)
		}
	}
	return res, fmt.Errorf("speech: no recogniser understood (%w)", errors.Join(errs...))
}

// pauseRecheck is how often, after EndPause, a question that did not yet read complete is
// looked at again until the long pause ends it.
const pauseRecheck = 200 * time.Millisecond

// partialUtterance is an utterance that can say what it has heard so far.
type partialUtterance interface {
	Partial() (string, error)
}

func (l *Listener) timeout(name string) time.Duration {
	if d, ok := l.cfg.Timeouts[name]; ok && d > 0 {
		return d
	}
	if name == "sphinx" {
		return 30 * time.Second // local; bounded by its own speed
	}
	return 4 * time.Second
}

func joinFields(s string) string { return strings.Join(strings.Fields(s), " ") }
