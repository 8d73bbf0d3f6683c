package kiosk

import (
	"bytes"
	"encoding/json"
	"io"
	"os/exec"
	"sort"
	"strings"
	"testing"
)

// The layout's dependency rules (README, "Layout"), checked on what the packages import, so
// that an import breaking one fails here rather than in review.

const module = "github.com/storekiosk/storekiosk"

// pkg is what go list says about one package of the module.
type pkg struct {
	ImportPath string
	Imports    []string // direct
	Deps       []string // everything it needs, transitively
}

func listPackages(t *testing.T) map[string]pkg {
	t.Helper()
	cmd := exec.Command("go", "list", "-json", module+"/...")
	cmd.Dir = ".."
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		t.Fatalf("go list: %v\n%s", err, errb.String())
	}
	pkgs := map[string]pkg{}
	dec := json.NewDecoder(&out)
	for {
		var p pkg
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatal(err)
		}
		pkgs[strings.TrimPrefix(p.ImportPath, module+"/")] = p
	}
	if len(pkgs) == 0 {
		t.Fatal("go list found no packages")
	}
	return pkgs
}

// under reports whether path is dir or inside it.
func under(path, dir string) bool { return path == dir || strings.HasPrefix(path, dir+"/") }

// ours is an import path of this module without the module's prefix, or "".
func ours(imp string) string {
	if rel, ok := strings.CutPrefix(imp, module+"/"); ok {
		return rel
	}
	return ""
}

// breaking lists the packages (matching who) whose imports (direct or, with deps,
// transitive) include one matching forbidden.
func breaking(pkgs map[string]pkg, who func(string) bool, deps bool, forbidden func(imp string) bool) []string {
	var bad []string
	for path, p := range pkgs {
		if !who(path) {
			continue
		}
		imps := p.Imports
		if deps {
			imps = p.Deps
		}
		for _, imp := range imps {
			if forbidden(imp) {
				bad = append(bad, path+" -> "+imp)
			}
		}
	}
	sort.Strings(bad)
	return bad
}

func TestLayoutRules(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list over the module")
	}
	pkgs := listPackages(t)
	isUI := func(p string) bool { return under(p, "kiosk/ui") }
	ourAny := func(dirs ...string) func(string) bool {
		return func(imp string) bool {
			rel := ours(imp)
			for _, d := range dirs {
				if rel != "" && under(rel, d) {
					return true
				}
			}
			return false
		}
	}
	fyne := func(imp string) bool { return under(imp, "fyne.io/fyne/v2") }

	check := func(name string, bad []string) {
		t.Run(name, func(t *testing.T) {
			for _, b := range bad {
				t.Error(b)
			}
		})
	}
	// The screens reach devices, servers, the feed and the configuration only through their
	// ports: never by importing them, directly or through another package.
	check("ui never depends on speech, staffdesk, health or the feed",
		breaking(pkgs, isUI, true, ourAny("speech", "kiosk/staffdesk", "kiosk/health", "inventory/feed")))
	check("ui never imports config", breaking(pkgs, isUI, false, ourAny("kiosk/config")))
	check("ui never depends on config", breaking(pkgs, isUI, true, ourAny("kiosk/config")))
	// Config stays at the edge: the wiring (kiosk, and kiosk/voice, the voice's wiring shared
	// with kioskctl) and the commands read it; every other package takes its own options.
	check("only the wiring and cmd/* import config",
		breaking(pkgs, func(p string) bool {
			return p != "kiosk" && p != "kiosk/voice" && !under(p, "cmd") && p != "kiosk/config"
		}, false,
			func(imp string) bool { return ours(imp) == "kiosk/config" }))
	// Only the wiring, the commands and the UI's own packages import the UI; nothing below
	// it (kit, theme) imports it.
	check("only kiosk, cmd/* and kiosk/ui itself import kiosk/ui",
		breaking(pkgs, func(p string) bool { return p != "kiosk" && !under(p, "cmd") && p != "kiosk/ui" }, false,
			func(imp string) bool { return ours(imp) == "kiosk/ui" }))
	check("kiosk/ui/kit and kiosk/ui/theme never depend on kiosk/ui",
		breaking(pkgs, func(p string) bool { return under(p, "kiosk/ui/kit") || under(p, "kiosk/ui/theme") }, true,
			func(imp string) bool { return ours(imp) == "kiosk/ui" }))
	check("answer, staff and speech never depend on Fyne",
		breaking(pkgs, func(p string) bool {
			return under(p, "kiosk/answer") || under(p, "kiosk/staff") || under(p, "speech")
		}, true, fyne))
	check("speech never depends on inventory",
		breaking(pkgs, func(p string) bool { return under(p, "speech") }, true, ourAny("inventory")))
}
