package lm

import (
	"bufio"
	"context"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
)

func TestTokens(t *testing.T) {
	for in, want := range map[string]string{
		"Spicy Tomato & Basil Pasta Sauce": "spicy tomato and basil pasta sauce",
		"2% Reduced Fat Milk":              "two percent reduced fat milk",
		"Chick'n Nuggets, 12oz":            "chick'n nuggets",
		"Crème Brûlée":                     "creme brulee",
		"Café Latte":                       "cafe latte", // accents dropped (the caller repairs mojibake)
		"100 Calorie Packs":                "one hundred calorie packs",
		"0766775298331":                    "zero seven six six seven seven five two nine eight three three one",
	} {
		if got := strings.Join(tokens(in), " "); got != want {
			t.Errorf("tokens(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIPAToCMU(t *testing.T) {
	for ipa, want := range map[string]string{
		"k_ˈɑː_m_b_ʌ_tʃ_ə":      "K AA M B AH CH AH",
		"m_ˌɑː_z_ɚ_ɹ_ˈɛ_l_ə":    "M AA Z ER R EH L AH",
		"tʃ_ˈɪ_k_ə_n":           "CH IH K AH N",
		"m_ˈɑːɹ_s_k_eɪ_p_ˌoʊ_n": "M AA R S K EY P OW N",
		"dʒ_ˈæ_m":               "JH AE M",
	} {
		if got := strings.Join(ipaToCMU(ipa), " "); got != want {
			t.Errorf("ipaToCMU(%q) = %q, want %q", ipa, got, want)
		}
	}
}

// The model is a proper distribution: for every history, the probabilities of all words
// (seen ones directly, the rest through the back-off) sum to one.
func TestEstimateNormalised(t *testing.T) {
	c := newCounter()
	c.add(strings.Fields("where is the jam"), 2)
	c.add(strings.Fields("where is the milk"), 1)
	c.add(strings.Fields("where are the apples"), 1.5)
	c.add(strings.Fields("jam please"), 0.5)
	m := c.estimate(0.01)
	p := func(ws ...uint32) float64 {
		// Back off as a decoder would.
		switch len(ws) {
		case 3:
			if lp, ok := m.prob[2][key(ws...)]; ok {
				return math.Pow(10, lp)
			}
			return math.Pow(10, m.bow[1][key(ws[0], ws[1])]) * pOf(m, ws[1:]...)
		}
		return pOf(m, ws...)
	}
	for _, h := range [][]uint32{{bos, c.ids["where"]}, {c.ids["is"], c.ids["the"]}, {c.ids["the"], c.ids["jam"]}} {
		sum := 0.0
		for w := 1; w < len(m.words); w++ {
			sum += p(h[0], h[1], uint32(w))
		}
		if math.Abs(sum-1) > 1e-6 {
			t.Errorf("history %s %s: probabilities sum to %v", m.words[h[0]], m.words[h[1]], sum)
		}
	}
}

func pOf(m *model, ws ...uint32) float64 {
	if len(ws) == 1 {
		return math.Pow(10, m.prob[0][key(ws[0])])
	}
	if lp, ok := m.prob[1][key(ws...)]; ok {
		return math.Pow(10, lp)
	}
	return math.Pow(10, m.bow[0][key(ws[0])]) * pOf(m, ws[1:]...)
}

func need(t *testing.T) {
	t.Helper()
	var missing []string
	for _, tool := range []string{"espeak-ng", "sphinx_lm_convert"} {
		if _, err := exec.LookPath(tool); err != nil {
			missing = append(missing, tool)
		}
	}
	if _, err := os.Stat(DefaultDict); err != nil {
		missing = append(missing, DefaultDict)
	}
	if len(missing) > 0 {
		if os.Getenv("CI") != "" {
			t.Fatalf("needed (scripts/deps.sh test installs them): %v", missing)
		}
		t.Skipf("not installed: %v", missing)
	}
}

func TestBuild(t *testing.T) {
	need(t)
	src := Source{Version: "v1", Items: []Item{
		{Name: "Ginger Kombucha", Category: "tea", Department: "beverages"},
		{Name: "Fresh Mozzarella Cheese", Category: "specialty cheeses", Department: "dairy eggs", Tags: []string{"organic"}},
		{Name: "Strawberry Jam", Category: "spreads", Department: "pantry", GTIN: "0766775298331"},
	}, Phrases: []string{"fizzy drinks"}, Needs: []string{"a headache"}, Elsewhere: []string{"a haircut"}}
	ctx := context.Background()
	cache := t.TempDir()
	m, err := Ensure(ctx, src, cache, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if !m.Info.BinaryLM || m.Info.Derived == 0 || len(m.Info.Dropped) != 0 || m.Info.Ngrams[2] == 0 {
		t.Errorf("info %+v", m.Info)
	}
	dict := readDict(t, m.Dict)
	for _, w := range []string{"kombucha", "mozzarella", "jam", "where", "fizzy", "haircut", "zero"} {
		if _, ok := dict[w]; !ok {
			t.Errorf("%q not in the dictionary", w)
		}
	}
	if got := dict["kombucha"]; !reflect.DeepEqual(got, []string{"K AA M B AH CH AH"}) {
		t.Errorf("kombucha pronounced %v", got)
	}
	// Same catalog: the cached model is used; a changed one gets a new model, and the old
	// one is removed.
	again, err := Ensure(ctx, src, cache, Options{})
	if err != nil || again.Info.Built != m.Info.Built {
		t.Errorf("unchanged catalog rebuilt (%v)", err)
	}
	src.Items = append(src.Items, Item{Name: "Oat Milk", Category: "milk"})
	next, err := Ensure(ctx, src, cache, Options{})
	if err != nil || next.Dir == m.Dir {
		t.Fatalf("changed catalog: %v, dir %s", err, next.Dir)
	}
	if _, err := os.Stat(m.Dir); !os.IsNotExist(err) {
		t.Errorf("old model left behind: %v", err)
	}
	// "milk" may be said with the vowel of "meal" (the fill–feel merger).
	if got := readDict(t, next.Dict)["milk"]; !slices.Contains(got, "M IH L K") || !slices.Contains(got, "M IY L K") {
		t.Errorf("milk pronounced %v", got)
	}
	entries, _ := os.ReadDir(cache)
	if len(entries) != 1 {
		t.Errorf("cache holds %d entries, want 1", len(entries))
	}
}

func readDict(t *testing.T, path string) map[string][]string {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d := map[string][]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		w, ph, _ := strings.Cut(sc.Text(), " ")
		if i := strings.IndexByte(w, '('); i > 0 {
			w = w[:i]
		}
		d[w] = append(d[w], ph)
	}
	return d
}

// Without sphinx_lm_convert the ARPA model is used as it is.
func TestBuildWithoutConverter(t *testing.T) {
	need(t)
	src := Source{Items: []Item{{Name: "Strawberry Jam", Category: "spreads"}}}
	m, err := Build(context.Background(), src, filepath.Join(t.TempDir(), "m"), Options{Convert: "no-such-converter"})
	if err != nil {
		t.Fatal(err)
	}
	if m.Info.BinaryLM || filepath.Base(m.LM) != "lm.arpa" {
		t.Errorf("model %+v", m)
	}
	b, _ := os.ReadFile(m.LM)
	if !strings.HasPrefix(string(b), "\\data\\\n") || !strings.HasSuffix(string(b), "\\end\\\n") {
		t.Error("not an ARPA file")
	}
}

func TestWithMergers(t *testing.T) {
	got := withMergers([]string{"M IH L K", "W IH L IH L"})
	want := []string{"M IH L K", "W IH L IH L", "M IY L K", "W IY L IY L"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	if got := withMergers([]string{"P UW L", "P UH L"}); len(got) != 2 {
		t.Errorf("pool/pull: %q", got)
	}
	if got := withMergers([]string{"JH AE M"}); len(got) != 1 {
		t.Errorf("jam: %q", got)
	}
}
