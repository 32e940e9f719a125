package main

// Go shifts: a count >= the width gives 0 for left shifts and unsigned right
// shifts, and the sign fill for signed right shifts. Counts are unsigned or
// non-negative signed values of any integer type.

func main() {
	var x8 int8 = -100
	var u8 uint8 = 0xb5
	var x32 int32 = -123456789
	var u32 uint32 = 0xdeadbeef
	var x64 int64 = -1234567890123
	var u64 uint64 = 0xfedcba9876543210
	for _, s := range []uint{0, 1, 3, 7, 8, 9, 15, 16, 31, 32, 33, 63, 64, 65, 200, 1 << 40} {
		println(s, x8<<s, x8>>s, u8<<s, u8>>s, x32<<s, x32>>s, u32<<s, u32>>s, x64<<s, x64>>s, u64<<s, u64>>s)
	}
	var c8 uint8 = 250
	var c16 int16 = 17
	var c64 int64 = 64
	println(u64>>c8, u64<<c16, x64>>c64, u32>>c16, x32>>c8)
	var one int = 1
	println(one<<62, one<<63, one<<64, -one>>1, -one>>100)
	var ui uint = 1
	println(ui<<63, ui<<64, ui<<63>>63)
	var b byte = 1
	println(b<<7, b<<8, (b<<7)>>7)
	var i16 int16 = 1
	println(i16<<15, i16<<16, (i16<<15)>>15)
	const big = 1 << 100
	println(big>>98, uint64(big>>40))
	var k uint = 3
	var r = 1 << k
	println(r)
	var r8 int8 = 1 << k
	println(r8 << 4)
}
