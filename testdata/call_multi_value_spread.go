package main

func triple() (int, int, int) { return 1, 2, 3 }
func two() (string, int)       { return "s", 9 }

func varsum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t*10 + len(xs)
}

func head(h int, rest ...int) int { return h*100 + len(rest) }

func anyf(xs ...interface{}) int { return len(xs) }

func pair(s string, n int) string { return s + string(rune('0'+n)) }

type M struct{}

func (M) sum(xs ...int) int { return varsum(xs...) }

func main() {
	println(varsum(triple()))
	println(head(triple()))
	println(anyf(two()))
	println(anyf(triple()))
	println(pair(two()))
	var m M
	println(m.sum(triple()))
	f := varsum
	println(f(triple()))
	g := func(a, b, c int) int { return a*b + c }
	println(g(triple()))
}
