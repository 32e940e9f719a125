package main

import _ "embed"

//go:embed x.txt
var (
	s string
)

//go:embed
var t string

//go:embed "x.txt
var u string

func main() { print(s, t, u) }

//go:embed x.txt
