package main

import (
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"sort"
	"strings"

	"example.com/embedfs/inner"
)

//go:embed hello.txt
var hello string

//go:embed hello.txt
var helloBytes []byte

//go:embed version.txt
var version Version

type Version string

type Blob []byte

//go:embed version.txt
var blob Blob

//go:embed empty.txt
var empty []byte

//go:embed static
var static embed.FS

//go:embed all:static
var allStatic embed.FS

//go:embed tmpl/*.tmpl "tmpl/my file.txt"
//go:embed hello.txt
var mixed embed.FS

//go:embed `tmpl/[ab].tmpl`
var ab embed.FS

var zero embed.FS

func walk(name string, f fs.FS) {
	fmt.Println("walk", name)
	err := fs.WalkDir(f, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		info, _ := d.Info()
		fmt.Printf("  %-28s dir=%-5v size=%d mode=%v\n", p, d.IsDir(), info.Size(), info.Mode())
		return nil
	})
	fmt.Println("  err:", err)
}

func main() {
	fmt.Printf("%q %q %q %q\n", hello, helloBytes, version, blob)
	fmt.Println(empty == nil, len(empty))
	helloBytes[0] = 'J'
	fmt.Printf("%q %q\n", hello, helloBytes)

	walk("static", static)
	walk("allStatic", allStatic)
	walk("mixed", mixed)
	walk("ab", ab)
	walk("zero", zero)
	walk("inner.Data", inner.Data)
	fmt.Printf("%q\n", inner.Nums)

	b, err := static.ReadFile("static/css/site.css")
	fmt.Printf("%q %v\n", b, err)
	_, err = static.ReadFile("static/.hidden/key")
	fmt.Println(err, errors.Is(err, fs.ErrNotExist))
	_, err = static.ReadFile("static")
	fmt.Println(err)
	b, err = allStatic.ReadFile("static/.hidden/key")
	fmt.Printf("%q %v\n", b, err)

	entries, err := mixed.ReadDir("tmpl")
	for _, e := range entries {
		fmt.Println(" entry", e.Name(), e.IsDir(), e.Type())
	}
	fmt.Println(err)
	_, err = mixed.ReadDir("nope")
	fmt.Println(err)

	f, err := static.Open("static/index.html")
	if err != nil {
		panic(err)
	}
	st, _ := f.Stat()
	fmt.Println(st.Name(), st.Size(), st.IsDir(), st.ModTime().IsZero())
	data, _ := io.ReadAll(f)
	fmt.Printf("%q\n", data)
	if s, ok := f.(io.Seeker); ok {
		s.Seek(4, io.SeekStart)
		rest, _ := io.ReadAll(f)
		fmt.Printf("%q\n", rest)
	}
	f.Close()

	d, _ := static.Open("static")
	if rd, ok := d.(fs.ReadDirFile); ok {
		es, err := rd.ReadDir(1)
		fmt.Println(len(es), es[0].Name(), err)
		es, err = rd.ReadDir(-1)
		fmt.Println(len(es), err)
	}

	matches, err := fs.Glob(mixed, "tmpl/*")
	fmt.Println(matches, err)
	sub, err := fs.Sub(static, "static/css")
	fmt.Println(err)
	walk("sub", sub)

	_, err = static.Open("../x")
	fmt.Println(err)
	_, err = static.Open("static/")
	fmt.Println(err)

	var names []string
	fs.WalkDir(allStatic, ".", func(p string, d fs.DirEntry, err error) error {
		if !d.IsDir() {
			names = append(names, strings.ToUpper(p))
		}
		return nil
	})
	sort.Strings(names)
	fmt.Println(names)

	dumpFS(&allStatic)
	dumpFS(&mixed)
	dumpFS(&zero)
}
