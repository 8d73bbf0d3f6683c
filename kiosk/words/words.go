// Package words holds the kiosk's wording in each language it speaks. Every sentence a shopper
// reads or hears goes through X with an English fallback, so the English text lives beside the
// code that says it and translations live in assets/translations/<code>.json (the go-i18n JSON
// format Fyne's lang package uses). Unlike Fyne's lang, the language is chosen per call: each
// shopper may pick their own.
package words

import (
	"encoding/json"
	"io/fs"
	"path"
	"sort"
	"strings"
	"sync"
	"text/template"

	"github.com/nicksnyder/go-i18n/v2/i18n"
	"golang.org/x/text/language"

	"github.com/storekiosk/storekiosk/assets"
)

// Language is one language the kiosk offers.
type Language struct {
	Code string // "en", "es"
	Name string // in its own words: "English", "Español"
}

// Words renders messages in one language.
type Words struct {
	code string
	loc  *i18n.Localizer
}

var (
	loadOnce sync.Once
	bundle   *i18n.Bundle
	langs    []Language
)

func load() {
	bundle = i18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("json", json.Unmarshal)
	files, _ := fs.Glob(assets.FS, "translations/*.json")
	for _, f := range files {
		b, err := fs.ReadFile(assets.FS, f)
		if err != nil {
			continue
		}
		if _, err := bundle.ParseMessageFileBytes(b, path.Base(f)); err != nil {
			continue
		}
		code := strings.TrimSuffix(path.Base(f), ".json")
		name := code
		var m map[string]any
		if json.Unmarshal(b, &m) == nil {
			if s, ok := m["language.name"].(string); ok {
				name = s
			}
		}
		if code == "en" && name == code {
			name = "English"
		}
		langs = append(langs, Language{Code: code, Name: name})
	}
	sort.Slice(langs, func(i, j int) bool { return langs[i].Code < langs[j].Code })
}

// Languages lists the languages with a translation file, by code.
func Languages() []Language {
	loadOnce.Do(load)
	return langs
}

// For returns the wording for a language code; unknown codes fall back to English.
func For(code string) *Words {
	loadOnce.Do(load)
	if code == "" {
		code = "en"
	}
	return &Words{code: code, loc: i18n.NewLocalizer(bundle, code, "en")}
}

// Code is the language code.
func (w *Words) Code() string { return w.code }

// Say returns the message with this key in w's language, or the English fallback (a
// text/template over data) when there is no translation.
func (w *Words) Say(key, fallback string, data ...any) string {
	var d any
	if len(data) > 0 {
		d = data[0]
	}
	s, err := w.loc.Localize(&i18n.LocalizeConfig{
		DefaultMessage: &i18n.Message{ID: key, Other: fallback},
		TemplateData:   d,
	})
	if err != nil || s == "" {
		return execFallback(key, fallback, d)
	}
	return s
}

func execFallback(key, fallback string, data any) string {
	t, err := template.New(key).Parse(fallback)
	if err != nil {
		return fallback
	}
	var b strings.Builder
	if t.Execute(&b, data) != nil {
		return fallback
	}
	return b.String()
}
