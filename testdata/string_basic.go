package main

func main() {
	s := "hello, world"
	println(len(s), s[0], s[7], s[len(s)-1])
	println(s[0:5], s[7:], s[:0], s[12:], s[3:3], s[:])
	t := s[7:12]
	println(t, len(t), t[0])
	u := "héllo"
	println(len(u), u[1], u[2], u[1:3])
	e := ""
	println(len(e), e == "", e+e == "", e+"x")
	a := "foo"
	b := "bar"
	c := a + b + a
	println(c, len(c))
	c += "!"
	println(c)
	var n string
	println(n == "", len(n), "["+n+"]")
	var bs [3]byte
	for i := 0; i < 3; i++ {
		bs[i] = s[i]
	}
	println(bs[0], bs[1], bs[2])
	const k = "constant" + " " + "string"
	println(k, len(k), k[3])
	long := ""
	for i := 0; i < 10; i++ {
		long += string(rune('a' + i))
	}
	println(long, long[2:8][1:3])
	x := "abc"
	y := x
	x += "d"
	println(x, y)
}
