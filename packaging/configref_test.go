package packaging_test

// The configuration reference (packaging/CONFIG.md) and the packaged configuration file
// (packaging/config.toml, every setting commented out at its default) are generated from
// kiosk/config itself: its toml tags, its doc comments and config.Default(). The tests fail
// when either file is not what the code says, so a setting added without them cannot ship.
// Regenerate with:
//
//	go test ./packaging -run 'TestConfigReference|TestPackagedConfig' -update

import (
	"flag"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/config"
)

var update = flag.Bool("update", false, "rewrite CONFIG.md and config.toml from kiosk/config")

// setting is one key of the configuration file.
type setting struct {
	section string // "staff.desk"
	key     string // "url"
	doc     string
	def     string // TOML
}

// section is one [table] of the file.
type section struct {
	name string
	doc  string
	keys []setting
}

// docs reads kiosk/config's doc comments: per type, the type's own and each field's. A
// field without its own comment shares the one before it ("RetryMin and RetryMax ...").
func docs(t *testing.T) (types map[string]string, fields map[string]map[string]string) {
	t.Helper()
	fset := token.NewFileSet()
	paths, err := filepath.Glob("../kiosk/config/*.go")
	if err != nil {
		t.Fatal(err)
	}
	var files []*ast.File
	for _, p := range paths {
		if strings.HasSuffix(p, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, p, nil, parser.ParseComments)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	types = map[string]string{}
	fields = map[string]map[string]string{}
	for _, f := range files {
		for _, d := range f.Decls {
			g, ok := d.(*ast.GenDecl)
			if !ok || g.Tok != token.TYPE {
				continue
			}
			for _, s := range g.Specs {
				ts := s.(*ast.TypeSpec)
				st, ok := ts.Type.(*ast.StructType)
				if !ok {
					continue
				}
				doc := ts.Doc
				if doc == nil {
					doc = g.Doc
				}
				types[ts.Name.Name] = text(doc)
				fd := map[string]string{}
				prev := ""
				for _, fl := range st.Fields.List {
					d := text(fl.Doc)
					if d == "" {
						d = prev
					}
					for _, n := range fl.Names {
						fd[n.Name] = d
					}
					prev = d
				}
				fields[ts.Name.Name] = fd
			}
		}
	}
	return types, fields
}

func text(cg *ast.CommentGroup) string {
	if cg == nil {
		return ""
	}
	return strings.Join(strings.Fields(cg.Text()), " ")
}

var durationType = reflect.TypeOf(config.Duration{})

// forOperators rewrites a Go doc comment for people editing the file: Go field names
// become their keys, and the leading "Name is" goes ("IdleAfter is how long ..." reads
// "How long ...").
func forOperators(doc string, typ reflect.Type, key string) string {
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		tag := strings.Split(f.Tag.Get("toml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		doc = regexp.MustCompile(`\b`+f.Name+`\b`).ReplaceAllString(doc, "`"+tag+"`")
	}
	for name, full := range elsewhere {
		doc = regexp.MustCompile(`\b`+name+`\b`).ReplaceAllString(doc, "`"+full+"`")
	}
	// Drop the leading key before "is", "are" or a verb ("`listen` is how ...", "`name`
	// identifies ..."), not before anything else ("`volume` in percent").
	if rest, ok := strings.CutPrefix(doc, "`"+key+"` "); ok {
		word, _, _ := strings.Cut(rest, " ")
		switch {
		case word == "is" || word == "are":
			rest = rest[len(word)+1:]
		case !strings.HasSuffix(word, "s") || word == "as":
			return doc
		}
		doc = strings.ToUpper(rest[:1]) + rest[1:]
	}
	return doc
}

// elsewhere maps Go field names that are unique across the configuration and look like
// identifiers (StateDB) to their full keys, for comments that mention another section's
// setting.
var elsewhere = map[string]string{}

func findElsewhere(prefix string, typ reflect.Type, seen map[string][]string) {
	for i := 0; i < typ.NumField(); i++ {
		f := typ.Field(i)
		tag := strings.Split(f.Tag.Get("toml"), ",")[0]
		if tag == "" || tag == "-" {
			continue
		}
		if f.Type.Kind() == reflect.Struct && f.Type != durationType {
			findElsewhere(prefix+tag+".", f.Type, seen)
			continue
		}
		seen[f.Name] = append(seen[f.Name], prefix+tag)
	}
}

func init() {
	seen := map[string][]string{}
	findElsewhere("", reflect.TypeOf(config.Config{}), seen)
	twoCaps := regexp.MustCompile(`^[A-Z][a-z0-9]+[A-Z]`)
	for name, keys := range seen {
		if len(keys) == 1 && twoCaps.MatchString(name) {
			elsewhere[name] = keys[0]
		}
	}
}

// settings walks config.Default() section by section.
func settings(t *testing.T) []section {
	t.Helper()
	types, fields := docs(t)
	var out []section
	var walk func(name string, v reflect.Value)
	walk = func(name string, v reflect.Value) {
		typ := v.Type()
		sec := section{name: name, doc: types[typ.Name()]}
		var subs []reflect.StructField
		for i := 0; i < typ.NumField(); i++ {
			f := typ.Field(i)
			tag := strings.Split(f.Tag.Get("toml"), ",")[0]
			if !f.IsExported() || tag == "" || tag == "-" {
				continue
			}
			if f.Type.Kind() == reflect.Struct && f.Type != durationType {
				subs = append(subs, f)
				continue
			}
			doc := fields[typ.Name()][f.Name]
			if doc == "" {
				t.Errorf("%s.%s (%s.%s) has no doc comment: say what it is for", name, tag, typ.Name(), f.Name)
			}
			sec.keys = append(sec.keys, setting{section: name, key: tag, doc: forOperators(doc, typ, tag), def: tomlValue(t, v.Field(i))})
		}
		out = append(out, sec)
		for _, f := range subs {
			walk(name+"."+strings.Split(f.Tag.Get("toml"), ",")[0], v.FieldByName(f.Name))
		}
	}
	def := reflect.ValueOf(config.Default())
	for i := 0; i < def.NumField(); i++ {
		f := def.Type().Field(i)
		walk(strings.Split(f.Tag.Get("toml"), ",")[0], def.Field(i))
	}
	return out
}

// tomlValue writes a default as it would be written in the file.
func tomlValue(t *testing.T, v reflect.Value) string {
	if v.Type() == durationType {
		return strconv.Quote(shortDuration(v.Interface().(config.Duration).Duration))
	}
	switch v.Kind() {
	case reflect.String:
		return strconv.Quote(v.String())
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'f', -1, 64)
	case reflect.Slice:
		var items []string
		for i := 0; i < v.Len(); i++ {
			items = append(items, tomlValue(t, v.Index(i)))
		}
		return "[" + strings.Join(items, ", ") + "]"
	}
	t.Fatalf("no TOML form for %s", v.Type())
	return ""
}

// shortDuration writes 90s as "1m30s" and 2h as "2h", not "2h0m0s".
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = strings.TrimSuffix(s, "0s")
	}
	if strings.HasSuffix(s, "h0m") {
		s = strings.TrimSuffix(s, "0m")
	}
	return s
}

// secrets are the credentials and variables the configuration names.
var secrets = [][3]string{
	{"staffdesk-token", "STAFFDESK_TOKEN", "staff desk: both tokens at once (kiosks' and staff's)"},
	{"staffdesk-kiosk-token", "STAFFDESK_KIOSK_TOKEN", "staff desk: the token kiosks present (`staff.desk.kiosk_token_env`)"},
	{"staffdesk-staff-token", "STAFFDESK_STAFF_TOKEN", "staff desk: the staff code phones log in with (`staff.desk.staff_token_env`)"},
	{"staff-pin", "KIOSK_STAFF_PIN", "the PIN for staff mode on the kiosk (`kiosk.staff_pin_env`); none: no staff mode"},
	{"ntfy-token", "KIOSK_NTFY_TOKEN", "ntfy access token (`staff.ntfy.token_env`)"},
	{"staff-webhook-secret", "KIOSK_WEBHOOK_SECRET", "HMAC secret of the staff webhook (`staff.webhook.secret_env`)"},
	{"assistant-api-key", "KIOSK_ASSISTANT_API_KEY", "API key of the AI assistant's server (`assistant.api_key_env`)"},
	{"speech-api-key", "KIOSK_SPEECH_API_KEY", "API key of the speech server (`speech.openai.api_key_env`)"},
	{"health-token", "KIOSK_HEALTH_TOKEN", "bearer token of the health endpoint for other machines (`health.token_env`)"},
}

func configReference(t *testing.T) string {
	var b strings.Builder
	b.WriteString(`# Configuration reference

<!-- Generated from kiosk/config by packaging/configref_test.go: do not edit by hand.
     Regenerate: go test ./packaging -run 'TestConfigReference|TestPackagedConfig' -update -->

The kiosk reads one file, ` + "`/etc/store-kiosk/config.toml`" + ` (TOML). Every setting is optional: a
setting left out takes the default shown here, and the packaged file lists them all, commented
out. Relative paths are relative to the file's directory. An unknown key is an error that names
it, so a typo never silently does nothing.

Check a file before restarting the kiosk:

` + "```sh" + `
kiosk --check-config                          # the packaged file
kiosk --check-config /path/to/config.toml     # another one
` + "```" + `

Exit status 0: valid (warnings name files that are missing and secrets nobody provided);
2: not valid, with one line per problem naming the key and the form expected, e.g.
` + "`kiosk.idle_after: must be between 15s and 1h (got 5s)`" + `. Then ` + "`systemctl restart store-kiosk`" + `.

Durations are written like ` + "`\"90s\"`, `\"5m\"`, `\"1h30m\"`" + `.

## Secrets

Secrets never go in this file. The kiosk reads each from the systemd credential of its name
(a file ` + "`/etc/credstore/NAME`" + `, mode 0600, owned by root: the packaged units load them), else from
an environment variable (the ` + "`*_env`" + ` settings name it).

| credential | variable (default) | what |
|---|---|---|
`)
	for _, s := range secrets {
		fmt.Fprintf(&b, "| `%s` | `%s` | %s |\n", s[0], s[1], s[2])
	}
	for _, sec := range settings(t) {
		fmt.Fprintf(&b, "\n## [%s]\n\n", sec.name)
		if sec.doc != "" {
			b.WriteString(sec.doc + "\n\n")
		}
		if len(sec.keys) == 0 {
			continue
		}
		b.WriteString("| key | default | meaning |\n|---|---|---|\n")
		for _, k := range sec.keys {
			def := "`" + k.def + "`"
			if k.def == `""` {
				def = "empty"
			}
			fmt.Fprintf(&b, "| `%s` | %s | %s |\n", k.key, def, strings.ReplaceAll(k.doc, "|", `\|`))
		}
	}
	return b.String()
}

// packagedConfig is /etc/store-kiosk/config.toml as shipped: every setting commented out at
// its default, with its meaning.
func packagedConfig(t *testing.T, uncommented bool) string {
	var b strings.Builder
	b.WriteString(`# /etc/store-kiosk/config.toml: the store kiosk's settings.
#
# Every setting is optional; each is shown commented out at its default. To change one,
# remove the "# " before it and edit the value. Then check the file and restart the kiosk:
#
#   kiosk --check-config && systemctl restart store-kiosk
#
# Full reference: /usr/share/doc/store-kiosk/CONFIG.md. Set up: /usr/share/doc/store-kiosk/INSTALL.md.
# Secrets (staff desk tokens, the staff PIN, API keys) never go here: put each in
# /etc/credstore/NAME (mode 0600), e.g. /etc/credstore/staffdesk-token.
#
# With nothing changed the kiosk runs the built-in demo store: set catalog.db or sync.feed.
`)
	for _, sec := range settings(t) {
		fmt.Fprintf(&b, "\n[%s]\n", sec.name)
		for _, k := range sec.keys {
			for _, line := range wrap(k.doc, 92) {
				b.WriteString("# " + line + "\n")
			}
			if uncommented {
				fmt.Fprintf(&b, "%s = %s\n", k.key, k.def)
			} else {
				fmt.Fprintf(&b, "# %s = %s\n", k.key, k.def)
			}
		}
	}
	return b.String()
}

func wrap(s string, width int) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(s) {
		if line != "" && len(line)+1+len(w) > width {
			lines = append(lines, line)
			line = ""
		}
		if line != "" {
			line += " "
		}
		line += w
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

func golden(t *testing.T, path, want string) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, []byte(want), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (generate it: go test ./packaging -run '%s' -update)", err, t.Name())
	}
	if string(got) != want {
		gl, wl := strings.Split(string(got), "\n"), strings.Split(want, "\n")
		for i := 0; i < max(len(gl), len(wl)); i++ {
			g, w := "", ""
			if i < len(gl) {
				g = gl[i]
			}
			if i < len(wl) {
				w = wl[i]
			}
			if g != w {
				t.Fatalf("%s is out of date with kiosk/config (first difference, line %d):\n  file: %q\n  code: %q\n"+
					"regenerate: go test ./packaging -run 'TestConfigReference|TestPackagedConfig' -update", path, i+1, g, w)
			}
		}
	}
}

// Every setting in kiosk/config is in CONFIG.md with its default and meaning.
func TestConfigReference(t *testing.T) {
	ref := configReference(t)
	golden(t, "CONFIG.md", ref)
	n := 0
	for _, sec := range settings(t) {
		for _, k := range sec.keys {
			n++
			if !strings.Contains(ref, "\n## ["+sec.name+"]\n") || !strings.Contains(ref, "| `"+k.key+"` |") {
				t.Errorf("%s.%s missing from CONFIG.md", sec.name, k.key)
			}
		}
	}
	t.Logf("%d settings in %d sections", n, len(settings(t)))
	for _, s := range secrets {
		if !strings.Contains(ref, s[1]) {
			t.Errorf("secret %s not documented", s[0])
		}
	}
}

// The packaged file is valid as shipped, and the same with every setting uncommented: what
// it shows are the real keys and the real defaults.
func TestPackagedConfig(t *testing.T) {
	body := packagedConfig(t, false)
	golden(t, "config.toml", body)
	dir := t.TempDir()
	shipped := filepath.Join(dir, "shipped.toml")
	all := filepath.Join(dir, "uncommented.toml")
	os.WriteFile(shipped, []byte(body), 0o644)
	os.WriteFile(all, []byte(packagedConfig(t, true)), 0o644)
	a, err := config.Load(shipped)
	if err != nil {
		t.Fatalf("packaged config.toml: %v", err)
	}
	b, err := config.Load(all)
	if err != nil {
		t.Fatalf("packaged config.toml with every setting uncommented: %v", err)
	}
	if !reflect.DeepEqual(a, b) {
		t.Errorf("uncommenting the packaged settings changes the configuration:\n%+v\n%+v", a, b)
	}
}
