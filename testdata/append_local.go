package main

// Appends to local slices whose backing store does not escape: since Go 1.25
// gc gives such an append a 32-byte stack backing store on the first append
// to an empty slice (cap = 32/elemsize when at least one element fits), then
// grows it with growslice as usual once it is full.  Compare append_growth.go,
// where the slices live in package-level variables and always grow on the heap.

type B3 [3]byte
type B5 [5]byte
type B7 [7]byte
type W12 [3]int32
type S24 struct{ a, b, c int64 }
type S40 [5]int64
type S48 [6]int64
type S100 [100]byte
type S4K [4096]byte

func main() {
	var s1 []byte
	last := -1
	for i := 0; i < 5000; i++ {
		s1 = append(s1, byte(i))
		if cap(s1) != last {
			last = cap(s1)
			print(last, " ")
		}
	}
	println()
	var s2 []int16
	last = -1
	for i := 0; i < 3000; i++ {
		s2 = append(s2, int16(i))
		if cap(s2) != last {
			last = cap(s2)
			print(last, " ")
		}
	}
	println()
	var s3 []B3
	last = -1
	for i := 0; i < 2000; i++ {
		s3 = append(s3, B3{})
		if cap(s3) != last {
			last = cap(s3)
			print(last, " ")
		}
	}
	println()
	var s4 []int32
	last = -1
	for i := 0; i < 3000; i++ {
		s4 = append(s4, int32(i))
		if cap(s4) != last {
			last = cap(s4)
			print(last, " ")
		}
	}
	println()
	var s5 []B5
	last = -1
	for i := 0; i < 2000; i++ {
		s5 = append(s5, B5{})
		if cap(s5) != last {
			last = cap(s5)
			print(last, " ")
		}
	}
	println()
	var s7 []B7
	last = -1
	for i := 0; i < 2000; i++ {
		s7 = append(s7, B7{})
		if cap(s7) != last {
			last = cap(s7)
			print(last, " ")
		}
	}
	println()
	var s8 []int
	last = -1
	for i := 0; i < 20000; i++ {
		s8 = append(s8, i)
		if cap(s8) != last {
			last = cap(s8)
			print(last, " ")
		}
	}
	println()
	var s12 []W12
	last = -1
	for i := 0; i < 2000; i++ {
		s12 = append(s12, W12{})
		if cap(s12) != last {
			last = cap(s12)
			print(last, " ")
		}
	}
	println()
	var s16 []string
	last = -1
	for i := 0; i < 2000; i++ {
		s16 = append(s16, "")
		if cap(s16) != last {
			last = cap(s16)
			print(last, " ")
		}
	}
	println()
	var s24 []S24
	last = -1
	for i := 0; i < 2000; i++ {
		s24 = append(s24, S24{})
		if cap(s24) != last {
			last = cap(s24)
			print(last, " ")
		}
	}
	println()
	var s40 []S40
	last = -1
	for i := 0; i < 1000; i++ {
		s40 = append(s40, S40{})
		if cap(s40) != last {
			last = cap(s40)
			print(last, " ")
		}
	}
	println()
	var s48 []S48
	last = -1
	for i := 0; i < 1000; i++ {
		s48 = append(s48, S48{})
		if cap(s48) != last {
			last = cap(s48)
			print(last, " ")
		}
	}
	println()
	var s100 []S100
	last = -1
	for i := 0; i < 1000; i++ {
		s100 = append(s100, S100{})
		if cap(s100) != last {
			last = cap(s100)
			print(last, " ")
		}
	}
	println()
	var s4k []S4K
	last = -1
	for i := 0; i < 100; i++ {
		s4k = append(s4k, S4K{})
		if cap(s4k) != last {
			last = cap(s4k)
			print(last, " ")
		}
	}
	println()
	var c128 []complex128
	last = -1
	for i := 0; i < 1000; i++ {
		c128 = append(c128, 0)
		if cap(c128) != last {
			last = cap(c128)
			print(last, " ")
		}
	}
	println()
}
