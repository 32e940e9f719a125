package main

import (
	"fmt"
	"math/rand/v2"
	"time"
)

type seconds int

func main() {
	// Seeded generators are deterministic.
	r := rand.New(rand.NewPCG(1, 2))
	for i := 0; i < 4; i++ {
		fmt.Println(r.Uint64(), r.IntN(100), r.Int32N(1000), r.Uint32N(7), r.Float64())
	}
	fmt.Println(r.Int(), r.Int32(), r.Int64N(1<<40), r.Uint64N(3), r.UintN(9), r.Float32())
	fmt.Println(r.N(int8(100)), r.N(uint16(60000)), r.N(seconds(30)), r.N[int64](5))
	fmt.Println(r.N(10 * time.Second))

	c := rand.New(rand.NewChaCha8([32]byte{1, 2, 3}))
	fmt.Println(c.Int64(), c.Uint32(), c.NormFloat64(), c.ExpFloat64())
	fmt.Println(c.Perm(10))
	s := []string{"a", "b", "c", "d", "e"}
	c.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)

	// ChaCha8 as a reader, and its state round trip.
	cc := rand.NewChaCha8([32]byte{'s', 'e', 'e', 'd'})
	buf := make([]byte, 12)
	n, err := cc.Read(buf)
	fmt.Println(n, err, buf)
	state, err := cc.MarshalBinary()
	fmt.Println(len(state), err)
	next := cc.Uint64()
	cc2 := rand.NewChaCha8([32]byte{})
	fmt.Println(cc2.UnmarshalBinary(state), cc2.Uint64() == next)

	p := rand.NewPCG(7, 8)
	a := p.Uint64()
	p.Seed(7, 8)
	fmt.Println(a == p.Uint64())

	z := rand.NewZipf(rand.New(rand.NewPCG(3, 4)), 1.5, 2, 100)
	fmt.Println(z.Uint64(), z.Uint64(), z.Uint64())

	// The top-level functions are randomly seeded: only properties.
	ok := true
	for i := 0; i < 1000; i++ {
		if v := rand.IntN(10); v < 0 || v >= 10 {
			ok = false
		}
		if f := rand.Float64(); f < 0 || f >= 1 {
			ok = false
		}
		if d := rand.N(time.Minute); d < 0 || d >= time.Minute {
			ok = false
		}
	}
	perm := rand.Perm(5)
	seen := map[int]bool{}
	for _, v := range perm {
		seen[v] = true
	}
	fmt.Println(ok, len(seen))

	defer func() { fmt.Println("recovered:", recover()) }()
	r.IntN(0)
}
