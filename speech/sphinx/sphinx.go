// Package sphinx is the kiosk's offline speech recogniser: Debian's pocketsphinx (CMU Sphinx,
// 5prealpha) through cgo, fed audio while the shopper is still speaking so that the answer is
// ready a moment after they stop. It returns the N-best readings of an utterance with the
// decoder's posterior confidence, because a recogniser limited to a store's vocabulary turns
// every sound into some product and the caller must be able to doubt it.
package sphinx

/*
#cgo pkg-config: pocketsphinx sphinxbase
#include <stdlib.h>
#include <pocketsphinx.h>
#include <sphinxbase/logmath.h>

static cmd_ln_t *parse_args(int argc, char **argv) {
	return cmd_ln_parse_r(NULL, ps_args(), argc, argv, 0);
}

static double to_linear(ps_decoder_t *ps, int32 logp) {
	return logmath_exp(ps_get_logmath(ps), logp);
}
*/
import "C"

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"sync"
	"time"
	"unsafe"
)

// DefaultModel is where Debian's pocketsphinx-en-us package puts the US English acoustic model.
const DefaultModel = "/usr/share/pocketsphinx/model/en-us/en-us"

// SampleRate is the only rate the acoustic model accepts.
const SampleRate = 16000

// Config says which models the decoder loads.
type Config struct {
	Model string // acoustic model directory; DefaultModel when empty
	LM    string // trigram language model (ARPA or sphinx binary)
	Dict  string // pronunciation dictionary covering every word of LM
	// NBest is how many distinct readings End returns at most (default 10).
	NBest int
	// Extra are further pocketsphinx options, flag then value ("-beam", "1e-60").
	Extra []string
}

// Reading is one way the decoder heard an utterance.
type Reading struct {
	Text  string // lower case words, fillers removed; "" for silence or noise only
	Score int    // decoder path score (log domain, higher is better); comparable within one utterance
	// Words are the words with their posterior probability (0..1), filled for the best reading.
	Words []Word
}

// Word is one recognised word with its posterior probability and where it was heard (in
// 10 ms frames).
type Word struct {
	Text       string
	Posterior  float64
	Start, End int
}

// Result is what the decoder made of one utterance.
type Result struct {
	Readings []Reading // best first; empty when nothing was heard
	// Confidence is the posterior probability of the best reading as a whole (0..1).
	Confidence float64
	// Speech is the audio length decoded; Final is the time End took after the last sample.
	Speech, Final time.Duration
}

// Best returns the best reading's text, or "".
func (r Result) Best() string {
	if len(r.Readings) == 0 {
		return ""
	}
	return r.Readings[0].Text
}

// Decoder recognises one utterance at a time. It is not safe for concurrent use: the owner
// serialises Start/Write/End (the Listener does).
type Decoder struct {
	ps    *C.ps_decoder_t
	nbest int
	inUtt bool
	fed   int // samples in this utterance
	mu    sync.Mutex
}

// ErrModel is returned when the acoustic model, language model or dictionary cannot be loaded.
var ErrModel = errors.New("speech model not loadable")

// New loads the models. It takes about a second and 20-30 MB.
func New(cfg Config) (*Decoder, error) {
	if cfg.Model == "" {
		cfg.Model = DefaultModel
	}
	if cfg.NBest <= 0 {
		cfg.NBest = 10
	}
	for _, f := range []struct{ what, path string }{{"acoustic model", cfg.Model}, {"language model", cfg.LM}, {"dictionary", cfg.Dict}} {
		if f.path == "" {
			return nil, fmt.Errorf("%w: no %s given", ErrModel, f.what)
		}
		if _, err := os.Stat(f.path); err != nil {
			return nil, fmt.Errorf("%w: %s: %v", ErrModel, f.what, err)
		}
	}
	args := []string{
		"-hmm", cfg.Model,
		"-lm", cfg.LM,
		"-dict", cfg.Dict,
		"-logfn", os.DevNull,
		"-bestpath", "yes", // needed for posteriors and a better best path
		"-vad_postspeech", "30",
		// Score 8 Gaussians per mixture rather than 4: measured +2 points of first answers
		// on the spoken dev questions, at a few percent more CPU.
		"-topn", "8",
	}
	args = append(args, cfg.Extra...)
	argv := make([]*C.char, 0, len(args)+1)
	argv = append(argv, C.CString("pocketsphinx"))
	for _, a := range args {
		argv = append(argv, C.CString(a))
	}
	defer func() {
		for _, p := range argv {
			C.free(unsafe.Pointer(p))
		}
	}()
	cfgC := C.parse_args(C.int(len(argv)), &argv[0])
	if cfgC == nil {
		return nil, fmt.Errorf("%w: pocketsphinx rejected the options %q", ErrModel, strings.Join(cfg.Extra, " "))
	}
	ps := C.ps_init(cfgC)
	C.cmd_ln_free_r(cfgC) // the decoder holds its own reference
	if ps == nil {
		return nil, fmt.Errorf("%w: pocketsphinx could not load %s with %s and %s", ErrModel, cfg.Model, cfg.LM, cfg.Dict)
	}
	return &Decoder{ps: ps, nbest: cfg.NBest}, nil
}

// Close frees the decoder.
func (d *Decoder) Close() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ps != nil {
		C.ps_free(d.ps)
		d.ps = nil
	}
	return nil
}

// Start begins an utterance, abandoning any unfinished one.
func (d *Decoder) Start() error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ps == nil {
		return errors.New("sphinx: decoder closed")
	}
	if d.inUtt {
		C.ps_end_utt(d.ps)
	}
	if C.ps_start_utt(d.ps) < 0 {
		return errors.New("sphinx: cannot start utterance")
	}
	d.inUtt, d.fed = true, 0
	return nil
}

// Write decodes 16 kHz mono samples. Feed ~100 ms at a time as they arrive.
func (d *Decoder) Write(pcm []int16) error {
	if len(pcm) == 0 {
		return nil
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ps == nil || !d.inUtt {
		return errors.New("sphinx: Write outside an utterance")
	}
	if C.ps_process_raw(d.ps, (*C.int16)(unsafe.Pointer(&pcm[0])), C.size_t(len(pcm)), 0, 0) < 0 {
		return errors.New("sphinx: decoding failed")
	}
	d.fed += len(pcm)
	return nil
}

// Partial is the decoder's best guess so far in the utterance being fed (fillers removed),
// for deciding whether the shopper has finished a question; "" when it has none yet.
func (d *Decoder) Partial() (string, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ps == nil || !d.inUtt {
		return "", errors.New("sphinx: Partial outside an utterance")
	}
	var score C.int32
	hyp := C.ps_get_hyp(d.ps, &score)
	if hyp == nil {
		return "", nil
	}
	return clean(C.GoString(hyp)), nil
}

// Decode recognises a whole utterance at once. With the complete audio the decoder
// normalises it by its own average (batch CMN) instead of a running estimate.
func (d *Decoder) Decode(pcm []int16) (Result, error) {
	if err := d.Start(); err != nil {
		return Result{}, err
	}
	d.mu.Lock()
	if len(pcm) > 0 && C.ps_process_raw(d.ps, (*C.int16)(unsafe.Pointer(&pcm[0])), C.size_t(len(pcm)), 0, 1) < 0 {
		d.mu.Unlock()
		return Result{}, errors.New("sphinx: decoding failed")
	}
	d.fed = len(pcm)
	d.mu.Unlock()
	return d.End()
}

// End finishes the utterance and returns its readings.
func (d *Decoder) End() (Result, error) {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.ps == nil || !d.inUtt {
		return Result{}, errors.New("sphinx: End outside an utterance")
	}
	start := time.Now()
	d.inUtt = false
	if C.ps_end_utt(d.ps) < 0 {
		return Result{}, errors.New("sphinx: cannot end utterance")
	}
	res := Result{Speech: time.Duration(d.fed) * time.Second / SampleRate}
	var score C.int32
	hyp := C.ps_get_hyp(d.ps, &score)
	if hyp == nil {
		res.Final = time.Since(start)
		return res, nil
	}
	best := Reading{Text: clean(C.GoString(hyp)), Score: int(score)}
	res.Confidence = float64(C.to_linear(d.ps, C.ps_get_prob(d.ps)))
	for seg := C.ps_seg_iter(d.ps); seg != nil; seg = C.ps_seg_next(seg) {
		w := C.GoString(C.ps_seg_word(seg))
		if isFiller(w) {
			continue
		}
		var ascr, lscr, lback C.int32
		p := C.ps_seg_prob(seg, &ascr, &lscr, &lback)
		var sf, ef C.int
		C.ps_seg_frames(seg, &sf, &ef)
		best.Words = append(best.Words, Word{Text: baseWord(w), Posterior: float64(C.to_linear(d.ps, p)), Start: int(sf), End: int(ef)})
	}
	res.Readings = append(res.Readings, best)
	seen := map[string]bool{best.Text: true}
	// The N-best list repeats the same words with different fillers and pronunciations;
	// a bounded walk keeps the A* search from costing more than the decode itself.
	nb := C.ps_nbest(d.ps)
	for steps := 0; nb != nil && len(res.Readings) < d.nbest && steps < 20*d.nbest; steps++ {
		var s C.int32
		h := C.ps_nbest_hyp(nb, &s)
		if h != nil {
			t := clean(C.GoString(h))
			if !seen[t] {
				seen[t] = true
				res.Readings = append(res.Readings, Reading{Text: t, Score: int(s)})
			}
		}
		nb = C.ps_nbest_next(nb)
	}
	if nb != nil {
		C.ps_nbest_free(nb)
	}
	res.Final = time.Since(start)
	return res, nil
}

// clean drops fillers and pronunciation variants: "<s> where is(2) the [NOISE] jam </s>" → "where is the jam".
func clean(hyp string) string {
	var out []string
	for _, w := range strings.Fields(hyp) {
		if isFiller(w) {
			continue
		}
		out = append(out, baseWord(w))
	}
	return strings.Join(out, " ")
}

func isFiller(w string) bool {
	return strings.HasPrefix(w, "<") || strings.HasPrefix(w, "[") || strings.HasPrefix(w, "++")
}

func baseWord(w string) string {
	if i := strings.IndexByte(w, '('); i > 0 {
		return w[:i]
	}
	return w
}
