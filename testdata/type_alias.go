package main

// Type aliases denote the same type: no conversion needed, methods
// declared via the alias belong to the original, alias of builtin types,
// generic alias (Go 1.24).

type celsius = float64

type point struct{ x, y int }

type P = point

func (p P) sum() int { return p.x + p.y }

type intSlice = []int

type myByte = byte

type pairOf[T any] = struct{ a, b T }

type ints = map[string]int

func total(s intSlice) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	var c celsius = 36.6
	var f float64 = c
	println(f == c, c+0.4)
	p := point{1, 2}
	var q P = p
	println(q.sum(), p.sum(), q == p)
	println(total([]int{1, 2, 3}))
	var b myByte = 'x'
	var bs []byte = []myByte{b, b}
	println(string(bs))
	pr := pairOf[string]{"l", "r"}
	var raw struct{ a, b string } = pr
	println(raw.a + raw.b)
	m := ints{"k": 1}
	var mm map[string]int = m
	mm["k"]++
	println(m["k"])
	var e any = q
	_, isPoint := e.(point)
	println(isPoint)
	var r rune = 'λ'
	var i32 int32 = r
	println(i32)
}
