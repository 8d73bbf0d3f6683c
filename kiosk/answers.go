package kiosk

import (
	"context"
	"fmt"
	"log/slog"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/health"
	"github.com/storekiosk/storekiosk/kiosk/ui"
)

// What the screens ask: the answer engine, with the store's AI assistant in front of it when
// enabled, each answer timed for the health endpoint.

// newEngine is the answer engine on the catalog, with the store's own vocabulary file if any,
// then more files (the words taught on the staff desk). It answers "getting ready" until its
// index is built in the background (a million products take seconds): the first screen does
// not wait for it. ready is closed when the index is built, or could not be.
func newEngine(ctx context.Context, cfg config.Config, db *inventory.DB, logger *slog.Logger, more ...string) (eng *answer.Engine, ready chan struct{}, err error) {
	var synonyms []string
	if cfg.Catalog.Synonyms != "" {
		synonyms = append(synonyms, cfg.Catalog.Synonyms)
	}
	synonyms = append(synonyms, more...)
	if _, err := answer.VocabularyPacks(cfg.Catalog.Vocabulary); err != nil {
		return nil, nil, fmt.Errorf("answer engine: %w", err)
	}
	eng = answer.NewPending(db, answer.Options{SynonymFiles: synonyms, Packs: cfg.Catalog.Vocabulary, StaleAfter: cfg.Catalog.StaleAfter.Duration,
		Logger: logger.With("component", "answer")})
	ready = make(chan struct{})
	go func() {
		defer close(ready)
		if err := eng.Reload(ctx); err != nil && ctx.Err() == nil {
			logger.Error("answers unavailable: the answer index could not be built", "err", err)
		}
	}()
	return eng, ready, nil
}

// timedSearcher records how long each answer takes, for the health endpoint's histogram.
type timedSearcher struct {
	ui.Searcher
	h *health.Histogram
}

func (s timedSearcher) Ask(ctx context.Context, q answer.Question) answer.Result {
	start := time.Now()
	r := s.Searcher.Ask(ctx, q)
	s.h.Observe(time.Since(start))
	return r
}

// timedAssisted is timedSearcher over the AI assistant: the screens must still see that the
// searcher is Assisted, to say when the model is being consulted and to label its answers.
type timedAssisted struct {
	timedSearcher
	as ui.Assisted
}

func (s timedAssisted) AskStream(ctx context.Context, q answer.Question, progress func(assistant.Progress)) assistant.Reply {
	start := time.Now()
	rep := s.as.AskStream(ctx, q, progress)
	s.h.Observe(time.Since(start))
	return rep
}

// AskLocal is not timed: it answers the other readings of a spoken question, not a
// shopper's question of its own.
func (s timedAssisted) AskLocal(ctx context.Context, q answer.Question) answer.Result {
	return s.as.AskLocal(ctx, q)
}

// timed wraps s to record its answer times in h, keeping it Assisted if it is.
func timed(s ui.Searcher, h *health.Histogram) ui.Searcher {
	t := timedSearcher{s, h}
	if as, ok := s.(ui.Assisted); ok {
		return timedAssisted{t, as}
	}
	return t
}

// withAssistant puts the AI assistant in front of the local engine when the store enables
// it. The local engine stays first and is always the fallback; a misconfigured assistant is
// logged and left out.
func withAssistant(ctx context.Context, cfg config.Config, eng *answer.Engine, db *inventory.DB, logger *slog.Logger) ui.Searcher {
	if !cfg.Assistant.Enabled {
		return eng
	}
	as, err := assistant.New(ctx, eng, db, assistantConfig(cfg), assistant.Options{Logger: logger.With("component", "assistant")})
	if err != nil {
		logger.Error("AI assistant unavailable; answering from the catalog alone", "err", err)
		return eng
	}
	return as
}
