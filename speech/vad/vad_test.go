package vad_test

import (
	"math"
	"math/rand/v2"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/speech/vad"
)

const rate = 16000

// signal builds audio from segments: noise at a level (dBFS) with or without a "voice"
// (a 150 Hz buzz with harmonics to 3 kHz, amplitude-modulated like syllables).
type seg struct {
	dur   time.Duration
	noise float64 // dBFS of the background
	voice float64 // dBFS of the voice; 0 for none
}

func build(segs ...seg) []int16 {
	rng := rand.New(rand.NewPCG(1, 2))
	var out []int16
	brown := 0.0
	t := 0
	for _, s := range segs {
		n := int(s.dur.Seconds() * rate)
		na := math.Pow(10, s.noise/20)
		va := 0.0
		if s.voice != 0 {
			va = math.Pow(10, s.voice/20)
		}
		for i := 0; i < n; i++ {
			brown = 0.98*brown + rng.NormFloat64()*0.2
			x := na * brown
			if va > 0 {
				ph := 2 * math.Pi * 150 * float64(t) / rate
				syll := 0.6 + 0.4*math.Sin(2*math.Pi*4*float64(t)/rate)
				var v float64
				for k := 1; k <= 20; k++ {
					v += math.Sin(float64(k)*ph) / math.Sqrt(float64(k))
				}
				x += va * syll * v / 1.34
			}
			out = append(out, int16(math.Max(-32768, math.Min(32767, x*32768))))
			t++
		}
	}
	return out
}

func feed(d *vad.Detector, pcm []int16) (vad.State, time.Duration) {
	const period = rate / 50
	for i := 0; i < len(pcm); i += period {
		if st := d.Write(pcm[i:min(i+period, len(pcm))]); st.Done() {
			return st, time.Duration(i+period) * time.Second / rate
		}
	}
	return d.State(), time.Duration(len(pcm)) * time.Second / rate
}

func TestEndsAfterSilence(t *testing.T) {
	for _, noise := range []float64{-65, -50, -35} {
		pcm := build(
			seg{500 * time.Millisecond, noise, 0},
			seg{1500 * time.Millisecond, noise, noise + 15},
			seg{800 * time.Millisecond, noise, 0}, // a pause shorter than EndSilence
			seg{1 * time.Second, noise, noise + 15},
			seg{3 * time.Second, noise, 0},
		)
		d := vad.New(vad.Config{Rate: rate})
		st, at := feed(d, pcm)
		if st != vad.Ended {
			t.Errorf("noise %v dB: state %v, want ended", noise, st)
			continue
		}
		// Speech ends at 3.8 s; the end comes 1.2 s (±0.2 s) later.
		if at < 4800*time.Millisecond || at > 5300*time.Millisecond {
			t.Errorf("noise %v dB: ended at %v, want ~5.0 s", noise, at)
		}
		start, end, ok := d.Speech()
		if !ok || start > 0.7*rate || start < 0.4*rate || end < 3.7*rate || end > 3.9*rate {
			t.Errorf("noise %v dB: speech %d..%d samples, want ~8000..60800", noise, start, end)
		}
	}
}

func TestCapsLongSpeech(t *testing.T) {
	pcm := build(seg{300 * time.Millisecond, -50, 0}, seg{15 * time.Second, -50, -30})
	d := vad.New(vad.Config{Rate: rate, MaxSpeech: 3 * time.Second})
	st, at := feed(d, pcm)
	if st != vad.Capped || at > 3500*time.Millisecond {
		t.Errorf("state %v at %v, want capped at ~3.3 s", st, at)
	}
}

func TestNoSpeech(t *testing.T) {
	// Steady noise, even loud, is not speech: the floor follows it.
	pcm := build(seg{10 * time.Second, -30, 0})
	d := vad.New(vad.Config{Rate: rate, NoSpeech: 4 * time.Second})
	st, at := feed(d, pcm)
	if st != vad.NoSpeech || at > 4100*time.Millisecond {
		t.Errorf("state %v at %v, want no speech at 4 s", st, at)
	}
	// A short knock is not speech either.
	pcm = build(seg{time.Second, -60, 0}, seg{40 * time.Millisecond, -60, -20}, seg{5 * time.Second, -60, 0})
	d = vad.New(vad.Config{Rate: rate, NoSpeech: 4 * time.Second})
	if st, _ := feed(d, pcm); st != vad.NoSpeech {
		t.Errorf("a 40 ms knock: state %v, want no speech", st)
	}
}

func TestDigitalSilence(t *testing.T) {
	// A muted or synthetic input is all zeros; quiet speech after it still counts, and
	// the zeros themselves do not.
	pcm := append(make([]int16, rate), build(seg{time.Second, -90, -45}, seg{2 * time.Second, -90, 0})...)
	d := vad.New(vad.Config{Rate: rate})
	if st, _ := feed(d, pcm); st != vad.Ended {
		t.Errorf("state %v, want ended", st)
	}
}

func TestLevel(t *testing.T) {
	d := vad.New(vad.Config{Rate: rate})
	feed(d, build(seg{200 * time.Millisecond, -80, 0}))
	quiet := d.Level()
	feed(d, build(seg{200 * time.Millisecond, -80, -15}))
	loud := d.Level()
	if quiet > 0.1 || loud < 0.6 || loud > 1 {
		t.Errorf("levels quiet %.2f loud %.2f", quiet, loud)
	}
}
