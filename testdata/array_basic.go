package main

func main() {
	var a [5]int
	println(len(a), cap(a), a[0], a[4])
	for i := range a {
		a[i] = i * 10
	}
	b := a
	b[0] = 99
	println(a[0], b[0])
	c := [...]string{"x", "y", "z"}
	println(len(c), c[2])
	d := [10]int{2: 5, 7: 9, 1}
	for _, v := range d {
		print(v, " ")
	}
	println()
	var grid [3][4]int
	for i := 0; i < 3; i++ {
		for j := 0; j < 4; j++ {
			grid[i][j] = i*4 + j
		}
	}
	row := grid[1]
	row[0] = -1
	println(grid[1][0], row[0], len(grid), len(grid[0]))
	pa := &grid[2]
	pa[3] = 1000
	println(grid[2][3])
	e := [0]int{}
	println(len(e))
	bs := [4]byte{'a', 'b', 'c', 'd'}
	sl := bs[1:3]
	sl[0] = 'B'
	println(string(bs[:]), len(sl), cap(sl))
	var fl [3]float64
	fl[1] = 2.5
	println(fl[0], fl[1])
	const n = 4
	var sq [n * n]int
	println(len(sq))
	idx := 2
	println(c[idx], d[idx+5])
	ptr := &a
	println(ptr[3], len(ptr))
	for i, v := range ptr {
		if i == 1 {
			ptr[4] = 12345
		}
		print(v, " ")
	}
	println()
}
