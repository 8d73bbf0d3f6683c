package feed

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"
)

// validators are what a conditional request sends back: a 304 costs nothing.
type validators struct {
	ETag         string
	LastModified string
}

// source is where a feed's files come from: a web server or a local directory.
type source interface {
	// manifest fetches manifest.json unless it still matches v (then notModified).
	manifest(ctx context.Context, v validators) (body []byte, got validators, notModified bool, err error)
	// signature fetches manifest.json.sig; errNoSignature when the feed has none.
	signature(ctx context.Context) ([]byte, error)
	// open streams the file ref (relative to the feed, or absolute http(s)) and says how long
	// it claims to be (-1: unknown).
	open(ctx context.Context, ref string) (io.ReadCloser, int64, error)
	String() string
}

var errNoSignature = errors.New("the feed has no " + SignatureName)

// newSource picks the source for a feed address: an http(s) URL or a directory.
func newSource(feed string, client *http.Client, stall time.Duration) (source, error) {
	if strings.HasPrefix(feed, "http://") || strings.HasPrefix(feed, "https://") {
		u, err := url.Parse(feed)
		if err != nil {
			return nil, fmt.Errorf("feed URL %q: %w", feed, err)
		}
		if strings.HasSuffix(u.Path, "/"+ManifestName) {
			u.Path = strings.TrimSuffix(u.Path, ManifestName)
		}
		if !strings.HasSuffix(u.Path, "/") {
			u.Path += "/"
		}
		return &httpSource{base: u, client: client, stall: stall}, nil
	}
	if strings.Contains(feed, "://") {
		return nil, fmt.Errorf("feed %q: give an http(s) URL or a directory", feed)
	}
	if filepath.Base(feed) == ManifestName {
		feed = filepath.Dir(feed)
	}
	fi, err := os.Stat(feed)
	if err != nil {
		return nil, fmt.Errorf("feed directory: %w", err)
	}
	if !fi.IsDir() {
		return nil, fmt.Errorf("feed %s is not a directory", feed)
	}
	return &dirSource{dir: feed}, nil
}

// newClient is an HTTP client with every timeout set: the default client has none, and a
// kiosk on a flaky link must never hang on a dead connection.
func newClient(timeout, stall time.Duration) *http.Client {
	t := http.DefaultTransport.(*http.Transport).Clone()
	t.DialContext = (&net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	t.TLSHandshakeTimeout = 15 * time.Second
	// A backstop only: get's own stall timer, which says what happened, must fire first. With
	// both at stall, which fired first was down to where each timer sat in the runtime.
	t.ResponseHeaderTimeout = 2 * stall
	t.IdleConnTimeout = 90 * time.Second
	return &http.Client{Timeout: timeout, Transport: t}
}

type httpSource struct {
	base   *url.URL
	client *http.Client
	stall  time.Duration
}

func (s *httpSource) String() string { return s.base.String() }

func (s *httpSource) resolve(ref string) (*url.URL, error) {
	u, err := url.Parse(ref)
	if err != nil {
		return nil, err
	}
	return s.base.ResolveReference(u), nil
}

// errStalled cancels a request that has received nothing for the stall timeout.
var errStalled = errors.New("stalled")

// get sends a GET whose context is cancelled when no bytes arrive for s.stall: a client
// timeout alone would either cut a slow snapshot off or wait far too long on a dead link.
func (s *httpSource) get(ctx context.Context, u *url.URL, v validators) (*http.Response, func(), error) {
	ctx, cancel := context.WithCancelCause(ctx)
	timer := time.AfterFunc(s.stall, func() { cancel(errStalled) })
	done := func() { timer.Stop(); cancel(nil) }
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u.String(), nil)
	if err != nil {
		done()
		return nil, nil, err
	}
	req.Header.Set("User-Agent", "store-kiosk-sync/1")
	if v.ETag != "" {
		req.Header.Set("If-None-Match", v.ETag)
	}
	if v.LastModified != "" {
		req.Header.Set("If-Modified-Since", v.LastModified)
	}
	resp, err := s.client.Do(req)
	if err != nil {
		done()
		return nil, nil, s.explain(ctx, u, err)
	}
	resp.Body = &stallReader{r: resp.Body, timer: timer, stall: s.stall, ctx: ctx, explain: func(err error) error { return s.explain(ctx, u, err) }}
	return resp, done, nil
}

func (s *httpSource) explain(ctx context.Context, u *url.URL, err error) error {
	var ne net.Error
	if errors.Is(context.Cause(ctx), errStalled) || errors.As(err, &ne) && ne.Timeout() && !errors.Is(err, context.DeadlineExceeded) {
		return fmt.Errorf("%s: no data for %s; gave up (link down or server stuck)", u, s.stall)
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.As(err, &ne) && ne.Timeout() {
		return fmt.Errorf("%s: timed out: %w", u, err)
	}
	return fmt.Errorf("%s: %w", u, err)
}

type stallReader struct {
	r       io.ReadCloser
	timer   *time.Timer
	stall   time.Duration
	ctx     context.Context
	explain func(error) error
}

func (r *stallReader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	if n > 0 {
		r.timer.Reset(r.stall)
	}
	if err != nil && err != io.EOF {
		err = r.explain(err)
	}
	return n, err
}

func (r *stallReader) Close() error { return r.r.Close() }

func statusError(u *url.URL, resp *http.Response) error {
	return fmt.Errorf("%s: the feed server answered %s", u, resp.Status)
}

func (s *httpSource) manifest(ctx context.Context, v validators) ([]byte, validators, bool, error) {
	u, _ := s.resolve(ManifestName)
	resp, done, err := s.get(ctx, u, v)
	if err != nil {
		return nil, validators{}, false, err
	}
	defer done()
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotModified {
		return nil, v, true, nil
	}
	if resp.StatusCode != http.StatusOK {
		return nil, validators{}, false, statusError(u, resp)
	}
	b, err := io.ReadAll(io.LimitReader(resp.Body, maxManifest+1))
	if err != nil {
		return nil, validators{}, false, fmt.Errorf("read manifest: %w", err)
	}
	if len(b) > maxManifest {
		return nil, validators{}, false, fmt.Errorf("%s is over 1 MB; that is not a manifest", u)
	}
	got := validators{ETag: resp.Header.Get("ETag"), LastModified: resp.Header.Get("Last-Modified")}
	if !strongLastModified(resp.Header) {
		got.LastModified = ""
	}
	return b, got, false, nil
}

// strongLastModified reports whether Last-Modified can tell versions apart: with one-second
// resolution, a manifest replaced within the second it was served would look unchanged for
// ever (RFC 9110 §8.8.2.2: only a date at least a second before the response's is strong).
func strongLastModified(h http.Header) bool {
	lm, err := http.ParseTime(h.Get("Last-Modified"))
	if err != nil {
		return false
	}
	date, err := http.ParseTime(h.Get("Date"))
	return err == nil && date.Sub(lm) >= time.Second
}

func (s *httpSource) signature(ctx context.Context) ([]byte, error) {
	u, _ := s.resolve(SignatureName)
	resp, done, err := s.get(ctx, u, validators{})
	if err != nil {
		return nil, err
	}
	defer done()
	defer resp.Body.Close()
	if resp.StatusCode == http.StatusNotFound {
		return nil, errNoSignature
	}
	if resp.StatusCode != http.StatusOK {
		return nil, statusError(u, resp)
	}
	return io.ReadAll(io.LimitReader(resp.Body, 4096))
}

func (s *httpSource) open(ctx context.Context, ref string) (io.ReadCloser, int64, error) {
	u, err := s.resolve(ref)
	if err != nil {
		return nil, 0, err
	}
	resp, done, err := s.get(ctx, u, validators{})
	if err != nil {
		return nil, 0, err
	}
	if resp.StatusCode != http.StatusOK {
		resp.Body.Close()
		done()
		return nil, 0, statusError(u, resp)
	}
	return &closer{ReadCloser: resp.Body, done: done}, resp.ContentLength, nil
}

type closer struct {
	io.ReadCloser
	done func()
}

func (c *closer) Close() error { err := c.ReadCloser.Close(); c.done(); return err }

// dirSource is a feed on a local disk, USB stick or network share.
type dirSource struct{ dir string }

func (s *dirSource) String() string { return s.dir }

func (s *dirSource) path(ref string) (string, error) {
	if err := checkRef("url", ref); err != nil {
		return "", err
	}
	if strings.Contains(ref, "://") {
		return "", fmt.Errorf("%s: a feed directory cannot point at URLs", ref)
	}
	return filepath.Join(s.dir, filepath.FromSlash(path.Clean(ref))), nil
}

func (s *dirSource) manifest(ctx context.Context, v validators) ([]byte, validators, bool, error) {
	p := filepath.Join(s.dir, ManifestName)
	fi, err := os.Stat(p)
	if err != nil {
		return nil, validators{}, false, fmt.Errorf("feed manifest: %w", err)
	}
	if fi.Size() > maxManifest {
		return nil, validators{}, false, fmt.Errorf("%s is over 1 MB; that is not a manifest", p)
	}
	b, err := os.ReadFile(p)
	if err != nil {
		return nil, validators{}, false, fmt.Errorf("feed manifest: %w", err)
	}
	// A directory has no ETag and a USB stick's clock is coarse: the content's hash serves,
	// and reading a few kilobytes locally costs nothing.
	got := validators{ETag: `"sha256-` + sum(b)[:32] + `"`}
	if got.ETag == v.ETag {
		return nil, v, true, nil
	}
	return b, got, false, nil
}

func (s *dirSource) signature(ctx context.Context) ([]byte, error) {
	b, err := os.ReadFile(filepath.Join(s.dir, SignatureName))
	if errors.Is(err, os.ErrNotExist) {
		return nil, errNoSignature
	}
	return b, err
}

func (s *dirSource) open(ctx context.Context, ref string) (io.ReadCloser, int64, error) {
	p, err := s.path(ref)
	if err != nil {
		return nil, 0, err
	}
	f, err := os.Open(p)
	if err != nil {
		return nil, 0, err
	}
	fi, err := f.Stat()
	if err != nil {
		f.Close()
		return nil, 0, err
	}
	return f, fi.Size(), nil
}

// download copies the feed file ref into a new temporary file in dir, checking on the way
// that it is exactly size bytes (when size > 0; otherwise at most limit) with this SHA-256.
// Nothing is parsed until the whole file is verified. The caller removes the file.
func download(ctx context.Context, src source, ref string, size int64, sum string, limit int64, dir string, progress func(int64)) (string, error) {
	if size > 0 {
		limit = size
	}
	rc, claimed, err := src.open(ctx, ref)
	if err != nil {
		return "", err
	}
	defer rc.Close()
	if size > 0 && claimed >= 0 && claimed != size {
		return "", fmt.Errorf("%s: the server offers %d bytes, the manifest says %d: the feed is half-published or damaged", ref, claimed, size)
	}
	f, err := os.CreateTemp(dir, ".feed-download-*")
	if err != nil {
		return "", fmt.Errorf("temporary file for %s: %w", ref, err)
	}
	keep := false
	defer func() {
		if !keep {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	h := sha256.New()
	var n int64
	buf := make([]byte, 256<<10)
	next := int64(1 << 20)
	for {
		m, rerr := rc.Read(buf)
		if m > 0 {
			if n+int64(m) > limit {
				return "", fmt.Errorf("%s: longer than the %d bytes expected", ref, limit)
			}
			if _, err := f.Write(buf[:m]); err != nil {
				return "", fmt.Errorf("save %s: %w", ref, err)
			}
			h.Write(buf[:m])
			n += int64(m)
			if progress != nil && n >= next {
				progress(n)
				next = n + 1<<20
			}
		}
		if rerr == io.EOF {
			break
		}
		if rerr != nil {
			if ctx.Err() != nil {
				return "", fmt.Errorf("download %s: %w", ref, context.Cause(ctx))
			}
			return "", fmt.Errorf("download %s cut off after %d bytes: %w", ref, n, rerr)
		}
	}
	if size > 0 && n != size {
		return "", fmt.Errorf("download %s cut off: got %d of %d bytes", ref, n, size)
	}
	if got := hex.EncodeToString(h.Sum(nil)); got != sum {
		return "", fmt.Errorf("%s: SHA-256 is %s, the manifest says %s: the file is damaged or not the one published", ref, got, sum)
	}
	if err := f.Close(); err != nil {
		return "", fmt.Errorf("save %s: %w", ref, err)
	}
	keep = true
	return f.Name(), nil
}
