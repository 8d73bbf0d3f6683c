package speech_test

import (
	"reflect"
	"testing"

	"github.com/storekiosk/storekiosk/speech"
)

func TestChoose(t *testing.T) {
	tr := func(conf float64, texts ...string) speech.Transcript {
		t := speech.Transcript{Confidence: conf}
		for _, x := range texts {
			t.Readings = append(t.Readings, speech.Reading{Text: x, Confidence: -1})
		}
		return t
	}
	answers := map[string]speech.Judgement{
		"where is the meal":     {Found: true, Key: "meal-kit"},
		"where is the meals":    {Found: true, Key: "meal-kit"},
		"where is the milk":     {Found: true, Key: "milk"},
		"where is the melon":    {Found: true, Key: "melon"},
		"where is the mail":     {Found: false},
		"where is the haircut":  {Found: false, Asked: true},
		"where is the hair cut": {Found: false, Asked: true},
		"where is the milk a":   {Found: true, Key: "milk"},
	}
	judge := func(tr speech.Transcript) func(int) speech.Judgement {
		return func(i int) speech.Judgement { return answers[tr.Readings[i].Text] }
	}
	heard := tr(0.3, "where is the meal", "where is the meals", "where is the mail", "where is the milk", "where is the milk a", "where is the melon")

	// Confident: answer the best reading, offer the next two different answers; readings with
	// the same answer, or with none, are not offered.
	c := speech.Choose(heard, judge(heard), speech.Policy{})
	if c.Answer != 0 || c.Unsure || !reflect.DeepEqual(c.Offers, []int{3, 5}) {
		t.Errorf("confident: %+v", c)
	}
	// Unsure: answer nothing, offer three.
	c = speech.Choose(heard, judge(heard), speech.Policy{Unsure: 0.5})
	if c.Answer != -1 || !c.Unsure || !reflect.DeepEqual(c.Offers, []int{0, 3, 5}) {
		t.Errorf("unsure: %+v", c)
	}
	// Depth bounds the readings looked at.
	c = speech.Choose(heard, judge(heard), speech.Policy{Depth: 4})
	if !reflect.DeepEqual(c.Offers, []int{3}) {
		t.Errorf("depth 4: %+v", c)
	}
	// One reading about something the store does not carry is offered (recognisers force
	// unknown words onto products); only one, and not beside an answer that found nothing.
	haircut := tr(0.3, "where is the meal", "where is the haircut", "where is the meals", "where is the hair cut", "where is the milk")
	if c := speech.Choose(haircut, judge(haircut), speech.Policy{}); !reflect.DeepEqual(c.Offers, []int{1, 4}) {
		t.Errorf("not carried: %+v", c)
	}
	notCarried := tr(0.3, "where is the haircut", "where is the hair cut", "where is the milk")
	if c := speech.Choose(notCarried, judge(notCarried), speech.Policy{}); !reflect.DeepEqual(c.Offers, []int{2}) {
		t.Errorf("answer not carried: %+v", c)
	}

	// Nothing heard: nothing answered or offered. Unknown confidence (a server) never counts
	// as unsure.
	if c := speech.Choose(tr(0), nil, speech.Policy{Unsure: 0.5}); c.Answer != -1 || len(c.Offers) != 0 {
		t.Errorf("nothing heard: %+v", c)
	}
	server := tr(-1, "where is the milk")
	if c := speech.Choose(server, judge(server), speech.Policy{Unsure: 0.5}); c.Answer != 0 || c.Unsure {
		t.Errorf("server transcript: %+v", c)
	}
}

// When nothing heard is found, the best reading with a word left out is offered (never
// answered) if it finds something; when something heard is found, it is not.
func TestChooseRelaxed(t *testing.T) {
	answers := map[string]speech.Judgement{
		"um after some unsalted butter": {Found: false, Asked: true},
		"um some unsalted butter":       {Found: true, Key: "butter"},
		"um after some butter":          {Found: true, Key: "butter"},
		"after some unsalted butter":    {Found: false, Asked: true},
		"um after unsalted butter":      {Found: false, Asked: true},
		"um after some unsalted":        {Found: false, Asked: true},
		"where is the unsalted butter":  {Found: true, Key: "butter"},
		"where is the salted butter":    {Found: true, Key: "salted"},
	}
	var judged []string
	choose := func(texts ...string) (speech.Transcript, speech.Choice) {
		tr := speech.Transcript{Confidence: 0.3}
		for _, x := range texts {
			tr.Readings = append(tr.Readings, speech.Reading{Text: x, Confidence: -1})
		}
		tr = speech.Relax(tr)
		judged = nil
		return tr, speech.Choose(tr, func(i int) speech.Judgement {
			judged = append(judged, tr.Readings[i].Text)
			return answers[tr.Readings[i].Text]
		}, speech.Policy{})
	}
	tr, c := choose("um after some unsalted butter")
	if len(tr.Readings) != 6 || !tr.Readings[1].Derived {
		t.Fatalf("relaxed readings: %+v", tr.Readings)
	}
	if c.Answer != 0 || len(c.Offers) != 1 || tr.Readings[c.Offers[0]].Text != "um some unsalted butter" {
		t.Errorf("nothing found: %+v", c)
	}
	tr, c = choose("where is the unsalted butter", "where is the salted butter")
	if len(c.Offers) != 1 || tr.Readings[c.Offers[0]].Text != "where is the salted butter" {
		t.Errorf("found: %+v", c)
	}
	for _, j := range judged {
		if j != "where is the unsalted butter" && j != "where is the salted butter" {
			t.Errorf("a relaxed reading %q was looked up though the heard ones were found", j)
		}
	}
	// Two words: leaving one out is another question.
	if tr := speech.Relax(speech.Transcript{Readings: []speech.Reading{{Text: "printer ink"}}}); len(tr.Readings) != 1 {
		t.Errorf("short reading relaxed: %+v", tr.Readings)
	}
}
