package main

// Division by constants is often strength-reduced; check that the results
// still truncate toward zero for negative dividends.

func main() {
	vals := []int64{-9223372036854775808, -1000000007, -100, -17, -16, -9, -8, -7, -1, 0, 1, 7, 8, 9, 16, 17, 100, 1000000007, 9223372036854775807}
	for _, v := range vals {
		println(v, v/2, v%2, v/8, v%8, v/3, v%3, v/7, v%7, v/10, v%10, v/-4, v%-4, v/1000, v%1000)
	}
	uvals := []uint64{0, 1, 7, 8, 1000, 18446744073709551615, 9223372036854775808}
	for _, v := range uvals {
		println(v, v/2, v%2, v/8, v%8, v/3, v%3, v/7, v%7, v/10, v%10, v/1000, v%1000)
	}
	i32 := []int32{-2147483648, -5, 5, 2147483647}
	for _, v := range i32 {
		println(v, v/4, v%4, v/5, v%5, v/-3, v%-3)
	}
	i8 := []int8{-128, -7, 7, 127}
	for _, v := range i8 {
		println(v, v/2, v%2, v/3, v%3, v/-2, v%-2)
	}
	u8 := []uint8{0, 7, 128, 255}
	for _, v := range u8 {
		println(v, v/2, v%2, v/3, v%3, v/10, v%10)
	}
	a, b := 17, -5
	q, r := a/b, a%b
	println(q, r, q*b+r == a)
}
