package main

// Large values (arrays, big structs) and small ones (bytes, bools, zero
// sized) boxed in interfaces round-trip and are independent copies.

type big struct {
	a [32]int
	s string
}

type empty struct{}

func (e empty) kind() string { return "empty" }

func main() {
	var b big
	for i := range b.a {
		b.a[i] = i
	}
	b.s = "big"
	var e any = b
	b.a[5] = 500
	got := e.(big)
	println(got.a[5], got.a[31], got.s)
	vals := []any{byte(200), true, empty{}, int16(-3), float32(1.5), "s", [0]int{}}
	println(vals[0].(byte), vals[1].(bool), vals[2].(empty).kind(), vals[3].(int16), vals[4].(float32), vals[5].(string), len(vals[6].([0]int)))
	var k interface{ kind() string } = empty{}
	println(k.kind(), k == empty{})
	boxes := make([]any, 1000)
	for i := range boxes {
		boxes[i] = big{s: string(rune('a' + i%26))}
	}
	n := 0
	for _, x := range boxes {
		if x.(big).s == "z" {
			n++
		}
	}
	println(n)
}
