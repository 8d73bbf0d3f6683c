// Package whisper sends an utterance to an OpenAI-compatible transcription server
// (/v1/audio/transcriptions: whisper.cpp's server, speaches, LocalAI, or the cloud). The audio
// goes to that server only, as an in-memory WAV, and is not kept. Every call has a timeout:
// when the server is slow or down the kiosk falls back to its offline recogniser.
package whisper

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"time"

	openai "github.com/sashabaranov/go-openai"

	"github.com/storekiosk/storekiosk/speech/wav"
)

// Client transcribes utterances.
type Client struct {
	client   *openai.Client
	Model    string // "whisper-1"
	Language string // ISO-639-1 hint ("en"), empty to let the server detect it
	// Prompt biases the server towards the store's words ("oat milk, kombucha, aisle").
	Prompt  string
	Timeout time.Duration
}

// New returns a client. baseURL includes /v1 ("http://10.0.0.5:8080/v1").
func New(baseURL, apiKey, model string, timeout time.Duration) *Client {
	if timeout <= 0 {
		timeout = 4 * time.Second
	}
	cfg := openai.DefaultConfig(apiKey)
	if baseURL != "" {
		cfg.BaseURL = strings.TrimRight(baseURL, "/")
	}
	// The default client has no timeout; the per-call context bounds the wait too.
	cfg.HTTPClient = &http.Client{Timeout: timeout}
	if model == "" {
		model = openai.Whisper1
	}
	return &Client{client: openai.NewClientWithConfig(cfg), Model: model, Timeout: timeout}
}

// Transcribe returns the text of 16 kHz mono samples.
func (c *Client) Transcribe(ctx context.Context, pcm []int16) (string, error) {
	if len(pcm) == 0 {
		return "", errors.New("whisper: no audio")
	}
	ctx, cancel := context.WithTimeout(ctx, c.Timeout)
	defer cancel()
	var buf bytes.Buffer
	if err := wav.Write(&buf, wav.Audio{Rate: 16000, Channels: 1, Samples: pcm}); err != nil {
		return "", err
	}
	resp, err := c.client.CreateTranscription(ctx, openai.AudioRequest{
		Model:    c.Model,
		FilePath: "speech.wav", // a name for the form field; nothing is read from disk
		Reader:   &buf,
		Language: c.Language,
		Prompt:   c.Prompt,
		Format:   openai.AudioResponseFormatJSON,
	})
	if err != nil {
		return "", fmt.Errorf("transcription server: %w", err)
	}
	return strings.TrimSpace(resp.Text), nil
}
