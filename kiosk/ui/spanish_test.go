package ui

import (
	"context"
	"slices"
	"strings"
	"sync"
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

// langListener is a fakeListener that hears some languages only (Ready), as the kiosk's
// microphone hears Spanish only through the store's speech server. It notes the language it
// was asked to listen in.
type langListener struct {
	fakeListener
	ready map[string]error
	mu    sync.Mutex
	langs []string
}

func (l *langListener) Ready(lang string) error { return l.ready[lang] }

func (l *langListener) Listen(ctx context.Context, ln Listening) (Heard, error) {
	l.mu.Lock()
	l.langs = append(l.langs, ln.Lang)
	l.mu.Unlock()
	if err := l.ready[ln.Lang]; err != nil {
		return Heard{}, err
	}
	return l.fakeListener.Listen(ctx, ln)
}

func (l *langListener) asked() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return slices.Clone(l.langs)
}

func (k *harness) inSpanish() {
	s := k.app.sess.settings
	s.Lang = "es"
	k.app.setSettings(s)
	k.app.settle()
}

// A question spoken on the Spanish screen is listened for in Spanish and answered in Spanish,
// with what was heard, accents and all.
func TestSpanishVoiceQuestion(t *testing.T) {
	l := &langListener{fakeListener: fakeListener{heard: Heard{Text: "dónde está el café", Confidence: -1}}}
	k := newKit(t, sizeLandscape, withListener(l)).begin()
	k.inSpanish()
	k.tapLabel("Hacer una pregunta")
	k.tapLabel("Hablar")
	k.expectScreen("results")
	k.expectText("He oído: «dónde está el café»")
	k.expectText("pasillo")
	if got := l.asked(); !slices.Equal(got, []string{"es"}) {
		t.Errorf("listened in %v, want [es]", got)
	}
}

// Without the store's speech server the Spanish Speak button is still there, and says
// plainly, on screen and aloud even with reading aloud off, that voice questions in Spanish
// need it; it offers typing and a person, and listens to nothing.
func TestSpanishVoiceNeedsServer(t *testing.T) {
	sp := &fakeSpeaker{}
	l := &langListener{ready: map[string]error{"es": ErrNeedsServer}}
	k := newKit(t, sizeLandscape, withListener(l), withSpeaker(sp)).begin()
	k.inSpanish()
	k.tapLabel("Hacer una pregunta")
	if strings.Contains(k.screenText(), "no tiene entrada de voz") {
		t.Error("the Spanish screen says the kiosk has no voice input at all")
	}
	k.tapLabel("Hablar")
	msg := "Las preguntas habladas en español necesitan el servidor de voz de la tienda, y este quiosco no lo tiene. Escriba su pregunta o pregunte a una persona."
	k.expectText(msg)
	k.waitSaid(msg)
	if got := l.asked(); len(got) != 0 {
		t.Errorf("listened in %v with no server to hear Spanish", got)
	}
	k.find("Preguntar a una persona")
	k.tapLabel("Escribirla")
	k.expectScreen("ask")
	k.find("Q") // the keyboard is back

	// In English the same kiosk listens as before.
	s := k.app.sess.settings
	s.Lang = "en"
	k.app.setSettings(s)
	k.tapLabel("Home")
	k.tapLabel("Ask a question")
	k.find("Speak")
}

// A Spanish question typed with the accents key goes to staff as typed when the shopper then
// calls for a person, and the call screen shows it so.
func TestSpanishQuestionGoesToStaffWithItsAccents(t *testing.T) {
	k := newKit(t, sizeLandscape).begin()
	k.inSpanish()
	k.tapLabel("Hacer una pregunta")
	for i, w := range strings.Fields("¿dónde está el maní?") {
		if i > 0 {
			k.tapLabel("Espacio")
		}
		k.typeSpanish(w)
	}
	k.app.ask(k.app.sess.question)
	k.expectScreen("results")
	k.tapLabel("Llamar a un empleado")
	k.app.settle()
	k.pager.mu.Lock()
	calls := slices.Clone(k.pager.calls)
	k.pager.mu.Unlock()
	if len(calls) != 1 || calls[0].Question != "¿dónde está el maní?" {
		t.Fatalf("staff were asked %+v", calls)
	}
	k.expectText("«¿dónde está el maní?»")
}

// A staff call says the shopper's language when it is not English, so the store sends
// someone who speaks it: a Spanish question on the English screen, or the Spanish screen
// with no question at all; an English question on the English screen says nothing.
func TestStaffCallCarriesTheShoppersLanguage(t *testing.T) {
	for _, tc := range []struct {
		name    string
		spanish bool   // the screen in Spanish
		ask     string // typed and asked first, if any
		want    string
	}{
		{"English question, English screen", false, "where is the jam", ""},
		{"Spanish question, English screen", false, "¿tienen maní?", "es"},
		{"Spanish screen, no question", true, "", "es"},
		{"Spanish question, then a product name", false, "¿tienen maní?|tomato ketchup", "es"},
	} {
		k := newKit(t, sizeLandscape).begin()
		call := "Call a staff member"
		if tc.spanish {
			k.inSpanish()
			call = "Llamar a un empleado"
		}
		for _, q := range strings.Split(tc.ask, "|") {
			if q != "" {
				k.app.ask(q)
				k.expectScreen("results")
			}
		}
		k.tapLabel(call)
		k.app.settle()
		k.pager.mu.Lock()
		calls := slices.Clone(k.pager.calls)
		k.pager.mu.Unlock()
		if len(calls) != 1 || calls[0].Lang != tc.want {
			t.Errorf("%s: staff were asked %+v, want language %q", tc.name, calls, tc.want)
		}
	}
}
