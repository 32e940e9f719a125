package main

// Range loops that assign (not declare) their iteration variables: the
// key and value are one tuple assignment (`for i, s[i] = range` indexes
// with the previous i), except over functions, where gc assigns them one
// after the other; values are converted to interface-typed variables.

func pairs(yield func(int, string) bool) {
	for i, s := range []string{"a", "b", "c"} {
		if !yield(i, s) {
			return
		}
	}
}

func try(name string, fn func()) {
	defer func() {
		r := recover()
		if r != nil {
			println(name, "panic:", r.(error).Error())
		} else {
			println(name, "ok")
		}
	}()
	fn()
}

func main() {
	var k, v any
	for k, v = range []string{"x", "y"} {
	}
	println(k.(int), v.(string))
	for k, v = range "hé" {
	}
	println(k.(int), v.(rune))
	for k, v = range map[string]float64{"m": 1.5} {
	}
	println(k.(string), v.(float64))
	for k, v = range pairs {
	}
	println(k.(int), v.(string))
	var arr [3]string
	i := 0
	for i, arr[i] = range pairs {
	}
	println(i, arr[0], arr[1], arr[2])
	m := map[int]int{}
	j := 0
	for j, m[j] = range []int{10, 20, 30} {
	}
	println(j, m[0], m[1], m[2], len(m))
	var ks [2]string
	n := 0
	for ks[n], n = range map[string]int{"only": 1} {
	}
	println(n, ks[0], ks[1])
	s := []int{1}
	x := 0
	try("tuple", func() {
		for x, s[x] = range []int{5, 6} {
		}
	})
	println(x, s[0])
	try("yield", func() {
		for x, s[x] = range pairs2 {
		}
	})
	println(x, s[0])
}

func pairs2(yield func(int, int) bool) {
	for i := range 3 {
		if !yield(i, i*10) {
			return
		}
	}
}
