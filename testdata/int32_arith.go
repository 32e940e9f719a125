package main

func main() {
	var a int32 = 2147483647
	var one int32 = 1
	println(a+one, a*2, a*a, -a-one-one)
	var min int32 = -2147483648
	var neg int32 = -1
	println(min/neg, min%neg, -min, min*neg, min-one)
	var p, q int32 = 1000000007, 12345
	println(p/q, p%q, -p/q, -p%q, p/-q, p%-q, p*q)
	var h int32 = 17
	for i := 0; i < 8; i++ {
		h = h*31 + 1234567
		print(h, " ")
	}
	println()
	var r rune = 'x'
	r += 2
	println(r, string(r))
	var u uint32 = 4294967295
	println(u+1, u*u, u/7, u-u-1, u>>1, u<<31)
	var x uint32 = 3000000000
	var y uint32 = 2000000000
	println(x+y, x-y, y-x, x*3, x/y, x%y)
}
