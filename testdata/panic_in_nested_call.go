package main

func level3(s []int, i int) int { return s[i] * 2 }

func level2(s []int, i int) int { return level3(s, i+1) + 1 }

func level1(s []int) int {
	total := 0
	for i := 0; i < 10; i++ {
		total += level2(s, i)
		println("total", total)
	}
	return total
}

func main() {
	println(level1([]int{1, 2, 3, 4}))
}
