package main

import (
	"bufio"
	"bytes"
	"container/list"
	"container/ring"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash/crc32"
	"hash/fnv"
	"io"
	"math/rand"
	"os"
	"strings"
	"sync"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r     io.Reader
	n     int
	calls int
}

func (c *countingReader) Read(p []byte) (int, error) {
	c.calls++
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type Header struct {
	Magic   [4]byte
	Version uint16
	Flags   uint16
	Length  uint32
}

func main() {
	var buf bytes.Buffer
	mw := io.MultiWriter(&buf, upperWriter{os.Stdout})
	fmt.Fprintf(mw, "hello %s\n", "multi")
	fmt.Print(buf.String())
	cr := &countingReader{r: strings.NewReader(strings.Repeat("abcdefghij", 100))}
	n, err := io.Copy(io.Discard, cr)
	fmt.Println(n, err, cr.n)
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Printf("%s\n", b)
	var tee bytes.Buffer
	tr := io.TeeReader(rot13{strings.NewReader("Uryyb, Tbcure!")}, &tee)
	out, _ := io.ReadAll(tr)
	fmt.Println(string(out), tee.Len())
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		w := bufio.NewWriter(pw)
		for i := 0; i < 5; i++ {
			fmt.Fprintf(w, "line %d\n", i)
		}
		w.Flush()
		pw.CloseWithError(errors.New("producer done"))
	}()
	br := bufio.NewReader(pr)
	for {
		line, err := br.ReadString('\n')
		if err != nil {
			fmt.Printf("err=%v partial=%q\n", err, line)
			break
		}
		fmt.Print("got ", line)
	}
	wg.Wait()
	sr := strings.NewReader("seekable data")
	sr.Seek(5, io.SeekStart)
	rest, _ := io.ReadAll(sr)
	fmt.Printf("%s %d\n", rest, sr.Len())
	sec := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	p := make([]byte, 3)
	k, err := sec.ReadAt(p, 3)
	fmt.Println(k, err, string(p[:k]))
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
	h := Header{[4]byte{'G', 'O', 'L', 'F'}, 2, 0x8001, 1234}
	var bb bytes.Buffer
	binary.Write(&bb, binary.BigEndian, h)
	fmt.Println(hex.EncodeToString(bb.Bytes()))
	var h2 Header
	binary.Read(bytes.NewReader(bb.Bytes()), binary.BigEndian, &h2)
	fmt.Printf("%+v %v\n", h2, h == h2)
	le := make([]byte, 8)
	binary.LittleEndian.PutUint64(le, 0x0102030405060708)
	fmt.Println(le, binary.BigEndian.Uint32(le[:4]))
	vb := binary.AppendUvarint(nil, 300)
	v, nn := binary.Uvarint(vb)
	fmt.Println(vb, v, nn)
	fmt.Print(hex.Dump([]byte("golift dump test!!")))
	enc := base64.StdEncoding.EncodeToString([]byte("any carnal pleas"))
	dec, err := base64.URLEncoding.DecodeString("aGk_Pz8-")
	fmt.Println(enc, string(dec), err)
	_, err = base64.StdEncoding.DecodeString("!!!")
	fmt.Println(err)
	fmt.Printf("%08x %d\n", crc32.ChecksumIEEE([]byte("hello")), crc32.Checksum([]byte("hello"), crc32.MakeTable(crc32.Castagnoli)))
	f := fnv.New64a()
	f.Write([]byte("key"))
	fmt.Println(f.Sum64())
	l := list.New()
	l.PushBack(1)
	l.PushFront(0)
	e := l.PushBack(3)
	l.InsertBefore(2, e)
	l.MoveToFront(e)
	for x := l.Front(); x != nil; x = x.Next() {
		fmt.Print(x.Value, " ")
	}
	fmt.Println(l.Len())
	r := ring.New(4)
	for i := 0; i < r.Len(); i++ {
		r.Value = i * i
		r = r.Next()
	}
	r.Do(func(v any) { fmt.Print(v, ",") })
	fmt.Println()
	rng := rand.New(rand.NewSource(42))
	var rolls [6]int
	for i := 0; i < 600; i++ {
		rolls[rng.Intn(6)]++
	}
	fmt.Println(rolls, rng.Float64() < 1, rng.Perm(5))
	deck := []string{"A", "K", "Q", "J", "10"}
	rng.Shuffle(len(deck), func(i, j int) { deck[i], deck[j] = deck[j], deck[i] })
	fmt.Println(deck, rng.Int63n(1000), rng.Uint32())
	w := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(w, "%s|", strings.Repeat("x", 40))
	fmt.Println(w.Buffered(), w.Available())
	w.Flush()
	fmt.Println()
}
