package kiosk

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/url"
	"strings"

	"github.com/storekiosk/storekiosk/inventory/feed"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/ui"
	"github.com/storekiosk/storekiosk/kiosk/ui/theme"
	"github.com/storekiosk/storekiosk/kiosk/voice"
)

// uiOptions are the screens' options: the parts as their ports, and the store's settings
// from the configuration.
func (p *parts) uiOptions(cfg config.Config, logger *slog.Logger) ui.Options {
	o := ui.Options{
		Searcher: p.search, Catalog: p.db, Plan: p.plan, Choose: voice.Choose,
		StoreName: cfg.Store.Name, ServiceDesk: cfg.Store.ServiceDesk,
		KioskName: cfg.Kiosk.Name, Location: cfg.Kiosk.Location, Here: cfg.Kiosk.Here,
		Defaults:    shopperDefaults(cfg),
		IdleAfter:   cfg.Kiosk.IdleAfter.Duration,
		IdleWarning: cfg.Kiosk.IdleWarning.Duration,
		ScanGap:     cfg.Kiosk.ScanGap.Duration,
		StaleAfter:  cfg.Catalog.StaleAfter.Duration,
		HandsFree:   cfg.Speech.Listen == "hands-free",
		Unsure:      cfg.Speech.Unsure,
		Fullscreen:  cfg.Kiosk.Fullscreen,
		StaffPIN:    cfg.Kiosk.StaffPIN(),
		Logger:      logger.With("component", "kiosk"),
	}
	if p.shopper != nil {
		o.Touched = p.shopper.touched
	}
	// Only what is there becomes a port: a nil pointer in an interface is not "none".
	if p.pager != nil {
		o.Pager = p.pager
	}
	if p.speaker != nil {
		o.Speaker = p.speaker
	}
	if p.mic != nil {
		o.Listener = micListener{p.mic}
	}
	if p.syncer != nil {
		o.Sync = p.syncer
		o.Feed = feedReporter{p.syncer}
	}
	if cfg.Staff.Desk.Enabled {
		o.DeskURL = phoneDeskURL(cfg.Staff.Desk)
	}
	if p.record != nil {
		o.Insights = p.record
	}
	if p.printer != nil {
		o.Printer = p.printer
	}
	return o
}

// shopperDefaults are the settings every shopper starts with ([kiosk] and [speech]).
func shopperDefaults(cfg config.Config) ui.Settings {
	return ui.Settings{Look: theme.Look(cfg.Kiosk.Theme), Scale: textScale(cfg.Kiosk.TextSize), Lang: cfg.Kiosk.Language,
		Speech: cfg.Speech.SpeakByDefault, Volume: cfg.Speech.Volume, Keyboard: cfg.Kiosk.Keyboard}
}

func textScale(name string) theme.TextScale {
	switch name {
	case "large":
		return theme.TextLarge
	case "extra-large":
		return theme.TextExtraLarge
	}
	return theme.TextNormal
}

// micListener is the microphone (voice.Mic) as the screens' Listener port.
type micListener struct{ m *voice.Mic }

func (l micListener) Listen(ctx context.Context, r ui.Listening) (ui.Heard, error) {
	h, err := l.m.Listen(ctx, voice.Request(r))
	return ui.Heard(h), portError(err)
}

func (l micListener) Ready(lang string) error { return portError(l.m.Ready(lang)) }

func (l micListener) ReadyHandsFree(lang string) error { return portError(l.m.ReadyHandsFree(lang)) }

// portError keeps the voice package's error, and its message, and makes it also the screens'
// own sentinel for the same case.
func portError(err error) error {
	switch {
	case errors.Is(err, voice.ErrStarting):
		return sentinel{err, ui.ErrVoiceStarting}
	case errors.Is(err, voice.ErrNoMicrophone):
		return sentinel{err, ui.ErrNoMicrophone}
	case errors.Is(err, voice.ErrNeedsServer):
		return sentinel{err, ui.ErrNeedsServer}
	}
	return err
}

type sentinel struct{ err, is error }

func (e sentinel) Error() string   { return e.err.Error() }
func (e sentinel) Unwrap() []error { return []error{e.err, e.is} }

// feedReporter is the catalog feed (feed.Syncer) as staff mode's FeedReporter port.
type feedReporter struct{ s *feed.Syncer }

func (f feedReporter) FeedStatus() ui.FeedStatus {
	st := f.s.Status()
	return ui.FeedStatus{Address: safeAddress(st.Feed), LastSuccess: st.LastSuccess,
		LastError: st.LastError, LastErrorAt: st.LastErrorAt}
}

// safeAddress is a feed address fit for the screen: without a password or query (which may
// hold a token).
func safeAddress(addr string) string {
	u, err := url.Parse(addr)
	if err != nil || u.Scheme == "" || u.Host == "" {
		return addr // a local directory
	}
	u.User, u.RawQuery, u.Fragment = nil, "", ""
	return u.String()
}

// phoneDeskURL is the staff desk as staff phones reach it: the configured public address, else
// the desk's address unless it is this machine's loopback, else, for a desk this kiosk
// serves, its port on this machine's first LAN address.
func phoneDeskURL(d config.StaffDesk) string {
	if d.PublicURL != "" {
		return strings.TrimRight(d.PublicURL, "/")
	}
	if u, err := url.Parse(d.URL); err == nil && d.URL != "" {
		if ip := net.ParseIP(u.Hostname()); u.Hostname() != "localhost" && (ip == nil || !ip.IsLoopback()) {
			return strings.TrimRight(d.URL, "/")
		}
	}
	if d.Serve == "" {
		return ""
	}
	_, port, err := net.SplitHostPort(d.Serve)
	if err != nil {
		return ""
	}
	addrs, err := net.InterfaceAddrs()
	if err != nil {
		return ""
	}
	for _, a := range addrs {
		if n, ok := a.(*net.IPNet); ok && n.IP.To4() != nil && !n.IP.IsLoopback() && !n.IP.IsLinkLocalUnicast() {
			return "http://" + net.JoinHostPort(n.IP.String(), port)
		}
	}
	return ""
}
