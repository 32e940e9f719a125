package main

var idx = 10

func main() {
	var grid [3][3]int
	grid[1][2] = 5
	println(grid[1][2])
	grid[2][idx] = 1
}
