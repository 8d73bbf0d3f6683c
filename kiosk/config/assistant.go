package config

import (
	"net/url"
	"slices"
	"strings"
	"time"
)

// Assistant is the optional language model that helps with questions the local answer engine
// cannot answer well ("what can I use instead of eggs?"). It is off by default and the kiosk is
// fully useful without it: the local answer always comes first and is shown whenever the
// model is slow, unreachable or says anything the catalog does not back.
type Assistant struct {
	// Enabled turns the assistant on.
	Enabled bool `toml:"enabled"`
	// BaseURL is any OpenAI-compatible server, including /v1: "https://api.openai.com/v1",
	// Ollama "http://ai.store.lan:11434/v1", llama.cpp server (started with --jinja)
	// "http://ai.store.lan:8080/v1", LocalAI, vLLM.
	BaseURL string `toml:"base_url"`
	// Model is the model name the server knows ("gpt-4o-mini", "qwen2.5:7b-instruct").
	// It must support tool (function) calling.
	Model string `toml:"model"`
	// APIKeyEnv names the environment variable holding the API key (credential
	// "assistant-api-key" takes precedence). Local servers usually need none.
	APIKeyEnv string `toml:"api_key_env"`
	// AskFor lists the kinds of question that may go to the model: "advice" (substitutes,
	// recipes, comparisons, suggestions), "unanswered" (the local engine found nothing),
	// "unclear" (the local engine could not tell what was asked), or a local intent:
	// "locate", "price", "stock", "what-is", "browse". Calls for staff and barcodes never go.
	AskFor []string `toml:"ask_for"`
	// CallTimeout bounds one request to the server.
	CallTimeout Duration `toml:"call_timeout"`
	// Deadline bounds the whole exchange (all tool rounds); past it the shopper gets the local
	// answer.
	Deadline Duration `toml:"deadline"`
	// MaxToolRounds is how many rounds of inventory look-ups the model may make.
	MaxToolRounds int `toml:"max_tool_rounds"`
	// Stream asks for streamed replies (the first words arrive sooner and a bad sentence ends
	// the exchange early). Turn off for servers that cannot stream tool calls.
	Stream bool `toml:"stream"`
	// MaxTokens caps the length of one reply.
	MaxTokens int `toml:"max_tokens"`
	// Temperature is sent when above 0 (0.2 suits most local models); 0 leaves it to the
	// server, as some cloud models accept only their default.
	Temperature float64 `toml:"temperature"`
}

// AssistantKinds are the values ask_for accepts.
var AssistantKinds = []string{"advice", "unanswered", "unclear", "locate", "price", "stock", "what-is", "browse"}

func defaultAssistant() Assistant {
	return Assistant{
		APIKeyEnv:     "KIOSK_ASSISTANT_API_KEY",
		AskFor:        []string{"advice", "unanswered"},
		CallTimeout:   Duration{4 * time.Second},
		Deadline:      Duration{8 * time.Second},
		MaxToolRounds: 3,
		Stream:        true,
		MaxTokens:     300,
	}
}

func (a Assistant) validate(bad func(key, format string, args ...any)) {
	if a.Enabled {
		if a.BaseURL == "" {
			bad("base_url", "must be set when the assistant is enabled, e.g. \"http://ai.store.lan:11434/v1\"")
		}
		if strings.TrimSpace(a.Model) == "" {
			bad("model", "must name the model when the assistant is enabled, e.g. \"gpt-4o-mini\"")
		}
	}
	if u := a.BaseURL; u != "" {
		pu, err := url.Parse(u)
		switch {
		case err != nil || pu.Host == "" || (pu.Scheme != "http" && pu.Scheme != "https"):
			bad("base_url", "%q is not a URL like http://ai.store.lan:11434/v1", u)
		case !strings.Contains(pu.Path, "/v1"):
			bad("base_url", "%q must include the API version path, e.g. %s/v1", u, strings.TrimRight(u, "/"))
		}
	}
	for _, k := range a.AskFor {
		if !slices.Contains(AssistantKinds, k) {
			bad("ask_for", "%q is not one of %s", k, strings.Join(AssistantKinds, ", "))
		}
	}
	if d := a.CallTimeout.Duration; d < 500*time.Millisecond || d > time.Minute {
		bad("call_timeout", "must be between 500ms and 1m (got %s)", d)
	}
	if d := a.Deadline.Duration; d < a.CallTimeout.Duration || d > 2*time.Minute {
		bad("deadline", "must be at least call_timeout (%s) and at most 2m (got %s)", a.CallTimeout.Duration, d)
	}
	if a.MaxToolRounds < 1 || a.MaxToolRounds > 8 {
		bad("max_tool_rounds", "must be between 1 and 8 (got %d)", a.MaxToolRounds)
	}
	if a.MaxTokens < 50 || a.MaxTokens > 4000 {
		bad("max_tokens", "must be between 50 and 4000 (got %d)", a.MaxTokens)
	}
	if a.Temperature < 0 || a.Temperature > 2 {
		bad("temperature", "must be between 0 and 2 (got %g)", a.Temperature)
	}
}

// APIKey returns the assistant server's API key, or "".
func (a Assistant) APIKey() string { return Secret("assistant-api-key", a.APIKeyEnv) }
