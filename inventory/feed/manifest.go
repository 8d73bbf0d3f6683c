// Package feed carries the store's catalog from HQ to its kiosks as a plain directory of
// files, so any static web server, S3-compatible bucket, CDN or USB stick can serve it to one
// kiosk or ten thousand. A feed is a manifest (manifest.json, optionally signed with ed25519
// in manifest.json.sig), a full snapshot of the catalog and deltas between versions.
//
// Build writes a feed from the store's catalog export; Syncer keeps a kiosk's catalog
// database in step with one: it polls cheaply (ETag / Last-Modified), verifies size, SHA-256
// and signature before touching the database, applies a snapshot or a chain of deltas in one
// transaction, and on any failure keeps the last good catalog and records why.
package feed

import (
	"bytes"
	"crypto/ed25519"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
	"time"
)

// File names every feed directory holds.
const (
	ManifestName  = "manifest.json"
	SignatureName = "manifest.json.sig"
)

// SchemaVersion is the manifest layout this package reads and writes.
const SchemaVersion = 1

// maxManifest bounds the manifest download; a real one is a few kilobytes.
const maxManifest = 1 << 20

// Manifest describes one version of a store's catalog and how to get it.
type Manifest struct {
	SchemaVersion int    `json:"schema_version"`
	StoreID       string `json:"store_id"`
	StoreName     string `json:"store_name,omitempty"`
	// Version increases with every build; kiosks refuse to go backwards.
	Version int64 `json:"version"`
	// CreatedAt is when the export was taken: the kiosk shows prices and stock "as of" it.
	CreatedAt time.Time `json:"created_at"`
	Snapshot  Snapshot  `json:"snapshot"`
	// Deltas lead from earlier versions towards this one, oldest first.
	Deltas []Delta `json:"deltas"`
}

// Snapshot is the whole catalog at the manifest's version: CSV or JSON Lines, gzip allowed
// (told by the name: .csv, .jsonl, optionally .gz).
type Snapshot struct {
	URL    string `json:"url"` // relative to the manifest, or absolute http(s)
	SHA256 string `json:"sha256"`
	Size   int64  `json:"size"`
	// Products is how many products the catalog holds at this version; kiosks check it after
	// applying a snapshot or deltas. 0: not given.
	Products int `json:"products,omitempty"`
}

// Delta turns version From into version To: JSON Lines of upsert, update and delete by SKU.
type Delta struct {
	From    int64  `json:"from"`
	To      int64  `json:"to"`
	URL     string `json:"url"`
	SHA256  string `json:"sha256"`
	Size    int64  `json:"size,omitempty"`
	Changes int    `json:"changes,omitempty"`
}

// ParseManifest reads and checks a manifest.
func ParseManifest(b []byte) (*Manifest, error) {
	var m Manifest
	dec := json.NewDecoder(bytes.NewReader(b))
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("manifest is not valid JSON: %w", err)
	}
	if err := m.check(); err != nil {
		return nil, fmt.Errorf("manifest: %w", err)
	}
	return &m, nil
}

func (m *Manifest) check() error {
	switch {
	case m.SchemaVersion == 0:
		return errors.New("schema_version is missing")
	case m.SchemaVersion > SchemaVersion:
		return fmt.Errorf("schema_version %d is newer than this kiosk reads (%d); update the kiosk software", m.SchemaVersion, SchemaVersion)
	case m.Version <= 0:
		return fmt.Errorf("version must be a positive whole number (got %d)", m.Version)
	case m.CreatedAt.IsZero():
		return errors.New("created_at is missing")
	}
	if err := checkRef("snapshot.url", m.Snapshot.URL); err != nil {
		return err
	}
	if err := checkSum("snapshot.sha256", m.Snapshot.SHA256); err != nil {
		return err
	}
	if m.Snapshot.Size <= 0 {
		return errors.New("snapshot.size must be the file's size in bytes")
	}
	if m.Snapshot.Products < 0 {
		return errors.New("snapshot.products is negative")
	}
	for i, d := range m.Deltas {
		name := fmt.Sprintf("deltas[%d]", i)
		if d.From <= 0 || d.To <= d.From || d.To > m.Version {
			return fmt.Errorf("%s: from %d to %d is not a step towards version %d", name, d.From, d.To, m.Version)
		}
		if err := checkRef(name+".url", d.URL); err != nil {
			return err
		}
		if err := checkSum(name+".sha256", d.SHA256); err != nil {
			return err
		}
		if d.Size < 0 {
			return fmt.Errorf("%s.size is negative", name)
		}
	}
	return nil
}

func checkSum(field, s string) error {
	if b, err := hex.DecodeString(s); err != nil || len(b) != 32 {
		return fmt.Errorf("%s must be 64 hex digits (got %q)", field, s)
	}
	return nil
}

// checkRef accepts a path relative to the feed directory (never climbing out of it) or an
// absolute http(s) URL.
func checkRef(field, ref string) error {
	if ref == "" {
		return fmt.Errorf("%s is missing", field)
	}
	u, err := url.Parse(ref)
	if err != nil {
		return fmt.Errorf("%s %q: %v", field, ref, err)
	}
	if u.Scheme != "" {
		if u.Scheme != "http" && u.Scheme != "https" {
			return fmt.Errorf("%s %q: only relative paths and http(s) URLs are allowed", field, ref)
		}
		return nil
	}
	if u.Host != "" || strings.HasPrefix(u.Path, "/") {
		return fmt.Errorf("%s %q must be relative to the manifest", field, ref)
	}
	if p := path.Clean(u.Path); p == ".." || strings.HasPrefix(p, "../") {
		return fmt.Errorf("%s %q climbs out of the feed directory", field, ref)
	}
	return nil
}

// chain returns the deltas leading from version from to the manifest's version, or nil when
// the feed has a gap (or from is not on its path).
func (m *Manifest) chain(from int64) []Delta {
	byFrom := map[int64]Delta{}
	for _, d := range m.Deltas {
		if prev, ok := byFrom[d.From]; !ok || d.To > prev.To {
			byFrom[d.From] = d // the longest step from each version
		}
	}
	var out []Delta
	for v := from; v != m.Version; {
		d, ok := byFrom[v]
		if !ok || len(out) > len(m.Deltas) {
			return nil
		}
		out = append(out, d)
		v = d.To
	}
	return out
}

// Keys. Both are one line of standard base64: 32 bytes for a public key, the 32-byte seed or
// 64-byte private key for a signing key.

// GenerateKey makes a signing key pair in the text forms Build and Syncer read.
func GenerateKey() (public, private string, err error) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		return "", "", err
	}
	return base64.StdEncoding.EncodeToString(pub), base64.StdEncoding.EncodeToString(priv), nil
}

// ParsePublicKey reads a public key as written by GenerateKey.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s))
	if err != nil || len(b) != ed25519.PublicKeySize {
		return nil, errors.New("public key must be 44 characters of base64 (an ed25519 key from kioskctl feed keygen)")
	}
	return ed25519.PublicKey(b), nil
}

// ParsePrivateKey reads a signing key as written by GenerateKey.
func ParsePrivateKey(s string) (ed25519.PrivateKey, error) {
	b, err := base64.StdEncoding.DecodeString(strings.TrimSpace(s))
	switch {
	case err == nil && len(b) == ed25519.PrivateKeySize:
		return ed25519.PrivateKey(b), nil
	case err == nil && len(b) == ed25519.SeedSize:
		return ed25519.NewKeyFromSeed(b), nil
	}
	return nil, errors.New("signing key must be base64 of an ed25519 private key (from kioskctl feed keygen)")
}

// Sign returns the detached signature of a manifest's exact bytes, as manifest.json.sig holds it.
func Sign(key ed25519.PrivateKey, manifest []byte) []byte {
	return []byte(base64.StdEncoding.EncodeToString(ed25519.Sign(key, manifest)) + "\n")
}

// ErrBadSignature is wrapped by every signature failure.
var ErrBadSignature = errors.New("manifest signature does not verify")

// Verify checks a detached signature over a manifest's exact bytes.
func Verify(key ed25519.PublicKey, manifest, sig []byte) error {
	raw, err := base64.StdEncoding.DecodeString(strings.TrimSpace(string(sig)))
	if err != nil || len(raw) != ed25519.SignatureSize {
		return fmt.Errorf("%w: %s is not a base64 ed25519 signature", ErrBadSignature, SignatureName)
	}
	if !ed25519.Verify(key, manifest, raw) {
		return fmt.Errorf("%w with the configured public key: the manifest was changed or signed with another key", ErrBadSignature)
	}
	return nil
}
