package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strconv"
	"strings"
	"syscall"

	"github.com/storekiosk/storekiosk/kiosk/voice"
	"github.com/storekiosk/storekiosk/speech/lm"
)

func init() {
	commands["voice-model"] = command{
		usage: "--db FILE --model-dir DIR [--vocab FILE] [--dictionary FILE]",
		help:  "make the catalog's speech model (the kiosk runs this in a process of its own)",
		run:   runVoiceModel,
	}
}

// runVoiceModel makes the language model of the catalog in --db, or finds it already made in
// --model-dir, and prints where it is as one JSON line (voice.Built), with this process's peak
// memory and niceness. --vocab is the answer engine's part of the source (voice.Vocabulary) as
// JSON; the kiosk writes it, since this process does not build the answer engine.
func runVoiceModel(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("voice-model", stderr)
	db := dbFlag(fs)
	modelDir := fs.String("model-dir", "", "language model cache `dir`")
	vocab := fs.String("vocab", "", "the answer engine's vocabulary as JSON (`file`); none: the catalog's words only")
	dict := fs.String("dictionary", "", "pronunciation dictionary `file` (default: pocketsphinx-en-us's)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 || *modelDir == "" {
		fs.Usage()
		return errUsage
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	var src lm.Source
	if *vocab != "" {
		b, err := os.ReadFile(*vocab)
		if err != nil {
			return err
		}
		if err := json.Unmarshal(b, &src); err != nil {
			return fmt.Errorf("%s: %w", *vocab, err)
		}
		src.Items = nil
	}
	cat, err := openDB(*db)
	if err != nil {
		return err
	}
	defer cat.Close()
	voice.StreamCatalog(ctx, cat, &src)
	opt := lm.Options{BaseDict: *dict}
	key := opt.Key(src)
	_, statErr := os.Stat(*modelDir + "/" + key + "/model.json")
	m, err := lm.Ensure(ctx, src, *modelDir, opt)
	if err != nil {
		return err
	}
	nice, _ := syscall.Getpriority(syscall.PRIO_PROCESS, 0)
	b, _ := json.Marshal(voice.Built{Dir: m.Dir, Key: m.Info.Key, Reused: statErr == nil, PeakMB: peakMB(),
		PID: os.Getpid(), Nice: 20 - nice})
	fmt.Fprintln(stdout, string(b))
	return nil
}

// peakMB is this process's peak resident memory so far (VmHWM), in MB; 0 when unknown.
func peakMB() float64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if f := strings.Fields(l); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.Atoi(f[1])
			return float64(kb) / 1024
		}
	}
	return 0
}
