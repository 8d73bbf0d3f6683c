package ui

import (
	"slices"
	"strings"
	"testing"
)

// typeSpanish types on the on-screen keyboard, going to its accents keys and back for the
// letters a to z lacks.
func (k *harness) typeSpanish(s string) {
	k.t.Helper()
	for _, r := range s {
		if strings.ContainsRune("áéíóúüñç¿¡", r) {
			k.tapLabel("ÁÑ¿")
			k.tapLabel(strings.ToUpper(string(r)))
			k.tapLabel("ABC")
			continue
		}
		k.typeKeys(string(r))
	}
}

// A Spanish question typed on the English screen, accents and all, is answered in Spanish,
// read in Spanish, and the screen offers to switch; switching keeps the answer, now on a
// Spanish screen, and switching back rebuilds it in English where the question allows.
func TestASpanishQuestionOnTheEnglishScreen(t *testing.T) {
	sp := &fakeSpeaker{}
	k := newKit(t, sizeLandscape, withSpeaker(sp)).begin()
	k.tapLabel("Ask a question")
	k.typeSpanish("¿tienen maní?")
	if got := k.app.sess.question; got != "¿tienen maní?" {
		t.Fatalf("typed %q, want the accents kept", got)
	}
	k.app.sess.settings.Speech = true // read aloud (a tap then says what a button is first)
	k.app.ask(k.app.sess.question)
	k.expectScreen("results")
	k.expectText("Sí, tenemos maní.")
	k.waitSaidPrefix("Sí, tenemos maní.")
	sp.mu.Lock()
	langs := slices.Clone(sp.langs)
	sp.mu.Unlock()
	if len(langs) == 0 || langs[len(langs)-1] != "es" {
		t.Errorf("the Spanish answer was read in %v, want es", langs)
	}
	k.app.sess.settings.Speech = false
	k.tapLabel("Ver la pantalla en español")
	if k.app.sess.settings.Lang != "es" {
		t.Fatalf("screen language %q after the switch, want es", k.app.sess.settings.Lang)
	}
	k.expectScreen("results")
	k.expectText("Sí, tenemos maní.")
	if k.has("Ver la pantalla en español") {
		t.Error("the switch is still offered on the Spanish screen")
	}

	// A product's name is in no language: switching rebuilds its answer in the new one.
	k.tapLabel("Nueva pregunta")
	k.expectScreen("ask")
	k.tapLabel("Borrar todo")
	k.typeKeys("tomato")
	k.tapLabel("Espacio")
	k.typeKeys("ketchup")
	k.tapLabel("Preguntar")
	k.expectScreen("results")
	k.expectText("pasillo 4")
	s := k.app.sess.settings
	s.Lang = "en"
	k.app.setSettings(s)
	k.expectScreen("results")
	k.expectText("Aisle 4")
}
