package ui

import (
	"encoding/json"
	"flag"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"testing"
)

var updateEN = flag.Bool("update-en", false, "rewrite assets/translations/en.json from the English in the code")

// messages finds every a.t, h.T and w.Say("key", "English") in the screens', the widgets' and the
// answer engine's code.
func messages(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	fset := token.NewFileSet()
	for _, dir := range []string{".", "kit", filepath.Join("..", "answer")} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			file, err := parser.ParseFile(fset, f, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(file, func(n ast.Node) bool {
				call, ok := n.(*ast.CallExpr)
				if !ok || len(call.Args) < 2 {
					return true
				}
				name := ""
				switch f := call.Fun.(type) {
				case *ast.SelectorExpr:
					name = f.Sel.Name
				case *ast.Ident:
					name = f.Name
				}
				if name != "t" && name != "T" && name != "X" && name != "add" {
					return true
				}
				k, ok1 := call.Args[0].(*ast.BasicLit)
				v, ok2 := call.Args[1].(*ast.BasicLit)
				if !ok1 || !ok2 || k.Kind != token.STRING || v.Kind != token.STRING {
					return true
				}
				key, _ := strconv.Unquote(k.Value)
				val, _ := strconv.Unquote(v.Value)
				if prev, dup := out[key]; dup && prev != val {
					t.Errorf("%s: key %q has two English texts: %q and %q", fset.Position(call.Pos()), key, prev, val)
				}
				out[key] = val
				return true
			})
		}
	}
	return out
}

func readMessages(t *testing.T, lang string) map[string]string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("..", "..", "assets", "translations", lang+".json"))
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]string{}
	if err := json.Unmarshal(b, &m); err != nil {
		t.Fatalf("%s.json: %v", lang, err)
	}
	return m
}

var templateVar = regexp.MustCompile(`{{\s*\.(\w+)\s*}}`)

func vars(s string) string {
	var vs []string
	for _, m := range templateVar.FindAllStringSubmatch(s, -1) {
		vs = append(vs, m[1])
	}
	sort.Strings(vs)
	return strings.Join(vs, ",")
}

// en.json is exactly the English in the code (translators start from it), and every other
// language has every message with the same blanks to fill.
func TestTranslations(t *testing.T) {
	code := messages(t)
	if *updateEN {
		keys := make([]string, 0, len(code))
		for k := range code {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		b.WriteString("{\n")
		b.WriteString(`  "language.name": "English"`)
		for _, k := range keys {
			kj, _ := json.Marshal(k)
			vj, _ := json.Marshal(code[k])
			b.WriteString(",\n  " + string(kj) + ": " + string(vj))
		}
		b.WriteString("\n}\n")
		if err := os.WriteFile(filepath.Join("..", "..", "assets", "translations", "en.json"), []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	// A translation file's text wins over the code's English at run time, so a stale text
	// is a bug; a missing one only falls back to the code's English, and is reported.
	const update = "go test ./kiosk/ui -run TestTranslations -args -update-en"
	en := readMessages(t, "en")
	for k, v := range code {
		switch got, ok := en[k]; {
		case !ok:
			t.Logf("en.json lacks %q (run %s)", k, update)
		case got != v:
			t.Errorf("en.json %q = %q, the code says %q (run %s)", k, got, v, update)
		}
	}
	for k := range en {
		if _, ok := code[k]; !ok && k != "language.name" {
			t.Logf("en.json has %q, which no code uses (run %s)", k, update)
		}
	}
	files, _ := filepath.Glob(filepath.Join("..", "..", "assets", "translations", "*.json"))
	for _, f := range files {
		lang := strings.TrimSuffix(filepath.Base(f), ".json")
		if lang == "en" {
			continue
		}
		m := readMessages(t, lang)
		if m["language.name"] == "" {
			t.Errorf("%s.json has no language.name", lang)
		}
		for k, v := range code {
			tr, ok := m[k]
			if !ok {
				t.Logf("%s.json lacks %q: shoppers see the English %q", lang, k, v)
				continue
			}
			if vars(tr) != vars(v) {
				t.Errorf("%s.json %q fills {{%s}}, the English {{%s}}", lang, k, vars(tr), vars(v))
			}
		}
		for k := range m {
			if _, ok := code[k]; !ok && k != "language.name" {
				t.Logf("%s.json has %q, which no code uses", lang, k)
			}
		}
	}
}

// The Spanish screens are Spanish throughout: es.json has every message en.json has and
// every one the code uses (a missing one would show the English on a Spanish screen).
func TestSpanishHasEveryMessage(t *testing.T) {
	es := readMessages(t, "es")
	for _, m := range []map[string]string{readMessages(t, "en"), messages(t)} {
		for k := range m {
			if _, ok := es[k]; !ok {
				t.Errorf("es.json lacks %q: the Spanish screen shows the English %q", k, m[k])
			}
		}
	}
}
