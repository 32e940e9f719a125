package main

func main() {
	var a uint8 = 200
	var b uint8 = 100
	println(a+b, a-b, b-a, a*b, a/b, a%b, a*a)
	var c uint8 = 0
	c--
	println(c)
	c++
	println(c)
	var s uint8 = 1
	for i := 0; i < 10; i++ {
		s *= 3
		print(s, " ")
	}
	println()
	var d uint16 = 1
	for i := 0; i < 20; i++ {
		d = d*5 + 1
		print(d, " ")
	}
	println()
	var e uint32 = 2654435761
	var f uint32 = 12345
	println(e*f, e+e, e/f, e%f)
	var g uint64 = 0xcbf29ce484222325
	for i := 0; i < 5; i++ {
		g ^= uint64(i)
		g *= 0x100000001b3
	}
	println(g)
	var n uint = 7
	println(n-8, (n-8)/2, (n-8)%10)
	var bb byte = 'A'
	bb += 32
	println(bb, string(rune(bb)))
}
