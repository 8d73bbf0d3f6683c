package feed_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/ed25519"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory/feed"
)

// rewrite edits the feed's manifest and signs it again, as a publisher (or an attacker with
// the key) would.
func rewrite(t testing.TB, dir string, key ed25519.PrivateKey, edit func(m *feed.Manifest)) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, feed.ManifestName))
	if err != nil {
		t.Fatal(err)
	}
	m, err := feed.ParseManifest(b)
	if err != nil {
		t.Fatal(err)
	}
	edit(m)
	out, _ := json.MarshalIndent(m, "", "  ")
	if err := os.WriteFile(filepath.Join(dir, feed.ManifestName), out, 0o644); err != nil {
		t.Fatal(err)
	}
	if key != nil {
		os.WriteFile(filepath.Join(dir, feed.SignatureName), feed.Sign(key, out), 0o644)
	}
	return out
}

// addFile writes a gzipped feed file and returns its size and SHA-256.
func addFile(t testing.TB, dir, name, content string) (int64, string) {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte(content))
	zw.Close()
	if err := os.WriteFile(filepath.Join(dir, name), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(buf.Bytes())
	return int64(buf.Len()), hex.EncodeToString(h[:])
}

// kiosk is one test kiosk holding version 1 of a signed feed served over HTTP.
type kiosk struct {
	dir  string
	srv  *faultServer
	path string
	s    *feed.Syncer
	v1   print
	priv ed25519.PrivateKey
}

func newKiosk(t *testing.T) *kiosk {
	t.Helper()
	pub, priv := testKey(t)
	k := &kiosk{dir: t.TempDir(), priv: priv}
	publish(t, small, k.dir, 1, false, priv)
	k.srv = newFaultServer(t, k.dir)
	k.path = filepath.Join(t.TempDir(), "catalog.db")
	db := openDB(t, k.path)
	k.s = newSyncer(db, k.srv.URL, pub)
	k.s.StallTimeout = 500 * time.Millisecond
	if _, err := k.s.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	k.v1 = fp(t, db)
	return k
}

// mustKeep syncs, expects an error mentioning want, and checks the catalog on disk is
// still exactly version 1 and the status says why.
func (k *kiosk) mustKeep(t *testing.T, want string) {
	t.Helper()
	res, err := k.s.Sync(context.Background())
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("sync = %+v, %v; want an error mentioning %q", res, err, want)
	}
	if got := reopen(t, k.path); got != k.v1 {
		t.Fatalf("after a failed sync the catalog is %v, want version 1's %v", got, k.v1)
	}
	st := k.s.Status()
	if st.Version != 1 || !strings.Contains(st.LastError, want) || st.Failures == 0 || st.LastErrorAt.IsZero() {
		t.Fatalf("status = %+v", st)
	}
	t.Logf("refused: %v", err)
}

// recovers checks that once the fault is gone the next sync brings version v.
func (k *kiosk) recovers(t *testing.T, v int64) {
	t.Helper()
	k.srv.clear()
	res, err := k.s.Sync(context.Background())
	if err != nil || res.Version != v {
		t.Fatalf("sync after the fault = %+v, %v; want version %d", res, err, v)
	}
	if st := k.s.Status(); st.LastError != "" || st.Failures != 0 || st.Version != v {
		t.Fatalf("status after recovery = %+v", st)
	}
}

// TestFaults: every way a download or a feed can go wrong leaves the last good catalog in
// place, intact, with the reason recorded; and the kiosk recovers when the fault goes.
func TestFaults(t *testing.T) {
	snap2 := "/snapshot-2.csv.gz"
	for _, tc := range []struct {
		name    string
		delta   bool // publish version 2 with a delta (else snapshot only)
		prepare func(t *testing.T, k *kiosk)
		want    string
		recover bool
	}{
		{name: "truncated snapshot", prepare: func(t *testing.T, k *kiosk) {
			k.srv.set(snap2, fault{truncate: 4000})
		}, want: "cut off", recover: true},
		{name: "snapshot bytes damaged (wrong sha256)", prepare: func(t *testing.T, k *kiosk) {
			k.srv.set(snap2, fault{corrupt: true})
		}, want: "SHA-256", recover: true},
		{name: "manifest gives the wrong sha256", prepare: func(t *testing.T, k *kiosk) {
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Snapshot.SHA256 = strings.Repeat("ab", 32) })
		}, want: "SHA-256"},
		{name: "manifest gives the wrong size", prepare: func(t *testing.T, k *kiosk) {
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Snapshot.Size++ })
		}, want: "the manifest says"},
		{name: "signed with another key", prepare: func(t *testing.T, k *kiosk) {
			_, other, _ := ed25519.GenerateKey(nil)
			body, _ := os.ReadFile(filepath.Join(k.dir, feed.ManifestName))
			k.srv.set("/"+feed.SignatureName, fault{body: feed.Sign(other, body)})
		}, want: "signature does not verify", recover: true},
		{name: "manifest changed after signing", prepare: func(t *testing.T, k *kiosk) {
			body, _ := os.ReadFile(filepath.Join(k.dir, feed.ManifestName))
			k.srv.set("/"+feed.ManifestName, fault{body: bytes.Replace(body, []byte(`"store_id": "store-1"`), []byte(`"store_id":  "store-1"`), 1)})
		}, want: "signature does not verify", recover: true},
		{name: "signature missing", prepare: func(t *testing.T, k *kiosk) {
			k.srv.set("/"+feed.SignatureName, fault{status: 404})
		}, want: "not signed", recover: true},
		{name: "malformed rows", prepare: func(t *testing.T, k *kiosk) {
			size, sum := addFile(t, k.dir, "snapshot-2.csv.gz", "sku,name,department,category,price,quantity\n"+
				"1,Milk,dairy,milk,1.99,3\n2,Bread,bakery,bread,1,2,3\n3,Eggs,dairy,eggs,three dollars,12\n1,Milk,dairy,milk,1.99,3\n")
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Snapshot.Size, m.Snapshot.SHA256, m.Snapshot.Products = size, sum, 0 })
		}, want: "line 4 (sku 3): price"},
		{name: "manifest answers 500", prepare: func(t *testing.T, k *kiosk) {
			k.srv.set("/"+feed.ManifestName, fault{status: 500})
		}, want: "500 Internal Server Error", recover: true},
		{name: "snapshot answers 500", prepare: func(t *testing.T, k *kiosk) {
			k.srv.set(snap2, fault{status: 500})
		}, want: "500 Internal Server Error", recover: true},
		{name: "snapshot missing (half-published)", prepare: func(t *testing.T, k *kiosk) {
			k.srv.set(snap2, fault{status: 404})
		}, want: "404 Not Found", recover: true},
		{name: "server never answers", prepare: func(t *testing.T, k *kiosk) {
			k.srv.set("/"+feed.ManifestName, fault{hang: true})
		}, want: "no data for 500ms", recover: true},
		{name: "snapshot stalls mid-download", prepare: func(t *testing.T, k *kiosk) {
			k.srv.set(snap2, fault{stallAfter: 2000})
		}, want: "no data for 500ms", recover: true},
		{name: "manifest is not JSON", prepare: func(t *testing.T, k *kiosk) {
			os.WriteFile(filepath.Join(k.dir, feed.ManifestName), []byte("<html>Sign in to the hotel wifi</html>"), 0o644)
			os.Remove(filepath.Join(k.dir, feed.SignatureName))
			k.s.PublicKey = nil
		}, want: "not valid JSON"},
		{name: "another store's feed", prepare: func(t *testing.T, k *kiosk) {
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.StoreID = "store-2" })
		}, want: "another store"},
		{name: "product count differs from the manifest", prepare: func(t *testing.T, k *kiosk) {
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Snapshot.Products++ })
		}, want: "the manifest says"},
		{name: "newer manifest schema", prepare: func(t *testing.T, k *kiosk) {
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.SchemaVersion = 2 })
		}, want: "update the kiosk software"},
		{name: "delta and snapshot both damaged", delta: true, prepare: func(t *testing.T, k *kiosk) {
			k.srv.set("/delta-1-2.jsonl.gz", fault{corrupt: true})
			k.srv.set(snap2, fault{truncate: 100})
		}, want: "cut off", recover: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKiosk(t)
			publish(t, small, k.dir, 2, tc.delta, k.priv)
			tc.prepare(t, k)
			k.mustKeep(t, tc.want)
			if tc.recover {
				k.recovers(t, 2)
			}
		})
	}
}

// TestDeltaFaultsFallBackToSnapshot: a delta that cannot be used costs a snapshot download,
// not a stale kiosk.
func TestDeltaFaultsFallBackToSnapshot(t *testing.T) {
	for _, tc := range []struct {
		name    string
		prepare func(t *testing.T, k *kiosk)
		want    string
	}{
		{"delta damaged", func(t *testing.T, k *kiosk) {
			k.srv.set("/delta-1-2.jsonl.gz", fault{corrupt: true})
		}, "SHA-256"},
		{"delta truncated", func(t *testing.T, k *kiosk) {
			k.srv.set("/delta-1-2.jsonl.gz", fault{truncate: 10})
		}, "cut off"},
		{"delta malformed", func(t *testing.T, k *kiosk) {
			size, sum := addFile(t, k.dir, "delta-1-2.jsonl.gz", `{"op":"update","sku":"2","price":"1.00"}`+"\n"+`{"op":"upsert","sku":"7","name":""}`+"\n")
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Deltas[0].Size, m.Deltas[0].SHA256 = size, sum })
		}, "line 2 (sku 7): name: is empty"},
		{"delta does not fit the catalog", func(t *testing.T, k *kiosk) {
			size, sum := addFile(t, k.dir, "delta-1-2.jsonl.gz", `{"op":"update","sku":"no-such-sku","quantity":3}`+"\n")
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Deltas[0].Size, m.Deltas[0].SHA256 = size, sum })
		}, "does not fit"},
		{"delta leaves the wrong product count", func(t *testing.T, k *kiosk) {
			size, sum := addFile(t, k.dir, "delta-1-2.jsonl.gz", `{"op":"delete","sku":"1"}`+"\n")
			rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Deltas[0].Size, m.Deltas[0].SHA256 = size, sum })
		}, "the manifest says"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			k := newKiosk(t)
			m2 := publish(t, small, k.dir, 2, true, k.priv)
			tc.prepare(t, k)
			k.srv.requests()
			res, err := k.s.Sync(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if res.Action != feed.AppliedSnapshot || res.Version != 2 || !strings.Contains(res.Fallback, tc.want) {
				t.Fatalf("sync = %+v; want the version 2 snapshot because %q", res, tc.want)
			}
			if got := reopen(t, k.path); got.n != m2.Snapshot.Products {
				t.Fatalf("catalog has %d products, want %d", got.n, m2.Snapshot.Products)
			}
		})
	}
}

// TestChainGap: a kiosk whose version has no delta path to the current one takes the
// snapshot and never asks for deltas it cannot use.
func TestChainGap(t *testing.T) {
	k := newKiosk(t)
	publish(t, small, k.dir, 2, true, k.priv)
	m3 := publish(t, small, k.dir, 3, true, k.priv)
	rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Deltas = m.Deltas[1:] }) // only 2→3 left
	k.srv.requests()
	res, err := k.s.Sync(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	if res.Action != feed.AppliedSnapshot || res.Version != 3 || !strings.Contains(res.Fallback, "no delta chain from version 1") {
		t.Fatalf("sync = %+v; want the snapshot because of the gap", res)
	}
	for _, h := range k.srv.requests() {
		if strings.Contains(h.path, "delta") {
			t.Fatalf("fetched %s although the chain has a gap", h.path)
		}
	}
	if got := reopen(t, k.path); got.n != m3.Snapshot.Products {
		t.Fatalf("catalog has %d products, want %d", got.n, m3.Snapshot.Products)
	}
}

// TestRollbackRefused: a manifest older than the version applied (a stale mirror, or an
// attacker replaying an old signed feed) is refused and said so; rolling back is deliberate.
func TestRollbackRefused(t *testing.T) {
	k := newKiosk(t)
	old, _ := os.ReadFile(filepath.Join(k.dir, feed.ManifestName))
	oldSig, _ := os.ReadFile(filepath.Join(k.dir, feed.SignatureName))
	publish(t, small, k.dir, 2, true, k.priv)
	if _, err := k.s.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	v2 := reopen(t, k.path)
	// Version 1's files, validly signed, served again (its snapshot is still there).
	os.WriteFile(filepath.Join(k.dir, feed.ManifestName), old, 0o644)
	os.WriteFile(filepath.Join(k.dir, feed.SignatureName), oldSig, 0o644)
	publishAgain := func() {
		b, _ := os.ReadFile(filepath.Join(k.dir, "snapshot-1.csv.gz"))
		if b == nil {
			t.Fatal("version 1 snapshot pruned too early")
		}
	}
	publishAgain()
	_, err := k.s.Sync(context.Background())
	if !errors.Is(err, feed.ErrOlder) || !strings.Contains(err.Error(), "version 1, but version 2 is already applied") {
		t.Fatalf("sync of an older feed: %v", err)
	}
	if got := reopen(t, k.path); got != v2 {
		t.Fatalf("catalog changed: %v, want %v", got, v2)
	}
	if st := k.s.Status(); st.Version != 2 || !strings.Contains(st.LastError, "already applied") {
		t.Fatalf("status = %+v", st)
	}
	k.s.AllowOlder = true
	res, err := k.s.Sync(context.Background())
	if err != nil || res.Version != 1 || res.Action != feed.AppliedSnapshot {
		t.Fatalf("deliberate rollback = %+v, %v", res, err)
	}
	if got := reopen(t, k.path); got != k.v1 {
		t.Fatalf("after rollback %v, want version 1's %v", got, k.v1)
	}
}

// TestRepublishedVersion: the same version number with different content is the publisher's
// mistake; the kiosk keeps what it has and says so.
func TestRepublishedVersion(t *testing.T) {
	k := newKiosk(t)
	size, sum := addFile(t, k.dir, "snapshot-1.csv.gz", "sku,name,department,category,price,quantity\n1,Milk,dairy,milk,1.99,3\n")
	rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Snapshot.Size, m.Snapshot.SHA256, m.Snapshot.Products = size, sum, 1 })
	k.mustKeep(t, "must raise the version")
}

// TestFailureOutlivesRestart: the last failure (when, why, how many in a row) is kept in the
// catalog file, so a restarted kiosk, its health endpoint and kioskctl sync --status still say
// why the catalog is not current; the count goes on across the restart, and a good check
// clears it.
func TestFailureOutlivesRestart(t *testing.T) {
	k := newKiosk(t)
	publish(t, small, k.dir, 2, false, k.priv)
	k.srv.set("/snapshot-2.csv.gz", fault{status: 500})
	k.mustKeep(t, "500 Internal Server Error")
	k.mustKeep(t, "500 Internal Server Error")
	before := k.s.Status()

	// A restarted process: its own handle on the file and a new syncer.
	restart := func() *feed.Syncer {
		pub, _ := testKey(t)
		s := newSyncer(openDB(t, k.path), k.srv.URL, pub)
		s.StallTimeout = 500 * time.Millisecond
		return s
	}
	s := restart()
	st := s.Status()
	if st.Failures != 2 || st.LastError != before.LastError || !st.LastErrorAt.Equal(before.LastErrorAt) || st.Version != 1 {
		t.Fatalf("status after a restart = %+v\nwant the failure recorded before it: %+v", st, before)
	}
	if _, err := s.Sync(context.Background()); err == nil {
		t.Fatal("sync succeeded with the snapshot still failing")
	}
	if st := restart().Status(); st.Failures != 3 || !strings.Contains(st.LastError, "500") {
		t.Fatalf("status after a third failure = %+v", st)
	}

	k.srv.clear()
	if _, err := s.Sync(context.Background()); err != nil {
		t.Fatal(err)
	}
	if st := restart().Status(); st.Failures != 0 || st.LastError != "" || !st.LastErrorAt.IsZero() || st.Version != 2 {
		t.Fatalf("status after recovery and a restart = %+v", st)
	}
}
