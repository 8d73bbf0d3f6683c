// Package wav reads and writes the 16-bit PCM WAV files the kiosk meets: espeak-ng's output
// (whose header sizes are placeholders when it writes to a pipe), test recordings, and the
// speech it renders for `kioskctl say --out`. Nothing here touches the disk by itself:
// recordings from the microphone never pass through this package.
package wav

import (
	"bufio"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"os"
)

// Audio is mono or interleaved 16-bit PCM.
type Audio struct {
	Rate     int
	Channels int
	Samples  []int16 // interleaved when Channels > 1
}

// Duration is the audio's length in seconds.
func (a Audio) Duration() float64 {
	if a.Rate == 0 || a.Channels == 0 {
		return 0
	}
	return float64(len(a.Samples)/a.Channels) / float64(a.Rate)
}

// ErrFormat is returned for files that are not 16-bit PCM WAV.
var ErrFormat = errors.New("not a 16-bit PCM WAV file")

// Read decodes a WAV stream. A data chunk whose size is a placeholder (as written by programs
// streaming to a pipe) runs to the end of the stream; a truncated file gives what it holds.
func Read(r io.Reader) (Audio, error) {
	br := bufio.NewReader(r)
	var hdr [12]byte
	if _, err := io.ReadFull(br, hdr[:]); err != nil {
		return Audio{}, fmt.Errorf("%w: %v", ErrFormat, err)
	}
	if string(hdr[0:4]) != "RIFF" || string(hdr[8:12]) != "WAVE" {
		return Audio{}, fmt.Errorf("%w: no RIFF/WAVE header", ErrFormat)
	}
	var a Audio
	var bits int
	haveFmt := false
	for {
		var ch [8]byte
		if _, err := io.ReadFull(br, ch[:]); err != nil {
			return Audio{}, fmt.Errorf("%w: no data chunk", ErrFormat)
		}
		id, size := string(ch[0:4]), binary.LittleEndian.Uint32(ch[4:8])
		switch id {
		case "fmt ":
			if size < 16 || size > 1<<16 {
				return Audio{}, fmt.Errorf("%w: bad fmt chunk", ErrFormat)
			}
			b := make([]byte, size+size%2)
			if _, err := io.ReadFull(br, b); err != nil {
				return Audio{}, fmt.Errorf("%w: %v", ErrFormat, err)
			}
			format := binary.LittleEndian.Uint16(b[0:2])
			a.Channels = int(binary.LittleEndian.Uint16(b[2:4]))
			a.Rate = int(binary.LittleEndian.Uint32(b[4:8]))
			bits = int(binary.LittleEndian.Uint16(b[14:16]))
			if format == 0xFFFE && size >= 26 { // WAVE_FORMAT_EXTENSIBLE: the sub-format says PCM
				format = binary.LittleEndian.Uint16(b[24:26])
			}
			if format != 1 || bits != 16 || a.Channels < 1 || a.Channels > 8 || a.Rate < 1000 || a.Rate > 384000 {
				return Audio{}, fmt.Errorf("%w: format %d, %d bits, %d channels, %d Hz", ErrFormat, format, bits, a.Channels, a.Rate)
			}
			haveFmt = true
		case "data":
			if !haveFmt {
				return Audio{}, fmt.Errorf("%w: data before fmt", ErrFormat)
			}
			// Sizes may be placeholders (0, 0x7fffffff, 0xffffffff from programs writing to
			// a pipe): read what is there, up to the size, never allocating the size up front.
			lim := int64(size)
			if size == 0 {
				lim = 1 << 40
			}
			data, err := io.ReadAll(io.LimitReader(br, lim))
			if err != nil {
				return Audio{}, fmt.Errorf("read audio: %w", err)
			}
			a.Samples = make([]int16, len(data)/2)
			for i := range a.Samples {
				a.Samples[i] = int16(binary.LittleEndian.Uint16(data[2*i:]))
			}
			return a, nil
		default:
			if _, err := br.Discard(int(size + size%2)); err != nil {
				return Audio{}, fmt.Errorf("%w: no data chunk", ErrFormat)
			}
		}
	}
}

// ReadFile reads a WAV file.
func ReadFile(path string) (Audio, error) {
	f, err := os.Open(path)
	if err != nil {
		return Audio{}, err
	}
	defer f.Close()
	a, err := Read(f)
	if err != nil {
		return Audio{}, fmt.Errorf("%s: %w", path, err)
	}
	return a, nil
}

// Write encodes a as a WAV stream.
func Write(w io.Writer, a Audio) error {
	n := len(a.Samples) * 2
	h := make([]byte, 44)
	copy(h[0:], "RIFF")
	binary.LittleEndian.PutUint32(h[4:], uint32(36+n))
	copy(h[8:], "WAVEfmt ")
	binary.LittleEndian.PutUint32(h[16:], 16)
	binary.LittleEndian.PutUint16(h[20:], 1)
	binary.LittleEndian.PutUint16(h[22:], uint16(a.Channels))
	binary.LittleEndian.PutUint32(h[24:], uint32(a.Rate))
	binary.LittleEndian.PutUint32(h[28:], uint32(a.Rate*a.Channels*2))
	binary.LittleEndian.PutUint16(h[32:], uint16(a.Channels*2))
	binary.LittleEndian.PutUint16(h[34:], 16)
	copy(h[36:], "data")
	binary.LittleEndian.PutUint32(h[40:], uint32(n))
	bw := bufio.NewWriter(w)
	bw.Write(h)
	var b [2]byte
	for _, s := range a.Samples {
		binary.LittleEndian.PutUint16(b[:], uint16(s))
		bw.Write(b[:])
	}
	return bw.Flush()
}

// WriteFile writes a WAV file.
func WriteFile(path string, a Audio) error {
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	if err := Write(f, a); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Mono16k returns the audio as 16 kHz mono, the recogniser's input: channels are averaged and
// other rates resampled linearly (good enough for speech below 8 kHz after a simple low-pass).
func (a Audio) Mono16k() []int16 {
	return a.Convert(16000)
}

// Convert returns mono samples at rate.
func (a Audio) Convert(rate int) []int16 {
	mono := a.Samples
	if a.Channels > 1 {
		mono = make([]int16, len(a.Samples)/a.Channels)
		for i := range mono {
			sum := 0
			for c := 0; c < a.Channels; c++ {
				sum += int(a.Samples[i*a.Channels+c])
			}
			mono[i] = int16(sum / a.Channels)
		}
	}
	if a.Rate == rate || len(mono) == 0 {
		return mono
	}
	src := mono
	if a.Rate > rate {
		// Average over the decimation window to keep aliasing out of the speech band.
		w := int(math.Ceil(float64(a.Rate) / float64(rate)))
		if w > 1 {
			src = make([]int16, len(mono))
			sum := 0
			for i := range mono {
				sum += int(mono[i])
				if i >= w {
					sum -= int(mono[i-w])
				}
				src[i] = int16(sum / min(i+1, w))
			}
		}
	}
	n := int(int64(len(src)) * int64(rate) / int64(a.Rate))
	out := make([]int16, n)
	step := float64(a.Rate) / float64(rate)
	for i := range out {
		x := float64(i) * step
		j := int(x)
		f := x - float64(j)
		s0 := float64(src[j])
		s1 := s0
		if j+1 < len(src) {
			s1 = float64(src[j+1])
		}
		out[i] = int16(s0 + (s1-s0)*f)
	}
	return out
}
