// gc reports duplicate switch cases only among integer, floating-point and
// string constants: several constant-false cases (build-target tests such
// as `case runtime.GOOS == "aix", runtime.GOOS == "windows":`) are valid.
package main

import (
	"fmt"
	"runtime"
)

const goos = "linux"

func platform() string {
	switch {
	case runtime.GOARCH == "wasm",
		runtime.GOOS == "windows" && runtime.GOARCH == "386",
		runtime.GOOS == "openbsd",
		runtime.GOOS == "aix":
		return "unsupported"
	}
	return "supported"
}

func main() {
	x := 3
	switch {
	case goos == "aix", goos == "windows":
		fmt.Println("no")
	case false:
		fmt.Println("never")
	case x > 2:
		fmt.Println("x>2")
	}
	switch true {
	case goos == "plan9":
	case goos == "js":
	default:
		fmt.Println("default")
	}
	const b = true
	switch b {
	case false, false:
	case true:
		fmt.Println("b")
	}
	fmt.Println(platform())
}
