package main

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		sum += i
	}
	println(sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	println(n)
	k := 0
	for {
		k++
		if k == 5 {
			continue
		}
		if k > 8 {
			break
		}
		print(k, " ")
	}
	println()
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		print(i, ",", j, " ")
	}
	println()
	total := 0
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j > i {
				break
			}
			if (i+j)%2 == 1 {
				continue
			}
			total += i * j
		}
	}
	println(total)
	var i int
	for i = 0; i < 3; i++ {
	}
	println(i)
	c := 0
	for c < 4 {
		c++
	}
	println(c)
	for x := 10; x > 0; x /= 2 {
		print(x, " ")
	}
	println()
	var u uint8
	steps := 0
	for u = 250; u != 4; u++ {
		steps++
	}
	println(steps, u)
}
