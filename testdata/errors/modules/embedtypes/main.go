package main

import (
	"embed"
	"io/fs"
)

//go:embed x.txt
var n int

//go:embed x.txt
var arr [1]byte

//go:embed *.txt
var s string

//go:embed x.txt y.txt
var b []byte

//go:embed x.txt
var f fs.FS

//go:embed x.txt
var p *embed.FS

//go:embed x.txt
var r []rune

func main() { print(n, arr[0], s, b, f, p, r) }
