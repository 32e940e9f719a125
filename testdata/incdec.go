package main

func main() {
	var i8 int8 = 126
	i8++
	i8++
	println(i8)
	var u16 uint16 = 1
	u16--
	u16--
	println(u16)
	var x int = 10
	x += 5
	x -= 3
	x *= 4
	x /= 5
	x %= 7
	println(x)
	x = 0x0f
	x <<= 4
	x |= 3
	x &= 0xf2
	x ^= 0x101
	x &^= 0x100
	x >>= 2
	println(x)
	var u uint32 = 5
	u -= 10
	println(u)
	u <<= 30
	println(u)
	var f float64 = 1.5
	f += 2
	f *= 3
	f /= 2
	f -= 0.25
	println(f)
	var arr [3]int
	arr[1]++
	arr[1] += 10
	arr[2]--
	println(arr[0], arr[1], arr[2])
	var s = "ab"
	s += "cd"
	s += s
	println(s)
	p := &arr[0]
	*p += 100
	*p++
	println(arr[0])
	var c complex128 = 1 + 1i
	c *= c
	c += 2
	println(real(c), imag(c))
}
