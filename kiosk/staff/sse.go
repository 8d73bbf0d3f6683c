package staff

import (
	"bufio"
	"context"
	"io"
	"strings"
	"time"
)

// readEvents reads a server-sent event stream and calls fn for each event. It returns when
// the stream ends, fn fails, or nothing at all (not even a keep-alive comment) arrives for
// idle: a peer that vanished without closing the connection must not look alive forever.
func readEvents(ctx context.Context, body io.ReadCloser, idle time.Duration, fn func(event, data string) error) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	watchdog := time.AfterFunc(idle, func() { body.Close() })
	defer watchdog.Stop()
	go func() {
		<-ctx.Done()
		body.Close()
	}()

	sc := bufio.NewScanner(body)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	var event string
	var data []string
	for sc.Scan() {
		watchdog.Reset(idle)
		line := sc.Text()
		switch {
		case line == "":
			if len(data) > 0 {
				if event == "" {
					event = "message"
				}
				if err := fn(event, strings.Join(data, "\n")); err != nil {
					return err
				}
			}
			event, data = "", data[:0]
		case strings.HasPrefix(line, ":"):
			// keep-alive comment
		default:
			field, value, _ := strings.Cut(line, ":")
			value = strings.TrimPrefix(value, " ")
			switch field {
			case "event":
				event = value
			case "data":
				data = append(data, value)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return err
	}
	return io.ErrUnexpectedEOF
}
