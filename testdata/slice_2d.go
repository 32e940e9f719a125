package main

func main() {
	rows, cols := 4, 5
	grid := make([][]int, rows)
	for i := range grid {
		grid[i] = make([]int, cols)
		for j := range grid[i] {
			grid[i][j] = i * j
		}
	}
	for _, row := range grid {
		for _, v := range row {
			print(v, " ")
		}
		println()
	}
	tri := [][]int{}
	for i := 0; i < 6; i++ {
		row := make([]int, i+1)
		row[0], row[i] = 1, 1
		for j := 1; j < i; j++ {
			row[j] = tri[i-1][j-1] + tri[i-1][j]
		}
		tri = append(tri, row)
	}
	for _, r := range tri {
		for _, v := range r {
			print(v, " ")
		}
		println()
	}
	flat := make([]int, 12)
	view := [][]int{flat[0:4], flat[4:8], flat[8:12]}
	view[1][2] = 7
	println(flat[6])
	jag := [][]string{{"a"}, {}, {"b", "c"}}
	total := 0
	for _, r := range jag {
		total += len(r)
	}
	println(total)
}
