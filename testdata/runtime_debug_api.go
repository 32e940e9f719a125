// runtime/debug compiled from GOROOT over golift's runtime hooks:
// SetGCPercent and SetMaxStack return the previous settings, Stack and
// FreeOSMemory work, SetMemoryLimit reports the default limit.
package main

import (
	"fmt"
	"math"
	"runtime/debug"
	"strings"
)

func main() {
	old := debug.SetGCPercent(50)
	fmt.Println("previous GC percent:", old)
	fmt.Println("now:", debug.SetGCPercent(old))
	prev := debug.SetMaxStack(1 << 20)
	fmt.Println("previous max stack:", prev)
	fmt.Println("and back:", debug.SetMaxStack(prev))
	debug.FreeOSMemory()
	st := string(debug.Stack())
	fmt.Println(strings.HasPrefix(st, "goroutine 1 [running]:"), strings.Contains(st, "main.main()"))
	fmt.Println(debug.SetMemoryLimit(-1) == math.MaxInt64)
}
