// Package runtime is golift's runtime package: the Go side of golift's
// runtime, which replaces GOROOT's runtime package in every program.
//
// The mechanisms (scheduler, stacks, memory, maps, channels, panics) are
// in golift's Rust runtime (rt/); this package gives them Go's API and
// provides the hooks that the standard library pulls with //go:linkname.
//
// The rule that ties the two together (rt/ABI.md, "golift's runtime
// package"): a function declared here without a body is an entry point of
// rt exported as runtime.NAME with the C calling convention; golift calls
// it through a small Go-ABI function of its own. Go functions of this
// package never share a symbol with rt's entries.
package runtime

import (
	"internal/goarch"
	"internal/goos"
)

// GOOS is the running program's operating system target.
const GOOS string = goos.GOOS

// GOARCH is the running program's architecture target.
const GOARCH string = goarch.GOARCH

// Compiler is the name of the compiler toolchain that built the binary.
// golift reports gc, whose library and behaviour it reproduces.
const Compiler = "gc"

// Version returns the Go tree's version string: the release of the Go
// installation whose standard library the program was built with.
func Version() string {
	return buildVersion
}

// GOROOT returns the root of the Go tree: $GOROOT of the process's
// starting environment if set, else the GOROOT used at build time.
//
// Deprecated: as in Go.
func GOROOT() string {
	s := gogetenv("GOROOT")
	if s != "" {
		return s
	}
	return defaultGOROOT
}
