package config

import (
	"slices"
	"strings"
	"testing"
)

func TestCatalogVocabulary(t *testing.T) {
	if v := Default().Catalog.Vocabulary; !slices.Equal(v, []string{"auto"}) {
		t.Errorf("default vocabulary %v", v)
	}
	c, err := Load(writeConfig(t, "[catalog]\nvocabulary = [\"general\", \"hardware\"]\n"))
	if err != nil || !slices.Equal(c.Catalog.Vocabulary, []string{"general", "hardware"}) {
		t.Fatalf("vocabulary %v, %v", c.Catalog.Vocabulary, err)
	}
	_, err = Load(writeConfig(t, "[catalog]\nvocabulary = [\"bakery\"]\n"))
	if err == nil || !strings.Contains(err.Error(), `catalog.vocabulary: no pack "bakery"`) || !strings.Contains(err.Error(), "hardware") {
		t.Errorf("unknown pack: %v", err)
	}
}
