package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/voice"
	"github.com/storekiosk/storekiosk/kiosk/words"
	"github.com/storekiosk/storekiosk/speech"
	"github.com/storekiosk/storekiosk/speech/capture"
	"github.com/storekiosk/storekiosk/speech/vad"
	"github.com/storekiosk/storekiosk/speech/wav"
)

func init() {
	commands["listen"] = command{
		usage: `--db FILE [--jsonl < {"id","wav"} lines | --wav FILE]`,
		help:  "answer spoken questions (microphone, a WAV, or --jsonl: the evaluation format)",
		run:   runListen,
	}
}

// listenFlags are the settings `listen` shares with the kiosk's [speech] configuration.
type listenFlags struct {
	db, configFile, modelDir, lang string
	unsure                         float64
	nbest                          int
	endPause                       time.Duration // 0: speech.end_pause
	sphinxArgs                     []string      // extra pocketsphinx options, for experiments
	synonyms                       multiFlag
	debug                          bool
}

func runListen(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("listen", stderr)
	var f listenFlags
	db := dbFlag(fs)
	jsonl := fs.Bool("jsonl", false, `read {"id","wav"} lines on stdin, write one answer per line`)
	wavFile := fs.String("wav", "", "answer the question spoken in this WAV `file`")
	fs.StringVar(&f.configFile, "config", "", "kiosk configuration `file` whose [speech] section to use (default: built-in defaults)")
	fs.StringVar(&f.modelDir, "model-dir", "", "language model cache `dir` (default: speech.model_dir, else the user cache)")
	fs.Float64Var(&f.unsure, "unsure", -1, "confidence below which to ask \"Did you mean\" instead of answering (default: speech.unsure)")
	fs.StringVar(&f.lang, "lang", "en", "answer `language`")
	fs.DurationVar(&f.endPause, "end-pause", 0, "quiet that ends a question reading complete (default: speech.end_pause; as long as speech.end_silence: off)")
	fs.IntVar(&f.nbest, "nbest", 0, "readings of each utterance considered (default 10)")
	fs.Var(&f.synonyms, "synonyms", "extra vocabulary `file` (repeatable)")
	fs.BoolVar(&f.debug, "debug", false, "add every reading the recogniser considered to each line")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || (*jsonl && *wavFile != "") {
		fs.Usage()
		return errUsage
	}
	f.db = *db
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	p, err := newPipeline(ctx, f, stderr)
	if err != nil {
		return err
	}
	defer p.Close()
	switch {
	case *jsonl:
		return p.lines(ctx, os.Stdin, stdout)
	case *wavFile != "":
		line := p.file(ctx, nil, *wavFile)
		return printListen(stdout, line)
	default:
		return p.microphone(ctx, stdout, stderr)
	}
}

// pipeline is the kiosk's voice path without the screen: listener (voice activity detection
// and recognisers) then the answer engine, with the kiosk's choice of what to answer and
// what to offer.
type pipeline struct {
	cat      *inventory.DB
	eng      *answer.Engine
	offline  *speech.Offline
	listener *speech.Listener
	mic      *capture.Mic
	recs     []speech.Recognizer
	lcfg     speech.ListenerConfig
	micCfg   capture.Config
	policy   speech.Policy
	lang     string
	debug    bool
	log      *slog.Logger
}

func newPipeline(ctx context.Context, f listenFlags, stderr io.Writer) (*pipeline, error) {
	cfg := config.Default()
	if f.configFile != "" {
		var err error
		if cfg, err = config.Load(f.configFile); err != nil {
			return nil, err
		}
	}
	sc := cfg.Speech
	if f.modelDir != "" {
		sc.ModelDir = f.modelDir
	}
	if f.unsure >= 0 {
		sc.Unsure = f.unsure
	}
	if f.endPause > 0 {
		sc.EndPause.Duration = min(f.endPause, sc.EndSilence.Duration)
	}
	cat, err := openCatalog(f.db)
	if err != nil {
		return nil, err
	}
	p := &pipeline{cat: cat, lang: f.lang, debug: f.debug, policy: speech.Policy{Unsure: sc.Unsure, Depth: f.nbest},
		log: slog.Default().With("component", "listen")}
	fail := func(err error) (*pipeline, error) {
		p.Close()
		return nil, err
	}
	if p.eng, err = answer.New(ctx, cat, answer.Options{SynonymFiles: f.synonyms}); err != nil {
		return fail(err)
	}
	model, err := voice.EnsureModel(ctx, cat, p.eng, sc, nil)
	if err != nil {
		return fail(err)
	}
	if p.offline, err = speech.NewOffline(model, speech.OfflineConfig{AcousticModel: sc.AcousticModel, NBest: f.nbest, Extra: f.sphinxArgs}); err != nil {
		return fail(err)
	}
	recs, err := voice.Recognizers(sc, p.offline)
	if err != nil {
		return fail(err)
	}
	p.recs = recs
	p.lcfg = speech.ListenerConfig{
		VAD:      vad.Config{EndSilence: sc.EndSilence.Duration, MaxSpeech: sc.MaxUtterance.Duration},
		EndPause: sc.EndPause.Duration,
		Timeouts: map[string]time.Duration{"openai": sc.OpenAI.Timeout.Duration},
	}
	p.listener = speech.NewListener(nil, recs, p.lcfg)
	return p, nil
}

func (p *pipeline) Close() {
	if p.offline != nil {
		p.offline.Close()
	}
	if p.mic != nil {
		p.mic.Close()
	}
	if p.cat != nil {
		p.cat.Close()
	}
}

// listenLine is one answer line: the answer engine's line for what was heard, plus what was
// heard, how sure the recogniser was, and the other readings offered.
type listenLine struct {
	answer.Record
	Heard        string      `json:"heard"`
	Confidence   float64     `json:"confidence"`
	Unsure       bool        `json:"unsure,omitempty"`
	Alternatives []listenAlt `json:"alternatives,omitempty"`
	Readings     []listenAlt `json:"readings,omitempty"` // --debug
	Error        string      `json:"error,omitempty"`
	Audio        float64     `json:"audio_s,omitempty"`
}

type listenAlt struct {
	Heard      string                 `json:"heard"`
	Confidence *float64               `json:"confidence,omitempty"`
	Found      bool                   `json:"found"`
	Say        string                 `json:"say"`
	Products   []answer.RecordProduct `json:"products"`
}

// lines answers {"id","wav"} lines. A bad line gets an answer line with its error, so ids
// still line up with the questions.
func (p *pipeline) lines(ctx context.Context, in io.Reader, out io.Writer) error {
	return eachLine(ctx, in, out, func(n int, line []byte) any {
		var q struct {
			ID  any    `json:"id"`
			WAV string `json:"wav"`
		}
		err := json.Unmarshal(line, &q)
		if err == nil && q.WAV == "" {
			err = errors.New(`needs "wav": the path of a WAV file`)
		}
		if err != nil {
			return listenLine{Record: answer.Record{ID: q.ID, Products: []answer.RecordProduct{}}, Error: fmt.Sprintf("line %d: %v", n, err)}
		}
		return p.file(ctx, q.ID, q.WAV)
	})
}

// file answers the question spoken in a WAV file.
func (p *pipeline) file(ctx context.Context, id any, path string) listenLine {
	a, err := wav.ReadFile(path)
	if err != nil {
		return listenLine{Record: answer.Record{ID: id, Products: []answer.RecordProduct{}}, Error: err.Error()}
	}
	res, err := p.listener.Recognize(ctx, a.Mono16k())
	return p.answer(ctx, id, res, err)
}

// answer turns what was heard into the kiosk's answer: the best reading's answer, or when the
// recogniser is unsure a question back, and other readings as "Did you mean" buttons.
func (p *pipeline) answer(ctx context.Context, id any, res speech.Result, err error) listenLine {
	line := listenLine{Heard: res.Heard(), Confidence: res.Confidence, Audio: res.Audio.Seconds()}
	w := words.For(p.lang)
	if err != nil && !errors.Is(err, speech.ErrNoSpeech) {
		line.Record = answer.Record{ID: id, Products: []answer.RecordProduct{}}
		line.Error = err.Error()
		return line
	}
	res.Transcript = speech.Relax(res.Transcript)
	results := map[int]answer.Result{}
	ask := func(i int) answer.Result {
		if r, ok := results[i]; ok {
			return r
		}
		r := p.eng.Ask(ctx, answer.Question{Text: res.Readings[i].Text, Lang: p.lang})
		results[i] = r
		return r
	}
	c := speech.Choose(res.Transcript, func(i int) speech.Judgement {
		r := ask(i)
		j := speech.Judgement{Found: r.Found, Asked: r.Intent != answer.Unclear}
		if len(r.Products) > 0 {
			j.Key = r.Products[0].SKU
		}
		return j
	}, p.policy)
	line.Unsure = c.Unsure
	switch {
	case len(res.Readings) == 0:
		line.Record = answer.Record{ID: id, Found: false, Products: []answer.RecordProduct{},
			Say: w.Say("speech.nothing", "I did not hear anything. Please try again, or type your question.")}
	case c.Answer >= 0:
		line.Record = ask(c.Answer).Record(id)
	default:
		var heard []string
		for _, i := range c.Offers {
			heard = append(heard, res.Readings[i].Text)
		}
		say := w.Say("speech.unsure", "I am not sure I heard that. Please try again, or type your question.")
		if len(heard) > 0 {
			say = w.Say("speech.did_you_mean", "I am not sure I heard that. Did you mean: {{.}}?", strings.Join(heard, ", or "))
		}
		line.Record = answer.Record{ID: id, Found: false, Products: []answer.RecordProduct{}, Say: say}
	}
	for _, i := range c.Offers {
		line.Alternatives = append(line.Alternatives, altOf(res.Readings[i], ask(i)))
	}
	if p.debug {
		for i, r := range res.Readings {
			if !r.Derived {
				line.Readings = append(line.Readings, altOf(r, ask(i)))
			}
		}
	}
	line.MS = float64(time.Since(res.AudioEnd).Microseconds()) / 1000
	return line
}

func altOf(r speech.Reading, a answer.Result) listenAlt {
	w := a.Record(nil)
	alt := listenAlt{Heard: r.Text, Found: w.Found, Say: w.Say, Products: w.Products}
	if r.Confidence >= 0 {
		c := r.Confidence
		alt.Confidence = &c
	}
	return alt
}

// microphone listens once and prints what was heard and the answer.
func (p *pipeline) microphone(ctx context.Context, stdout, stderr io.Writer) error {
	mic, err := capture.Open(p.micCfg)
	if err != nil {
		return err
	}
	p.mic = mic
	p.listener = speech.NewListener(mic, p.recs, p.lcfg)
	fmt.Fprintln(stderr, "Listening… ask a question (Ctrl-C to stop).")
	res, err := p.listener.Listen(ctx, func(e speech.Event) {
		if e.Kind == speech.SpeechStart {
			fmt.Fprintln(stderr, "(hearing you)")
		}
	})
	if err != nil && !errors.Is(err, speech.ErrNoSpeech) {
		return err
	}
	return printListen(stdout, p.answer(ctx, nil, res, err))
}

func printListen(w io.Writer, l listenLine) error {
	if l.Error != "" {
		return errors.New(l.Error)
	}
	fmt.Fprintf(w, "I heard: %s  (confidence %.2f)\n%s\n", l.Heard, l.Confidence, l.Say)
	for _, a := range l.Alternatives {
		fmt.Fprintf(w, "  Did you mean: %s → %s\n", a.Heard, a.Say)
	}
	fmt.Fprintf(w, "(%.0f ms after the end of the audio)\n", l.MS)
	return nil
}
