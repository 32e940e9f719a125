package main

// Float constants keep their value however large their exponents (within gc's
// range): the quotients below are right, and a tiny value underflows only
// when converted to a typed float.

const big = 1e200000
const small = 1e-200000

func main() {
	println(big/1e199999, big/1e199998 > 99, small*1e200000)
	println(0x1p100000/0x1p99999, small > 0)
	var f float64 = small * 1e199990
	println(f)
}
