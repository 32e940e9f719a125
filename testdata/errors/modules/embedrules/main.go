package main

import "embed"

//go:embed x.txt
var a, b string

//go:embed x.txt
var c string = "c"

//go:embed x.txt
func f() {}

//go:embed x.txt
type T string

var (
	//go:embed x.txt
	ok string
	//go:embed x.txt
	d, e []byte
)

func main() {
	//go:embed x.txt
	var local string
	var fs embed.FS
	print(a, b, c, d, e, ok, local, T(""))
	f()
	_ = fs
}
