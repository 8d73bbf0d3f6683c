package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/speech"
	"github.com/storekiosk/storekiosk/speech/capture"
	"github.com/storekiosk/storekiosk/speech/pulsetest"
	"github.com/storekiosk/storekiosk/speech/testset"
	"github.com/storekiosk/storekiosk/speech/vad"
	"github.com/storekiosk/storekiosk/speech/wav"
)

// BenchmarkListenMicrophone measures what a shopper waits for after they stop talking: a
// spoken dev question is played into a PulseAudio virtual microphone, the kiosk's listener
// hears it through malgo as on a kiosk, and the clock runs from the end of the played WAV
// (cut where the voice activity detector last hears speech, so the end of the WAV is the end of
// speech) to the
// answer with its alternatives. Reported as p50/p95 for the long pause alone (speech.end_silence,
// as before speech.end_pause) and with the short pause for questions that read complete;
// "cut" counts questions whose listening ended before the WAV had finished playing.
//
//	go test -run '^$' -bench '^BenchmarkListenMicrophone$' -benchtime 61x ./cmd/kioskctl
func BenchmarkListenMicrophone(b *testing.B) {
	needVoice(b)
	db := sharedDB(b)
	ctx := context.Background()
	qs, err := testset.LoadQuestions(devQuestions)
	if err != nil {
		b.Fatal(err)
	}
	dir := b.TempDir()
	items, err := testset.Generate(ctx, filepath.Join(dir, "wav"), qs, testset.Options{Subset: true, Copies: testset.Copies[:1]})
	if err != nil {
		b.Fatal(err)
	}
	// The end of the played WAV is the end of speech, as the voice activity detector finds
	// it in the recording: the pad and espeak-ng's own trailing quiet are cut off.
	for i, it := range items {
		a, err := wav.ReadFile(it.WAV)
		if err != nil {
			b.Fatal(err)
		}
		pcm := a.Mono16k()
		det := vad.New(vad.Config{Rate: speech.Rate, EndSilence: 5 * time.Second})
		det.Write(pcm)
		_, end, ok := det.Speech()
		if !ok {
			b.Fatalf("%s: no speech in the recording", it.ID)
		}
		a = wav.Audio{Rate: speech.Rate, Channels: 1, Samples: pcm[:min(len(pcm), end)]}
		items[i].WAV = strings.TrimSuffix(it.WAV, ".wav") + ".cut.wav"
		if err := wav.WriteFile(items[i].WAV, a); err != nil {
			b.Fatal(err)
		}
	}
	modelDir := filepath.Join(dir, "models")
	pulsetest.Start(b)
	for _, pause := range []time.Duration{1200 * time.Millisecond, 400 * time.Millisecond} {
		b.Run(fmt.Sprintf("end_pause=%v", pause), func(b *testing.B) {
			p, err := newPipeline(ctx, listenFlags{db: db, modelDir: modelDir, lang: "en", unsure: -1, endPause: pause}, os.Stderr)
			if err != nil {
				b.Fatal(err)
			}
			defer p.Close()
			mic, err := capture.Open(p.micCfg)
			if err != nil {
				b.Fatal(err)
			}
			p.mic = mic
			l := speech.NewListener(mic, p.recs, p.lcfg)
			var lat []float64
			cut := 0
			debugf = b.Logf
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				it := items[i%len(items)]
				ms, err := micQuestion(ctx, p, l, it)
				if errors.Is(err, errCut) {
					b.Logf("%s: %v", it.ID, err)
					cut++
					continue
				}
				if err != nil {
					b.Fatalf("%s: %v", it.ID, err)
				}
				lat = append(lat, ms)
			}
			b.StopTimer()
			if len(lat) == 0 {
				b.Fatal("every question was cut off")
			}
			sort.Float64s(lat)
			b.ReportMetric(lat[len(lat)/2], "p50-ms")
			b.ReportMetric(lat[len(lat)*95/100], "p95-ms")
			b.ReportMetric(lat[len(lat)-1], "max-ms")
			b.ReportMetric(float64(cut), "cut")
		})
	}
}

var errCut = errors.New("listening ended before the question had been played")

// micQuestion plays one question into the virtual microphone while the listener listens,
// and returns the milliseconds from the end of the played WAV to the answer.
func micQuestion(ctx context.Context, p *pipeline, l *speech.Listener, it testset.Item) (float64, error) {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	// The detector learns the room's noise from the first 100 ms: play once it has heard
	// 200 ms of the microphone, however long the machine took to open it.
	var levels atomic.Int32
	heard := make(chan struct{})
	type outcome struct {
		res speech.Result
		err error
		at  time.Time
	}
	done := make(chan outcome, 1)
	go func() {
		res, err := l.Listen(ctx, func(e speech.Event) {
			if e.Kind == speech.Level && levels.Add(1) == 10 {
				close(heard)
			}
		})
		done <- outcome{res, err, time.Now()}
	}()
	select {
	case <-heard:
	case o := <-done:
		return 0, fmt.Errorf("listening ended before the question: %v", o.err)
	}
	if err := pulsetest.Play(ctx, it.WAV); err != nil {
		return 0, err
	}
	played := time.Now()
	o := <-done
	if o.err != nil && !errors.Is(o.err, speech.ErrNoSpeech) {
		return 0, o.err
	}
	if o.at.Before(played) {
		return 0, errCut
	}
	if o.res.Ended != "pause" {
		debugf("%s: %q ended by %s", it.ID, o.res.Heard(), o.res.Ended)
	}
	line := p.answer(ctx, it.ID, o.res, o.err)
	if line.Error != "" {
		return 0, errors.New(line.Error)
	}
	return float64(time.Since(played).Microseconds()) / 1000, nil
}

var debugf = func(string, ...any) {}
