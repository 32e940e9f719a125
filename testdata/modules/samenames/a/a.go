package a

type T struct{ n int }

func (t T) M() int { return t.n }

type hidden struct{ v int }

func F() func() int {
	x := 1
	return func() int { x++; return x }
}

func New(n int) T { return T{n} }

var V = F()

type I interface{ M() int }

func Hidden() any { return hidden{3} }

func Check(v any) bool { _, ok := v.(hidden); return ok }
