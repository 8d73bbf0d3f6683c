package wav_test

import (
	"bytes"
	"encoding/binary"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/storekiosk/storekiosk/speech/wav"
)

func TestRoundTrip(t *testing.T) {
	a := wav.Audio{Rate: 16000, Channels: 1, Samples: []int16{0, 1, -1, 32767, -32768, 1234}}
	path := filepath.Join(t.TempDir(), "x.wav")
	if err := wav.WriteFile(path, a); err != nil {
		t.Fatal(err)
	}
	b, err := wav.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if b.Rate != 16000 || b.Channels != 1 || len(b.Samples) != len(a.Samples) {
		t.Fatalf("read back %+v", b)
	}
	for i := range a.Samples {
		if a.Samples[i] != b.Samples[i] {
			t.Fatalf("sample %d: %d != %d", i, b.Samples[i], a.Samples[i])
		}
	}
}

// A WAV written to a pipe carries placeholder sizes (espeak-ng --stdout writes 0x7fffffff or
// 0xffffffff); the data runs to the end of the stream.
func TestPlaceholderSizes(t *testing.T) {
	var buf bytes.Buffer
	if err := wav.Write(&buf, wav.Audio{Rate: 22050, Channels: 1, Samples: []int16{5, 6, 7, 8}}); err != nil {
		t.Fatal(err)
	}
	for _, size := range []uint32{0, 0x7FFFFFFF, 0xFFFFFFFF} {
		b := bytes.Clone(buf.Bytes())
		binary.LittleEndian.PutUint32(b[4:], size)
		binary.LittleEndian.PutUint32(b[40:], size)
		start := time.Now()
		a, err := wav.Read(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Samples) != 4 || a.Samples[3] != 8 || a.Rate != 22050 {
			t.Fatalf("size %#x: got %+v", size, a)
		}
		// The size is not allocated up front (2 GB would take seconds).
		if d := time.Since(start); d > 100*time.Millisecond {
			t.Errorf("size %#x: read took %v", size, d)
		}
	}
}

func TestRejects(t *testing.T) {
	for name, in := range map[string][]byte{
		"empty":    nil,
		"not riff": []byte("hello world, this is not a wav file at all"),
		"8-bit":    header(1, 8),
		"float":    header(3, 32),
	} {
		if _, err := wav.Read(bytes.NewReader(in)); !errors.Is(err, wav.ErrFormat) {
			t.Errorf("%s: err %v, want ErrFormat", name, err)
		}
	}
}

func header(format, bits uint16) []byte {
	h := make([]byte, 44)
	copy(h, "RIFF")
	copy(h[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(h[16:], 16)
	binary.LittleEndian.PutUint16(h[20:], format)
	binary.LittleEndian.PutUint16(h[22:], 1)
	binary.LittleEndian.PutUint32(h[24:], 16000)
	binary.LittleEndian.PutUint16(h[34:], bits)
	copy(h[36:], "data")
	return h
}

func TestConvert(t *testing.T) {
	// Stereo 32 kHz → mono 16 kHz: half the frames, channels averaged.
	st := make([]int16, 2*3200)
	for i := 0; i < 3200; i++ {
		st[2*i], st[2*i+1] = 1000, 3000
	}
	m := wav.Audio{Rate: 32000, Channels: 2, Samples: st}.Mono16k()
	if len(m) != 1600 {
		t.Fatalf("%d samples, want 1600", len(m))
	}
	if m[800] != 2000 {
		t.Errorf("sample %d, want 2000", m[800])
	}
}

// espeak-ng's own output, through a pipe, reads back.
func TestEspeakOutput(t *testing.T) {
	if _, err := exec.LookPath("espeak-ng"); err != nil {
		if os.Getenv("CI") != "" {
			t.Fatal("espeak-ng is needed (scripts/deps.sh test installs it)")
		}
		t.Skip("espeak-ng not installed")
	}
	out, err := exec.Command("espeak-ng", "--stdout", "hello").Output()
	if err != nil {
		t.Fatal(err)
	}
	a, err := wav.Read(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if a.Rate != 22050 || a.Duration() < 0.2 || a.Duration() > 3 {
		t.Fatalf("espeak-ng WAV read as %d Hz, %.2f s", a.Rate, a.Duration())
	}
}
