package main

// Map operations in assignment forms: op-assign and ++ on m[k], reads of
// fields and elements of struct/array elems, comma-ok in var declarations,
// maps of maps, make with a size hint, clear, and a nil-interface key.

type point struct{ x, y int }

func bump(m map[string]int, k string) int {
	m[k] += 10
	return m[k]
}

func main() {
	m := make(map[string]int, 100)
	m["a"]++
	m["a"] *= 5
	m["b"] -= 3
	m["c"] <<= 2
	println(m["a"], m["b"], m["c"], len(m))
	m["d"] = bump(m, "d")
	println(m["d"])

	pts := map[int]point{1: {1, 2}, 2: {3, 4}}
	println(pts[1].x, pts[2].y, pts[3].x)
	arr := map[string][3]int{"x": {7, 8, 9}}
	println(arr["x"][2], len(arr["y"]))

	var v, ok = pts[2]
	println(v.x, ok)
	_, ok = pts[5]
	println(ok)

	nested := map[string]map[int]bool{}
	for _, s := range []string{"p", "q", "p"} {
		if nested[s] == nil {
			nested[s] = map[int]bool{}
		}
		nested[s][len(nested[s])] = true
	}
	println(len(nested), len(nested["p"]), len(nested["q"]), nested["p"][1])

	clear(m)
	println(len(m), m["a"])

	var big = make(map[int64]int8, 5000)
	for i := int64(0); i < 5000; i++ {
		big[i*i] = int8(i)
	}
	println(len(big), big[49*49], big[-1])

	im := map[any]string{}
	im[nil] = "nil key"
	var k any
	println(im[k], len(im))
}
