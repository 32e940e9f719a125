package main

// cap() after append must follow gc's growslice exactly: doubling below 256
// elements, then ~1.25x with a smooth transition, rounded up to the
// allocator's size classes (which depend on the element size).
// The slices are package-level variables, so their backing stores are on the
// heap (see append_local.go for the stack-buffer case).

type B3 [3]byte
type B5 [5]byte
type B7 [7]byte
type W12 [3]int32
type S24 struct{ a, b, c int64 }
type S40 [5]int64
type S48 [6]int64
type S100 [100]byte
type S4K [4096]byte

var (
	s1   []byte
	s2   []int16
	s3   []B3
	s4   []int32
	s5   []B5
	s7   []B7
	s8   []int
	s12  []W12
	s16  []string
	s24  []S24
	s40  []S40
	s48  []S48
	s100 []S100
	s4k  []S4K
	c128 []complex128
)

func main() {
	last := -1
	for i := 0; i < 5000; i++ {
		s1 = append(s1, byte(i))
		if cap(s1) != last {
			last = cap(s1)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 3000; i++ {
		s2 = append(s2, int16(i))
		if cap(s2) != last {
			last = cap(s2)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 2000; i++ {
		s3 = append(s3, B3{})
		if cap(s3) != last {
			last = cap(s3)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 3000; i++ {
		s4 = append(s4, int32(i))
		if cap(s4) != last {
			last = cap(s4)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 2000; i++ {
		s5 = append(s5, B5{})
		if cap(s5) != last {
			last = cap(s5)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 2000; i++ {
		s7 = append(s7, B7{})
		if cap(s7) != last {
			last = cap(s7)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 20000; i++ {
		s8 = append(s8, i)
		if cap(s8) != last {
			last = cap(s8)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 2000; i++ {
		s12 = append(s12, W12{})
		if cap(s12) != last {
			last = cap(s12)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 2000; i++ {
		s16 = append(s16, "")
		if cap(s16) != last {
			last = cap(s16)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 2000; i++ {
		s24 = append(s24, S24{})
		if cap(s24) != last {
			last = cap(s24)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 1000; i++ {
		s40 = append(s40, S40{})
		if cap(s40) != last {
			last = cap(s40)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 1000; i++ {
		s48 = append(s48, S48{})
		if cap(s48) != last {
			last = cap(s48)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 1000; i++ {
		s100 = append(s100, S100{})
		if cap(s100) != last {
			last = cap(s100)
			print(last, " ")
		}
	}
	println()
	last = -1
	for i := 0; i < 100; i++ {
		s4k = append(s4k, S4K{})
		if cap(s4k) != last {
			last = cap(s4k)
			print(last, " ")
		}
	}
	println()
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
