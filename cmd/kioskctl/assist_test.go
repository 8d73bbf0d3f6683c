package main

import (
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
)

// TestAssistCommand asks a question through a fake OpenAI-compatible server (whole JSON
// replies, --no-stream): one tool round, then an answer checked against the catalog.
func TestAssistCommand(t *testing.T) {
	dir := t.TempDir()
	csv, db := filepath.Join(dir, "catalog.csv"), filepath.Join(dir, "catalog.db")
	err := os.WriteFile(csv, []byte("sku,name,department,category,price,quantity,aisle,side,bay\n"+
		"1,Unsweetened Applesauce,pantry,canned fruit,2.49,12,Aisle 3,left,2\n"+
		"2,Large White Eggs 12 Count,dairy eggs,eggs,3.19,20,Dairy wall,,2\n"), 0o644)
	if err != nil {
		t.Fatal(err)
	}
	if code, _, errs := kctl(t, "import", "--db", db, csv); code != 0 {
		t.Fatalf("import: %s", errs)
	}
	var n atomic.Int32
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		var req struct {
			Stream   bool `json:"stream"`
			Messages []struct {
				Role    string `json:"role"`
				Content string `json:"content"`
			} `json:"messages"`
		}
		if r.URL.Path != "/v1/chat/completions" || json.NewDecoder(r.Body).Decode(&req) != nil || req.Stream {
			http.Error(w, `{"error":{"message":"bad request"}}`, http.StatusBadRequest)
			return
		}
		msg := map[string]any{"role": "assistant", "content": "A quarter cup of applesauce replaces one egg. " +
			"Unsweetened Applesauce [1] is in Aisle 3, left side, bay 2, $2.49, in stock."}
		finish := "stop"
		if n.Add(1) == 1 {
			msg = map[string]any{"role": "assistant", "content": nil, "tool_calls": []any{map[string]any{
				"id": "call_1", "type": "function", "function": map[string]any{"name": "search_products", "arguments": `{"query":"applesauce"}`}}}}
			finish = "tool_calls"
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(map[string]any{"id": "x", "object": "chat.completion", "model": "m",
			"choices": []any{map[string]any{"index": 0, "message": msg, "finish_reason": finish}}})
	}))
	defer srv.Close()

	code, out, errs := kctl(t, "assist", "--db", db, "--base-url", srv.URL+"/v1", "--model", "m", "--no-stream",
		"what can I use instead of eggs in a cake?")
	if code != 0 {
		t.Fatalf("assist: %d %s %s", code, out, errs)
	}
	for _, want := range []string{"A quarter cup of applesauce replaces one egg. Unsweetened Applesauce is in Aisle 3, left side, bay 2, $2.49, in stock.",
		"Suggested by the store's AI assistant", "1  Unsweetened Applesauce  $2.49  in stock  Aisle 3, left side, bay 2",
		"outcome answered, kind advice, 2 requests, 1 tool calls"} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s", want, out)
		}
	}
	if !strings.Contains(errs, "looking up: search_products") {
		t.Errorf("progress lacks the tool:\n%s", errs)
	}
	if code, _, errs := kctl(t, "assist", "--db", db, "where are the eggs"); code != 1 || !strings.Contains(errs, "--base-url") {
		t.Errorf("without a server: %d %s", code, errs)
	}
}
