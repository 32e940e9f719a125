package main

// Type switch cases and assertions that name type parameters: each
// instance matches at run time with its own type arguments; cases that
// coincide in an instance (T = int next to int) are not duplicates, and the
// first matching case wins.

func kind[T any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case int:
		return "int"
	case []T:
		return "[]T"
	}
	return "other"
}

func both[T, U any](x any) string {
	switch x.(type) {
	case T:
		return "T"
	case U:
		return "U"
	}
	return "none"
}

type Stringer interface{ String() string }

func has[T any](v T) bool {
	switch any(v).(type) {
	case Stringer:
		return true
	}
	return false
}

func main() {
	println(kind[string]("a"), kind[string](1), kind[int](1), kind[bool]([]bool{}), kind[int](1.5))
	println(both[int, string]("s"), both[int, int](1), both[int, string](2.5))
	println(has(1))
	main2()
}

type I interface{ M() }

type A int

func (A) M() {}

func pick[T any](x I) string {
	switch x.(type) {
	case T:
		return "T"
	case A:
		return "A"
	}
	return "none"
}

func is[T any](x I) bool {
	_, ok := x.(T)
	return ok
}

func main2() {
	println(pick[int](A(1)), pick[A](A(1)), pick[I](A(2)))
	println(is[int](A(1)), is[A](A(1)))
}
