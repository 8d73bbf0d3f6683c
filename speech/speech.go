// Package speech is the kiosk's voice: it listens to a shopper through the microphone and
// turns what they said into text (offline with pocketsphinx and a language model built from
// the store's catalog, optionally through an OpenAI-compatible transcription server first),
// and it speaks the kiosk's screens and answers (espeak-ng, optionally a speech server).
//
// The UI uses concrete types and declares its own small interfaces over them: Listener
// (push-to-talk: Listen with level events, ended by voice activity detection, the time cap or
// Finish; readings with confidence; Available says whether there is a microphone), Speaker
// (Say, Stop, Cue; new speech interrupts old) and Choose, which picks the reading to answer
// and the "Did you mean" readings given the answer engine's verdict on each. Recordings live in memory only and go nowhere but the
// configured recogniser; nothing is kept after the answer.
package speech

import (
	"context"
	"errors"
	"strings"
	"time"
)

// Reading is one way the kiosk heard the shopper.
type Reading struct {
	Text string
	// Confidence is the recogniser's belief in this reading, 0..1; -1 when it gives none
	// (a transcription server).
	Confidence float64
	// Derived readings are not the recogniser's but made from its best one (Relax); they are
	// offered only when the real ones find nothing.
	Derived bool
}

// Transcript is what one recogniser made of an utterance.
type Transcript struct {
	Readings []Reading // best first, distinct; empty when nothing was heard
	Backend  string    // the recogniser's name
	// Confidence is the best reading's confidence (0..1), -1 when unknown.
	Confidence float64
	// Words are the best reading's words with their own confidence, when known.
	Words []WordConfidence
}

// WordConfidence is a word of the best reading and how sure the recogniser is of it.
type WordConfidence struct {
	Word       string
	Confidence float64
}

// Heard is the best reading, or "".
func (t Transcript) Heard() string {
	if len(t.Readings) == 0 {
		return ""
	}
	return t.Readings[0].Text
}

// Recognizer turns an utterance into text. Audio is fed while the shopper speaks, so a
// streaming recogniser has its answer as soon as they stop.
type Recognizer interface {
	Name() string
	Begin(ctx context.Context) (Utterance, error)
}

// Utterance is one utterance being recognised.
type Utterance interface {
	// Write feeds 16 kHz mono samples.
	Write(pcm []int16) error
	// End returns the transcript. The utterance is finished after End, whatever it returns.
	End(ctx context.Context) (Transcript, error)
}

// ErrNoSpeech means listening ended without anyone speaking.
var ErrNoSpeech = errors.New("no speech heard")

// Rate is the sample rate of all audio in this package.
const Rate = 16000

// Result is the outcome of listening to one utterance.
type Result struct {
	Transcript
	// Why listening ended: "pause" (a short pause after a question that reads complete),
	// "silence" (the long pause), "cap" (the time limit), "input"
	// (the audio ended or listening was stopped), "no speech".
	Ended string
	// Audio is how much audio was listened to; Speech the part from the start of speech.
	Audio, Speech time.Duration
	// AudioEnd is when the last sample was taken in: "end of speech" for latency figures.
	AudioEnd time.Time
	// Tried lists recognisers that failed before the one that answered, with why.
	Tried []string
}

// digits maps spoken digits back to figures, for barcodes read aloud.
var digits = map[string]byte{"zero": '0', "oh": '0', "one": '1', "two": '2', "three": '3', "four": '4',
	"five": '5', "six": '6', "seven": '7', "eight": '8', "nine": '9'}

// Written turns a reading into the form the answer engine reads best: runs of four or more
// spoken digits become a number ("scan zero seven six …" → "scan 076…"). Shorter runs stay
// words: "two percent milk" is about milk, not a code.
func Written(text string) string {
	ws := strings.Fields(text)
	var out []string
	for i := 0; i < len(ws); {
		j := i
		for j < len(ws) {
			if _, ok := digits[ws[j]]; !ok {
				break
			}
			j++
		}
		if j-i >= 4 {
			b := make([]byte, 0, j-i)
			for _, w := range ws[i:j] {
				b = append(b, digits[w])
			}
			out = append(out, string(b))
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		out = append(out, ws[i:j]...)
		i = j
	}
	return strings.Join(out, " ")
}
