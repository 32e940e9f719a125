package main

func collatz(n int) int {
	steps := 0
loop:
	if n == 1 {
		goto done
	}
	if n%2 == 0 {
		n /= 2
	} else {
		n = 3*n + 1
	}
	steps++
	goto loop
done:
	return steps
}

func main() {
	i := 0
again:
	print(i, " ")
	i++
	if i < 5 {
		goto again
	}
	println()
	println(collatz(27), collatz(1), collatz(97))
	j := 0
	goto skip
skip:
	j += 10
	if j < 30 {
		goto skip
	}
	println(j)
	for k := 0; k < 3; k++ {
		if k == 1 {
			goto next
		}
		println("k", k)
	next:
	}
}
