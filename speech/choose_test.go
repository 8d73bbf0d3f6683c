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
