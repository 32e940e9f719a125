// Smaller text and encoding packages: text/scanner, index/suffixarray,
// encoding/gob, encoding/ascii85, mime, mime/multipart, net/mail,
// net/textproto, unicode/utf16.
package main

import (
	"bufio"
	"bytes"
	"encoding/ascii85"
	"encoding/gob"
	"fmt"
	"index/suffixarray"
	"io"
	"mime"
	"mime/multipart"
	"net/mail"
	"net/textproto"
	"regexp"
	"sort"
	"strings"
	"text/scanner"
	"unicode/utf16"
)

type Point struct {
	X, Y int
	Tags []string
	M    map[string]float64
	Next *Point
}

func main() {
	var s scanner.Scanner
	s.Init(strings.NewReader("x := 3.5 + foo(\"str\", 'c') // comment\n/* block */ y"))
	s.Filename = "ex"
	for tok := s.Scan(); tok != scanner.EOF; tok = s.Scan() {
		fmt.Printf("%s:%s:%q ", s.Position, scanner.TokenString(tok), s.TokenText())
	}
	fmt.Println()

	data := []byte("banana bandana")
	idx := suffixarray.New(data)
	offs := idx.Lookup([]byte("ana"), -1)
	sort.Ints(offs)
	fmt.Println("suffixarray:", offs, len(idx.FindAllIndex(regexp.MustCompile("an+"), -1)))

	var buf bytes.Buffer
	in := Point{1, 2, []string{"a", "b"}, map[string]float64{"pi": 3.14}, &Point{X: 9}}
	if err := gob.NewEncoder(&buf).Encode(in); err != nil {
		panic(err)
	}
	var out Point
	if err := gob.NewDecoder(&buf).Decode(&out); err != nil {
		panic(err)
	}
	fmt.Printf("gob: %d %d %v %v %d\n", out.X, out.Y, out.Tags, out.M, out.Next.X)

	enc := make([]byte, ascii85.MaxEncodedLen(11))
	n := ascii85.Encode(enc, []byte("hello world"))
	fmt.Println("ascii85:", string(enc[:n]))
	dec := make([]byte, 32)
	nd, _, err := ascii85.Decode(dec, enc[:n], true)
	fmt.Println("ascii85 back:", string(dec[:nd]), err)

	fmt.Println("mime:", mime.TypeByExtension(".html"), mime.TypeByExtension(".json"))
	mt, params, err := mime.ParseMediaType(`multipart/form-data; boundary="xyz"; charset=utf-8`)
	fmt.Println("media:", mt, params["boundary"], params["charset"], err)
	fmt.Println("format:", mime.FormatMediaType("text/plain", map[string]string{"charset": "utf-8"}))
	fmt.Println("word:", mime.QEncoding.Encode("utf-8", "héllo"))
	wd := new(mime.WordDecoder)
	w, err := wd.DecodeHeader("=?utf-8?q?h=C3=A9llo?= world")
	fmt.Println("decoded:", w, err)

	var mbuf bytes.Buffer
	mw := multipart.NewWriter(&mbuf)
	mw.SetBoundary("BOUNDARY")
	mw.WriteField("name", "gopher")
	fw, _ := mw.CreateFormFile("file", "a.txt")
	io.WriteString(fw, "file contents")
	mw.Close()
	fmt.Printf("multipart: %d %s\n", mbuf.Len(), mw.FormDataContentType())
	mr := multipart.NewReader(&mbuf, "BOUNDARY")
	for {
		p, err := mr.NextPart()
		if err != nil {
			fmt.Println("end:", err)
			break
		}
		b, _ := io.ReadAll(p)
		fmt.Printf("part %s %q %q\n", p.FormName(), p.FileName(), b)
	}

	msg := "From: Gopher <gopher@example.com>\r\nTo: a@b.c, \"Bob\" <bob@b.c>\r\nSubject: Hi\r\nDate: Mon, 02 Jan 2006 15:04:05 -0700\r\n\r\nBody text\r\n"
	m, err := mail.ReadMessage(strings.NewReader(msg))
	if err != nil {
		panic(err)
	}
	from, _ := mail.ParseAddress(m.Header.Get("From"))
	to, _ := m.Header.AddressList("To")
	date, _ := m.Header.Date()
	body, _ := io.ReadAll(m.Body)
	fmt.Println("mail:", from.Name, from.Address, len(to), to[1].Name, m.Header.Get("Subject"), date.UTC(), strings.TrimSpace(string(body)))
	_, err = mail.ParseAddress("not an address")
	fmt.Println("bad address:", err)

	tp := textproto.NewReader(bufio.NewReader(strings.NewReader("Key: v1\r\nkey: v2\r\nOther-Thing:  x \r\n\r\n")))
	h, err := tp.ReadMIMEHeader()
	fmt.Println("textproto:", h["Key"], h.Get("Other-Thing"), err, textproto.CanonicalMIMEHeaderKey("content-type"))

	u := utf16.Encode([]rune("a€😀"))
	fmt.Println("utf16:", u, string(utf16.Decode(u)), utf16.IsSurrogate(rune(u[2])))
}
