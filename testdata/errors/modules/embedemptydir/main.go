package main

import "embed"

//go:embed assets
var files embed.FS

func main() { _ = files }
