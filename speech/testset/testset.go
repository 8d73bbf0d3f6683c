// Package testset generates spoken test questions at test time: each question of a JSON Lines
// question file is spoken by espeak-ng in several voices and speeds, resampled to 16 kHz,
// padded with silence and mixed with brown noise, in a "quiet" copy (a faint noise floor, as
// any real microphone has) and a "noisy" one (shop noise, ~9 dB SNR). Nothing is committed:
// the WAVs are rebuilt from the text with espeak-ng and sox wherever the tests run.
package testset

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/storekiosk/storekiosk/speech/wav"
)

// Voice is an espeak-ng voice at a speed in words per minute.
type Voice struct {
	Name  string // espeak-ng voice, "en-us"
	Speed int
}

// Tag is the voice's short name used in item ids: "us150".
func (v Voice) Tag() string {
	return strings.TrimPrefix(v.Name, "en-") + fmt.Sprint(v.Speed)
}

// Copy is one noise condition.
type Copy struct {
	Name string
	// Noise is sox's brownnoise volume before `sox -m` halves both inputs: 0.05 gives shop
	// noise at about 9 dB below the speech, 0.0045 a floor about 30 dB below.
	Noise float64
}

// The voices and copies the issue asks for.
var (
	Voices = []Voice{{"en-us", 150}, {"en-us", 125}, {"en-gb", 150}, {"en-gb", 125}}
	Copies = []Copy{{"quiet", 0.0045}, {"noisy", 0.05}}
)

// Pad is the silence before and after each question, in seconds.
const PadBefore, PadAfter = 0.3, 0.5

// Question is one line of a question file. Fields are the line as read, so that scoring sees
// exactly the expectations it was written with.
type Question struct {
	ID     string
	Text   string
	Fields map[string]any
}

// Item is one generated recording.
type Item struct {
	ID       string // question id, voice tag and copy: "d001.us150.quiet"
	Question Question
	Voice    Voice
	Copy     string
	WAV      string
	SNR      float64 // measured, dB: speech (while speaking) against the noise
}

// LoadQuestions reads a JSON Lines question file.
func LoadQuestions(path string) ([]Question, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var qs []Question
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, n, err)
		}
		id, _ := m["id"].(string)
		text, _ := m["q"].(string)
		if id == "" || text == "" {
			return nil, fmt.Errorf("%s:%d: needs \"id\" and \"q\"", path, n)
		}
		qs = append(qs, Question{ID: id, Text: text, Fields: m})
	}
	return qs, sc.Err()
}

// Options choose what to generate.
type Options struct {
	Voices []Voice // default Voices
	Copies []Copy  // default Copies
	// Subset, when true, speaks each question in one voice only (the voices taken in turn),
	// a quarter of the full set for quick CI runs.
	Subset  bool
	Workers int // default: number of CPUs
	// Reuse keeps recordings already in dir from an earlier run (same text, voice and
	// noise), for repeated local evaluation. Their SNR is then not measured.
	Reuse bool
}

// Tools reports the first missing program the generator needs, or nil.
func Tools() error {
	for _, t := range []string{"espeak-ng", "sox"} {
		if _, err := exec.LookPath(t); err != nil {
			return fmt.Errorf("%s not installed (scripts/deps.sh test)", t)
		}
	}
	return nil
}

// Quiet speaks one text in espeak-ng's American voice at 150 words a minute, as the quiet
// copy is spoken, into dir; it returns the 16 kHz WAV's path. SSML breaks in the text
// (`where is the <break time="700ms"/> peanut butter`) are pauses.
func Quiet(ctx context.Context, dir, text string) (string, error) {
	items, err := Generate(ctx, dir, []Question{{ID: "q", Text: text}},
		Options{Voices: []Voice{{Name: "en-us", Speed: 150}}, Copies: Copies[:1]})
	if err != nil {
		return "", err
	}
	return items[0].WAV, nil
}

// Generate speaks the questions into dir. Items come back in question order, then voice,
// then copy.
func Generate(ctx context.Context, dir string, qs []Question, opt Options) ([]Item, error) {
	if err := Tools(); err != nil {
		return nil, err
	}
	if opt.Voices == nil {
		opt.Voices = Voices
	}
	if opt.Copies == nil {
		opt.Copies = Copies
	}
	if opt.Workers <= 0 {
		opt.Workers = runtime.NumCPU()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	type job struct {
		q Question
		v Voice
	}
	var jobs []job
	for i, q := range qs {
		for j, v := range opt.Voices {
			if opt.Subset && j != i%len(opt.Voices) {
				continue
			}
			jobs = append(jobs, job{q, v})
		}
	}
	results := make([][]Item, len(jobs))
	errs := make([]error, len(jobs))
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < opt.Workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				if opt.Reuse {
					if items, ok := existing(dir, jobs[i].q, jobs[i].v, opt.Copies); ok {
						results[i] = items
						continue
					}
				}
				results[i], errs[i] = speak(ctx, dir, jobs[i].q, jobs[i].v, opt.Copies)
			}
		}()
	}
	for i := range jobs {
		if ctx.Err() != nil {
			break
		}
		next <- i
	}
	close(next)
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	var items []Item
	for _, r := range results {
		items = append(items, r...)
	}
	return items, nil
}

func existing(dir string, q Question, v Voice, copies []Copy) ([]Item, bool) {
	var items []Item
	for _, c := range copies {
		out := filepath.Join(dir, q.ID+"."+v.Tag()+"."+c.Name+".wav")
		if _, err := os.Stat(out); err != nil {
			return nil, false
		}
		items = append(items, Item{ID: q.ID + "." + v.Tag() + "." + c.Name, Question: q, Voice: v, Copy: c.Name, WAV: out, SNR: math.NaN()})
	}
	return items, true
}

func speak(ctx context.Context, dir string, q Question, v Voice, copies []Copy) ([]Item, error) {
	base := filepath.Join(dir, q.ID+"."+v.Tag())
	raw, clean := base+".raw.wav", base+".clean.wav"
	defer os.Remove(raw)
	defer os.Remove(clean)
	args := []string{"-v", v.Name, "-s", fmt.Sprint(v.Speed), "-w", raw}
	if strings.Contains(q.Text, "<break") {
		args = append(args, "-m") // SSML: a pause inside the question, `<break time="700ms"/>`
	}
	if err := run(ctx, "espeak-ng", append(args, q.Text)...); err != nil {
		return nil, err
	}
	if err := run(ctx, "sox", raw, "-r", "16000", "-c", "1", "-b", "16", clean, "pad", fmt.Sprint(PadBefore), fmt.Sprint(PadAfter)); err != nil {
		return nil, err
	}
	speech, err := wav.ReadFile(clean)
	if err != nil {
		return nil, err
	}
	dur := speech.Duration()
	var items []Item
	for _, c := range copies {
		noise, out := base+"."+c.Name+".noise.wav", base+"."+c.Name+".wav"
		// -R: the same noise every run, so results are repeatable.
		if err := run(ctx, "sox", "-R", "-n", "-r", "16000", "-c", "1", "-b", "16", noise, "synth", fmt.Sprintf("%.4f", dur), "brownnoise", "vol", fmt.Sprint(c.Noise)); err != nil {
			return nil, err
		}
		err := run(ctx, "sox", "-m", clean, noise, out)
		n, rerr := wav.ReadFile(noise)
		os.Remove(noise)
		if err != nil {
			return nil, err
		}
		if rerr != nil {
			return nil, rerr
		}
		items = append(items, Item{
			ID: q.ID + "." + v.Tag() + "." + c.Name, Question: q, Voice: v, Copy: c.Name, WAV: out,
			SNR: snr(speech.Samples, n.Samples),
		})
	}
	return items, nil
}

// snr compares the speech's power while speaking (20 ms frames above 10% of the loudest)
// with the noise's power, in dB.
func snr(speech, noise []int16) float64 {
	const frame = 320
	var frames []float64
	peak := 0.0
	for i := 0; i+frame <= len(speech); i += frame {
		e := power(speech[i : i+frame])
		frames = append(frames, e)
		peak = max(peak, e)
	}
	var sum float64
	var n int
	for _, e := range frames {
		if e > peak*0.01 { // 10% amplitude = 1% power
			sum += e
			n++
		}
	}
	np := power(noise)
	if n == 0 || np == 0 {
		return math.Inf(1)
	}
	return 10 * math.Log10(sum/float64(n)/np)
}

func power(s []int16) float64 {
	var p float64
	for _, x := range s {
		p += float64(x) * float64(x)
	}
	return p / float64(max(len(s), 1))
}

func run(ctx context.Context, name string, args ...string) error {
	out, err := exec.CommandContext(ctx, name, args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return nil
}

// WriteListenInput writes the `kioskctl listen --jsonl` input for items: {"id","wav"} lines.
func WriteListenInput(path string, items []Item) error {
	var b strings.Builder
	for _, it := range items {
		line, _ := json.Marshal(map[string]string{"id": it.ID, "wav": it.WAV})
		b.Write(line)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// WriteQuestions writes the question file score.py needs for items: each item's question with
// its id replaced by the item's, so every recording is scored on its own.
func WriteQuestions(path string, items []Item) error {
	var b strings.Builder
	for _, it := range items {
		m := make(map[string]any, len(it.Question.Fields))
		for k, v := range it.Question.Fields {
			m[k] = v
		}
		m["id"] = it.ID
		line, err := json.Marshal(m)
		if err != nil {
			return err
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}
