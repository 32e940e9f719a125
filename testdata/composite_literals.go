package main

type T struct {
	A int
	B string
	C []int
	D [2]bool
	E *int
}

func main() {
	t := T{A: 1, C: []int{1, 2}, D: [2]bool{true}}
	println(t.A, t.B == "", len(t.C), t.D[0], t.D[1], t.E == nil)
	arr := [...]int{5: 50, 1: 10, 20}
	println(len(arr), arr[0], arr[1], arr[2], arr[5])
	sl := []string{3: "d", 0: "a"}
	println(len(sl), sl[0], sl[3], sl[1] == "")
	pts := []struct{ X, Y int }{{1, 2}, {3, 4}, {X: 5}}
	println(len(pts), pts[2].X, pts[2].Y)
	pp := []*T{{A: 7}, {B: "z"}}
	println(pp[0].A, pp[1].B)
	mat := [][]float64{{1, 2}, {3}, {}}
	println(len(mat[0]), len(mat[1]), len(mat[2]))
	ptr := &T{A: 9}
	ptr.C = append(ptr.C, 1, 2, 3)
	println(ptr.A, len(ptr.C))
	pa := &[3]int{1, 2, 3}
	println(pa[2], len(pa))
	nested := [2][2]string{{"a", "b"}, {"c"}}
	println(nested[0][1], nested[1][0], nested[1][1] == "")
	x := 42
	t2 := T{E: &x}
	*t2.E = 43
	println(x)
	const k = 3
	ka := [k + 1]int{k: k}
	println(ka[3])
}
