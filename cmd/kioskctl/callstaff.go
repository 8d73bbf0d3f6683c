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
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/kiosk/staff"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

func init() {
	commands["call-staff"] = command{
		usage: `--desk URL --token TOKEN --kiosk "Kiosk 1, entrance" [--reason R] [--question Q] [--outbox FILE] [--wait 60s]`,
		help:  "page a member of staff, print each state of the call, exit 0 once someone is coming",
		run:   runCallStaff,
	}
}

// callLine is one printed state change.
type callLine struct {
	ID    string `json:"id"`
	State string `json:"state"`
	By    string `json:"by"`
	At    string `json:"at"`
}

func runCallStaff(args []string, stdout, stderr io.Writer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return callStaff(ctx, args, stdout, stderr)
}

// callStaff is call-staff until ctx ends (an interrupt, for the command).
func callStaff(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := newFlags("call-staff", stderr)
	desk := fs.String("desk", os.Getenv("STAFFDESK_URL"), "staff desk `URL`, e.g. http://127.0.0.1:8090 (env STAFFDESK_URL)")
	token := fs.String("token", "", "kiosk `token` for the desk (env STAFFDESK_KIOSK_TOKEN or STAFFDESK_TOKEN)")
	kiosk := fs.String("kiosk", "Kiosk 1, entrance", "this kiosk's `name, location` as staff see it")
	reason := fs.String("reason", "help", "`reason`: help, finding, shelf, price or other")
	question := fs.String("question", "", "the shopper's last `question`, if any")
	outbox := fs.String("outbox", "", "outbox database `file`; an unfinished call in it is resumed, not repeated (default: a temporary file)")
	wait := fs.Duration("wait", 60*time.Second, "give up waiting for an answer after this `long` (the call itself stays)")
	escalate := fs.Duration("escalate-after", 0, "escalate when nobody answers within this `long` (default: the config's, 90s)")
	retryMax := fs.Duration("retry-max", 5*time.Second, "longest `wait` between delivery attempts")
	cfgPath := fs.String("config", "", "kiosk configuration `file` whose [staff] section adds ntfy and webhook backends")
	fresh := fs.Bool("new", false, "make a new call even if the outbox holds an unfinished one")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) > 0 {
		fs.Usage()
		return errUsage
	}

	cfg := config.Default()
	if *cfgPath != "" {
		if cfg, err = config.Load(*cfgPath); err != nil {
			return err
		}
	}
	name, location, _ := strings.Cut(*kiosk, ",")
	if *cfgPath != "" && !flagGiven(args, "kiosk") {
		name, location = cfg.Kiosk.Name, cfg.Kiosk.Location
	}
	sc, err := callStaffConfig(cfg.Staff, *desk, *token, *cfgPath != "")
	if err != nil {
		return err
	}
	sc.Kiosk, sc.Location = name, location
	if *escalate > 0 {
		sc.EscalateAfter = *escalate
	}
	sc.RetryMin = min(250*time.Millisecond, *retryMax)
	sc.RetryMax = *retryMax
	sc.StatePath = *outbox
	if sc.StatePath == "" {
		dir, err := os.MkdirTemp("", "kioskctl-call-")
		if err != nil {
			return err
		}
		defer os.RemoveAll(dir)
		sc.StatePath = filepath.Join(dir, "outbox.db")
	}
	path := sc.StatePath
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelWarn})).With("component", "staff")
	d, err := staff.New(sc, log)
	switch {
	case errors.Is(err, staff.ErrNoDeskToken):
		return fmt.Errorf("%w (set %s or STAFFDESK_TOKEN, or the systemd credential staffdesk-token)", err, cfg.Staff.Desk.KioskTokenEnv)
	case errors.Is(err, staff.ErrNoWebhookSecret):
		return fmt.Errorf("%w (set %s or the systemd credential staff-webhook-secret)", err, cfg.Staff.Webhook.SecretEnv)
	case err != nil:
		return err
	}
	defer d.Close()

	runCtx, stopRun := context.WithCancel(context.Background())
	ran := make(chan struct{})
	go func() {
		defer close(ran)
		if err := d.Run(runCtx); err != nil {
			fmt.Fprintf(stderr, "kioskctl call-staff: %v\n", err)
		}
	}()
	defer func() { stopRun(); <-ran }()

	var c staff.Call
	open, err := d.Open(ctx)
	if err != nil {
		return err
	}
	// A call nobody has answered yet is the same need: follow it rather than page twice.
	for _, o := range open {
		if !*fresh && (o.State == staff.Queued || o.State == staff.Sent || o.State == staff.Escalated) {
			c = o
		}
	}
	if c.ID != "" {
		fmt.Fprintf(stderr, "resuming unfinished call %s from %s\n", c.ID, path)
	} else {
		if c, err = d.Call(ctx, staff.Request{Reason: staff.ParseReason(*reason), Question: *question}); err != nil {
			return err
		}
	}

	wctx, cancel := context.WithTimeout(ctx, *wait)
	defer cancel()
	updates, err := d.Watch(wctx, c.ID)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	// show prints a state and says whether the wait is over.
	show := func(u staff.Call) (bool, error) {
		if err := enc.Encode(callLine{ID: u.ID, State: string(u.State), By: u.By, At: u.UpdatedAt.UTC().Format(time.RFC3339Nano)}); err != nil {
			return true, err
		}
		switch u.State {
		case staff.Acknowledged, staff.Resolved:
			return true, nil
		case staff.Cancelled:
			return true, fmt.Errorf("call %s was cancelled", u.ID)
		}
		return false, nil
	}
	// The state Call returned comes first, even if delivery has already moved the call on.
	last := c
	if done, err := show(c); done {
		return err
	}
	for u := range updates {
		if u.State == last.State && u.By == last.By {
			continue
		}
		last = u
		if done, err := show(u); done {
			return err
		}
	}
	// The last word is the outbox's: another process sharing it may have moved the call on
	// since the last state Watch sent.
	if u, err := d.Get(context.WithoutCancel(ctx), last.ID); err == nil && (u.State != last.State || u.By != last.By) {
		last = u
		if done, err := show(u); done {
			return err
		}
	}
	if ctx.Err() != nil {
		return fmt.Errorf("interrupted; call %s is %s", last.ID, last.State)
	}
	msg := fmt.Sprintf("no one acknowledged call %s within %s (it is %s)", last.ID, *wait, last.State)
	if last.State == staff.Queued {
		if *outbox != "" {
			msg += "; it stays queued in " + path + ": run again with the same --outbox to keep trying"
		} else {
			msg += "; it was never delivered and is dropped with the temporary outbox (use --outbox FILE)"
		}
	}
	return errors.New(msg)
}

// flagGiven reports whether a flag appears in args, so config values yield only to flags
// actually typed.
func flagGiven(args []string, name string) bool {
	for _, a := range args {
		a = strings.TrimLeft(a, "-")
		if a == name || strings.HasPrefix(a, name+"=") {
			return true
		}
	}
	return false
}

// callStaffConfig is the pager of the [staff] section s, with the desk at deskURL when given
// and token, when given, presented to it. Without deskURL the desk is the one s names, if
// fromFile; a default configuration names none worth trying.
func callStaffConfig(s config.Staff, deskURL, token string, fromFile bool) (staff.Config, error) {
	c := staff.Config{
		EscalateAfter: s.EscalateAfter.Duration, ExpireAfter: s.ExpireAfter.Duration,
		Ntfy: staff.NtfyConfig{Server: s.Ntfy.Server, Topic: s.Ntfy.Topic, AckTopic: s.Ntfy.AckTopic,
			EscalateTopic: s.Ntfy.EscalateTopic, Priority: s.Ntfy.Priority, Token: s.Ntfy.Token(), Click: s.Desk.PublicURL},
		Webhook: staff.WebhookConfig{URL: s.Webhook.URL, EscalateURL: s.Webhook.EscalateURL, Secret: s.Webhook.Secret(),
			CallbackListen: s.Webhook.CallbackListen, CallbackURL: s.Webhook.CallbackURL},
	}
	switch {
	case deskURL != "":
		c.Desk.URL = strings.TrimRight(deskURL, "/")
	case !fromFile:
		return c, errors.New("say where the staff desk is: --desk http://HOST:PORT (or --config FILE)")
	case s.Desk.Enabled:
		c.Desk.URL = s.Desk.URL
		if c.Desk.URL == "" && s.Desk.Serve != "" {
			c.Desk.URL = staffdesk.LocalURL(s.Desk.Serve)
		}
		if c.Desk.URL == "" {
			return c, errors.New("staff desk: no address (set staff.desk.url, or staff.desk.serve to run it here)")
		}
	}
	if c.Desk.URL != "" {
		c.Desk.Token = token
		if token == "" {
			c.Desk.Token = s.Desk.KioskToken()
		}
	}
	return c, nil
}
