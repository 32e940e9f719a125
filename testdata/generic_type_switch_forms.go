package main

type Stringer interface{ String() string }

type ID int

func (i ID) String() string { return "ID#" + itoa(int(i)) }

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	if neg {
		b = append([]byte{'-'}, b...)
	}
	return string(b)
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case nil:
		return "nil"
	case int, int64:
		return "integer"
	case string:
		return "string:" + x
	case Stringer:
		return "stringer:" + x.String()
	case []T:
		return "slice of T"
	case map[string]T:
		return "map of T"
	case func() T:
		return "func returning T"
	default:
		return "other"
	}
}

type Box[T any] struct{ v T }

func (b Box[T]) String() string { return "box(" + Describe(b.v) + ")" }

func Kind[T any]() string {
	var z T
	switch any(z).(type) {
	case int:
		return "int"
	case *int:
		return "*int"
	case Box[int]:
		return "Box[int]"
	case Box[string]:
		return "Box[string]"
	}
	return "?"
}

func Zero[T any]() T {
	var z T
	return z
}

func IsZero[T comparable](v T) bool {
	return v == Zero[T]()
}

func main() {
	println(Describe(1))
	println(Describe(int64(2)))
	println(Describe("hi"))
	println(Describe(ID(7)))
	println(Describe(Box[ID]{3}))
	println(Describe(Box[Box[string]]{Box[string]{"in"}}))
	println(Describe(1.5))
	println(Describe[any](nil))
	println(Describe[error](nil))
	println(Describe[any]([]any{}))
	println(Describe([]int{}))
	println(Describe[[]int]([]int{}))
	println(Describe(true))
	println(Describe(map[string]string{}))
	println(Describe(func() float64 { return 0 }))
	println(Kind[int](), Kind[*int](), Kind[Box[int]](), Kind[Box[string]](), Kind[Box[bool]]())
	println(IsZero(0), IsZero("x"), IsZero(Box[int]{}), IsZero[any](nil), IsZero[Stringer](ID(0)))
}
