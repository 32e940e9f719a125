package main

// Values assigned to interface-typed variables are converted to the
// interface wherever the assignment happens: package variables (single
// and multi-valued initialisers), tuple assignments from calls and
// comma-ok forms, multi-valued calls passed on as interface arguments.

type N int

func (n N) String() string { return "N" }

func f() N { return 3 }

func two() (N, int) { return 7, 8 }

var g any = 5
var h any = f()
var e error = nil
var k any = "str"
var arr any = [2]int{1, 2}

var m = map[string]int{"a": 1}
var gx, gok any = m["a"]
var ga, gb any = two()

type S struct {
	a [3]int
	s string
}

type Stringer interface{ String() string }

func pair() (N, error) { return 7, nil }

func takes(a any, b any) { println(a.(N).String(), b.(int)) }

func ret() (any, any) { return two() }

func main() {
	println(g.(int), h.(N), e == nil, k.(string), arr.([2]int)[1])
	println(gx.(int), gok.(bool), ga.(N), gb.(int))
	takes(two())
	a, b := ret()
	println(a.(N), b.(int))

	lm := map[int]int{1: 10}
	var x any
	var ok bool
	x, ok = lm[1]
	println(x.(int), ok)
	var y any
	y, ok = x.(int)
	println(y.(int), ok)
	var st Stringer
	var err error
	st, err = pair()
	println(st.String(), err == nil)
	var z any
	s := S{a: [3]int{1, 2, 3}, s: "q"}
	z, s = s, S{}
	println(z.(S).a[2], s.s == "")
	var i, j any
	i, j = two()
	println(i.(N), j.(int))
	var xs []any
	xs = append(xs, 1)
	xs[0], x = "s", xs[0]
	println(xs[0].(string), x.(int))
}
