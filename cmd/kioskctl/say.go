package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/gen2brain/malgo"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/voice"
	"github.com/storekiosk/storekiosk/speech"
	"github.com/storekiosk/storekiosk/speech/playback"
	"github.com/storekiosk/storekiosk/speech/tts"
	"github.com/storekiosk/storekiosk/speech/wav"
)

func init() {
	commands["say"] = command{
		usage: `"text" [--out FILE.wav] [--lang CODE] [--voice V] [--rate WPM] [--volume PCT]`,
		help:  "speak text as the kiosk would (--out: write a WAV instead of playing it)",
		run:   runSay,
	}
}

func runSay(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("say", stderr)
	def := config.Default().Speech
	configFile := fs.String("config", "", "kiosk configuration `file` whose [speech] section to use")
	out := fs.String("out", "", "write the speech to this WAV `file` instead of playing it")
	lang := fs.String("lang", "en", "`language` of the text; other than the default, its own voice is used")
	voiceName := fs.String("voice", "", "espeak-ng `voice` for the default language (default: speech.voice, "+def.Voice+")")
	rate := fs.Int("rate", 0, "speed in `words` per minute, 80-450 (default: speech.rate, "+fmt.Sprint(def.Rate)+")")
	volume := fs.Int("volume", 0, "volume in `percent`, 10-200 (default: speech.volume, "+fmt.Sprint(def.Volume)+")")
	nullDev := fs.Bool("null-audio", false, "play to a silent null device (for tests and machines without sound)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	text := strings.TrimSpace(strings.Join(pos, " "))
	if text == "" {
		fs.Usage()
		return errUsage
	}
	sc := def
	if *configFile != "" {
		cfg, err := config.Load(*configFile)
		if err != nil {
			return err
		}
		sc = cfg.Speech
	}
	v := voice.Voice(sc)
	if *voiceName != "" {
		v.Name = *voiceName
	}
	if *rate != 0 {
		if *rate < 80 || *rate > 450 {
			return fmt.Errorf("--rate %d: must be between 80 and 450 words per minute", *rate)
		}
		v.Rate = *rate
	}
	if *volume != 0 {
		if *volume < 10 || *volume > 200 {
			return fmt.Errorf("--volume %d: must be between 10 and 200 percent", *volume)
		}
		v.Volume = *volume
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	synth := voice.Synthesizer(sc)
	if *out != "" {
		a, err := synth.Synthesize(ctx, text, *lang, v)
		if err != nil {
			return err
		}
		if _, isEspeak := synth.(*tts.Espeak); !isEspeak {
			tts.Gain(a.Samples, v.Volume)
		}
		if err := wav.WriteFile(*out, a); err != nil {
			return err
		}
		fmt.Fprintf(stdout, "wrote %s: %.2f s at %d Hz\n", *out, a.Duration(), a.Rate)
		return nil
	}
	pc := playback.Config{Device: sc.OutputDevice}
	if *nullDev {
		pc.Backends = []malgo.Backend{playback.BackendNull}
	}
	player, err := playback.Open(pc)
	if err != nil {
		return err
	}
	defer player.Close()
	start := time.Now()
	err = speech.NewSpeaker(synth, player, v, nil).Say(ctx, text, *lang)
	if errors.Is(err, context.Canceled) {
		return nil // Ctrl-C: stopped speaking, as asked
	}
	if err == nil {
		fmt.Fprintf(stdout, "said it in %.1f s\n", time.Since(start).Seconds())
	}
	return err
}
