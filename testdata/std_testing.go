// The testing package used from main: Init and flags, Short/Verbose/Testing,
// AllocsPerRun, Benchmark (only stable facts are printed), and a
// BenchmarkResult's methods on fixed values.
package main

import (
	"flag"
	"fmt"
	"testing"
	"time"
)

var sink []int

func main() {
	testing.Init()
	flag.Parse()
	fmt.Println("short:", testing.Short(), "verbose:", testing.Verbose(), "testing:", testing.Testing())
	fmt.Println("flag:", flag.Lookup("test.count").Value, flag.Lookup("test.run").Value)
	allocs := testing.AllocsPerRun(10, func() { sink = make([]int, 10) })
	fmt.Println("allocs:", allocs)
	none := testing.AllocsPerRun(5, func() {})
	fmt.Println("none:", none)
	r := testing.Benchmark(func(b *testing.B) {
		for b.Loop() {
			sink = append(sink[:0], 1)
		}
	})
	fmt.Println("bench ran:", r.N > 0, r.T > 0)
	fixed := testing.BenchmarkResult{N: 1000, T: 2 * time.Millisecond, Bytes: 64, MemAllocs: 3000, MemBytes: 96000}
	fmt.Println(fixed.NsPerOp(), fixed.AllocsPerOp(), fixed.AllocedBytesPerOp())
	fmt.Println(fixed.String())
	fmt.Println(fixed.MemString())
}
