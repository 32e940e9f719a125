package main

import (
	"runtime"
)

// The runtime package's constants and build information.
func main() {
	println(runtime.GOOS, runtime.Compiler)
	println(runtime.GOARCH == "amd64" || runtime.GOARCH == "arm64")
	v := runtime.Version()
	println(v[:5], len(v) > 5)
	println(runtime.GOROOT() != "")
	var e runtime.Error
	println(e == nil)
}
