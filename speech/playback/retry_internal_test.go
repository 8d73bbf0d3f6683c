package playback

import (
	"context"
	"errors"
	"testing"
	"time"

	"github.com/gen2brain/malgo"
)

// An output that does not open is not tried again for every sentence: each failed open
// cost ALSA memory it never gave back and a screenful of errors (issue 21).
func TestFailedOutputIsNotRetriedPerSentence(t *testing.T) {
	for _, c := range []struct {
		retry time.Duration
		opens int
	}{{time.Hour, 1}, {time.Nanosecond, 5}} {
		p, err := Open(Config{Backends: []malgo.Backend{BackendNull}, Device: "no-such-speaker", RetryAfter: c.retry})
		if err != nil {
			t.Fatal(err)
		}
		for range 5 {
			if err := p.Play(context.Background(), make([]int16, 160), 16000); !errors.Is(err, ErrNoSpeaker) {
				t.Fatalf("Play on a missing speaker: %v, want ErrNoSpeaker", err)
			}
		}
		if p.opens != c.opens {
			t.Errorf("retry after %v: 5 sentences tried to open the output %d times, want %d", c.retry, p.opens, c.opens)
		}
		p.Close()
	}
}
