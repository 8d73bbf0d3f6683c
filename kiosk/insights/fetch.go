package insights

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// VocabularyOptions configure a Vocabulary.
type VocabularyOptions struct {
	// Path is where the store's vocabulary file is kept; the answer engine reads it as one of
	// its synonym files. ETag is kept beside it (Path + ".etag").
	Path string
	// DeskURL and Token reach the staff desk that serves the file.
	DeskURL, Token string
	// Every is how often the desk is asked (default 30 s: a taught word reaches every kiosk
	// within a minute). An unchanged file costs one 304.
	Every  time.Duration
	Client *http.Client
	Logger *slog.Logger
}

// Vocabulary keeps the store's vocabulary file in step with the staff desk, as the catalog
// feed keeps the catalog, and answers with the store's own words for what it does not sell.
type Vocabulary struct {
	// Changed is called after a new file is in place: reload the answers and the speech
	// model. Set it before Run.
	Changed func(ctx context.Context)

	opt VocabularyOptions
	log *slog.Logger

	mu      sync.Mutex
	answers []StoreAnswer
}

// OpenVocabulary reads the vocabulary file kept from the last fetch (an empty one is made
// if there is none, so the engine always finds it).
func OpenVocabulary(opt VocabularyOptions) (*Vocabulary, error) {
	if opt.Path == "" {
		return nil, errors.New("store vocabulary: no file path given")
	}
	opt.Every = orDefault(opt.Every, 30*time.Second)
	if opt.Client == nil {
		opt.Client = &http.Client{Timeout: 20 * time.Second}
	}
	if opt.Logger == nil {
		opt.Logger = slog.Default().With("component", "vocabulary")
	}
	v := &Vocabulary{opt: opt, log: opt.Logger}
	b, err := os.ReadFile(opt.Path)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := writeAtomic(opt.Path, nil); err != nil {
			return nil, fmt.Errorf("store vocabulary: %w", err)
		}
	case err != nil:
		return nil, fmt.Errorf("store vocabulary: %w", err)
	default:
		if err := v.setAnswers(string(b)); err != nil {
			v.log.Warn("store answers unreadable", "file", opt.Path, "err", err)
		}
	}
	return v, nil
}

func (v *Vocabulary) setAnswers(text string) error {
	as, err := ParseAnswers(text)
	v.mu.Lock()
	v.answers = as
	v.mu.Unlock()
	return err
}

// Check asks the desk for the file, with the ETag of the one in place: changed is true when
// a new one was written (and Changed called).
func (v *Vocabulary) Check(ctx context.Context) (changed bool, err error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, strings.TrimRight(v.opt.DeskURL, "/")+"/api/kiosk/vocabulary", nil)
	if err != nil {
		return false, err
	}
	req.Header.Set("Authorization", "Bearer "+v.opt.Token)
	if tag, err := os.ReadFile(v.opt.Path + ".etag"); err == nil && len(tag) > 0 {
		req.Header.Set("If-None-Match", strings.TrimSpace(string(tag)))
	}
	resp, err := v.opt.Client.Do(req)
	if err != nil {
		return false, fmt.Errorf("store vocabulary: %w", err)
	}
	defer resp.Body.Close()
	switch {
	case resp.StatusCode == http.StatusNotModified:
		return false, nil
	case resp.StatusCode != http.StatusOK:
		msg, _ := io.ReadAll(io.LimitReader(resp.Body, 512))
		return false, fmt.Errorf("store vocabulary: desk answered %s: %s", resp.Status, strings.TrimSpace(string(msg)))
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, 4<<20))
	if err != nil {
		return false, fmt.Errorf("store vocabulary: %w", err)
	}
	if old, err := os.ReadFile(v.opt.Path); err == nil && string(old) == string(body) {
		return false, writeAtomic(v.opt.Path+".etag", []byte(resp.Header.Get("ETag")))
	}
	if err := writeAtomic(v.opt.Path, body); err != nil {
		return false, fmt.Errorf("store vocabulary: %w", err)
	}
	if err := writeAtomic(v.opt.Path+".etag", []byte(resp.Header.Get("ETag"))); err != nil {
		return false, fmt.Errorf("store vocabulary: %w", err)
	}
	if err := v.setAnswers(string(body)); err != nil {
		v.log.Warn("store answers unreadable", "err", err)
	}
	v.log.Info("store vocabulary updated", "bytes", len(body), "etag", resp.Header.Get("ETag"))
	if v.Changed != nil {
		v.Changed(ctx)
	}
	return true, nil
}

// Run checks the desk every opt.Every until ctx ends.
func (v *Vocabulary) Run(ctx context.Context) {
	failing := false
	for {
		_, err := v.Check(ctx)
		if ctx.Err() != nil {
			return
		}
		if err != nil && !failing {
			v.log.Warn("store vocabulary not fetched; the kiosk keeps the one it has", "err", err)
		}
		failing = err != nil
		t := time.NewTimer(v.opt.Every)
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
}

// Apply gives the store's own answer to a question about something the store told the
// kiosk it does not sell, unless the catalog carries it after all. Such an answer's Verdict
// is StoreAnswered: staff have dealt with it, and it is not recorded as a miss again.
func (v *Vocabulary) Apply(question string, r answer.Result) answer.Result {
	if r.Found && r.Verdict == "carried" {
		return r
	}
	v.mu.Lock()
	as := v.answers
	v.mu.Unlock()
	q := " " + singular(Normalize(question)) + " "
	for _, a := range as {
		if p := Normalize(a.Phrase); p != "" && strings.Contains(q, " "+singular(p)+" ") {
			r.Say, r.Topic, r.Verdict = a.Text, p, StoreAnswered
			r.Found, r.Products, r.Items = false, nil, nil
			return r
		}
	}
	return r
}

// singular drops a plural's s, so "lawn mowers" is asked about "lawn mower".
func singular(q string) string {
	ws := strings.Fields(q)
	for i, w := range ws {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			ws[i] = strings.TrimSuffix(w, "s")
		}
	}
	return strings.Join(ws, " ")
}

// writeAtomic replaces path with data whole: a reader sees the old file or the new one.
func writeAtomic(path string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	if err := f.Sync(); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
