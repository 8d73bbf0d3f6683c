package main

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/voice"
)

// BenchmarkVoiceModel makes the speech model as the kiosk has it made, with `kioskctl
// voice-model` in a process of its own, from an empty cache each time, and reports that
// process's peak memory and the time taken: on the 24k-product shared catalog, and (when
// KIOSK_BENCH_1M=1) on a million synthetic products made from it (built once, kept in the
// temp directory). Target: 1M ≤ 500 MB peak.
//
//	go test -run '^$' -bench '^BenchmarkVoiceModel$' -benchtime 1x ./cmd/kioskctl
//	KIOSK_BENCH_1M=1 go test -run '^$' -bench '^BenchmarkVoiceModel/1M$' -benchtime 1x -timeout 60m ./cmd/kioskctl
func BenchmarkVoiceModel(b *testing.B) {
	needVoice(b)
	bin := filepath.Join(b.TempDir(), "kioskctl")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	b.Run("24k", func(b *testing.B) { benchVoiceModel(b, bin, sharedDB(b)) })
	b.Run("1M", func(b *testing.B) {
		if os.Getenv("KIOSK_BENCH_1M") == "" {
			b.Skip("set KIOSK_BENCH_1M=1 (makes a 1M-product catalog once, then minutes per run)")
		}
		benchVoiceModel(b, bin, millionDB(b))
	})
}

func benchVoiceModel(b *testing.B, bin, db string) {
	var peak, secs float64
	for i := 0; i < b.N; i++ {
		var out, errb bytes.Buffer
		cmd := exec.Command(bin, "voice-model", "--db", db, "--model-dir", b.TempDir())
		cmd.Stdout, cmd.Stderr = &out, &errb
		t0 := time.Now()
		if err := cmd.Run(); err != nil {
			b.Fatalf("%v: %s", err, errb.String())
		}
		secs += time.Since(t0).Seconds()
		var built voice.Built
		if err := json.Unmarshal(out.Bytes(), &built); err != nil {
			b.Fatalf("%q: %v", out.String(), err)
		}
		peak = max(peak, built.PeakMB)
	}
	b.ReportMetric(peak, "peak-MB")
	b.ReportMetric(secs/float64(b.N), "s/build")
}

// millionDB is a catalog of a million products: the shared catalog's in ~40 sizes and
// variants each, made once.
func millionDB(b *testing.B) string {
	path := filepath.Join(os.TempDir(), "storekiosk-voice-1m.db")
	db, err := inventory.Open(path)
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	ctx := context.Background()
	if m, _ := db.Meta(ctx); m.Products >= 1_000_000 {
		return path
	}
	src, err := inventory.Open(sharedDB(b))
	if err != nil {
		b.Fatal(err)
	}
	defer src.Close()
	var base []*inventory.Product
	for p, err := range src.All(ctx) {
		if err != nil {
			b.Fatal(err)
		}
		base = append(base, p)
	}
	variants := []string{"", "Family Size", "Value Pack", "Twin Pack", "Mini", "Large", "Lightly Salted",
		"Original", "Extra", "Classic", "Select", "Premium", "Organic", "Reduced Fat", "Homestyle",
		"Deluxe", "Seasonal", "Limited Edition", "Club Size", "Snack Size"}
	err = db.Update(ctx, func(tx *inventory.Tx) error {
		if err := tx.DeleteAll(); err != nil {
			return err
		}
		for i := 0; i < 1_000_000; i++ {
			p := *base[i%len(base)]
			k := i / len(base)
			p.SKU, p.GTIN = fmt.Sprintf("S%07d", i), ""
			if v := variants[k%len(variants)]; v != "" {
				p.Name = v + " " + p.Name
			}
			if k >= len(variants) {
				p.Name += fmt.Sprintf(" %d oz", 4+k)
			}
			if err := tx.Put(&p); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		b.Fatal(err)
	}
	return path
}
