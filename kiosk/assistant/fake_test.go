package assistant

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/assets"
	"github.com/storekiosk/storekiosk/inventory"
	"github.com/storekiosk/storekiosk/kiosk/answer"
)

// fakeModel is an OpenAI-compatible chat completions server on 127.0.0.1. It speaks the wire
// protocol with its own types (not go-openai's), so the client is tested against the protocol
// rather than against itself: JSON completions, SSE streams with tool-call argument fragments
// split across chunks, error bodies, 429 with Retry-After, and slow replies. What it says is
// scripted per test by script, which sees the request as the server decoded it.
type fakeModel struct {
	t      testing.TB
	srv    *httptest.Server
	script func(w http.ResponseWriter, r *http.Request, req wireRequest, n int)

	mu   sync.Mutex
	reqs []wireRequest
	raws []string
	auth []string
}

type wireRequest struct {
	Model      string        `json:"model"`
	Messages   []wireMessage `json:"messages"`
	Tools      []wireTool    `json:"tools"`
	ToolChoice any           `json:"tool_choice"`
	Stream     bool          `json:"stream"`
	MaxTokens  int           `json:"max_tokens"`
}

type wireMessage struct {
	Role       string         `json:"role"`
	Content    string         `json:"content"`
	ToolCalls  []wireToolCall `json:"tool_calls"`
	ToolCallID string         `json:"tool_call_id"`
}

type wireTool struct {
	Type     string `json:"type"`
	Function struct {
		Name       string          `json:"name"`
		Parameters json.RawMessage `json:"parameters"`
	} `json:"function"`
}

type wireToolCall struct {
	Index    *int   `json:"index,omitempty"`
	ID       string `json:"id,omitempty"`
	Type     string `json:"type,omitempty"`
	Function struct {
		Name      string `json:"name,omitempty"`
		Arguments string `json:"arguments"`
	} `json:"function"`
}

func newFakeModel(t testing.TB, script func(w http.ResponseWriter, r *http.Request, req wireRequest, n int)) *fakeModel {
	t.Helper()
	f := &fakeModel{t: t, script: script}
	f.srv = httptest.NewServer(http.HandlerFunc(f.serve))
	t.Cleanup(f.srv.Close)
	return f
}

func (f *fakeModel) url() string { return f.srv.URL + "/v1" }

func (f *fakeModel) serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost || r.URL.Path != "/v1/chat/completions" {
		writeError(w, http.StatusNotFound, "invalid_request_error", "no route "+r.Method+" "+r.URL.Path)
		return
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request_error", err.Error())
		return
	}
	var req wireRequest
	if err := json.Unmarshal(body, &req); err != nil {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "body is not JSON: "+err.Error())
		return
	}
	// A real server refuses a conversation whose tool calls are not all answered.
	pending := map[string]bool{}
	for _, m := range req.Messages {
		for _, c := range m.ToolCalls {
			pending[c.ID] = true
		}
		if m.Role == "tool" {
			if !pending[m.ToolCallID] {
				writeError(w, http.StatusBadRequest, "invalid_request_error", "tool message for unknown tool_call_id "+m.ToolCallID)
				return
			}
			delete(pending, m.ToolCallID)
		}
	}
	if len(pending) > 0 {
		writeError(w, http.StatusBadRequest, "invalid_request_error", "tool_calls without tool messages")
		return
	}
	f.mu.Lock()
	n := len(f.reqs)
	f.reqs = append(f.reqs, req)
	f.raws = append(f.raws, string(body))
	f.auth = append(f.auth, r.Header.Get("Authorization"))
	f.mu.Unlock()
	f.script(w, r, req, n)
}

func (f *fakeModel) requests() []wireRequest {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]wireRequest(nil), f.reqs...)
}

func (f *fakeModel) raw() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.raws...)
}

// turn is what the model says in one response: tool calls or text.
type turn struct {
	text  string
	calls []call
	// finish overrides the finish reason ("length"); "-" sends none (a stream cut short).
	finish string
	// pause is a wait before each stream chunk after the first afterChunks.
	pause       time.Duration
	afterChunks int
}

type call struct{ name, args string }

// reply writes t as a completion, streamed or not as the request asked.
func reply(w http.ResponseWriter, r *http.Request, req wireRequest, t turn) {
	finish := "stop"
	if len(t.calls) > 0 {
		finish = "tool_calls"
	}
	if t.finish != "" {
		finish = t.finish
	}
	if !req.Stream {
		msg := map[string]any{"role": "assistant", "content": t.text}
		if len(t.calls) > 0 {
			var tcs []map[string]any
			for i, c := range t.calls {
				tcs = append(tcs, map[string]any{"id": fmt.Sprintf("call_%d", i), "type": "function",
					"function": map[string]any{"name": c.name, "arguments": c.args}})
			}
			msg["tool_calls"] = tcs
			msg["content"] = nil
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion", "created": time.Now().Unix(), "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}},
			"usage":   map[string]any{"prompt_tokens": 100, "completion_tokens": 20, "total_tokens": 120},
		})
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-cache")
	fl := w.(http.Flusher)
	sent := 0
	chunk := func(delta map[string]any, finish any) bool {
		if t.pause > 0 && sent >= t.afterChunks {
			select {
			case <-time.After(t.pause):
			case <-r.Context().Done():
				return false
			}
		}
		sent++
		b, _ := json.Marshal(map[string]any{
			"id": "chatcmpl-fake", "object": "chat.completion.chunk", "created": time.Now().Unix(), "model": req.Model,
			"choices": []any{map[string]any{"index": 0, "delta": delta, "finish_reason": finish}},
		})
		if _, err := fmt.Fprintf(w, "data: %s\n\n", b); err != nil {
			return false
		}
		fl.Flush()
		return r.Context().Err() == nil
	}
	if !chunk(map[string]any{"role": "assistant", "content": ""}, nil) {
		return
	}
	for _, piece := range pieces(t.text, 7) {
		if !chunk(map[string]any{"content": piece}, nil) {
			return
		}
	}
	for i, c := range t.calls {
		first := map[string]any{"index": i, "id": fmt.Sprintf("call_%d_%d", time.Now().UnixNano()%1000, i), "type": "function",
			"function": map[string]any{"name": c.name, "arguments": ""}}
		if !chunk(map[string]any{"tool_calls": []any{first}}, nil) {
			return
		}
		for _, frag := range pieces(c.args, 5) { // arguments arrive split mid-token, as real servers send them
			if !chunk(map[string]any{"tool_calls": []any{map[string]any{"index": i, "function": map[string]any{"arguments": frag}}}}, nil) {
				return
			}
		}
	}
	if finish == "-" {
		return // the connection ends with no finish_reason and no [DONE]
	}
	if !chunk(map[string]any{}, finish) {
		return
	}
	fmt.Fprint(w, "data: [DONE]\n\n")
	fl.Flush()
}

func pieces(s string, n int) []string {
	var out []string
	for len(s) > n {
		out = append(out, s[:n])
		s = s[n:]
	}
	if s != "" {
		out = append(out, s)
	}
	return out
}

func writeError(w http.ResponseWriter, status int, typ, msg string) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(map[string]any{"error": map[string]any{"message": msg, "type": typ, "param": nil, "code": nil}})
}

// waitGone holds a response until the client gives up (or a minute passes): a server that
// never answers.
func waitGone(r *http.Request) {
	select {
	case <-r.Context().Done():
	case <-time.After(time.Minute):
	}
}

// toolResults are the tool messages of a request, decoded.
func toolResults(t testing.TB, req wireRequest) []map[string]any {
	t.Helper()
	var out []map[string]any
	for _, m := range req.Messages {
		if m.Role != "tool" {
			continue
		}
		var v map[string]any
		if err := json.Unmarshal([]byte(m.Content), &v); err != nil {
			t.Errorf("tool message is not a JSON object: %v\n%s", err, m.Content)
			continue
		}
		out = append(out, v)
	}
	return out
}

// productsIn lists the products in tool results, by SKU.
func productsIn(results []map[string]any) map[string]map[string]any {
	out := map[string]map[string]any{}
	var walk func(v any)
	walk = func(v any) {
		switch x := v.(type) {
		case map[string]any:
			if sku, ok := x["sku"].(string); ok {
				if _, ok := x["price"]; ok {
					out[sku] = x
				}
			}
			for _, y := range x {
				walk(y)
			}
		case []any:
			for _, y := range x {
				walk(y)
			}
		}
	}
	for _, r := range results {
		walk(r)
	}
	return out
}

// demo opens the demo store in a catalog file in a temporary directory, with its engine.
func demo(tb testing.TB) (*answer.Engine, *inventory.DB) {
	tb.Helper()
	db, err := inventory.Open(filepath.Join(tb.TempDir(), "catalog.db"))
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { db.Close() })
	f, err := assets.FS.Open(assets.DemoCatalog)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	if _, err := db.Import(context.Background(), f, inventory.CSV, false, inventory.ImportOptions{}); err != nil {
		tb.Fatal(err)
	}
	eng, err := answer.New(context.Background(), db, answer.Options{Dictionary: "none"})
	if err != nil {
		tb.Fatal(err)
	}
	return eng, db
}

// testConfig is an enabled assistant pointing at the fake.
func testConfig(f *fakeModel) Config {
	c := DefaultConfig()
	c.Enabled = true
	c.BaseURL = f.url()
	c.Model = "fake-model"
	c.APIKey = "sk-test-key"
	return c
}

func newAssistant(tb testing.TB, eng Local, db *inventory.DB, cfg Config) *Assistant {
	tb.Helper()
	a, err := New(context.Background(), eng, db, cfg, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	return a
}
