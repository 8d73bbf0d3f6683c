package speech

import (
	"context"
	"errors"
	"strings"
	"unicode"

	"github.com/storekiosk/storekiosk/speech/whisper"
)

// Remote is an OpenAI-compatible transcription server. It hears more words than the offline
// model but needs the network; the Listener falls back to the next recogniser on any error
// or timeout.
type Remote struct {
	Client *whisper.Client
	// MaxAudio bounds what is buffered for one utterance (the Listener caps speech anyway).
	MaxSamples int
}

// Name is "openai".
func (r *Remote) Name() string { return "openai" }

// Begin starts buffering an utterance in memory.
func (r *Remote) Begin(ctx context.Context) (Utterance, error) {
	if r.Client == nil {
		return nil, errors.New("speech: no transcription server configured")
	}
	max := r.MaxSamples
	if max == 0 {
		max = 15 * Rate
	}
	return &remoteUtt{r: r, max: max}, nil
}

type remoteUtt struct {
	r   *Remote
	pcm []int16
	max int
}

func (u *remoteUtt) Write(pcm []int16) error {
	n := min(len(pcm), u.max-len(u.pcm))
	u.pcm = append(u.pcm, pcm[:max(n, 0)]...)
	return nil
}

func (u *remoteUtt) End(ctx context.Context) (Transcript, error) {
	pcm := u.pcm
	u.pcm = nil // nothing is kept after the answer
	text, err := u.r.Client.Transcribe(ctx, pcm)
	clear(pcm)
	if err != nil {
		return Transcript{}, err
	}
	t := Transcript{Backend: u.r.Name(), Confidence: -1}
	if w := normalizeRemote(text); w != "" {
		t.Readings = []Reading{{Text: w, Confidence: -1}}
	}
	return t, nil
}

// normalizeRemote lower-cases a server's transcript and drops its punctuation, Spanish's
// opening ¿ and ¡ too, so that both recognisers hand the answer engine the same kind of text.
// Accents stay: "¿Dónde está el maní?" is "dónde está el maní".
func normalizeRemote(s string) string {
	b := make([]rune, 0, len(s))
	for _, r := range s {
		switch {
		case strings.ContainsRune(".,?!;:\"¿¡«»", r):
			b = append(b, ' ')
		case unicode.IsUpper(r):
			b = append(b, unicode.ToLower(r))
		default:
			b = append(b, r)
		}
	}
	return joinFields(string(b))
}
