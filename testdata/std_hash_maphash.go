package main

import (
	"fmt"
	"hash/maphash"
)

func main() {
	seed := maphash.MakeSeed()
	var h maphash.Hash
	h.SetSeed(seed)
	h.WriteString("hello")
	a := h.Sum64()
	h.Reset()
	h.WriteString("hel")
	h.WriteString("lo")
	fmt.Println(a == h.Sum64(), maphash.String(seed, "hello") == a, maphash.Bytes(seed, []byte("hello")) == a)
	fmt.Println(maphash.Comparable(seed, 42) == maphash.Comparable(seed, 42), maphash.String(seed, "x") != maphash.String(seed, "y"))
	var h2 maphash.Hash
	h2.SetSeed(seed)
	maphash.WriteComparable(&h2, struct {
		a int
		s string
	}{1, "x"})
	x := h2.Sum64()
	h2.Reset()
	maphash.WriteComparable(&h2, struct {
		a int
		s string
	}{1, "x"})
	fmt.Println(x == h2.Sum64(), len(h2.Sum(nil)), h2.Size(), h2.BlockSize())
	var z maphash.Hash
	z.Write([]byte("abc"))
	z.WriteByte('d')
	var z2 maphash.Hash
	z2.SetSeed(z.Seed())
	z2.WriteString("abcd")
	fmt.Println(z.Sum64() == z2.Sum64())
	other := maphash.MakeSeed()
	fmt.Println(maphash.String(other, "hello") != maphash.String(seed, "hello"))
}
