package main

func main() {
	n := uint(5)
	for i := n; i > 0; i-- {
		print(i, " ")
	}
	println()
	var u8 uint8
	count := 0
	for u8 = 255; u8 >= 250; u8-- {
		count++
	}
	println(count, u8)
	var j uint16 = 3
	for j != 65533 {
		j--
	}
	println(j)
	var k int8 = 100
	steps := 0
	for k > 0 {
		k += 10
		steps++
	}
	println(steps, k)
	var total uint64
	for i := uint64(1); i != 0; i <<= 1 {
		total += i
	}
	println(total)
	var s []int
	for i := len(s) - 1; i >= 0; i-- {
		println("never")
	}
	var x uint32 = 10
	for x < 1<<31 {
		x *= 3
	}
	println(x)
}
