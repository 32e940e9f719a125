package main

import (
	"bytes"
	"compress/flate"
	"compress/gzip"
	"compress/zlib"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
	"time"
)

func text() []byte {
	var b strings.Builder
	for i := 0; i < 300; i++ {
		fmt.Fprintf(&b, "line %d: the quick brown fox %d jumps over the lazy dog %x\n", i, i*i, i*7919)
	}
	return []byte(b.String())
}

func noise(n int) []byte {
	out := make([]byte, n)
	x := uint32(2463534242)
	for i := range out {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		out[i] = byte(x)
	}
	return out
}

func flateRoundTrip(name string, data []byte, level int) {
	var buf bytes.Buffer
	w, err := flate.NewWriter(&buf, level)
	if err != nil {
		fmt.Println("NewWriter:", err)
		return
	}
	// Write in uneven pieces.
	for i := 0; i < len(data); i += 1000 {
		end := min(i+1000, len(data))
		w.Write(data[i:end])
	}
	w.Close()
	comp := buf.Bytes()
	r := flate.NewReader(bytes.NewReader(comp))
	back, err := io.ReadAll(r)
	fmt.Printf("flate %-6s level %2d: %6d -> %6d  sha %x  ok=%v err=%v\n", name, level, len(data), len(comp), sha256.Sum256(comp), bytes.Equal(back, data), err)
}

func main() {
	inputs := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"short", []byte("hello, hello, hello world")},
		{"text", text()},
		{"noise", noise(20000)},
		{"zeros", make([]byte, 70000)},
	}
	for _, in := range inputs {
		for _, level := range []int{flate.NoCompression, flate.BestSpeed, 2, 5, flate.DefaultCompression, flate.BestCompression, flate.HuffmanOnly} {
			flateRoundTrip(in.name, in.data, level)
		}
	}
	if _, err := flate.NewWriter(io.Discard, 42); err != nil {
		fmt.Println(err)
	}

	// Dictionary.
	dict := []byte("the quick brown fox jumps over the lazy dog")
	var db bytes.Buffer
	dw, _ := flate.NewWriterDict(&db, flate.BestCompression, dict)
	dw.Write([]byte("the lazy dog and the quick brown fox"))
	dw.Close()
	fmt.Printf("dict: %x\n", db.Bytes())
	dr := flate.NewReaderDict(bytes.NewReader(db.Bytes()), dict)
	got, err := io.ReadAll(dr)
	fmt.Printf("%q %v\n", got, err)

	// Flush produces a sync marker.
	var fb bytes.Buffer
	fw, _ := flate.NewWriter(&fb, 6)
	fw.Write([]byte("part one "))
	fw.Flush()
	fmt.Printf("after flush: %x\n", fb.Bytes())
	fw.Write([]byte("part two"))
	fw.Close()
	fmt.Printf("closed: %x\n", fb.Bytes())

	// Corrupt input.
	_, err = io.ReadAll(flate.NewReader(bytes.NewReader([]byte{0xff, 0xff, 0xff})))
	fmt.Println("corrupt:", err)
	_, err = io.ReadAll(flate.NewReader(bytes.NewReader(fb.Bytes()[:5])))
	fmt.Println("truncated:", err)

	// gzip with a header.
	var gb bytes.Buffer
	gw, _ := gzip.NewWriterLevel(&gb, gzip.BestCompression)
	gw.Name = "notes.txt"
	gw.Comment = "a comment"
	gw.ModTime = time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC)
	gw.Extra = []byte("xx")
	gw.Write(text())
	gw.Close()
	fmt.Printf("gzip %d bytes sha %x\n", gb.Len(), sha256.Sum256(gb.Bytes()))
	fmt.Printf("gzip head %x\n", gb.Bytes()[:32])
	gr, err := gzip.NewReader(bytes.NewReader(gb.Bytes()))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(gr.Name, gr.Comment, gr.ModTime.UTC(), string(gr.Extra), gr.OS)
	back, err := io.ReadAll(gr)
	fmt.Println(bytes.Equal(back, text()), err)

	// Multistream gzip.
	var mb bytes.Buffer
	for _, s := range []string{"first;", "second;", "third"} {
		w := gzip.NewWriter(&mb)
		w.Write([]byte(s))
		w.Close()
	}
	mr, _ := gzip.NewReader(&mb)
	all, err := io.ReadAll(mr)
	fmt.Printf("%q %v\n", all, err)

	// Bad checksum.
	bad := append([]byte(nil), gb.Bytes()...)
	bad[len(bad)-5] ^= 0xff
	br, _ := gzip.NewReader(bytes.NewReader(bad))
	_, err = io.ReadAll(br)
	fmt.Println("bad crc:", err)
	_, err = gzip.NewReader(bytes.NewReader([]byte("not gzip at all")))
	fmt.Println("bad header:", err)

	// zlib.
	for _, level := range []int{zlib.NoCompression, zlib.BestSpeed, zlib.DefaultCompression, zlib.BestCompression} {
		var zb bytes.Buffer
		zw, _ := zlib.NewWriterLevel(&zb, level)
		zw.Write(text())
		zw.Close()
		zr, err := zlib.NewReader(bytes.NewReader(zb.Bytes()))
		if err != nil {
			fmt.Println(err)
			continue
		}
		out, err := io.ReadAll(zr)
		fmt.Printf("zlib level %2d: %d bytes, head %x, tail %x, ok=%v %v\n", level, zb.Len(), zb.Bytes()[:2], zb.Bytes()[zb.Len()-4:], bytes.Equal(out, text()), err)
	}
	var zd bytes.Buffer
	zw, _ := zlib.NewWriterLevelDict(&zd, zlib.BestCompression, dict)
	zw.Write([]byte("the lazy dog"))
	zw.Close()
	fmt.Printf("zlib dict %x\n", zd.Bytes())
	_, err = zlib.NewReader(bytes.NewReader(zd.Bytes()))
	fmt.Println("missing dict:", err)
	zr, err := zlib.NewReaderDict(bytes.NewReader(zd.Bytes()), dict)
	if err == nil {
		out, err := io.ReadAll(zr)
		fmt.Printf("%q %v\n", out, err)
	}
	_, err = zlib.NewReader(bytes.NewReader([]byte{0x78, 0x00}))
	fmt.Println("bad zlib header:", err)
}
