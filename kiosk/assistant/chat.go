package assistant

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/storekiosk/storekiosk/kiosk/answer"
)

var (
	errCutOff        = errors.New("the reply stream ended before the reply did")
	errNoChoices     = errors.New("the server's reply has no choices")
	errTooManyRounds = errors.New("the model kept asking for tools after the last round")
)

// exchange is one question's conversation with the model. It lives for one question and is
// then dropped: nothing of it is kept.
type exchange struct {
	a        *Assistant
	q        answer.Question
	tb       *toolbox
	msgs     []openai.ChatCompletionMessage
	progress func(Progress)
	start    time.Time

	check     *checker // the checks on the reply being written
	requests  int
	firstText time.Duration
}

// run converses until the model writes a reply that passes the checks, and returns its text.
// The model may look things up for MaxToolRounds rounds; then it is asked to answer with
// what it has.
func (x *exchange) run(ctx context.Context) (string, error) {
	x.msgs = []openai.ChatCompletionMessage{
		{Role: openai.ChatMessageRoleSystem, Content: systemPrompt(x.a.cfg.StoreKind, x.q.Lang)},
		{Role: openai.ChatMessageRoleUser, Content: userMessage(x.q.Text)},
	}
	for round := 0; ; round++ {
		withTools := round < x.a.cfg.MaxToolRounds
		calls, err := x.call(ctx, withTools)
		if err != nil {
			return "", err
		}
		if len(calls) == 0 {
			return x.check.finish()
		}
		if !withTools {
			return "", errTooManyRounds
		}
		for i := range calls {
			if calls[i].ID == "" {
				calls[i].ID = "call_" + strconv.Itoa(round) + "_" + strconv.Itoa(i) // some local servers leave it out
			}
			calls[i].Index, calls[i].Type = nil, openai.ToolTypeFunction
		}
		x.msgs = append(x.msgs, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleAssistant, ToolCalls: calls})
		for i, c := range calls {
			// Every call gets an answer, or the server refuses the next request.
			result := `{"error":"too many tool calls at once; ask for fewer"}`
			if i < callsPerRound {
				x.progress(Progress{Stage: Looking, Tool: c.Function.Name})
				result = x.tb.run(ctx, c.Function.Name, c.Function.Arguments)
			}
			x.msgs = append(x.msgs, openai.ChatCompletionMessage{Role: openai.ChatMessageRoleTool, Content: result, ToolCallID: c.ID})
		}
	}
}

// call makes one chat completion request and returns the tool calls it asks for, or none when
// it wrote a reply (checked into x.check).
func (x *exchange) call(ctx context.Context, withTools bool) ([]openai.ToolCall, error) {
	cfg := x.a.cfg
	req := openai.ChatCompletionRequest{Model: cfg.Model, Messages: x.msgs, Tools: tools}
	if !withTools {
		req.ToolChoice = "none"
	}
	if reasoningModel(cfg.Model) {
		req.MaxCompletionTokens = cfg.MaxTokens // these refuse max_tokens and any temperature
	} else {
		//lint:ignore SA1019 local servers (Ollama, llama.cpp, LocalAI) read max_tokens; not all read its successor
		req.MaxTokens = cfg.MaxTokens
		req.Temperature = float32(cfg.Temperature)
	}
	x.check = newChecker(x.tb.facts, x.a.placeZones(), func(what string) bool {
		r := x.a.local.Ask(ctx, answer.Question{Text: what})
		return r.Found && r.Relaxed == "" && !r.Corrected && len(r.Products) > 0 && r.Products[0].InStock()
	})
	cctx, cancel := context.WithTimeout(ctx, cfg.CallTimeout)
	defer cancel()
	x.requests++
	if cfg.Stream {
		return x.stream(cctx, req)
	}
	resp, err := x.a.client.CreateChatCompletion(cctx, req)
	if err != nil {
		return nil, err
	}
	if len(resp.Choices) == 0 {
		return nil, errNoChoices
	}
	ch := resp.Choices[0]
	if len(ch.Message.ToolCalls) > 0 {
		return ch.Message.ToolCalls, nil
	}
	if ch.FinishReason == openai.FinishReasonLength {
		return nil, reject("length", "the reply was cut off at max_tokens")
	}
	return nil, x.checkText(ch.Message.Content, true, 0)
}

// stream reads a streamed reply. Text is checked a sentence at a time as it comes, so the
// screen can show checked sentences early and a bad sentence ends the request at once.
func (x *exchange) stream(ctx context.Context, req openai.ChatCompletionRequest) ([]openai.ToolCall, error) {
	st, err := x.a.client.CreateChatCompletionStream(ctx, req)
	if err != nil {
		return nil, err
	}
	defer st.Close()
	var text strings.Builder
	var acc toolCalls
	var finish openai.FinishReason
	done := 0
	for {
		chunk, err := st.Recv()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, err
		}
		for _, ch := range chunk.Choices {
			if ch.Index != 0 {
				continue
			}
			text.WriteString(ch.Delta.Content)
			acc.add(ch.Delta.ToolCalls)
			if ch.FinishReason != "" {
				finish = ch.FinishReason
			}
			if len(acc.calls) == 0 && ch.Delta.Content != "" {
				n, err := x.checkSome(text.String(), false, done)
				if err != nil {
					return nil, err
				}
				done = n
			}
		}
	}
	if finish == "" {
		return nil, errCutOff
	}
	if len(acc.calls) > 0 {
		if done > 0 {
			x.progress(Progress{Stage: Writing, Text: ""}) // what it wrote was a preamble to looking things up
		}
		return acc.calls, nil
	}
	if finish == openai.FinishReasonLength {
		return nil, reject("length", "the reply was cut off at max_tokens")
	}
	return nil, x.checkText(text.String(), true, done)
}

func (x *exchange) checkText(text string, final bool, done int) error {
	_, err := x.checkSome(text, final, done)
	return err
}

// checkSome checks the sentences of text from the done-th on and reports each one passed.
func (x *exchange) checkSome(text string, final bool, done int) (int, error) {
	ss := sentences(text, final)
	for ; done < len(ss); done++ {
		if err := x.check.sentence(ss[done]); err != nil {
			return done, err
		}
		if x.firstText == 0 {
			x.firstText = time.Since(x.start)
		}
		x.progress(Progress{Stage: Writing, Text: x.check.text()})
	}
	return done, nil
}

// toolCalls accumulates streamed tool calls. The first chunk of a call carries its index, id
// and name; later chunks carry the same index and the next fragment of the arguments.
type toolCalls struct {
	calls   []openai.ToolCall
	byIndex map[int]int
}

func (t *toolCalls) add(deltas []openai.ToolCall) {
	for _, d := range deltas {
		i := -1
		switch {
		case d.Index != nil:
			if j, ok := t.byIndex[*d.Index]; ok {
				i = j
			}
		case d.ID != "":
			for j := range t.calls {
				if t.calls[j].ID == d.ID {
					i = j
				}
			}
		case len(t.calls) > 0:
			i = len(t.calls) - 1
		}
		if i < 0 {
			t.calls = append(t.calls, openai.ToolCall{ID: d.ID, Type: openai.ToolTypeFunction,
				Function: openai.FunctionCall{Name: d.Function.Name, Arguments: d.Function.Arguments}})
			if d.Index != nil {
				if t.byIndex == nil {
					t.byIndex = map[int]int{}
				}
				t.byIndex[*d.Index] = len(t.calls) - 1
			}
			continue
		}
		c := &t.calls[i]
		if c.ID == "" {
			c.ID = d.ID
		}
		if n := d.Function.Name; n != "" && n != c.Function.Name {
			if strings.HasPrefix(n, c.Function.Name) {
				c.Function.Name = n // a server that repeats the whole name so far
			} else {
				c.Function.Name += n
			}
		}
		c.Function.Arguments += d.Function.Arguments
	}
}

// reasoningModel reports models that take max_completion_tokens and no temperature.
func reasoningModel(m string) bool {
	for _, p := range []string{"o1", "o3", "o4", "gpt-5", "gpt-6"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}

// classify turns a failed exchange into an outcome, pausing the assistant when the server
// is the problem.
func (a *Assistant) classify(parent, ctx context.Context, err error) (Outcome, string) {
	var rej *Rejection
	var apiErr *openai.APIError
	var reqErr *openai.RequestError
	var netErr net.Error
	status := 0
	if errors.As(err, &apiErr) {
		status = apiErr.HTTPStatusCode
	} else if errors.As(err, &reqErr) {
		status = reqErr.HTTPStatusCode
	}
	switch {
	case errors.As(err, &rej):
		return Rejected, rej.Error()
	case errors.Is(err, errTooManyRounds):
		return Rejected, err.Error()
	case parent.Err() != nil:
		return Cancelled, "the shopper went on"
	case status == http.StatusTooManyRequests:
		d := time.Until(time.Unix(0, a.retryAfter.Load()))
		if d <= 0 {
			d = firstPause
		}
		d = min(d, max429)
		a.pause(d, "rate limited (429)")
		return RateLimited, fmt.Sprintf("server said 429; pausing %s", d.Round(time.Second))
	case status != 0:
		why := fmt.Sprintf("server error %d: %v", status, err)
		if hint := hintFor(status, err.Error()); hint != "" {
			why += " (" + hint + ")"
			a.Logger.Warn("assistant server refused the request", "status", status, "err", err, "hint", hint)
		}
		a.failed(fmt.Sprintf("server error %d", status))
		return ServerError, why
	case errors.Is(err, context.DeadlineExceeded) || ctx.Err() != nil || (errors.As(err, &netErr) && netErr.Timeout()):
		a.failed("timed out")
		return Timeout, "no complete answer in time: " + err.Error()
	case errors.Is(err, errCutOff) || errors.Is(err, errNoChoices):
		a.failed("broken reply")
		return ServerError, err.Error()
	case errors.As(err, &netErr) || strings.Contains(err.Error(), "connection refused") || strings.Contains(err.Error(), "no such host"):
		a.failed("unreachable")
		return Unreachable, err.Error()
	}
	a.failed("unreadable reply")
	return ServerError, err.Error()
}

// hintFor says what store IT can do about a refused request.
func hintFor(status int, msg string) string {
	m := strings.ToLower(msg)
	switch {
	case strings.Contains(m, "jinja"):
		return "llama.cpp server: start it with --jinja so it accepts tool calls"
	case strings.Contains(m, "does not support tools") || strings.Contains(m, "tool") && status == http.StatusBadRequest:
		return "the model does not take tool calls: choose one that does (e.g. qwen2.5, llama3.1)"
	case status == http.StatusUnauthorized || status == http.StatusForbidden:
		return "check the API key: credential assistant-api-key or the variable named by assistant.api_key_env"
	case status == http.StatusNotFound:
		return "check assistant.base_url (it must end in /v1) and assistant.model"
	}
	return ""
}

// retryAfterTransport notes how long a server that answered 429 asked us to wait (go-openai's
// errors do not carry the headers).
type retryAfterTransport struct {
	base  http.RoundTripper
	until *atomic.Int64
}

func (t *retryAfterTransport) RoundTrip(r *http.Request) (*http.Response, error) {
	resp, err := t.base.RoundTrip(r)
	if err == nil && resp.StatusCode == http.StatusTooManyRequests {
		if d, ok := retryAfter(resp.Header, time.Now()); ok {
			t.until.Store(time.Now().Add(d).UnixNano())
		} else {
			t.until.Store(0)
		}
	}
	return resp, err
}

// retryAfter reads Retry-After (seconds or an HTTP date) or retry-after-ms.
func retryAfter(h http.Header, now time.Time) (time.Duration, bool) {
	if v := strings.TrimSpace(h.Get("Retry-After-Ms")); v != "" {
		if ms, err := strconv.ParseFloat(v, 64); err == nil && ms >= 0 {
			return time.Duration(ms * float64(time.Millisecond)), true
		}
	}
	v := strings.TrimSpace(h.Get("Retry-After"))
	if v == "" {
		return 0, false
	}
	if s, err := strconv.ParseFloat(v, 64); err == nil && s >= 0 {
		return time.Duration(s * float64(time.Second)), true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}
