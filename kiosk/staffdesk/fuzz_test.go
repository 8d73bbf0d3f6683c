package staffdesk_test

import (
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

// FuzzDeskAPI sends malformed requests through the desk's real handler, as a kiosk, as staff
// (token or page session) and as nobody. The desk must never panic or answer 5xx to bad input:
// a 5xx tells clients to retry what can never work, and a panic drops every phone's stream.
// A 2xx JSON answer must be valid JSON, and an acknowledged call's ETA must be in range.
func FuzzDeskAPI(f *testing.F) {
	store, err := staffdesk.Open(filepath.Join(f.TempDir(), "desk.db"))
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(func() { store.Close() })
	srv, err := staffdesk.New(store, staffdesk.Options{KioskToken: kioskToken, StaffToken: staffToken,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		f.Fatal(err)
	}
	f.Cleanup(srv.Close)
	// A call to act on, and a page session to act with.
	do := func(method, target, body string, hdr ...string) *httptest.ResponseRecorder {
		req := httptest.NewRequest(method, target, strings.NewReader(body))
		for i := 0; i+1 < len(hdr); i += 2 {
			req.Header.Set(hdr[i], hdr[i+1])
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	if r := do("PUT", "/api/kiosk/calls/c1", wire("c1", "queued"), bearer(kioskToken)...); r.Code != http.StatusCreated {
		f.Fatalf("seed call: %d %s", r.Code, r.Body)
	}
	login := do("POST", "/api/login", `{"token":"`+staffToken+`"}`, "X-Requested-With", "staffdesk", "Content-Type", "application/json")
	cookie := ""
	if c := login.Result().Cookies(); len(c) > 0 {
		cookie = c[0].Name + "=" + c[0].Value
	}

	seeds := []struct {
		method, path, body string
		as                 uint8
	}{
		{"POST", "/api/calls/c1/ack", `{"name":"Ana","eta_seconds":120}`, 1},
		{"POST", "/api/calls/c1/ack", `{"name":"Ana","eta_seconds":9223372036854775807}`, 1},
		{"POST", "/api/calls/c1/ack", `{"name":"Ana","eta_seconds":-9223372036854775808}`, 2},
		{"POST", "/api/calls/c1/ack", `{"name":"Ana","eta_seconds":1e400}`, 1},
		{"POST", "/api/calls/c1/ack", `{"name":"Ana","eta_seconds":"soon"}`, 1},
		{"POST", "/api/calls/c1/ack", `{"name":["Ana"]}`, 1},
		{"POST", "/api/calls/c1/ack", "{\"name\":\"\xff\xfe\"}", 2},
		{"POST", "/api/calls/c1/ack", `[`, 1},
		{"POST", "/api/calls/c1/resolve", `{"name":null}`, 1},
		{"POST", "/api/calls/%22%3E%3Cx/resolve", ``, 2},
		{"GET", "/api/calls?state=open&limit=-1&before=%00", ``, 1},
		{"GET", "/api/calls?state=all&limit=99999999999999999999&before=zz", ``, 2},
		{"GET", "/api/calls/c1", ``, 1},
		{"PUT", "/api/kiosk/calls/c2", `{"id":"c2","kiosk":"K","state":"acknowledged","by":"Ana","eta_seconds":9223372036854775807}`, 3},
		{"PUT", "/api/kiosk/calls/c3", `{"id":"c3","kiosk":"K","created_at":"9999-12-31T23:59:59Z","state":"nonsense"}`, 3},
		{"PUT", "/api/kiosk/calls/c4", `{"id":"c4","kiosk":"K","created_at":"0001-01-01T00:00:00Z","reason":"\u0000"}`, 3},
		{"PUT", "/api/kiosk/calls/c5", `{"id":"c5","kiosk":"` + strings.Repeat("é", 5000) + `"}`, 3},
		{"PUT", "/api/kiosk/calls/%00", `{"kiosk":"K"}`, 3},
		{"GET", "/api/kiosk/calls/c1", ``, 3},
		{"POST", "/api/login", `{"token":1}`, 0},
		{"POST", "/api/login", `{"token":"` + staffToken + `","device":"` + strings.Repeat("x", 3000) + `"}`, 0},
		{"POST", "/api/logout", ``, 2},
		{"GET", "/api/sessions", ``, 1},
		{"DELETE", "/api/sessions/zz", ``, 1},
		{"GET", "/../../etc/passwd", ``, 0},
		{"GET", "/app.js", ``, 0},
	}
	for _, s := range seeds {
		f.Add(s.method, s.path, []byte(s.body), s.as)
	}

	f.Fuzz(func(t *testing.T, method, target string, body []byte, as uint8) {
		req, err := http.NewRequest(method, "http://desk"+target, strings.NewReader(string(body)))
		if err != nil || req.URL.Path == "" || req.URL.Opaque != "" {
			return
		}
		// Event streams run until the client leaves; other tests cover them.
		if strings.Contains(strings.ToLower(req.URL.Path), "events") {
			return
		}
		req.RemoteAddr = "192.0.2.1:1234"
		req.Header.Set("Content-Type", "application/json")
		switch as % 4 {
		case 1:
			req.Header.Set("Authorization", "Bearer "+staffToken)
		case 2:
			req.Header.Set("Cookie", cookie)
			req.Header.Set("X-Requested-With", "staffdesk")
		case 3:
			req.Header.Set("Authorization", "Bearer "+kioskToken)
		}
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code >= 500 {
			t.Fatalf("%s %s %q as %d: %d %s", method, target, body, as%4, rec.Code, rec.Body)
		}
		if rec.Code/100 == 2 && strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
			var v any
			if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
				t.Fatalf("%s %s: 2xx with invalid JSON %q", method, target, rec.Body)
			}
			if m, ok := v.(map[string]any); ok {
				if eta, ok := m["eta_seconds"].(float64); ok && (eta < 0 || eta > 3600) {
					t.Fatalf("%s %s %q: a call with eta_seconds %v", method, target, body, eta)
				}
			}
		}
	})
}
