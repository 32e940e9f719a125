package main

// Type arguments that do not satisfy their constraints.

type number interface{ ~int | ~float64 }

func sum[T number](xs []T) T {
	var t T
	for _, x := range xs {
		t += x
	}
	return t
}

func keys[K comparable, V any](m map[K]V) {}

type stringer interface{ String() string }

func show[T stringer](x T) {}

func main() {
	_ = sum([]string{"a"})   // ERROR "string does not satisfy number \(string missing in ~int \| ~float64\)"
	_ = sum[uint]([]uint{1}) // ERROR "uint does not satisfy number \(uint missing in ~int \| ~float64\)"
	show(3)                  // ERROR "int does not satisfy stringer \(missing method String\)"
}
