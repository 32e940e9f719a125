package main

// Type switches and assertions on values of type-parameter type via any,
// and a generic function whose behaviour depends on the instantiation.

func describe[T any](x T) string {
	switch v := any(x).(type) {
	case int:
		return "int"
	case string:
		return "string:" + v
	case []T:
		return "slice of T"
	case interface{ Name() string }:
		return "named " + v.Name()
	}
	return "other"
}

type person struct{ n string }

func (p person) Name() string { return p.n }

func convert[T, U any](x T) (U, bool) {
	u, ok := any(x).(U)
	return u, ok
}

func main() {
	println(describe(1), describe("s"), describe(person{"bob"}), describe(2.5))
	v, ok := convert[int, int](5)
	println(v, ok)
	_, ok = convert[int, string](5)
	println(ok)
	s, ok := convert[person, interface{ Name() string }](person{"al"})
	println(s.Name(), ok)
}
