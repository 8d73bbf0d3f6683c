// Package vad decides when a shopper has started and finished speaking, from the energy of
// the microphone signal against a noise floor that it keeps learning, so that the same kiosk
// works by a quiet entrance and next to a busy checkout. It also gives the level for the
// on-screen meter that shows the kiosk hears you.
package vad

import (
	"math"
	"time"
)

// Config tunes the detector. Zero values take the defaults.
type Config struct {
	Rate int // samples per second (16000)
	// EndSilence is how long the shopper must be quiet before the utterance ends. Older
	// speakers pause mid-sentence; 1.2 s lets them.
	EndSilence time.Duration
	// MaxSpeech caps an utterance (10 s), so a noisy room cannot keep the kiosk listening.
	MaxSpeech time.Duration
	// NoSpeech ends listening when nobody starts speaking (8 s).
	NoSpeech time.Duration
	// StartDB and StopDB are how far above the noise floor a frame must be to count as the
	// start of speech (10 dB) and to keep it going (6 dB).
	StartDB, StopDB float64
	// MinSpeech is how long the signal must stay above StartDB to start speech (100 ms): a
	// cough or a bag set down is shorter.
	MinSpeech time.Duration
}

func (c *Config) defaults() {
	if c.Rate == 0 {
		c.Rate = 16000
	}
	if c.EndSilence == 0 {
		c.EndSilence = 1200 * time.Millisecond
	}
	if c.MaxSpeech == 0 {
		c.MaxSpeech = 10 * time.Second
	}
	if c.NoSpeech == 0 {
		c.NoSpeech = 8 * time.Second
	}
	if c.StartDB == 0 {
		c.StartDB = 10
	}
	if c.StopDB == 0 {
		c.StopDB = 6
	}
	if c.MinSpeech == 0 {
		c.MinSpeech = 100 * time.Millisecond
	}
}

// State is where the detector is in an utterance.
type State int

const (
	Waiting  State = iota // no speech yet
	Speaking              // speech has started
	Ended                 // EndSilence of quiet after speech
	Capped                // MaxSpeech reached while speaking
	NoSpeech              // nobody spoke within NoSpeech
)

func (s State) String() string {
	return [...]string{"waiting", "speaking", "ended", "capped", "no speech"}[s]
}

// Done reports whether listening is over.
func (s State) Done() bool { return s >= Ended }

// FrameDuration is the analysis frame: 20 ms, the capture period.
const FrameDuration = 20 * time.Millisecond

// Detector follows one utterance. Feed it every sample in order with Write.
type Detector struct {
	cfg   Config
	frame int // samples per frame
	buf   []int16
	prev  float64 // last sample, for pre-emphasis across frames

	state       State
	floor       float64 // noise floor, dB
	floorFrames int     // frames seen while learning the floor
	level       float64 // smoothed level, dB
	frames      int     // frames processed
	above       int     // consecutive frames above the start threshold
	quiet       int     // consecutive frames below the stop threshold while speaking
	startFrame  int     // first frame of speech
	endFrame    int     // frame after the last frame of speech
}

// New returns a detector for one utterance.
func New(cfg Config) *Detector {
	cfg.defaults()
	return &Detector{cfg: cfg, frame: cfg.Rate * int(FrameDuration/time.Millisecond) / 1000, floor: math.NaN(), level: -90}
}

// minFloor keeps a digitally silent input (a muted mic, synthetic silence) from making
// the faintest hiss look like speech.
const minFloor = -75.0

// Write analyses samples and returns the state after them. Samples after the end are ignored.
func (d *Detector) Write(pcm []int16) State {
	for len(pcm) > 0 && !d.state.Done() {
		n := min(d.frame-len(d.buf), len(pcm))
		d.buf = append(d.buf, pcm[:n]...)
		pcm = pcm[n:]
		if len(d.buf) == d.frame {
			e, raw := d.energy(d.buf)
			d.level = max(raw, d.level-1.5) // fast attack, slow release, like a meter
			d.step(e)
			d.buf = d.buf[:0]
		}
	}
	return d.state
}

// energy is the frame's level in dB full scale after pre-emphasis, which tilts the spectrum
// towards the consonants and away from the low rumble that dominates shop noise; raw is the
// plain level, for the meter.
func (d *Detector) energy(f []int16) (e, raw float64) {
	var sum, sumRaw float64
	for _, s := range f {
		x := float64(s) / 32768
		y := x - 0.95*d.prev
		d.prev = x
		sum += y * y
		sumRaw += x * x
	}
	n := float64(len(f))
	return 10 * math.Log10(sum/n+1e-12), 10 * math.Log10(sumRaw/n+1e-12)
}

func (d *Detector) step(e float64) {
	d.frames++
	// Learn the floor from the first 100 ms, then follow it: quickly down, slowly up, and
	// not at all while someone is speaking.
	switch {
	case math.IsNaN(d.floor):
		d.floor = e
		d.floorFrames = 1
	case d.floorFrames < 5:
		d.floor = min(d.floor, e)
		d.floorFrames++
	case d.state != Speaking:
		if e < d.floor {
			d.floor = 0.7*d.floor + 0.3*e
		} else if e < d.floor+d.cfg.StartDB {
			d.floor += 0.02 * (e - d.floor)
		}
	}
	floor := max(d.floor, minFloor)
	ms := func(n int) time.Duration { return time.Duration(n) * FrameDuration }
	switch d.state {
	case Waiting:
		if e > floor+d.cfg.StartDB && d.floorFrames >= 5 {
			d.above++
			if ms(d.above) >= d.cfg.MinSpeech {
				d.state = Speaking
				d.startFrame = d.frames - d.above
				d.endFrame = d.frames
			}
		} else {
			d.above = 0
			if ms(d.frames) >= d.cfg.NoSpeech {
				d.state = NoSpeech
			}
		}
	case Speaking:
		if e > floor+d.cfg.StopDB {
			d.quiet = 0
			d.endFrame = d.frames
		} else {
			d.quiet++
			if ms(d.quiet) >= d.cfg.EndSilence {
				d.state = Ended
				return
			}
		}
		if ms(d.frames-d.startFrame) >= d.cfg.MaxSpeech {
			d.state = Capped
		}
	}
}

// State is the current state.
func (d *Detector) State() State { return d.state }

// Level is the input level for a meter, 0 (silence) to 1 (very loud), smoothed.
func (d *Detector) Level() float64 {
	// -60 dBFS and below shows as empty, -10 dBFS as full.
	return math.Min(1, math.Max(0, (d.level+60)/50))
}

// Silence is how long the shopper has been quiet since they were last heard speaking; 0
// before speech starts or while they speak. The listener ends an utterance that reads
// complete after a short pause, before EndSilence.
func (d *Detector) Silence() time.Duration {
	if d.state != Speaking && d.state != Ended {
		return 0
	}
	return time.Duration(d.quiet) * FrameDuration
}

// Floor is the current noise floor in dB full scale.
func (d *Detector) Floor() float64 { return d.floor }

// Speech returns where speech started and where it was last heard, in samples from the
// first sample written; ok is false before speech has started.
func (d *Detector) Speech() (start, end int, ok bool) {
	if d.state == Waiting || d.state == NoSpeech {
		return 0, 0, false
	}
	return d.startFrame * d.frame, d.endFrame * d.frame, true
}
