package main

func main() {
	var i64 int64 = -9223372036854775808
	var u64 uint64 = 18446744073709551615
	println(i64, u64, i64+1, u64-1)
	for v := int64(1); v != 0 && v < 1e18; v *= 10 {
		print(v, " ", -v, " ")
	}
	println()
	var i8 int8 = -128
	var u8 uint8 = 255
	var i16 int16 = -32768
	var u16 uint16 = 65535
	var i32 int32 = -2147483648
	var u32 uint32 = 4294967295
	println(i8, u8, i16, u16, i32, u32)
	println(0, -0, 00, 0x10, 0o17, 0b101, 1_000_000, 0x_ff)
	var r rune = -1
	println(r, rune(0x7fffffff))
}
