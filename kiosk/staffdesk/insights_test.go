package staffdesk_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/kiosk/insights"
	"github.com/storekiosk/storekiosk/kiosk/staffdesk"
)

func putReport(t *testing.T, d *testDesk, rep insights.Report) reply {
	t.Helper()
	b, _ := json.Marshal(rep)
	return d.do(t, "PUT", "/api/kiosk/insights", string(b), bearer(kioskToken)...)
}

// Reports are the kiosks' own; the list is staff's, per kiosk or all; bad input is refused
// with a reason; the vocabulary answers 304 while nothing was taught.
func TestInsightsAPI(t *testing.T) {
	d := startDesk(t)
	today := time.Now().Format(insights.DayFormat)
	old := time.Now().AddDate(0, 0, -10).Format(insights.DayFormat)
	now := time.Now().UTC()
	if r := putReport(t, d, insights.Report{Kiosk: "Kiosk 1", Rows: []insights.Row{
		{Day: today, Question: "pop", Kind: insights.Unsure, Count: 3, LastAt: now},
		{Day: today, Question: "lawn mowers", Kind: insights.NotCarried, Count: 1, LastAt: now},
		{Day: old, Question: "snow shovels", Kind: insights.NotCarried, Count: 9, LastAt: now.AddDate(0, 0, -10)},
	}}); r.code != http.StatusNoContent {
		t.Fatal(r.code, r.body)
	}
	if r := putReport(t, d, insights.Report{Kiosk: "Kiosk 2", Rows: []insights.Row{
		{Day: today, Question: "pop", Kind: insights.Called, Count: 2, LastAt: now},
		{Day: today, Question: "call 555 867 5309 about pop", Kind: insights.Unsure, Count: 1, LastAt: now},
	}}); r.code != http.StatusNoContent {
		t.Fatal(r.code, r.body)
	}
	list := func(q string) map[string]staffdesk.Miss {
		r := d.do(t, "GET", "/api/insights"+q, "", bearer(staffToken)...)
		if r.code != 200 {
			t.Fatal(r.code, r.body)
		}
		var out struct{ Misses []staffdesk.Miss }
		json.Unmarshal([]byte(r.body), &out)
		m := map[string]staffdesk.Miss{}
		for _, x := range out.Misses {
			m[x.Question] = x
		}
		return m
	}
	all := list("")
	if p := all["pop"]; p.Count != 5 || p.Kinds[insights.Unsure] != 3 || p.Kinds[insights.Called] != 2 || strings.Join(p.Kiosks, ",") != "Kiosk 1,Kiosk 2" {
		t.Errorf("pop, all kiosks: %+v", p)
	}
	if _, ok := all["snow shovels"]; ok {
		t.Error("a question from ten days ago is in this week's list")
	}
	if _, ok := all["call about pop"]; !ok {
		t.Errorf("the desk keeps the phone number or lost the row: %v", all)
	}
	if k2 := list("?kiosk=Kiosk%202"); len(k2) != 2 || k2["pop"].Count != 2 {
		t.Errorf("Kiosk 2 only: %+v", k2)
	}
	if month := list("?days=30"); month["snow shovels"].Count != 9 {
		t.Errorf("30 days: %+v", month)
	}

	for _, c := range []struct{ body, tok string }{
		{`{"kiosk":"K","rows":[{"day":"yesterday","question":"x","kind":"unsure","count":1}]}`, kioskToken},
		{`{"kiosk":"K","rows":[{"day":"2026-12-05","question":"x","kind":"angry","count":1}]}`, kioskToken},
		{`{"rows":[]}`, kioskToken},
		{`not json`, kioskToken},
	} {
		if r := d.do(t, "PUT", "/api/kiosk/insights", c.body, bearer(c.tok)...); r.code != http.StatusBadRequest || !strings.Contains(r.body, "error") {
			t.Errorf("%s: %d %s", c.body, r.code, r.body)
		}
	}
	if r := d.do(t, "PUT", "/api/kiosk/insights", `{"kiosk":"K","rows":[]}`, bearer(staffToken)...); r.code != http.StatusUnauthorized {
		t.Errorf("a report with the staff token: %d", r.code)
	}
	if r := d.do(t, "GET", "/api/kiosk/vocabulary", ""); r.code != http.StatusUnauthorized {
		t.Errorf("vocabulary without the kiosk token: %d", r.code)
	}
	for _, body := range []string{`{"question":"pop","action":"taught","phrase":"pop","target":""}`,
		`{"question":"pop","action":"taught","phrase":"pop","target":"soda","target_kind":"shelf"}`,
		`{"question":"","action":"dismissed"}`, `{"question":"pop","action":"forgotten"}`} {
		if r := d.do(t, "POST", "/api/insights/action", body, bearer(staffToken)...); r.code != http.StatusBadRequest {
			t.Errorf("%s: %d %s", body, r.code, r.body)
		}
	}

	v := d.do(t, "GET", "/api/kiosk/vocabulary", "", bearer(kioskToken)...)
	tag := v.hdr.Get("ETag")
	if v.code != 200 || tag == "" {
		t.Fatalf("vocabulary: %d %q", v.code, tag)
	}
	if r := d.do(t, "GET", "/api/kiosk/vocabulary", "", append(bearer(kioskToken), "If-None-Match", tag)...); r.code != http.StatusNotModified {
		t.Errorf("unchanged vocabulary: %d", r.code)
	}
	d.do(t, "POST", "/api/insights/action", `{"question":"pop","action":"taught","phrase":"pop, soda pop","target":"soft drinks","target_kind":"category"}`, bearer(staffToken)...)
	r := d.do(t, "GET", "/api/kiosk/vocabulary", "", append(bearer(kioskToken), "If-None-Match", tag)...)
	if r.code != 200 || r.hdr.Get("ETag") == tag || !strings.Contains(r.body, "pop, soda pop => [soft drinks]\n") {
		t.Errorf("after teaching: %d %q\n%s", r.code, r.hdr.Get("ETag"), r.body)
	}
	if _, ok := list("")["pop"]; ok {
		t.Error("a taught question is still listed")
	}
}
