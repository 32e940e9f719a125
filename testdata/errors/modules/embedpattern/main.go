package main

import _ "embed"

//go:embed x.txt
//go:embed ../outside.txt
var s string

func main() { print(s) }
