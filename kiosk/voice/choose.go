package voice

import "github.com/storekiosk/storekiosk/speech"

// Choose is the speech package's choice among the readings of a spoken question (the first
// is the likeliest), in plain values for the screens, which do not import the speech package:
// speech.Relax adds readings with a word left out, and speech.Choose decides which others to
// offer as "Did you mean" buttons and whether the kiosk is too unsure (below unsure) to
// answer the first on its own. judge answers one reading. The voice evaluation (kioskctl
// listen) scores the same choice.
func Choose(readings []string, confidence, unsure float64,
	judge func(reading string) (found, asked bool, key string)) (offers []string, isUnsure bool) {
	t := speech.Transcript{Confidence: confidence}
	for _, r := range readings {
		t.Readings = append(t.Readings, speech.Reading{Text: r, Confidence: -1})
	}
	t = speech.Relax(t)
	c := speech.Choose(t, func(i int) speech.Judgement {
		found, asked, key := judge(t.Readings[i].Text)
		return speech.Judgement{Found: found, Asked: asked, Key: key}
	}, speech.Policy{Unsure: unsure})
	for _, i := range c.Offers {
		offers = append(offers, t.Readings[i].Text)
	}
	return offers, c.Unsure
}
