package main

func fact(n uint64) uint64 {
	if n <= 1 {
		return 1
	}
	return n * fact(n-1)
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ack(m, n int) int {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ack(m-1, 1)
	}
	return ack(m-1, ack(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func gcd(a, b int) int {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

func hanoi(n int, from, to, via byte, moves *int) {
	if n == 0 {
		return
	}
	hanoi(n-1, from, via, to, moves)
	*moves++
	if n == 4 {
		print(string(rune(from)), "->", string(rune(to)), " ")
	}
	hanoi(n-1, via, to, from, moves)
}

func depth(n int) int {
	var pad [16]int
	pad[n%16] = n
	if n == 0 {
		return 0
	}
	return depth(n-1) + 1 + pad[0]*0
}

func main() {
	for i := uint64(0); i <= 25; i += 5 {
		print(fact(i), " ")
	}
	println()
	println(fib(25))
	println(ack(2, 3), ack(3, 3))
	println(isEven(1000), isOdd(777), isEven(5))
	println(gcd(1071, 462), gcd(17, 5), gcd(0, 9))
	moves := 0
	hanoi(6, 'A', 'C', 'B', &moves)
	println()
	println(moves)
	println(depth(200000))
}
