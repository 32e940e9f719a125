package main

// Keys of every integer size, including boundary values and values that
// share low bits.

func main() {
	m8 := map[int8]int{-128: 1, 127: 2, 0: 3, -1: 4}
	println(len(m8), m8[-128], m8[127], m8[0], m8[-1], m8[1])
	mu8 := map[uint8]int{255: 1, 0: 2}
	println(mu8[255], mu8[0], mu8[1])
	m16 := map[int16]int{-32768: 1, 32767: 2, 256: 3}
	println(m16[-32768], m16[32767], m16[256], m16[0])
	mu16 := map[uint16]int{65535: 7}
	println(mu16[65535], mu16[65534])
	m32 := map[int32]int{-2147483648: 1, 2147483647: 2}
	println(m32[-2147483648], m32[2147483647], m32[1])
	mu32 := map[uint32]int{4294967295: 9}
	println(mu32[4294967295], mu32[0])
	m64 := map[int64]int{-9223372036854775808: 1, 9223372036854775807: 2, 1 << 32: 3, 1: 4}
	println(m64[-9223372036854775808], m64[9223372036854775807], m64[1<<32], m64[1], m64[0])
	mu64 := map[uint64]int{18446744073709551615: 5, 1 << 63: 6}
	println(mu64[18446744073709551615], mu64[1<<63], mu64[0])
	mu := map[uint]string{0: "zero", 1 << 40: "big"}
	println(mu[0], mu[1<<40], len(mu))
	mp := map[uintptr]int{0xdeadbeef: 1}
	println(mp[0xdeadbeef])
	mr := map[rune]int{'a': 1, '世': 2}
	println(mr['a'], mr['世'], mr['b'])
	mb := map[byte]bool{'x': true}
	println(mb['x'], mb['y'])

	// Many keys differing only in high bits.
	big := map[int64]int64{}
	for i := int64(0); i < 64; i++ {
		big[i<<40] = i
	}
	sum := int64(0)
	for i := int64(0); i < 64; i++ {
		sum += big[i<<40]
	}
	println(len(big), sum)

	type ID int32
	ids := map[ID]string{ID(5): "five"}
	println(ids[5], len(ids[6]))
}
