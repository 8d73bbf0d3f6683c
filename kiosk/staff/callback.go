package staff

import (
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// CallbackHandler answers the webhook's signed callback URLs, /staff/calls/{id}/ack and
// /staff/calls/{id}/resolve, each with ?exp=…&sig=…:
//
//   - GET shows the call on a small page that asks "Are you coming?", with buttons that POST
//     (the signed link for each). A GET changes nothing: chat tools fetch links to preview
//     them, and a preview must not tell a shopper that someone is coming.
//   - POST acts, with the name from an optional JSON body {"name","eta_seconds"}, the page's
//     form, or ?name=. A browser (the page's form, or Accept: text/html) is sent back to the
//     page, which shows what came of it; other clients get the call as JSON.
//
// Run serves it on staff.webhook.callback_listen; a kiosk app with its own HTTP server may
// mount it instead (under a prefix too: the page's links are relative).
func (d *Dispatcher) CallbackHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /staff/calls/{id}/{action}", d.callbackPage)
	mux.HandleFunc("POST /staff/calls/{id}/{action}", d.callbackAct)
	return mux
}

// link is a callback URL that has been checked.
type link struct {
	id, action string
	state      State // what the action makes the call
	exp        int64 // Unix seconds
}

// checkLink checks the action, signature and expiry of the callback URL r was sent to. If the
// link is no good it answers r and ok is false.
func (d *Dispatcher) checkLink(w http.ResponseWriter, r *http.Request) (l link, ok bool) {
	l.id, l.action = r.PathValue("id"), r.PathValue("action")
	if d.webhook == nil || d.webhook.secret == "" {
		http.Error(w, "callbacks are not configured", http.StatusNotFound)
		return l, false
	}
	switch l.action {
	case "ack":
		l.state = Acknowledged
	case "resolve":
		l.state = Resolved
	default:
		http.NotFound(w, r)
		return l, false
	}
	q := r.URL.Query()
	exp, err := strconv.ParseInt(q.Get("exp"), 10, 64)
	if err != nil || !equalSecret(q.Get("sig"), sign(d.webhook.secret, l.action+"\n"+l.id+"\n"+q.Get("exp"))) {
		http.Error(w, "bad signature", http.StatusForbidden)
		return l, false
	}
	if time.Now().Unix() > exp {
		http.Error(w, "this link has expired", http.StatusGone)
		return l, false
	}
	l.exp = exp
	return l, true
}

// relative is the signed link to action on the same call, relative to any of its links.
func (d *Dispatcher) relative(l link, action string) string {
	return action + "?" + signedQuery(d.webhook.secret, l.id, action, l.exp)
}

func (d *Dispatcher) callbackAct(w http.ResponseWriter, r *http.Request) {
	l, ok := d.checkLink(w, r)
	if !ok {
		return
	}
	var in struct {
		Name       string `json:"name"`
		ETASeconds int    `json:"eta_seconds"`
	}
	ct := r.Header.Get("Content-Type")
	form := strings.HasPrefix(ct, "application/x-www-form-urlencoded")
	switch {
	case strings.HasPrefix(ct, "application/json"):
		if err := json.NewDecoder(io.LimitReader(r.Body, 8<<10)).Decode(&in); err != nil && !errors.Is(err, io.EOF) {
			http.Error(w, "body must be JSON like {\"name\":\"Ana\"}", http.StatusBadRequest)
			return
		}
	case form:
		r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
		if err := r.ParseForm(); err != nil {
			http.Error(w, "bad form", http.StatusBadRequest)
			return
		}
		in.Name = r.PostForm.Get("name")
	}
	if in.Name == "" {
		in.Name = r.URL.Query().Get("name")
	}
	in.Name = clipRunes(strings.TrimSpace(in.Name), 60)
	if _, err := d.box.get(r.Context(), l.id); errors.Is(err, ErrNotFound) {
		http.Error(w, "no such call", http.StatusNotFound)
		return
	}
	err := d.apply(r.Context(), update{id: l.id, state: l.state, by: in.Name,
		eta: time.Duration(max(in.ETASeconds, 0)) * time.Second, source: "webhook"})
	if err != nil {
		d.Logger.Error("webhook callback", "id", l.id, "err", err)
		http.Error(w, "could not record it", http.StatusInternalServerError)
		return
	}
	if form || strings.Contains(r.Header.Get("Accept"), "text/html") {
		// Back to the page (a relative reference, so a prefix the handler is mounted under
		// stays), which says what came of it; reloading it repeats nothing.
		w.Header().Set("Location", d.relative(l, l.action))
		w.WriteHeader(http.StatusSeeOther)
		return
	}
	c, _ := d.Get(r.Context(), l.id)
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(c.Wire())
}

//go:embed callback.html
var pageHTML string

var pageTmpl = template.Must(template.New("callback").Parse(pageHTML))

// page is what the callback page shows.
type page struct {
	Place, Reason, Question string
	Speaks                  string // "Spanish speaker (habla español)"; empty for English
	Waiting                 string // "4 minutes"
	Status                  string // "No one is coming yet."
	Urgent                  bool   // escalated: nobody answered in time
	Name                    string // the name field's value (?name=)
	Ack, Resolve            string // where the buttons post; empty: no such button now
}

func (d *Dispatcher) callbackPage(w http.ResponseWriter, r *http.Request) {
	l, ok := d.checkLink(w, r)
	if !ok {
		return
	}
	c, err := d.Get(r.Context(), l.id)
	if errors.Is(err, ErrNotFound) {
		http.Error(w, "no such call", http.StatusNotFound)
		return
	}
	if err != nil {
		d.Logger.Error("webhook callback page", "id", l.id, "err", err)
		http.Error(w, "could not read the call", http.StatusInternalServerError)
		return
	}
	p := page{Place: c.Place(), Reason: c.Reason.Text(), Question: c.Question, Speaks: LangText(c.Lang),
		Waiting: waited(time.Since(c.CreatedAt)), Status: status(c), Urgent: c.State == Escalated,
		Name: clipRunes(r.URL.Query().Get("name"), 60)}
	if c.State == Queued || c.State == Sent || c.State == Escalated {
		p.Ack = d.relative(l, "ack")
	}
	if !c.State.Terminal() {
		p.Resolve = d.relative(l, "resolve")
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	// The link is a credential: do not leak it in a Referer, and do not let another site
	// frame the buttons.
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'")
	if err := pageTmpl.Execute(w, p); err != nil {
		d.Logger.Warn("webhook callback page", "id", l.id, "err", err)
	}
}

// status says where a call stands, as one sentence for the person reading the page.
func status(c Call) string {
	switch c.State {
	case Acknowledged:
		if c.By != "" {
			return c.By + " is coming."
		}
		return "Someone is coming."
	case Escalated:
		return "No one has answered yet; the shopper was told to go to the service desk."
	case Resolved:
		return "This call is done."
	case Cancelled:
		return "The shopper no longer needs help."
	}
	return "No one is coming yet."
}

// waited is how long a shopper has waited, as staff would say it.
func waited(d time.Duration) string {
	m := int(d / time.Minute)
	switch {
	case m < 1:
		return "less than a minute"
	case m == 1:
		return "1 minute"
	case m < 60:
		return fmt.Sprintf("%d minutes", m)
	}
	return fmt.Sprintf("%d h %02d min", m/60, m%60)
}

// clipRunes is s cut to at most n characters (not bytes: a name is not cut mid-letter).
func clipRunes(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n])
	}
	return s
}
