package main

func find(grid [][]int, target int) (int, int) {
	i, j := -1, -1
outer:
	for r, row := range grid {
		for c, v := range row {
			switch {
			case v == target:
				i, j = r, c
				break outer
			case v < 0:
				continue outer
			}
		}
	}
	return i, j
}

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	steps++
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	goto loop
done:
	return steps
}

func classify(xs []int) (evens, odds, stops int) {
	for _, x := range xs {
	sw:
		switch x % 2 {
		case 0:
			for k := 0; k < x; k++ {
				if k == 3 {
					break sw
				}
				evens++
			}
		default:
			if x > 10 {
				stops++
				goto next
			}
			odds++
		}
	next:
	}
	return
}

func retry() (tries int) {
	defer func() { tries *= 100 }()
again:
	tries++
	if tries < 3 {
		goto again
	}
	return
}

func main() {
	grid := [][]int{{1, 2, 3}, {-1, 9, 9}, {4, 5, 6}}
	println(find(grid, 5))
	println(find(grid, 9))
	println(find(grid, 7))
	println(collatz(27))
	println(classify([]int{2, 6, 3, 11, 4, 13, 7}))
	println(retry())

	n := 0
lbl:
	for {
		for {
			n++
			if n > 5 {
				break lbl
			}
			if n%2 == 0 {
				continue lbl
			}
		}
	}
	println(n)

	{
		i := 0
	top:
		if i < 3 {
			func() {
				defer func() { print("d", i, " ") }()
			}()
			i++
			goto top
		}
		println()
	}
}
