package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestAssistantSectionFromFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "config.toml")
	err := os.WriteFile(path, []byte(`
[assistant]
enabled = true
base_url = "http://ai.store.lan:11434/v1"
model = "qwen2.5:7b-instruct"
ask_for = ["advice", "unanswered", "what-is"]
call_timeout = "3s"
deadline = "6s"
max_tool_rounds = 2
stream = false
temperature = 0.2
`), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	a := c.Assistant
	if !a.Enabled || a.Model != "qwen2.5:7b-instruct" || a.CallTimeout.Duration != 3*time.Second ||
		a.Deadline.Duration != 6*time.Second || a.MaxToolRounds != 2 || a.Stream || a.Temperature != 0.2 ||
		strings.Join(a.AskFor, ",") != "advice,unanswered,what-is" || a.MaxTokens != 300 {
		t.Fatalf("assistant section read as %+v", a)
	}
	t.Setenv("CREDENTIALS_DIRECTORY", "")
	t.Setenv("KIOSK_ASSISTANT_API_KEY", " sk-test \n")
	if got := a.APIKey(); got != "sk-test" {
		t.Fatalf("APIKey() = %q", got)
	}
}

func TestAssistantDefaultsOffAndValid(t *testing.T) {
	c := Default()
	if c.Assistant.Enabled {
		t.Fatal("the assistant must be off unless the store turns it on")
	}
	if err := c.Validate(); err != nil {
		t.Fatal(err)
	}
	if c.Assistant.CallTimeout.Duration != 4*time.Second {
		t.Fatalf("default call timeout %s, want 4s", c.Assistant.CallTimeout.Duration)
	}
}

func TestAssistantBadSettingsNamed(t *testing.T) {
	c := Default()
	c.Assistant = Assistant{Enabled: true, BaseURL: "http://ai.store.lan:11434", AskFor: []string{"advice", "gossip"},
		CallTimeout: Duration{5 * time.Second}, Deadline: Duration{2 * time.Second}, MaxToolRounds: 0, MaxTokens: 10}
	err := c.Validate()
	if err == nil {
		t.Fatal("bad assistant settings accepted")
	}
	for _, want := range []string{"assistant.base_url", "/v1", "assistant.model", `"gossip"`, "assistant.deadline",
		"assistant.max_tool_rounds", "assistant.max_tokens"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error does not mention %s:\n%v", want, err)
		}
	}
}
