package config

import (
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"time"
)

// Staff says how a shopper's "Call a staff member" reaches a person. Every backend enabled
// here is paged at once; a call counts as delivered when any of them takes it.
type Staff struct {
	// StateDB is the kiosk's own state database, where calls wait (the outbox) until a backend
	// takes them. It is never the catalog file, which feed sync may replace wholesale.
	// Empty: state.db in $STATE_DIRECTORY (the packaged kiosk: /var/lib/store-kiosk), else
	// in the user's state directory.
	StateDB string `toml:"state_db"`
	// EscalateAfter is how long a call may go unanswered before it is paged again at higher
	// priority (and to managers) and the shopper is sent to the service desk.
	EscalateAfter Duration `toml:"escalate_after"`
	// ExpireAfter is the age beyond which a call nobody could be told about is dropped:
	// paging someone for a shopper who left long ago helps nobody.
	ExpireAfter Duration `toml:"expire_after"`
	// RetryMin and RetryMax bound the wait between delivery attempts (doubling from min to max).
	RetryMin Duration `toml:"retry_min"`
	RetryMax Duration `toml:"retry_max"`

	Desk    StaffDesk    `toml:"desk"`
	Ntfy    StaffNtfy    `toml:"ntfy"`
	Webhook StaffWebhook `toml:"webhook"`
}

// StaffDesk is the staff desk: a small web service staff open on their phones.
type StaffDesk struct {
	// Enabled pages staff through the desk (the default).
	Enabled bool `toml:"enabled"`
	// URL is the desk this kiosk sends calls to, e.g. "http://staffdesk.lan:8090". Empty with
	// Serve set: the desk this kiosk runs itself.
	URL string `toml:"url"`
	// Serve runs the desk inside the kiosk app on this address (":8090"), for a store with a
	// single kiosk. Empty: the desk runs elsewhere (cmd/staffdesk) at URL.
	Serve string `toml:"serve"`
	// DB is the desk's database when served here. Empty: staffdesk.db beside StateDB.
	DB string `toml:"db"`
	// PublicURL is the desk's address as staff phones reach it, for links in ntfy and webhook
	// messages, e.g. "http://192.168.1.20:8090". Optional.
	PublicURL string `toml:"public_url"`
	// KioskTokenEnv names the environment variable holding the token kiosks present to the
	// desk (credential "staffdesk-kiosk-token" takes precedence; STAFFDESK_TOKEN and
	// credential "staffdesk-token" are the fallback for both tokens).
	KioskTokenEnv string `toml:"kiosk_token_env"`
	// StaffTokenEnv names the environment variable holding the token staff phones log in
	// with, when the kiosk serves the desk (credential "staffdesk-staff-token" first).
	StaffTokenEnv string `toml:"staff_token_env"`
	// CloseAcknowledgedAfter is how long after "I'm coming" a call nobody marked done closes
	// itself, at a desk served here (1m to 24h). Otherwise such calls pile up on every phone.
	CloseAcknowledgedAfter Duration `toml:"close_acknowledged_after"`
	// TrustProxy says the desk served here sits behind a reverse proxy on this machine (for
	// HTTPS; see INSTALL.md): phones are then told apart by X-Forwarded-For. Set Serve to
	// "127.0.0.1:8090" with it, so that only the proxy reaches the desk.
	TrustProxy bool `toml:"trust_proxy"`
}

// StaffNtfy pages staff through an ntfy server (self-hosted push, Android and iOS apps).
type StaffNtfy struct {
	// Server is the ntfy server, e.g. "https://ntfy.store.lan". Empty: ntfy is not used.
	Server string `toml:"server"`
	// Topic is where calls are published; staff phones subscribe to it. Treat it as a secret.
	Topic string `toml:"topic"`
	// AckTopic is where the "I'm coming" button publishes; the kiosk subscribes to it.
	// Empty: Topic + "-ack".
	AckTopic string `toml:"ack_topic"`
	// EscalateTopic, if set, also receives calls nobody answered in time (managers' phones).
	EscalateTopic string `toml:"escalate_topic"`
	// Priority of a new call, 1 (min) to 5 (max); escalations go out at 5.
	Priority int `toml:"priority"`
	// TokenEnv names the environment variable holding an ntfy access token (credential
	// "ntfy-token" first). Optional: servers with open topics need none.
	TokenEnv string `toml:"token_env"`
}

// StaffWebhook posts each call as JSON to a URL: Slack or Teams relays, radio and headset
// systems, anything store IT already runs.
type StaffWebhook struct {
	// URL receives a POST per call event. Empty: no webhook.
	URL string `toml:"url"`
	// EscalateURL, if set, also receives escalations (a manager's channel).
	EscalateURL string `toml:"escalate_url"`
	// SecretEnv names the environment variable holding the HMAC-SHA256 signing secret
	// (credential "staff-webhook-secret" first). Optional, but needed for callbacks.
	SecretEnv string `toml:"secret_env"`
	// CallbackListen is the address the kiosk listens on for signed acknowledgement
	// callbacks, e.g. ":8091". Empty: receivers cannot acknowledge.
	CallbackListen string `toml:"callback_listen"`
	// CallbackURL is how receivers reach CallbackListen, e.g. "http://kiosk1.store.lan:8091".
	CallbackURL string `toml:"callback_url"`
}

func defaultStaff() Staff {
	return Staff{
		EscalateAfter: Duration{90 * time.Second},
		ExpireAfter:   Duration{30 * time.Minute},
		RetryMin:      Duration{time.Second},
		RetryMax:      Duration{30 * time.Second},
		Desk: StaffDesk{
			Enabled:       true,
			Serve:         ":8090",
			KioskTokenEnv: "STAFFDESK_KIOSK_TOKEN",
			StaffTokenEnv: "STAFFDESK_STAFF_TOKEN",
			// staffdesk.DefaultCloseAcknowledgedAfter; the bounds below are staffdesk's too.
			CloseAcknowledgedAfter: Duration{2 * time.Hour},
		},
		Ntfy:    StaffNtfy{Priority: 4, TokenEnv: "KIOSK_NTFY_TOKEN"},
		Webhook: StaffWebhook{SecretEnv: "KIOSK_WEBHOOK_SECRET"},
	}
}

var ntfyTopic = regexp.MustCompile(`^[-_A-Za-z0-9]{1,64}$`)

func (s Staff) validate(bad func(key, format string, args ...any)) {
	if d := s.EscalateAfter.Duration; d < time.Second || d > 30*time.Minute {
		bad("escalate_after", "must be between 1s and 30m (got %s)", d)
	}
	if d := s.ExpireAfter.Duration; d < s.EscalateAfter.Duration || d > 24*time.Hour {
		bad("expire_after", "must be between escalate_after and 24h (got %s)", d)
	}
	if d := s.RetryMin.Duration; d < 10*time.Millisecond || d > time.Minute {
		bad("retry_min", "must be between 10ms and 1m (got %s)", d)
	}
	if d := s.RetryMax.Duration; d < s.RetryMin.Duration || d > 10*time.Minute {
		bad("retry_max", "must be between retry_min and 10m (got %s)", d)
	}
	if !s.Desk.Enabled && s.Ntfy.Server == "" && s.Webhook.URL == "" {
		bad("desk.enabled", "is false and neither ntfy.server nor webhook.url is set: no way to page staff")
	}
	if s.Desk.Enabled {
		if s.Desk.URL == "" && s.Desk.Serve == "" {
			bad("desk.url", "must name the staff desk (\"http://staffdesk.lan:8090\"), or set desk.serve to run it here")
		}
		checkURL(bad, "desk.url", s.Desk.URL)
		checkURL(bad, "desk.public_url", s.Desk.PublicURL)
		if d := s.Desk.CloseAcknowledgedAfter.Duration; d < time.Minute || d > 24*time.Hour {
			bad("desk.close_acknowledged_after", "must be between 1m and 24h (got %s)", d)
		}
	}
	if s.Ntfy.Server != "" {
		checkURL(bad, "ntfy.server", s.Ntfy.Server)
		if !ntfyTopic.MatchString(s.Ntfy.Topic) {
			bad("ntfy.topic", "must be 1 to 64 letters, digits, - or _ (got %q)", s.Ntfy.Topic)
		}
		for key, t := range map[string]string{"ntfy.ack_topic": s.Ntfy.AckTopic, "ntfy.escalate_topic": s.Ntfy.EscalateTopic} {
			if t != "" && !ntfyTopic.MatchString(t) {
				bad(key, "must be 1 to 64 letters, digits, - or _ (got %q)", t)
			}
		}
		if s.Ntfy.Priority < 1 || s.Ntfy.Priority > 5 {
			bad("ntfy.priority", "must be 1 (min) to 5 (max) (got %d)", s.Ntfy.Priority)
		}
	}
	if s.Webhook.URL != "" {
		checkURL(bad, "webhook.url", s.Webhook.URL)
		checkURL(bad, "webhook.escalate_url", s.Webhook.EscalateURL)
		if (s.Webhook.CallbackURL == "") != (s.Webhook.CallbackListen == "") {
			bad("webhook.callback_url", "and webhook.callback_listen go together: set both or neither")
		}
		checkURL(bad, "webhook.callback_url", s.Webhook.CallbackURL)
	}
}

func checkURL(bad func(key, format string, args ...any), key, s string) {
	if s == "" {
		return
	}
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad(key, "must be an http:// or https:// address (got %q)", s)
	}
}

func (s *Staff) resolve(dir string) {
	s.StateDB = resolvePath(dir, s.StateDB)
	s.Desk.DB = resolvePath(dir, s.Desk.DB)
}

// StatePath is the state database file: StateDB, or its default.
func (s Staff) StatePath() string {
	if s.StateDB != "" {
		return s.StateDB
	}
	return filepath.Join(stateDir(), "state.db")
}

// DeskDBPath is the database of a desk served by the kiosk: Desk.DB, or beside the state file.
func (s Staff) DeskDBPath() string {
	if s.Desk.DB != "" {
		return s.Desk.DB
	}
	return filepath.Join(filepath.Dir(s.StatePath()), "staffdesk.db")
}

// KioskToken is the token this kiosk presents to the staff desk.
func (d StaffDesk) KioskToken() string {
	if t := Secret("staffdesk-kiosk-token", d.KioskTokenEnv); t != "" {
		return t
	}
	return Secret("staffdesk-token", "STAFFDESK_TOKEN")
}

// StaffToken is the token staff log in with, for a desk the kiosk serves.
func (d StaffDesk) StaffToken() string {
	if t := Secret("staffdesk-staff-token", d.StaffTokenEnv); t != "" {
		return t
	}
	return Secret("staffdesk-token", "STAFFDESK_TOKEN")
}

// Token is the ntfy access token, if any.
func (n StaffNtfy) Token() string { return Secret("ntfy-token", n.TokenEnv) }

// Secret is the webhook signing secret, if any.
func (w StaffWebhook) Secret() string { return Secret("staff-webhook-secret", w.SecretEnv) }

// stateDir is where the kiosk keeps its own files: systemd's StateDirectory when it runs as
// a service, else the XDG state directory.
func stateDir() string {
	if d := os.Getenv("STATE_DIRECTORY"); d != "" {
		return filepath.SplitList(d)[0]
	}
	if d := os.Getenv("XDG_STATE_HOME"); d != "" {
		return filepath.Join(d, "store-kiosk")
	}
	if home, err := os.UserHomeDir(); err == nil {
		return filepath.Join(home, ".local", "state", "store-kiosk")
	}
	return filepath.Join(os.TempDir(), "store-kiosk")
}
