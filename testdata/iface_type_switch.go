package main

// Type switches: several types per case (binding keeps the interface type),
// nil case, default, interface cases, binding variable with concrete type.

type shape interface{ area() int }
type sq int

func (s sq) area() int { return int(s * s) }

type myErr struct{}

func (myErr) Error() string { return "myErr" }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int:
		return "int " + itoa(x+1)
	case int8, int16:
		_, isAny := any(x).(any)
		if isAny {
			return "small int"
		}
		return "?"
	case string:
		return "string of " + itoa(len(x))
	case shape:
		return "shape with area " + itoa(x.area())
	case error:
		return "error " + x.Error()
	case []int:
		return "slice " + itoa(len(x))
	case func() int:
		return "func " + itoa(x())
	default:
		return "other"
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		s = "-" + s
	}
	return s
}

func main() {
	println(classify(nil))
	println(classify(41))
	println(classify(int8(1)))
	println(classify(int16(1)))
	println(classify("hello"))
	println(classify(sq(3)))
	println(classify(myErr{}))
	println(classify([]int{1, 2}))
	println(classify(func() int { return 9 }))
	println(classify(3.5))
	println(classify(uint(1)))
	var p *int
	println(classify(p))

	var s shape = sq(2)
	switch s.(type) {
	case sq:
		println("sq via shape")
	}
	switch v := s.(type) {
	case interface{ area() int }:
		println("anonymous iface", v.area())
	}
	count := 0
	for _, v := range []any{1, "a", 2, nil, 3.0, "b"} {
		switch v.(type) {
		case int, float64:
			count += 10
		case string:
			count++
		case nil:
			count += 100
		}
	}
	println(count)
}
