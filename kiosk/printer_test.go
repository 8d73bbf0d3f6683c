package kiosk

import (
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/storekiosk/storekiosk/kiosk/health"
	"github.com/storekiosk/storekiosk/kiosk/receipt"
	"github.com/storekiosk/storekiosk/kiosk/receipt/cupstest"
)

// [printer] makes the kiosk print lists on that CUPS queue, and /healthz shows the printer:
// ready, then out of paper once a print found it so.
func TestPrinterWiringAndHealth(t *testing.T) {
	t.Setenv("STAFFDESK_TOKEN", "")
	c := cupstest.Start(t)
	c.Queue("receipt", "nopaper:/")
	cfg := stateConfig(t)
	cfg.Printer.Queue, cfg.Printer.Server, cfg.Printer.WidthMM = "receipt", c.Sock, 58
	cfg.Printer.Timeout.Duration = 30 * time.Second
	cfg.Health.Listen = freeAddr(t)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	fa := test.NewTempApp(t)
	startedUI(t) // nothing here needs the screens' background work run
	p, a, stop, err := start(ctx, fa, cfg, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	defer stop()
	defer a.Close()
	if p.printer == nil || p.printer.Queue != "receipt" || p.printer.WidthMM != 58 {
		t.Fatalf("printer: %+v", p.printer)
	}
	if o := p.uiOptions(cfg, slog.New(slog.DiscardHandler)); o.Printer == nil {
		t.Fatal("the screens have no printer")
	}
	printer := func() health.Check {
		t.Helper()
		deadline := time.Now().Add(10 * time.Second)
		for {
			resp, err := http.Get("http://" + cfg.Health.Listen + "/healthz")
			if err == nil {
				body, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				var rep health.Report
				if err := json.Unmarshal(body, &rep); err != nil {
					t.Fatalf("healthz: %v\n%s", err, body)
				}
				for _, ch := range rep.Checks {
					if ch.Name == "printer" {
						return ch
					}
				}
				t.Fatalf("no printer check in %s", body)
			}
			if time.Now().After(deadline) {
				t.Fatal(err)
			}
			time.Sleep(20 * time.Millisecond)
		}
	}
	metric := func() string {
		t.Helper()
		resp, err := http.Get("http://" + cfg.Health.Listen + "/metrics")
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		for _, l := range strings.Split(string(body), "\n") {
			if strings.HasPrefix(l, "storekiosk_printer_up ") {
				return l
			}
		}
		t.Fatalf("no storekiosk_printer_up in /metrics")
		return ""
	}
	if ch := printer(); ch.Status != health.OK || ch.Detail != "queue receipt: idle" {
		t.Errorf("printer before printing: %+v", ch)
	}
	if m := metric(); m != "storekiosk_printer_up 1" {
		t.Errorf("metric before printing: %s", m)
	}
	err = p.printer.Print(ctx, receipt.Doc{Store: "Demo Store", Title: "Your shopping list",
		Items: []receipt.Item{{N: 1, Name: "Bananas", Lines: []string{"Produce"}}}})
	if !errors.Is(err, receipt.ErrPaperOut) {
		t.Fatalf("print: %v, want out of paper", err)
	}
	if ch := printer(); ch.Status != health.Warn || ch.Detail != "queue receipt: the printer is out of paper (media-empty-error) (shoppers are told, and offered the QR code)" {
		t.Errorf("printer out of paper: %+v", ch)
	}
	if m := metric(); m != "storekiosk_printer_up 0" {
		t.Errorf("metric out of paper: %s", m)
	}
}
