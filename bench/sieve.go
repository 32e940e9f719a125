package main

// Sieve of Eratosthenes over a byte slice, repeated; prints the prime count
// and the sum of the primes below the limit.

func sieve(flags []bool) int {
	for i := range flags {
		flags[i] = true
	}
	flags[0], flags[1] = false, false
	for i := 2; i*i < len(flags); i++ {
		if flags[i] {
			for j := i * i; j < len(flags); j += i {
				flags[j] = false
			}
		}
	}
	count := 0
	for _, f := range flags {
		if f {
			count++
		}
	}
	return count
}

func main() {
	const limit = 20000000
	flags := make([]bool, limit)
	count := 0
	for rep := 0; rep < 10; rep++ {
		count = sieve(flags)
	}
	var sum uint64
	for i, f := range flags {
		if f {
			sum += uint64(i)
		}
	}
	println(count, sum)
}
