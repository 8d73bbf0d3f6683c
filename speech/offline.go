package speech

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"sync"

	"github.com/storekiosk/storekiosk/speech/lm"
	"github.com/storekiosk/storekiosk/speech/sphinx"
)

// OfflineConfig tunes the offline recogniser.
type OfflineConfig struct {
	AcousticModel string   // pocketsphinx acoustic model directory (sphinx.DefaultModel)
	NBest         int      // readings returned at most (10)
	Extra         []string // further pocketsphinx options
	// NoiseFloor is the quietest background the decoder is shown, as an RMS fraction of full
	// scale (default 0.007, about -43 dBFS; negative: off). Input quieter than that between
	// words gets faint brown noise added: the acoustic model was trained on real recordings,
	// and a near-silent background (a good microphone in a quiet corner, a noise gate)
	// throws it off badly, while a background already louder is left alone.
	NoiseFloor float64
	Logger     *slog.Logger
}

// Offline is pocketsphinx with the catalog's language model: it works with the network down.
// Its model can be replaced while the kiosk runs (after a catalog update) without disturbing
// an utterance in progress. One utterance at a time.
type Offline struct {
	cfg OfflineConfig
	log *slog.Logger

	mu    sync.Mutex // held from Begin to End
	dec   *sphinx.Decoder
	model *lm.Model
}

// NewOffline loads the decoder with model (about a second, ~25 MB).
func NewOffline(model *lm.Model, cfg OfflineConfig) (*Offline, error) {
	if cfg.Logger == nil {
		cfg.Logger = slog.Default().With("component", "speech")
	}
	o := &Offline{cfg: cfg, log: cfg.Logger}
	if err := o.Load(model); err != nil {
		return nil, err
	}
	return o, nil
}

// Name is "sphinx".
func (o *Offline) Name() string { return "sphinx" }

// Model is the language model in use.
func (o *Offline) Model() *lm.Model {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.model
}

// Load switches to another language model. The new decoder is loaded first; the swap waits
// for an utterance in progress to end.
func (o *Offline) Load(model *lm.Model) error {
	if model == nil {
		return errors.New("speech: no language model")
	}
	dec, err := sphinx.New(sphinx.Config{Model: o.cfg.AcousticModel, LM: model.LM, Dict: model.Dict, NBest: o.cfg.NBest, Extra: o.cfg.Extra})
	if err != nil {
		return err
	}
	o.mu.Lock()
	old := o.dec
	o.dec, o.model = dec, model
	o.mu.Unlock()
	if old != nil {
		old.Close()
	}
	return nil
}

// Rebuild makes sure the language model matches src (building it in cacheDir if the catalog
// changed, which takes seconds) and switches to it. Run it in the background after a catalog
// update: the kiosk keeps listening with the old model meanwhile.
func (o *Offline) Rebuild(ctx context.Context, src lm.Source, cacheDir string, opt lm.Options) error {
	m, err := lm.Ensure(ctx, src, cacheDir, opt)
	if err != nil {
		return fmt.Errorf("speech model: %w", err)
	}
	if cur := o.Model(); cur != nil && cur.Dir == m.Dir && cur.Info.Key == m.Info.Key {
		return nil
	}
	return o.Load(m)
}

// Close frees the decoder.
func (o *Offline) Close() error {
	o.mu.Lock()
	defer o.mu.Unlock()
	if o.dec != nil {
		o.dec.Close()
		o.dec = nil
	}
	return nil
}

// Begin starts an utterance. The recogniser is busy until End.
func (o *Offline) Begin(ctx context.Context) (Utterance, error) {
	o.mu.Lock()
	if o.dec == nil {
		o.mu.Unlock()
		return nil, errors.New("speech: offline recogniser closed")
	}
	if err := o.dec.Start(); err != nil {
		o.mu.Unlock()
		return nil, err
	}
	floor := o.cfg.NoiseFloor
	if floor == 0 {
		floor = defaultNoiseFloor
	}
	return &offlineUtt{o: o, buf: make([]int16, 0, chunk), lift: newFloorLift(floor)}, nil
}

// Recognize decodes a whole recording at once.
func (o *Offline) Recognize(ctx context.Context, pcm []int16) (Transcript, error) {
	u, err := o.Begin(ctx)
	if err != nil {
		return Transcript{}, err
	}
	if err := u.Write(pcm); err != nil {
		u.End(ctx)
		return Transcript{}, err
	}
	return u.End(ctx)
}

// chunk is how much audio is decoded at a time: 100 ms keeps the decoder just behind the
// speaker without paying its per-call overhead every 20 ms period.
const chunk = Rate / 10

type offlineUtt struct {
	o    *Offline
	buf  []int16
	lift *floorLift
	done bool
	err  error
}

func (u *offlineUtt) Write(pcm []int16) error {
	if u.done {
		return errors.New("speech: utterance ended")
	}
	if u.err != nil {
		return u.err
	}
	u.buf = append(u.buf, pcm...)
	if len(u.buf) >= chunk {
		u.err = u.o.dec.Write(u.lift.apply(u.buf))
		u.buf = u.buf[:0]
	}
	return u.err
}

// Partial is what the decoder has heard so far, with the audio written until now.
func (u *offlineUtt) Partial() (string, error) {
	if u.done {
		return "", errors.New("speech: utterance ended")
	}
	if u.err != nil {
		return "", u.err
	}
	if len(u.buf) > 0 {
		if u.err = u.o.dec.Write(u.lift.apply(u.buf)); u.err != nil {
			return "", u.err
		}
		u.buf = u.buf[:0]
	}
	return u.o.dec.Partial()
}

func (u *offlineUtt) End(ctx context.Context) (Transcript, error) {
	if u.done {
		return Transcript{}, errors.New("speech: utterance ended")
	}
	u.done = true
	defer u.o.mu.Unlock()
	if u.err == nil && len(u.buf) > 0 {
		u.err = u.o.dec.Write(u.lift.apply(u.buf))
	}
	res, err := u.o.dec.End()
	if u.err != nil {
		return Transcript{}, u.err
	}
	if err != nil {
		return Transcript{}, err
	}
	return transcriptOf(res), nil
}

func transcriptOf(res sphinx.Result) Transcript {
	t := Transcript{Backend: "sphinx", Confidence: res.Confidence}
	for i, r := range res.Readings {
		if r.Text == "" {
			continue
		}
		c := -1.0
		if i == 0 {
			c = res.Confidence
		}
		t.Readings = append(t.Readings, Reading{Text: Written(r.Text), Confidence: c})
	}
	if len(res.Readings) == 0 {
		return t
	}
	for _, w := range res.Readings[0].Words {
		t.Words = append(t.Words, WordConfidence{Word: w.Text, Confidence: w.Posterior})
	}
	return t
}

const defaultNoiseFloor = 0.007

// floorLift adds brown noise to audio whose background is quieter than a target level. The
// background is the quietest 20 ms seen so far in the utterance; the noise added brings it up
// to the target and never changes what is already louder than that.
type floorLift struct {
	target  float64 // RMS, in sample units
	quiet   float64 // quietest frame RMS so far
	gain    float64 // noise RMS being added
	brown   float64
	seed    uint64
	scratch []int16
}

func newFloorLift(target float64) *floorLift {
	// A fixed seed: the same recording is always heard the same way.
	return &floorLift{target: target * 32768, quiet: math.Inf(1), seed: 0x9E3779B97F4A7C15}
}

func (f *floorLift) apply(pcm []int16) []int16 {
	if f.target <= 0 {
		return pcm
	}
	const frame = Rate / 50
	for i := 0; i+frame <= len(pcm); i += frame {
		var p float64
		for _, x := range pcm[i : i+frame] {
			p += float64(x) * float64(x)
		}
		f.quiet = min(f.quiet, math.Sqrt(p/frame))
	}
	if f.quiet < f.target {
		f.gain = max(f.gain, math.Sqrt(f.target*f.target-f.quiet*f.quiet))
	}
	if f.gain == 0 {
		return pcm
	}
	// Leaky-integrated uniform noise; its RMS is sqrt((1/3)/(1-a²)) before scaling.
	const a = 0.98
	k := f.gain / math.Sqrt((1.0/3)/(1-a*a))
	f.scratch = append(f.scratch[:0], pcm...)
	for i, x := range f.scratch {
		f.seed = f.seed*6364136223846793005 + 1442695040888963407
		w := float64(int64(f.seed>>11))/float64(1<<52) - 1
		f.brown = a*f.brown + w
		f.scratch[i] = int16(max(-32768, min(32767, float64(x)+k*f.brown)))
	}
	return f.scratch
}
