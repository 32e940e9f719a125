package main

// int8 arithmetic wraps modulo 2^8; division truncates toward zero.

func show(name string, v int8) {
	println(name, v)
}

func main() {
	var a, b int8 = 127, 1
	show("127+1", a+b)
	a = -128
	show("-128-1", a-b)
	show("-(-128)", -a)
	var m int8 = -1
	show("-128/-1", a/m)
	show("-128%-1", a%m)
	show("-128*-1", a*m)
	var x, y int8 = 100, 3
	show("100*3", x*y)
	show("100/3", x/y)
	show("100%3", x%y)
	show("-100/3", -x/y)
	show("-100%3", -x%y)
	show("100/-3", x/-y)
	show("100%-3", x%-y)
	show("-100%-3", -x%-y)
	for i := int8(120); i > 0; i += 3 {
		print(i, " ")
	}
	println()
	var acc int8 = 1
	for i := 0; i < 10; i++ {
		acc *= 7
		print(acc, " ")
	}
	println()
	var z int8 = 64
	z += z
	show("64+64", z)
	z = 0
	z--
	show("0--", z)
	z = -128
	z--
	show("-128--", z)
}
