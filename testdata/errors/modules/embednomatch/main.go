package main

import "embed"

//go:embed x.txt assets/*.png
var files embed.FS

func main() { _ = files }
