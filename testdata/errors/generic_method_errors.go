package main

type R struct{ v int }

func (r *R) N[T ~int | ~int64](n T) T { return T(r.v) % n }

func (r R) V[T any](x T) T { return x }

type nr interface{ V(int) int }

func main() {
	r := &R{1}
	_ = r.N("s")   // ERROR "string does not satisfy"
	_ = r.V(1, 2)  // ERROR "too many arguments in call to r\.V"
	var _ nr = R{} // ERROR "cannot use R\{\} \(value of struct type R\) as nr value in variable declaration: R does not implement nr \(wrong type for method V\)"
}
