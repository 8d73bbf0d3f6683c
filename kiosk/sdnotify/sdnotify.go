// Package sdnotify tells systemd how the kiosk is doing: READY=1 once the screen is up,
// WATCHDOG=1 while the UI still answers, STOPPING=1 on the way out. It speaks systemd's
// notify protocol directly (one Unix datagram per message to $NOTIFY_SOCKET), with the
// standard library only.
//
// Under cage the kiosk is not the service's main process (cage is), so the unit needs
// NotifyAccess=all, and WATCHDOG_PID names cage rather than the kiosk: unlike
// sd_watchdog_enabled(3) this package honours WATCHDOG_USEC whatever WATCHDOG_PID says.
// Outside systemd (no $NOTIFY_SOCKET) every call does nothing.
package sdnotify

import (
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"strconv"
	"strings"
	"time"
)

// Messages systemd understands (sd_notify(3)).
const (
	Ready     = "READY=1"
	Stopping  = "STOPPING=1"
	Reloading = "RELOADING=1"
	Watchdog  = "WATCHDOG=1"
)

// Notifier sends notifications to one socket. The zero value is a disabled notifier.
type Notifier struct {
	// Socket is the notify socket: a path, or "@name" for the abstract namespace.
	Socket string
	// Interval is how often systemd expects WATCHDOG=1 (WatchdogSec=); 0: no watchdog.
	Interval time.Duration
	Logger   *slog.Logger
}

// FromEnv returns the notifier systemd set up for this process: $NOTIFY_SOCKET, and
// $WATCHDOG_USEC for the watchdog. Both may be absent (not run by systemd, or no
// WatchdogSec=), and the notifier then does nothing.
func FromEnv() *Notifier {
	n := &Notifier{Socket: os.Getenv("NOTIFY_SOCKET"), Logger: slog.Default().With("component", "sdnotify")}
	if us, err := strconv.ParseInt(strings.TrimSpace(os.Getenv("WATCHDOG_USEC")), 10, 64); err == nil && us > 0 {
		n.Interval = time.Duration(us) * time.Microsecond
	}
	return n
}

// Enabled reports whether there is a socket to notify.
func (n *Notifier) Enabled() bool { return n != nil && n.Socket != "" }

// Send sends one or more "KEY=value" lines as one datagram. Without a socket it does nothing
// and returns nil.
func (n *Notifier) Send(lines ...string) error {
	if !n.Enabled() {
		return nil
	}
	name := n.Socket
	if strings.HasPrefix(name, "@") {
		name = "\x00" + name[1:] // abstract socket
	} else if !strings.HasPrefix(name, "/") {
		return fmt.Errorf("sdnotify: NOTIFY_SOCKET %q is neither a path nor @abstract", n.Socket)
	}
	conn, err := net.DialUnix("unixgram", nil, &net.UnixAddr{Name: name, Net: "unixgram"})
	if err != nil {
		return fmt.Errorf("sdnotify: %w", err)
	}
	defer conn.Close()
	if _, err := conn.Write([]byte(strings.Join(lines, "\n"))); err != nil {
		return fmt.Errorf("sdnotify: %w", err)
	}
	return nil
}

// Ready tells systemd the service is up; status is shown by `systemctl status`.
func (n *Notifier) Ready(status string) error {
	if status == "" {
		return n.Send(Ready)
	}
	return n.Send(Ready, "STATUS="+oneLine(status))
}

// Status sets the free-form status line `systemctl status` shows.
func (n *Notifier) Status(status string) error { return n.Send("STATUS=" + oneLine(status)) }

// Stopping tells systemd the service is shutting down on purpose.
func (n *Notifier) Stopping() error { return n.Send(Stopping) }

// Beat is one watchdog keep-alive.
func (n *Notifier) Beat() error { return n.Send(Watchdog) }

// Watch sends WATCHDOG=1 at half the watchdog interval until ctx ends, as long as the
// thing being watched still answers. via runs each keep-alive: pass the UI's own queue
// (fyne.Do) and a UI that hangs stops the keep-alives, so systemd restarts the kiosk;
// nil sends them from Watch's own goroutine (only proves the process is alive).
// Without a watchdog (no WATCHDOG_USEC) Watch returns at once.
func (n *Notifier) Watch(ctx context.Context, via func(func())) {
	if !n.Enabled() || n.Interval <= 0 {
		return
	}
	if via == nil {
		via = func(f func()) { f() }
	}
	every := n.Interval / 2
	t := time.NewTicker(every)
	defer t.Stop()
	beat := func() {
		if err := n.Beat(); err != nil {
			n.logger().Warn("watchdog keep-alive not sent", "err", err)
		}
	}
	via(beat)
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			via(beat)
		}
	}
}

func (n *Notifier) logger() *slog.Logger {
	if n.Logger == nil {
		return slog.Default().With("component", "sdnotify")
	}
	return n.Logger
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
