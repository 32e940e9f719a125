package main

// Constant operands on either side of each operator, unary minus on
// unsigned values, and conversions between integer types of the same size.

func main() {
	vals := []int{-7, -1, 0, 1, 3, 100}
	for _, x := range vals {
		print(5-x, " ", x-5, " ", 3*x, " ", 100/(x|1), " ", x%-3, " ", -x, " ", ^x, " ", 1<<uint(x&7), " ", -64>>uint(x&7), "\n")
	}
	for _, u := range []uint32{0, 1, 2, 0x80000000, 0xffffffff} {
		print(-u, " ", ^u, " ", 10-u, " ", u-10, " ", 0xffffffff/(u|1), " ", u>>31, "\n")
	}
	var i64 int64 = -1
	u64 := uint64(i64)
	back := int64(u64)
	println(u64, back, int(uintptr(u64)), uintptr(i64))
	var i32 int32 = -2
	u32 := uint32(i32)
	println(u32, int32(u32), uint64(u32), int64(i32))
	var i16 int16 = -32768
	println(uint16(i16), -i16, i16/-1, i16*-1)
	var ub uint8 = 1
	println(-ub, ub-2, 0-ub)
	x := 12
	println(x*0, x*1, x*-1, x*2, x*8, x*7, x/1, x/-1, x%1, x&0, x|0, x^0, x^-1, x&^0)
	b := x > 5
	c := x < 5
	bs := [3]bool{b, c, b == c}
	println(bs[0], bs[1], bs[2], b != c)
}
