package main

const c int8 = 100

func main() {
	x := c * 2          // ERROR "c \* 2 \(constant 200 of type int8\) overflows int8"
	y := uint16(0) - 1  // ERROR "uint16\(0\) - 1 \(constant -1 of type uint16\) overflows uint16"
	z := int32(1) << 31 // ERROR "int32\(1\) << 31 \(constant 2147483648 of type int32\) overflows int32"
	w := byte(256)      // ERROR "constant 256 overflows byte"
	println(x, y, z, w)
}
