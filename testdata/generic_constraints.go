package main

// Constraints with methods, ~T unions combined with methods, comparable,
// any, and core-type operations on type parameters.

type stringer interface{ String() string }

type celsius float64

func (c celsius) String() string { return "C" }

type id int

func (i id) String() string { return "id" }

type numStringer interface {
	~int | ~float64
	String() string
}

func describe[T stringer](xs []T) string {
	s := ""
	for _, x := range xs {
		s += x.String()
	}
	return s
}

func double[T numStringer](x T) (T, string) { return x * 2, x.String() }

func contains[T comparable](xs []T, x T) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

func first[T any](xs []T) (T, bool) {
	if len(xs) == 0 {
		var z T
		return z, false
	}
	return xs[0], true
}

type bytesOrString interface{ ~string | ~[]byte }

func length[T bytesOrString](x T) int { return len(x) }

type integer interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64
}

func shiftAll[T integer](xs []T, k uint) {
	for i := range xs {
		xs[i] <<= k
	}
}

type mySlice []int

func main() {
	println(describe([]celsius{1, 2}), describe([]id{1, 2, 3}))
	v, s := double(celsius(1.5))
	println(float64(v), s)
	w, s2 := double(id(21))
	println(int(w), s2)
	println(contains([]string{"a", "b"}, "b"), contains([]float64{1}, 2))
	x, ok := first([]string{})
	println(x == "", ok)
	y, ok := first([]int{9})
	println(y, ok)
	println(length("four"), length([]byte{1, 2}))
	u8 := []uint8{1, 128, 3}
	shiftAll(u8, 1)
	println(u8[0], u8[1], u8[2])
	i64 := []int64{1, -1}
	shiftAll(i64, 62)
	println(i64[0], i64[1])
	ms := mySlice{1, 2}
	shiftAll(ms, 3)
	println(ms[1])
}
