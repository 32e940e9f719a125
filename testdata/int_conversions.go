package main

func main() {
	var big int64 = 0x123456789abcdef0
	println(int8(big), int16(big), int32(big), uint8(big), uint16(big), uint32(big), uint64(big))
	var neg int64 = -2
	println(int8(neg), int16(neg), int32(neg), uint8(neg), uint16(neg), uint32(neg), uint64(neg), uint(neg))
	var u8 uint8 = 0xff
	println(int8(u8), int16(u8), int32(u8), int64(u8), int(u8))
	var i8 int8 = -1
	println(uint8(i8), uint16(i8), uint32(i8), uint64(i8), int64(i8))
	var i16 int16 = -32768
	println(int8(i16), uint8(i16), uint16(i16), int32(i16), uint32(i16))
	var u32 uint32 = 0x80000000
	println(int32(u32), int64(u32), int16(u32), int8(u32+0x7f))
	var i32 int32 = -1
	println(uint32(i32), uint64(i32), uint64(uint32(i32)), int64(uint32(i32)))
	var r rune = 0x10ffff
	println(byte(r), uint16(r), int8(r))
	for _, v := range []int{127, 128, 255, 256, -129, 65535, 65536, -1} {
		print(int8(v), ",", uint8(v), ",", int16(v), ",", uint16(v), " ")
	}
	println()
	var p uintptr = 0xffff
	println(int(p)+1, uint8(p), p+1)
}
