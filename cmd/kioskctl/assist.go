package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/words"
)

func init() {
	commands["assist"] = command{
		usage: `--db FILE [--config FILE] [--base-url URL --model M] [--all] [--lang CODE] "question"`,
		help:  "ask the AI assistant as the kiosk would, showing each step and what was checked",
		run:   runAssist,
	}
}

func runAssist(args []string, stdout, stderr io.Writer) error {
	fs := newFlags("assist", stderr)
	db := dbFlag(fs)
	configFile := fs.String("config", "", "kiosk configuration `file` whose [assistant] section to use")
	baseURL := fs.String("base-url", "", "OpenAI-compatible server `URL` including /v1 (default: assistant.base_url)")
	model := fs.String("model", "", "model `name` (default: assistant.model)")
	all := fs.Bool("all", false, "send the question whatever its kind (default: only the kinds in assistant.ask_for)")
	noStream := fs.Bool("no-stream", false, "ask for whole replies instead of streamed ones")
	deadline := fs.Duration("deadline", 0, "overall `time` limit (default: assistant.deadline)")
	lang := fs.String("lang", "en", "answer `language`")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	q := strings.TrimSpace(strings.Join(pos, " "))
	if q == "" {
		fs.Usage()
		return errUsage
	}
	cfg := config.Default()
	if *configFile != "" {
		if cfg, err = config.Load(*configFile); err != nil {
			return err
		}
	}
	ac := cfg.Assistant
	ac.Enabled = true // trying the model is what this command is for
	if *baseURL != "" {
		ac.BaseURL = *baseURL
	}
	if *model != "" {
		ac.Model = *model
	}
	if *all {
		ac.AskFor = config.AssistantKinds
	}
	if *noStream {
		ac.Stream = false
	}
	if *deadline > 0 {
		ac.Deadline.Duration = *deadline
	}
	if ac.BaseURL == "" || ac.Model == "" {
		return fmt.Errorf("give --base-url and --model, or a --config whose [assistant] section has them")
	}
	cfg.Assistant = ac
	if err := cfg.Validate(); err != nil {
		return err
	}

	cat, err := openCatalog(*db)
	if err != nil {
		return err
	}
	defer cat.Close()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	eng, err := answer.New(ctx, cat, answer.Options{})
	if err != nil {
		return err
	}
	a, err := assistant.New(ctx, eng, cat, assistantConfig(cfg), assistant.Options{})
	if err != nil {
		return err
	}
	start := time.Now()
	rep := a.AskStream(ctx, answer.Question{Text: q, Lang: *lang}, func(p assistant.Progress) {
		at := time.Since(start).Round(time.Millisecond)
		switch p.Stage {
		case assistant.Started:
			fmt.Fprintf(stderr, "%8s  local answer: %s\n", at, p.Local.Say)
			fmt.Fprintf(stderr, "%8s  asking %s at %s\n", at, ac.Model, ac.BaseURL)
		case assistant.Looking:
			fmt.Fprintf(stderr, "%8s  looking up: %s\n", at, p.Tool)
		case assistant.Writing:
			fmt.Fprintf(stderr, "%8s  checked so far: %s\n", at, p.Text)
		}
	})
	if rep.ByModel {
		fmt.Fprintf(stdout, "%s\n(%s)\n", rep.Say, assistant.Label(*lang))
	} else {
		fmt.Fprintf(stdout, "%s\n", rep.Say)
	}
	for i, p := range rep.Products {
		if i == 0 {
			fmt.Fprintln(stdout)
		}
		fmt.Fprintf(stdout, "  %s  %s  %s  %s  %s\n", p.SKU, p.DisplayName(), p.Price, answer.StockWord(words.For(*lang), p), p.Location)
	}
	first := "-"
	if rep.FirstText > 0 {
		first = rep.FirstText.Round(time.Millisecond).String()
	}
	fmt.Fprintf(stdout, "\noutcome %s, kind %s, %d requests, %d tool calls, first checked text %s, total %s\n",
		rep.Outcome, rep.Kind, rep.Requests, rep.ToolCalls, first, rep.Elapsed.Round(time.Millisecond))
	if rep.Detail != "" {
		fmt.Fprintf(stdout, "why the local answer: %s\n", rep.Detail)
	}
	return nil
}

// assistantConfig is the assistant the configuration describes, its API key resolved.
func assistantConfig(cfg config.Config) assistant.Config {
	a := cfg.Assistant
	var kinds []assistant.Kind // nil, the assistant's default, stays nil; empty stays empty: none
	if a.AskFor != nil {
		kinds = make([]assistant.Kind, len(a.AskFor))
		for i, k := range a.AskFor {
			kinds[i] = assistant.Kind(k)
		}
	}
	return assistant.Config{Enabled: a.Enabled, BaseURL: a.BaseURL, Model: a.Model, APIKey: a.APIKey(), StoreKind: cfg.Store.Kind,
		AskFor: kinds, CallTimeout: a.CallTimeout.Duration, Deadline: a.Deadline.Duration,
		MaxToolRounds: a.MaxToolRounds, Stream: a.Stream, MaxTokens: a.MaxTokens, Temperature: a.Temperature}
}
