package answer

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestDictionary(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cmudict.dict")
	// Not in order, as a file may be: the second "read" comes after "reading".
	text := "read R IY1 D\nreading R IY1 D IH0 NG\nbread B R EH1 D\nread(2) R EH1 D\nsock S AA1 K\n;;; comment\n"
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	d, err := readDictionary(path)
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string][]string{
		"read":     {"R IY D", "R EH D"},
		"reading":  {"R IY D IH NG"},
		"bread":    {"B R EH D"},
		"rea":      nil,
		"readings": nil,
		"":         nil,
	} {
		if got := slices.Collect(d.prons(w)); !slices.Equal(got, want) {
			t.Errorf("prons(%q) = %q, want %q", w, got, want)
		}
	}
	if !d.isWord("socks") || !d.isWord("bread") || d.isWord("soks") {
		t.Errorf("isWord: socks %v, bread %v, soks %v; want true, true, false", d.isWord("socks"), d.isWord("bread"), d.isWord("soks"))
	}
	var none *dictionary
	if none.isWord("bread") || slices.Collect(none.prons("bread")) != nil {
		t.Error("a missing dictionary knows words")
	}
}
