package main

// goto jumping backwards to form loops, forwards over blocks (not into
// them), out of nested blocks, and labels on various statements.

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		return steps
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
}

func find(grid [][]int, target int) (int, int) {
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				r, c := i, j
				_ = r
				_ = c
				goto found
			}
		}
	}
	return -1, -1
found:
	for i := range grid {
		for j := range grid[i] {
			if grid[i][j] == target {
				return i, j
			}
		}
	}
	return -2, -2
}

func skip(x int) string {
	s := "start"
	if x > 0 {
		goto positive
	}
	{
		s += " nonpositive"
	}
	goto done
positive:
	s += " positive"
done:
	return s
}

func main() {
	println(collatz(27), collatz(1))
	g := [][]int{{1, 2}, {3, 4}, {5, 6}}
	println(find(g, 4))
	println(find(g, 7))
	println(skip(1))
	println(skip(-1))
	i := 0
again:
	i++
	if i < 5 {
		goto again
	}
	println(i)
	sum := 0
	k := 0
top:
	for ; k < 10; k++ {
		if k == 5 {
			k++
			goto top
		}
		sum += k
	}
	println(sum)
}
