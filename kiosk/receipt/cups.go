package receipt

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"time"
)

// What can go wrong, in words a shopper can be told (the kiosk words them in their language
// by these).
var (
	ErrPaperOut  = errors.New("the printer is out of paper")
	ErrOffline   = errors.New("the printer is offline")
	ErrTimeout   = errors.New("the printer did not print in time")
	ErrNoPrinter = errors.New("no receipt printer is set up")
)

// Printer prints on one CUPS queue with the CUPS command-line tools (Debian's cups-client:
// lp, lpstat, cancel).
type Printer struct {
	Queue   string        // the CUPS queue ("receipt")
	Server  string        // the CUPS server, host[:port] or a socket's path; "": the system's
	WidthMM float64       // paper width: 58 or 80
	Sheet   string        // "a4" or "letter": print on sheets of that size, not the roll
	Timeout time.Duration // the longest a print may take, from asking to printed
	Logger  *slog.Logger
	// Poll is how often a job is looked at while it prints. Default: 250 ms.
	Poll time.Duration
}

func (p *Printer) logger() *slog.Logger {
	if p.Logger != nil {
		return p.Logger
	}
	return slog.Default().With("component", "receipt")
}

// run runs a CUPS tool against the printer's server, in the C locale so its words can be
// read, and returns what it printed.
func (p *Printer) run(ctx context.Context, tool string, args ...string) (string, error) {
	if p.Server != "" {
		args = append([]string{"-h", p.Server}, args...)
	}
	cmd := exec.CommandContext(ctx, tool, args...)
	cmd.Env = append(os.Environ(), "LC_ALL=C", "LANG=C")
	var out, errOut bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errOut
	err := cmd.Run()
	if err != nil {
		msg := strings.TrimSpace(errOut.String())
		if msg == "" {
			msg = strings.TrimSpace(out.String())
		}
		return out.String(), fmt.Errorf("%s: %w: %s", tool, err, msg)
	}
	return out.String(), nil
}

// State is the printer as CUPS sees it now.
type State struct {
	Ready  bool   // can print now
	Detail string // "idle", "printing", "out of paper", "disabled: <reason>", ...
	Err    error  // why not (ErrPaperOut, ErrOffline, ErrNoPrinter), wrapped with detail
}

// State asks CUPS about the queue.
func (p *Printer) State(ctx context.Context) State {
	if p == nil || p.Queue == "" {
		return State{Detail: "not set up", Err: ErrNoPrinter}
	}
	ctx, cancel := context.WithTimeout(ctx, p.timeout())
	defer cancel()
	out, err := p.run(ctx, "lpstat", "-l", "-p", p.Queue)
	if err != nil {
		return State{Detail: "CUPS unreachable or queue unknown", Err: fmt.Errorf("%w: %v", ErrOffline, err)}
	}
	return parseState(p.Queue, out)
}

var alertsLine = regexp.MustCompile(`(?m)^\s*Alerts:\s*(.*)$`)

// parseState reads `lpstat -l -p QUEUE` (C locale).
func parseState(queue, out string) State {
	first, rest, _ := strings.Cut(out, "\n")
	var alerts []string
	if m := alertsLine.FindStringSubmatch(out); m != nil && strings.TrimSpace(m[1]) != "none" {
		alerts = strings.Fields(m[1])
	}
	for _, a := range alerts {
		if strings.HasPrefix(a, "media-empty") || strings.HasPrefix(a, "media-needed") || strings.HasPrefix(a, "media-jam") {
			return State{Detail: "out of paper (" + a + ")", Err: fmt.Errorf("%w (%s)", ErrPaperOut, a)}
		}
	}
	if strings.Contains(first, " disabled ") {
		reason := "disabled"
		if l := strings.TrimSpace(strings.SplitN(rest, "\n", 2)[0]); l != "" && !strings.Contains(l, ":") {
			reason += ": " + l // the line after is the printer's message
		}
		return State{Detail: reason, Err: fmt.Errorf("%w (%s)", ErrOffline, reason)}
	}
	for _, a := range alerts {
		if strings.HasPrefix(a, "offline") || strings.HasSuffix(a, "-error") {
			return State{Detail: a, Err: fmt.Errorf("%w (%s)", ErrOffline, a)}
		}
	}
	switch {
	case strings.Contains(first, " is idle"):
		return State{Ready: true, Detail: "idle"}
	case strings.Contains(first, " now printing "):
		return State{Ready: true, Detail: "printing"}
	}
	return State{Ready: true, Detail: strings.TrimSpace(strings.TrimPrefix(first, "printer "+queue))}
}

func (p *Printer) timeout() time.Duration {
	if p.Timeout > 0 {
		return p.Timeout
	}
	return 20 * time.Second
}

var requestID = regexp.MustCompile(`request id is (\S+)`)

// Print prints the list and returns once it has printed: nil, or why not. A job that cannot
// finish (the paper ran out, the printer went offline, the timeout passed) is cancelled, so
// that it never prints later for nobody.
func (p *Printer) Print(ctx context.Context, d Doc) error {
	if p == nil || p.Queue == "" {
		return ErrNoPrinter
	}
	ctx, cancel := context.WithTimeout(ctx, p.timeout())
	defer cancel()
	if st := p.State(ctx); !st.Ready {
		return st.Err
	}
	var (
		pdf   []byte
		media string
		err   error
	)
	if p.Sheet != "" {
		if pdf, err = SheetPDF(d, p.Sheet); err != nil {
			return err
		}
		media = "media=" + map[string]string{"a4": "A4", "letter": "Letter"}[p.Sheet]
	} else {
		var height float64
		if pdf, height, err = PDF(d, p.WidthMM); err != nil {
			return err
		}
		// The paper is as long as the list: the printer's driver is told so, not left to
		// scale the page to its default size.
		media = fmt.Sprintf("media=Custom.%gx%.0fmm", p.WidthMM, height+1)
	}
	dir, err := os.MkdirTemp("", "kiosk-receipt-")
	if err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	defer os.RemoveAll(dir)
	file := filepath.Join(dir, "list.pdf")
	if err := os.WriteFile(file, pdf, 0o644); err != nil {
		return fmt.Errorf("receipt: %w", err)
	}
	out, err := p.run(ctx, "lp", "-d", p.Queue, "-t", d.Title, "-o", media, file)
	if err != nil {
		if ctx.Err() != nil {
			return fmt.Errorf("%w: %v", ErrTimeout, err)
		}
		return fmt.Errorf("%w: %v", ErrOffline, err)
	}
	m := requestID.FindStringSubmatch(out)
	if m == nil {
		return fmt.Errorf("%w: lp said %q", ErrOffline, strings.TrimSpace(out))
	}
	job := m[1]
	log := p.logger().With("queue", p.Queue, "job", job)
	log.Info("printing the shopper's list", "bytes", len(pdf), "items", len(d.Items))
	// Follow the job until it leaves the queue; stop early when the printer cannot print it.
	poll := p.Poll
	if poll <= 0 {
		poll = 250 * time.Millisecond
	}
	tick := time.NewTicker(poll)
	defer tick.Stop()
	for {
		if ctx.Err() != nil {
			p.cancelJob(job)
			log.Warn("list not printed in time", "timeout", p.timeout())
			return ErrTimeout
		}
		pending, err := p.run(ctx, "lpstat", "-o", p.Queue)
		if err == nil && !strings.Contains(pending+" ", job+" ") {
			// Gone from the queue: printed, unless it was stopped or cancelled.
			done, _ := p.run(ctx, "lpstat", "-W", "completed", "-o", p.Queue)
			if st := p.State(ctx); !st.Ready && !strings.Contains(done, job) {
				return st.Err
			}
			log.Info("list printed")
			return nil
		}
		if st := p.State(ctx); !st.Ready && ctx.Err() == nil {
			p.cancelJob(job)
			log.Warn("list not printed", "state", st.Detail)
			return st.Err
		}
		select {
		case <-ctx.Done():
			p.cancelJob(job)
			log.Warn("list not printed in time", "timeout", p.timeout())
			return ErrTimeout
		case <-tick.C:
		}
	}
}

// cancelJob takes a job that will not print off the queue, with its own short deadline
// (the print's may have passed).
func (p *Printer) cancelJob(job string) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if _, err := p.run(ctx, "cancel", job); err != nil {
		p.logger().Warn("cancel a print job", "job", job, "err", err)
	}
}
