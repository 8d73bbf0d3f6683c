package kiosk

import (
	"errors"
	"fmt"
	"log/slog"

	"github.com/storekiosk/storekiosk/kiosk/assistant"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// The option structs of the packages the kiosk wires, made from its configuration. Config stays
// here at the edge: the packages take plain values, secrets already resolved.

// newDispatcher makes the staff pager the configuration describes. Its errors say which
// setting or secret is missing.
func newDispatcher(cfg config.Config, logger *slog.Logger) (*staff.Dispatcher, error) {
	sc, err := staffConfig(cfg)
	if err != nil {
		return nil, err
	}
	d, err := staff.New(sc, logger)
	switch {
	case errors.Is(err, staff.ErrNoDeskToken):
		return nil, fmt.Errorf("%w (set %s or STAFFDESK_TOKEN, or the systemd credential staffdesk-token)",
			err, cfg.Staff.Desk.KioskTokenEnv)
	case errors.Is(err, staff.ErrNoWebhookSecret):
		return nil, fmt.Errorf("%w (set %s or the systemd credential staff-webhook-secret)", err, cfg.Staff.Webhook.SecretEnv)
	}
	return d, err
}

// staffConfig is the [staff] section for the pager, with this kiosk's name and place.
func staffConfig(cfg config.Config) (staff.Config, error) {
	s := cfg.Staff
	c := staff.Config{
		Kiosk: cfg.Kiosk.Name, Location: cfg.Kiosk.Location, StatePath: s.StatePath(),
		EscalateAfter: s.EscalateAfter.Duration, ExpireAfter: s.ExpireAfter.Duration,
		RetryMin: s.RetryMin.Duration, RetryMax: s.RetryMax.Duration,
		Ntfy: staff.NtfyConfig{Server: s.Ntfy.Server, Topic: s.Ntfy.Topic, AckTopic: s.Ntfy.AckTopic,
			EscalateTopic: s.Ntfy.EscalateTopic, Priority: s.Ntfy.Priority, Token: s.Ntfy.Token(), Click: s.Desk.PublicURL},
		Webhook: staff.WebhookConfig{URL: s.Webhook.URL, EscalateURL: s.Webhook.EscalateURL, Secret: s.Webhook.Secret(),
			CallbackListen: s.Webhook.CallbackListen, CallbackURL: s.Webhook.CallbackURL},
	}
	if s.Desk.Enabled {
		u := s.Desk.URL
		if u == "" && s.Desk.Serve != "" {
			u = staffdesk.LocalURL(s.Desk.Serve) // the desk this kiosk serves itself
		}
		if u == "" {
			return c, errors.New("staff desk: no address (set staff.desk.url, or staff.desk.serve to run it here)")
		}
		c.Desk = staff.DeskConfig{URL: u, Token: s.Desk.KioskToken()}
	}
	return c, nil
}

// deskConfig is the staff desk this kiosk serves itself ([staff.desk] serve), if any.
func deskConfig(s config.Staff) staffdesk.Config {
	if !s.Desk.Enabled || s.Desk.Serve == "" {
		return staffdesk.Config{}
	}
	return staffdesk.Config{Listen: s.Desk.Serve, DB: s.DeskDBPath(),
		KioskToken: s.Desk.KioskToken(), StaffToken: s.Desk.StaffToken(),
		CloseAcknowledgedAfter: s.Desk.CloseAcknowledgedAfter.Duration, TrustProxy: s.Desk.TrustProxy}
}

// assistantConfig is the [assistant] section for the AI assistant, told the kind of store.
func assistantConfig(cfg config.Config) assistant.Config {
	a := cfg.Assistant
	return assistant.Config{Enabled: a.Enabled, BaseURL: a.BaseURL, Model: a.Model, APIKey: a.APIKey(), StoreKind: cfg.Store.Kind,
		AskFor: askFor(a.AskFor), CallTimeout: a.CallTimeout.Duration, Deadline: a.Deadline.Duration,
		MaxToolRounds: a.MaxToolRounds, Stream: a.Stream, MaxTokens: a.MaxTokens, Temperature: a.Temperature}
}

// askFor are the kinds of question ask_for names (validated by config); nil stays nil, the
// assistant's default.
func askFor(names []string) []assistant.Kind {
	if names == nil {
		return nil
	}
	ks := make([]assistant.Kind, len(names))
	for i, n := range names {
		ks[i] = assistant.Kind(n)
	}
	return ks
}
