package inventory

import "testing"

// cleanField returns plain ASCII as it is and sends everything else through the full
// cleaning; both ways give the same text.
func TestCleanFieldShortcutAgrees(t *testing.T) {
	for _, s := range []string{
		"", "Milk", "Whole Milk 1 gal", "10\" Skewers", " Milk", "Milk ", "Whole  Milk", "a\tb",
		"a\nb", "a\x00b", "a\x7fb", "\uFEFFMilk", "Café", "Cafe\u0301", "Jalape\xf1o", "Zero™", " ",
		"x y z", "x  ", "  x",
	} {
		if got, want := cleanField(s), cleanFull(s); got != want {
			t.Errorf("cleanField(%q) = %q, the full cleaning gives %q", s, got, want)
		}
	}
	if s := "Organic Whole Milk"; !plainASCII(s) {
		t.Errorf("%q should take the shortcut", s)
	}
}
