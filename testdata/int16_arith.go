package main

func main() {
	var a int16 = 32767
	var one int16 = 1
	println(a+one, a*2, a*a, -a-one-one)
	var min int16 = -32768
	var neg int16 = -1
	println(min/neg, min%neg, -min, min*neg, min-one)
	var p, q int16 = 30000, 7
	println(p/q, p%q, -p/q, -p%q, p/-q, p%-q)
	var h int16 = 1000
	for i := 0; i < 6; i++ {
		h = h*13 + 7
		print(h, " ")
	}
	println()
	var u uint16 = 65535
	println(u+1, u*u, u/255, u-u-1)
	var x uint16 = 40000
	var y uint16 = 30000
	println(x+y, x-y, y-x, x*3)
}
