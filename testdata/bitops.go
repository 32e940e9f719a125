package main

func main() {
	var a uint8 = 0xcc
	var b uint8 = 0xaa
	println(a&b, a|b, a^b, a&^b, ^a, ^b)
	var c int8 = -86
	var d int8 = 0x55
	println(c&d, c|d, c^d, c&^d, ^c, ^d, -c)
	var e uint32 = 0xf0f0f0f0
	var f uint32 = 0x12345678
	println(e&f, e|f, e^f, e&^f, ^e)
	var g int64 = -0x123456789
	var h int64 = 0x7fff0000ffff
	println(g&h, g|h, g^h, g&^h, ^g)
	var u uint64 = 0x8000000000000001
	println(^u, u&^1, u|0xff)
	// popcount by hand, bit reversal
	x := uint32(0xdeadbeef)
	n := 0
	for v := x; v != 0; v &= v - 1 {
		n++
	}
	println("popcount", n)
	var rev uint32
	for i := 0; i < 32; i++ {
		rev = rev<<1 | (x>>i)&1
	}
	println("reverse", rev)
	rot := x<<8 | x>>24
	println("rotl8", rot)
	a &= 0x0f
	a |= 0x30
	a ^= 0xff
	a &^= 0x81
	println(a)
}
