package main

// Pseudo-random generators with wrapping arithmetic: an LCG, xorshift64*,
// splitmix64 and PCG32, with a Monte Carlo estimate built on them.

type pcg struct{ state, inc uint64 }

func pcgNext(p *pcg) uint32 {
	old := p.state
	p.state = old*6364136223846793005 + p.inc
	xorshifted := uint32(((old >> 18) ^ old) >> 27)
	rot := uint32(old >> 59)
	return xorshifted>>rot | xorshifted<<((-rot)&31)
}

func splitmix(x *uint64) uint64 {
	*x += 0x9e3779b97f4a7c15
	z := *x
	z = (z ^ z>>30) * 0xbf58476d1ce4e5b9
	z = (z ^ z>>27) * 0x94d049bb133111eb
	return z ^ z>>31
}

func xorshiftStar(s *uint64) uint64 {
	x := *s
	x ^= x >> 12
	x ^= x << 25
	x ^= x >> 27
	*s = x
	return x * 0x2545f4914f6cdd1d
}

func main() {
	var lcg uint32 = 1
	for i := 0; i < 5; i++ {
		lcg = lcg*1103515245 + 12345
		print(lcg>>16&0x7fff, " ")
	}
	println()
	p := pcg{0x853c49e6748fea9b, 0xda3e39cb94b95bdb}
	for i := 0; i < 5; i++ {
		print(pcgNext(&p), " ")
	}
	println()
	var sm uint64 = 1234567
	for i := 0; i < 4; i++ {
		print(splitmix(&sm), " ")
	}
	println()
	var xs uint64 = 88172645463325252
	inside := 0
	const trials = 200000
	for i := 0; i < trials; i++ {
		x := float64(xorshiftStar(&xs)>>11) / (1 << 53)
		y := float64(xorshiftStar(&xs)>>11) / (1 << 53)
		if x*x+y*y < 1 {
			inside++
		}
	}
	println(inside, 4*float64(inside)/trials)
	var hist [10]int
	for i := 0; i < 10000; i++ {
		hist[pcgNext(&p)%10]++
	}
	for _, h := range hist {
		print(h, " ")
	}
	println()
	var i8 int8 = 1
	var i16 int16 = 1
	for i := 0; i < 20; i++ {
		i8 = i8*5 + 3
		i16 = i16*-7 + 11
	}
	println(i8, i16)
}
