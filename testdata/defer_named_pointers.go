package main

type E struct{ code int }

func (e *E) Error() string { return "E" + string(rune('0'+e.code)) }

func viaPointer() (n int) {
	p := &n
	defer func() { *p *= 3 }()
	defer func(q *int) { *q += 2 }(p)
	n = 1
	return n + 1
}

func overwrite() (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			s = "recovered"
			err = &E{code: 7}
		}
	}()
	s = "start"
	var m map[string]int
	m["x"] = 1
	return "unreachable", nil
}

func argsEvaluated() (r int) {
	x := 5
	defer println("defer sees x =", x)
	defer func(v int) { r += v }(x)
	x = 100
	return x
}

func deferInLoop() (out []int) {
	for i := 0; i < 5; i++ {
		defer func() { out = append(out, i) }()
	}
	return nil
}

type acc struct{ vals []string }

func (a *acc) add(s string) { a.vals = append(a.vals, s) }

func methodValues() (a *acc) {
	a = &acc{}
	defer a.add("last")
	f := a.add
	defer f("middle")
	a.add("first")
	return
}

func nested() (x int) {
	defer func() {
		defer func() { x *= 10 }()
		x++
	}()
	return 4
}

func main() {
	println(viaPointer())
	s, err := overwrite()
	println(s, err.Error())
	println(argsEvaluated())
	println(len(deferInLoop()))
	o := deferInLoop()
	for _, v := range o {
		print(v, " ")
	}
	println()
	a := methodValues()
	for _, v := range a.vals {
		print(v, " ")
	}
	println()
	println(nested())
}
