package main

// Labeled break and continue out of nested for loops, out of switch and
// type switch inside loops, and break of a labeled switch.

func main() {
	count := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				continue outer
			}
			if i == 4 {
				break outer
			}
			count++
		}
	}
	println(count)

	found := -1
search:
	for i, row := range [][]int{{1, 2}, {3, 42}, {5}} {
		for _, v := range row {
			switch {
			case v == 42:
				found = i
				break search
			case v%2 == 0:
				continue search
			}
		}
	}
	println(found)

	n := 0
loop:
	for {
		switch n {
		case 3:
			break loop
		default:
			n++
		}
	}
	println(n)

	vals := []any{1, "x", 2.0, nil, 3}
	sum := 0
scan:
	for _, v := range vals {
		switch t := v.(type) {
		case int:
			sum += t
		case string:
			continue scan
		case nil:
			break scan
		default:
			sum += 100
		}
	}
	println(sum)

	r := 0
sw:
	switch {
	case r == 0:
		for i := 0; i < 10; i++ {
			if i == 3 {
				break sw
			}
			r += i
		}
		r = 1000
	}
	println(r)

	total := 0
	m := map[int][]int{1: {1, 2, 3}, 2: {4, 5, 6}}
rows:
	for k := range m {
		for _, v := range m[k] {
			if v%3 == 2 {
				continue rows
			}
			total += v
		}
	}
	println(total)
}
