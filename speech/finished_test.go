package speech_test

import (
	"context"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/speech"
)

func TestFinished(t *testing.T) {
	for _, c := range []struct {
		text string
		want bool
	}{
		{"where is the jam", true},
		{"do you have almond milk", true},
		{"how much is the sourdough loaf", true},
		{"coffee", true},
		{"scan zero seven six six seven seven five two nine eight three three one", true},
		{"two percent milk", true},
		{"", false},
		{"where is the", false},
		{"do you have", false},
		{"how much is", false},
		{"i'm looking for", false},
		{"where can i find", false},
		{"where is the peanut butter and", false},
		{"how much", false},
		{"is tomato ketchup in stock", true},
		{"um", false},
		{"scan zero seven six", false},
		{"zero seven six six seven", false},
	} {
		if got := speech.Finished(c.text); got != c.want {
			t.Errorf("Finished(%q) = %v, want %v", c.text, got, c.want)
		}
	}
}

// A question that reads complete ends after the short pause, not the long one, and is
// heard as well as before.
func TestEndPause(t *testing.T) {
	o := demoOffline(t)
	long := speech.NewListener(nil, []speech.Recognizer{o}, speech.ListenerConfig{})
	short := speech.NewListener(nil, []speech.Recognizer{o}, speech.ListenerConfig{EndPause: 400 * time.Millisecond})
	for _, c := range []struct{ say, want string }{
		{"where is the coffee", "coffee"},
		{"do you have ketchup", "ketchup"},
	} {
		// 1.5 s more quiet after the question, so that the long pause ends it too.
		pcm := append(read16k(t, spoken(t, c.say)), make([]int16, 3*speech.Rate/2)...)
		a, err := long.Recognize(context.Background(), pcm)
		if err != nil {
			t.Fatalf("%q: %v", c.say, err)
		}
		b, err := short.Recognize(context.Background(), pcm)
		if err != nil {
			t.Fatalf("%q: %v", c.say, err)
		}
		t.Logf("%q: long pause heard %q after %v (%s); short pause heard %q after %v (%s)",
			c.say, a.Heard(), a.Audio, a.Ended, b.Heard(), b.Audio, b.Ended)
		if b.Ended != "pause" || !hasWords(b.Heard(), c.want) {
			t.Errorf("%q: with end_pause heard %q, ended by %q; want %q, ended by pause", c.say, b.Heard(), b.Ended, c.want)
		}
		if a.Ended != "silence" || b.Audio > a.Audio-600*time.Millisecond {
			t.Errorf("%q: with end_pause listened %v, without %v", c.say, b.Audio, a.Audio)
		}
	}
}

// Shoppers who stop to find a word are not cut off: a 700 ms pause inside a question, after
// words that do not read complete, is waited out, and the whole question is heard.
func TestPauseMidQuestion(t *testing.T) {
	o := demoOffline(t)
	l := speech.NewListener(nil, []speech.Recognizer{o}, speech.ListenerConfig{EndPause: 400 * time.Millisecond})
	const pause = `<break time="700ms"/>`
	for _, c := range []struct{ say, want string }{
		{"where is the " + pause + " creamy peanut butter", "butter"},
		{"do you have " + pause + " almond milk", "milk"},
		{"how much is the " + pause + " sourdough loaf", "loaf"},
		{"I am looking for " + pause + " coffee", "coffee"},
		{"where can I find " + pause + " fresh basil", "basil"},
	} {
		res, err := l.Recognize(context.Background(), read16k(t, spoken(t, c.say)))
		if err != nil {
			t.Fatalf("%q: %v", c.say, err)
		}
		t.Logf("%q: heard %q after %v, ended by %s", c.say, res.Heard(), res.Audio, res.Ended)
		if !hasWords(res.Heard(), c.want) {
			t.Errorf("%q cut off or misheard: heard %q after %v of audio, ended by %s", c.say, res.Heard(), res.Audio, res.Ended)
		}
	}
}
