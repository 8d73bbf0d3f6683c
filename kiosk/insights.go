package kiosk

import (
	"context"
	"log/slog"

	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/insights"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
	"github.com/storekiosk/storekiosk/kiosk/ui"
)

// What the kiosk learns for the store ([insights]): the questions it could not answer well,
// sent to the staff desk, and the store's own words taught there, fetched back.

// deskURL is the staff desk this kiosk reports to, or "" when there is none.
func deskURL(s config.Staff) string {
	if !s.Desk.Enabled {
		return ""
	}
	if s.Desk.URL != "" {
		return s.Desk.URL
	}
	return staffdesk.LocalURL(s.Desk.Serve)
}

// openRecorder is the insights recorder, or nil when the store turned insights off or its
// database cannot be opened (the kiosk then records nothing and says why).
func openRecorder(cfg config.Config, logger *slog.Logger) *insights.Recorder {
	if !cfg.Insights.Enabled {
		return nil
	}
	r, err := insights.Open(insights.Options{Path: cfg.Insights.DBPath(cfg.Staff), Kiosk: cfg.Kiosk.Name,
		Retention: cfg.Insights.Retention.Duration, DeskURL: deskURL(cfg.Staff), Token: cfg.Staff.Desk.KioskToken(),
		Logger: logger.With("component", "insights")})
	if err != nil {
		logger.Error("insights are not recorded", "err", err)
		return nil
	}
	return r
}

// openVocabulary is the store's vocabulary from the staff desk, or nil when it is off or
// there is no desk to fetch it from.
func openVocabulary(cfg config.Config, logger *slog.Logger) *insights.Vocabulary {
	u := deskURL(cfg.Staff)
	if !cfg.Insights.Vocabulary || u == "" {
		return nil
	}
	v, err := insights.OpenVocabulary(insights.VocabularyOptions{Path: cfg.Insights.VocabularyPath(cfg.Staff),
		DeskURL: u, Token: cfg.Staff.Desk.KioskToken(), Every: cfg.Insights.Poll.Duration,
		Logger: logger.With("component", "vocabulary")})
	if err != nil {
		logger.Error("the store's vocabulary is not fetched", "err", err)
		return nil
	}
	return v
}

// storeAnswered gives the store's own answer for what it told the kiosk it does not sell.
type storeAnswered struct {
	ui.Searcher
	v *insights.Vocabulary
}

func (s storeAnswered) Ask(ctx context.Context, q answer.Question) answer.Result {
	return s.v.Apply(q.Text, s.Searcher.Ask(ctx, q))
}

// storeAnsweredAssisted is storeAnswered over the AI assistant, still Assisted.
type storeAnsweredAssisted struct {
	storeAnswered
	as ui.Assisted
}

func (s storeAnsweredAssisted) AskStream(ctx context.Context, q answer.Question, progress func(assistant.Progress)) assistant.Reply {
	rep := s.as.AskStream(ctx, q, progress)
	if !rep.ByModel {
		rep.Result = s.v.Apply(q.Text, rep.Result)
	}
	return rep
}

func (s storeAnsweredAssisted) AskLocal(ctx context.Context, q answer.Question) answer.Result {
	return s.v.Apply(q.Text, s.as.AskLocal(ctx, q))
}

// withStoreAnswers puts the store's own answers over s, when there is a store vocabulary.
func withStoreAnswers(s ui.Searcher, v *insights.Vocabulary) ui.Searcher {
	if v == nil {
		return s
	}
	sa := storeAnswered{s, v}
	if as, ok := s.(ui.Assisted); ok {
		return storeAnsweredAssisted{sa, as}
	}
	return sa
}

// followVocabulary is what a new store vocabulary sets off: answers and the speech model
// follow it, as they follow a new catalog, without a restart.
func (p *parts) followVocabulary(a *ui.App, logger *slog.Logger) func(ctx context.Context) {
	return func(ctx context.Context) {
		if err := a.CatalogChanged(ctx); err != nil {
			logger.Error("answers not reloaded after the store's vocabulary changed", "err", err)
		}
		if p.mic != nil {
			p.mic.CatalogChanged()
		}
	}
}
