package feed_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/inventory/feed"
)

const mib = 1 << 20

// gzipBomb is a real gzip bomb: prefix, then n bytes of unit repeated, as concatenated gzip
// members (gunzip, like Go's gzip.Reader, reads them as one stream), so building gigabytes
// costs one compression of 16 MiB.
func gzipBomb(t testing.TB, prefix, unit string, n int64) []byte {
	t.Helper()
	member := func(b []byte) []byte {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(b)
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		return buf.Bytes()
	}
	block := bytes.Repeat([]byte(unit), (16<<20)/len(unit))
	packed := member(block)
	out := member([]byte(prefix))
	for done := int64(0); done < n; done += int64(len(block)) {
		out = append(out, packed...)
	}
	return out
}

// serveSnapshot publishes version 2 with body as its snapshot, named name and said to hold
// products products.
func (k *kiosk) serveSnapshot(t *testing.T, name string, body []byte, products int) {
	t.Helper()
	publish(t, small, k.dir, 2, false, k.priv)
	if err := os.WriteFile(filepath.Join(k.dir, name), body, 0o644); err != nil {
		t.Fatal(err)
	}
	h := sha256.Sum256(body)
	rewrite(t, k.dir, k.priv, func(m *feed.Manifest) {
		m.Snapshot.URL, m.Snapshot.Size, m.Snapshot.SHA256, m.Snapshot.Products = name, int64(len(body)), hex.EncodeToString(h[:]), products
	})
}

// heapWatch fails the whole test binary, loudly, if the heap passes limit before stop is
// called: a decoder that does not stop at its limits would otherwise take the machine's
// memory (and other people's work) with it before any assertion ran.
func heapWatch(limit uint64) (stop func()) {
	done := make(chan struct{})
	go func() {
		tick := time.NewTicker(20 * time.Millisecond)
		defer tick.Stop()
		var ms runtime.MemStats
		for {
			select {
			case <-done:
				return
			case <-tick.C:
			}
			runtime.ReadMemStats(&ms)
			if ms.HeapInuse > limit {
				panic(fmt.Sprintf("heap in use %d MiB while syncing, over %d MiB: the feed's limits do not hold", ms.HeapInuse>>20, limit>>20))
			}
		}
	}()
	return func() { close(done) }
}

// TestGzipBombSnapshot is issue 16: a 6 MB snapshot that unpacks to one 6 GiB field. The
// sync refuses it naming the file and the limit, stops reading after about a megabyte (the
// memory it allocates stays small), keeps the catalog exactly as it was, reports the
// failure in its status, and tries again at the next check; a good version then applies.
func TestGzipBombSnapshot(t *testing.T) {
	k := newKiosk(t)
	bomb := gzipBomb(t, "sku,name,department,category,price,quantity\n1,", "a", 6<<30)
	k.serveSnapshot(t, "snapshot-2.csv.gz", bomb, 1)
	t.Logf("bomb: %d bytes, unpacking to 6 GiB", len(bomb))

	defer heapWatch(512 * mib)()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	want := "snapshot snapshot-2.csv.gz: line 2: one record is longer than 1 MiB"
	k.mustKeep(t, want)
	runtime.ReadMemStats(&after)
	if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 64*mib {
		t.Errorf("the refused sync allocated %d MiB; the decoder must stop at the record limit", alloc>>20)
	} else {
		t.Logf("the refused sync allocated %.1f MiB", float64(alloc)/mib)
	}

	// The next check fetches the feed again (no validators were kept for a failed version)
	// and fails the same way, one more failure in a row.
	k.srv.requests()
	k.mustKeep(t, want)
	if got := paths(k.srv.requests()); !strings.Contains(strings.Join(got, " "), "/snapshot-2.csv.gz 200") {
		t.Errorf("the retry did not fetch the snapshot again: %v", got)
	}
	if st := k.s.Status(); st.Failures != 2 {
		t.Errorf("status after two refusals = %+v", st)
	}
	publish(t, small, k.dir, 3, false, k.priv)
	k.recovers(t, 3)
}

// TestLongFieldPlainSnapshot: the record limit holds for an uncompressed snapshot too.
func TestLongFieldPlainSnapshot(t *testing.T) {
	k := newKiosk(t)
	body := "sku,name,department,category,price,quantity\n1,Milk,dairy,milk,1.99,3\n2," + strings.Repeat("x", 8*mib) + ",dairy,milk,1.99,3\n"
	k.serveSnapshot(t, "snapshot-2.csv", []byte(body), 2)
	k.mustKeep(t, "snapshot snapshot-2.csv: line 3: one record is longer than 1 MiB")
}

// TestSnapshotUnpackLimit: a snapshot of ordinary rows that unpacks to more than the
// kiosk's limit is refused once the limit is reached, naming the file, the limit and the
// setting that raises it.
func TestSnapshotUnpackLimit(t *testing.T) {
	k := newKiosk(t)
	k.s.MaxUnpacked = 4 * mib
	bomb := gzipBomb(t, "sku,name,department,category,price,quantity\n", "1,Milk,dairy,milk,1.99,3\n", 256*mib)
	k.serveSnapshot(t, "snapshot-2.csv.gz", bomb, 0)
	k.mustKeep(t, "snapshot snapshot-2.csv.gz unpacks to more than 4 MiB; stopped reading")
	if st := k.s.Status(); !strings.Contains(st.LastError, "sync.max_unpacked_mb") {
		t.Errorf("the error does not say how to raise the limit: %s", st.LastError)
	}
}

// TestSnapshotMoreRowsThanManifest: the manifest says how many products the snapshot holds;
// reading stops as soon as the file has more rows than that.
func TestSnapshotMoreRowsThanManifest(t *testing.T) {
	k := newKiosk(t)
	bomb := gzipBomb(t, "sku,name,department,category,price,quantity\n", "1,Milk,dairy,milk,1.99,3\n", 64*mib)
	k.serveSnapshot(t, "snapshot-2.csv.gz", bomb, 3)
	k.mustKeep(t, "snapshot snapshot-2.csv.gz has more than the 3 products the manifest says; stopped reading")
}

// TestDeltaMoreChangesThanManifest: likewise a delta that goes on past the changes its
// manifest entry counts is given up (for the snapshot) as soon as it does.
func TestDeltaMoreChangesThanManifest(t *testing.T) {
	k := newKiosk(t)
	m2 := publish(t, small, k.dir, 2, true, k.priv)
	path := filepath.Join(k.dir, m2.Deltas[0].URL)
	zr, err := gzip.NewReader(bytes.NewReader(must(os.ReadFile(path))))
	if err != nil {
		t.Fatal(err)
	}
	real, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	body := string(real) + strings.Repeat(`{"op":"delete","sku":"no-such-sku"}`+"\n", 100_000)
	size, sum := addFile(t, k.dir, m2.Deltas[0].URL, body)
	rewrite(t, k.dir, k.priv, func(m *feed.Manifest) { m.Deltas[0].Size, m.Deltas[0].SHA256 = size, sum })

	res, err := k.s.Sync(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	want := fmt.Sprintf("has more than the %d changes the manifest says", m2.Deltas[0].Changes)
	if res.Action != feed.AppliedSnapshot || !strings.Contains(res.Fallback, want) {
		t.Fatalf("sync = %+v; want the snapshot because the delta %s", res, want)
	}
}

func must[T any](v T, err error) T {
	if err != nil {
		panic(err)
	}
	return v
}
