package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/speech/testset"
	"github.com/storekiosk/storekiosk/speech/wav"
)

func TestSay(t *testing.T) {
	_, err := exec.LookPath("espeak-ng")
	need(t, "espeak-ng", err)
	out := filepath.Join(t.TempDir(), "jam.wav")
	var stdout, stderr bytes.Buffer
	if rc := run([]string{"say", "Jam is in aisle 9, left side.", "--out", out, "--rate", "130"}, &stdout, &stderr); rc != 0 {
		t.Fatalf("rc %d: %s", rc, stderr.String())
	}
	a, err := wav.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	if a.Rate != 22050 || a.Duration() < 1.5 {
		t.Errorf("wrote %d Hz, %.2f s", a.Rate, a.Duration())
	}
	// Played to the null device, it takes about as long as it lasts.
	stdout.Reset()
	start := time.Now()
	if rc := run([]string{"say", "--null-audio", "Milk is on the dairy wall."}, &stdout, &stderr); rc != 0 {
		t.Fatalf("rc %d: %s", rc, stderr.String())
	}
	if d := time.Since(start); d < time.Second {
		t.Errorf("played in %v", d)
	}
	for _, args := range [][]string{{"say"}, {"say", "--rate", "20", "hello"}, {"say", "--volume", "500", "hello"}} {
		stderr.Reset()
		if rc := run(args, &stdout, &stderr); rc == 0 || stderr.Len() == 0 {
			t.Errorf("%v: rc %d, stderr %q", args, rc, stderr.String())
		}
	}
}

// demoCatalogDB imports the built-in demo store with kioskctl import.
func demoCatalogDB(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	b, err := fs.ReadFile(assets.FS, assets.DemoCatalog)
	if err != nil {
		t.Fatal(err)
	}
	csv := filepath.Join(dir, "demo.csv")
	if err := os.WriteFile(csv, b, 0o644); err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "catalog.db")
	var out, errb bytes.Buffer
	if rc := run([]string{"import", "--db", db, csv}, &out, &errb); rc != 0 {
		t.Fatalf("import: %s", errb.String())
	}
	return db
}

// listen --jsonl answers each line, in order, with the line's id; bad lines get an error
// line and do not stop the rest.
func TestListenLines(t *testing.T) {
	needVoice(t)
	db := demoCatalogDB(t)
	dir := t.TempDir()
	items, err := testset.Generate(context.Background(), dir, []testset.Question{{ID: "q1", Text: "where is the coffee"}},
		testset.Options{Voices: []testset.Voice{{Name: "en-us", Speed: 150}}, Copies: testset.Copies[:1]})
	if err != nil {
		t.Fatal(err)
	}
	notWAV := filepath.Join(dir, "not.wav")
	os.WriteFile(notWAV, []byte("hello"), 0o644)
	in := strings.Join([]string{
		`{"id": "q1", "wav": "` + items[0].WAV + `"}`,
		`{"id": 7, "wav": "` + filepath.Join(dir, "missing.wav") + `"}`,
		`not json`,
		`{"id": "q4", "wav": "` + notWAV + `"}`,
		`{"id": "q5"}`,
	}, "\n")
	p, err := newPipeline(context.Background(), listenFlags{db: db, modelDir: filepath.Join(dir, "models"), lang: "en", unsure: -1}, os.Stderr)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	var out bytes.Buffer
	if err := p.lines(context.Background(), strings.NewReader(in), &out); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out.String()), "\n")
	if len(lines) != 5 {
		t.Fatalf("%d lines:\n%s", len(lines), out.String())
	}
	var first struct {
		ID       string  `json:"id"`
		Found    bool    `json:"found"`
		Say      string  `json:"say"`
		Heard    string  `json:"heard"`
		MS       float64 `json:"ms"`
		Products []struct {
			Name, Category, Aisle string
			Price                 float64
			InStock               bool `json:"in_stock"`
		} `json:"products"`
		Alternatives []struct {
			Heard string `json:"heard"`
			Found bool   `json:"found"`
		} `json:"alternatives"`
	}
	if err := json.Unmarshal([]byte(lines[0]), &first); err != nil {
		t.Fatal(err)
	}
	if first.ID != "q1" || !first.Found || !strings.Contains(first.Heard, "coffee") || first.Products[0].Category != "coffee" ||
		!strings.Contains(first.Say, first.Products[0].Aisle) || first.MS <= 0 || first.MS > 5000 {
		t.Errorf("first answer: %s", lines[0])
	}
	for i, want := range []string{`"id":7`, `"id":null`, `"id":"q4"`, `"id":"q5"`} {
		if !strings.Contains(lines[i+1], want) || !strings.Contains(lines[i+1], `"error"`) {
			t.Errorf("line %d: %s", i+2, lines[i+1])
		}
	}
}
