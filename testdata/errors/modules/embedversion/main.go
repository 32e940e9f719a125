package main

import _ "embed"

//go:embed x.txt
var s string

func main() { print(s) }
