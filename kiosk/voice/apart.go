package voice

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
	"github.com/storekiosk/storekiosk/kiosk/config"
	"github.com/storekiosk/storekiosk/speech/lm"
)

// The language model of a large catalog takes a minute and hundreds of megabytes to make.
// The kiosk has it made by `kioskctl voice-model`, a process of its own at a lower priority,
// so the screens and the answer engine keep their memory and their CPU while it runs, and
// what it used is handed back to the system when it exits.

// BuildNice is the niceness of the process that makes the language model.
const BuildNice = 10

// Vocabulary is the part of the model's source that comes from the answer engine, not the
// catalog: what `kioskctl voice-model --vocab` reads.
func Vocabulary(eng *answer.Engine) lm.Source {
	v := eng.Vocabulary()
	src := lm.Source{Needs: v.Needs, Elsewhere: v.Elsewhere}
	src.Phrases = append(src.Phrases, v.Phrases...)
	src.Phrases = append(src.Phrases, v.Categories...)
	src.Phrases = append(src.Phrases, v.Departments...)
	return src
}

// AddCatalog adds the catalog's products (and its version) to src.
func AddCatalog(ctx context.Context, db *inventory.DB, src *lm.Source) error {
	if m, err := db.Meta(ctx); err == nil {
		src.Version = m.Version
	}
	for p, err := range db.All(ctx) {
		if err != nil {
			return fmt.Errorf("read catalog for the speech model: %w", err)
		}
		src.Items = append(src.Items, lm.Item{Name: inventory.CleanText(p.Name), Brand: inventory.CleanText(p.Brand),
			Category: p.Category, Department: p.Department, Tags: p.Tags, GTIN: p.GTIN})
	}
	return nil
}

// StreamCatalog is AddCatalog for a catalog too big to hold: src reads the products from db
// again for each pass the model's build makes over them (lm.Source.Each), so db must stay open
// until the model is made. A million products' names, brands and categories held at once
// cost some 300 MB; read twice more they cost seconds.
func StreamCatalog(ctx context.Context, db *inventory.DB, src *lm.Source) {
	if m, err := db.Meta(ctx); err == nil {
		src.Version = m.Version
	}
	src.Items = nil
	src.Each = func(yield func(lm.Item) bool) error {
		for p, err := range db.All(ctx) {
			if err != nil {
				return fmt.Errorf("read catalog for the speech model: %w", err)
			}
			if !yield(lm.Item{Name: inventory.CleanText(p.Name), Brand: inventory.CleanText(p.Brand),
				Category: p.Category, Department: p.Department, Tags: p.Tags, GTIN: p.GTIN}) {
				return nil
			}
		}
		return nil
	}
}

// Built is what `kioskctl voice-model` reports on its standard output.
type Built struct {
	Dir    string  `json:"dir"`
	Key    string  `json:"key"`
	Reused bool    `json:"reused"` // the cached model was already the catalog's
	PeakMB float64 `json:"peak_rss_mb"`
	PID    int     `json:"pid"`
	Nice   int     `json:"nice"`
}

// Builder finds the kioskctl program that makes models apart: beside the running program,
// where the package installs both (/usr/bin); "" when there is none. Not looked for on PATH,
// so a kiosk never runs another version's kioskctl.
func Builder() string {
	exe, err := os.Executable()
	if err != nil || filepath.Base(exe) == "kioskctl" {
		return ""
	}
	p := filepath.Join(filepath.Dir(exe), "kioskctl")
	if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
		return p
	}
	return ""
}

// BuildApart makes (or finds in the cache) the catalog's language model with the kioskctl
// program at builder, in its own process at BuildNice, and returns it.
func BuildApart(ctx context.Context, builder string, db *inventory.DB, eng *answer.Engine, sc config.Speech, logger *slog.Logger) (*lm.Model, Built, error) {
	var b Built
	dir := ModelDir(sc)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, b, fmt.Errorf("speech model directory: %w", err)
	}
	vocab, err := os.CreateTemp(dir, ".vocab-*.json")
	if err != nil {
		return nil, b, fmt.Errorf("speech model directory: %w", err)
	}
	defer os.Remove(vocab.Name())
	err = json.NewEncoder(vocab).Encode(Vocabulary(eng))
	if cerr := vocab.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return nil, b, fmt.Errorf("write the vocabulary for the speech model: %w", err)
	}
	args := []string{"voice-model", "--db", db.Path(), "--vocab", vocab.Name(), "--model-dir", dir}
	if sc.Dictionary != "" {
		args = append(args, "--dictionary", sc.Dictionary)
	}
	cmd := exec.CommandContext(ctx, builder, args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Start(); err != nil {
		return nil, b, fmt.Errorf("start %s: %w", builder, err)
	}
	// Lowered at once: the catalog is read and the model made after the process starts up.
	if err := syscall.Setpriority(syscall.PRIO_PROCESS, cmd.Process.Pid, BuildNice); err != nil {
		logger.Warn("speech model build runs at normal priority", "err", err)
	}
	if err := cmd.Wait(); err != nil {
		if ctx.Err() != nil {
			return nil, b, ctx.Err()
		}
		return nil, b, fmt.Errorf("%s voice-model: %v: %s", builder, err, lastLine(stderr.String()))
	}
	if err := json.Unmarshal(stdout.Bytes(), &b); err != nil {
		return nil, b, fmt.Errorf("%s voice-model said %q: %w", builder, lastLine(stdout.String()), err)
	}
	m, err := lm.Open(b.Dir)
	if err != nil {
		return nil, b, err
	}
	logger.Info("speech model made apart", "dir", b.Dir, "reused", b.Reused, "peak_rss_mb", b.PeakMB, "pid", b.PID, "nice", b.Nice)
	return m, b, nil
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return lines[len(lines)-1]
}
