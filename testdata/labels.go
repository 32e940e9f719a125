package main

func main() {
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			print(i, j, " ")
		}
	}
	println()
	found := -1
search:
	for i := 0; i < 10; i++ {
		switch {
		case i*i > 30:
			found = i
			break search
		case i%2 == 0:
			continue search
		}
		print(i, " ")
	}
	println("found", found)
	count := 0
L1:
	for a := 0; a < 3; a++ {
	L2:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c == 1 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
				count++
			}
		}
	}
	println(count)
	x := 0
sw:
	switch x {
	case 0:
		for {
			x++
			if x > 3 {
				break sw
			}
		}
	}
	println(x)
}
