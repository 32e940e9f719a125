package main

func main() {
	for i := range 5 {
		print(i, " ")
	}
	println()
	n := 0
	for range 10 {
		n++
	}
	println(n)
	var u8 uint8 = 3
	for i := range u8 {
		print(i, " ")
	}
	println()
	for i := range 0 {
		println("never", i)
	}
	neg := -3
	for i := range neg {
		println("never", i)
	}
	type Count int
	var c Count = 4
	for i := range c {
		print(i*i, " ")
	}
	println()
	k := 3
	for i := range k {
		k = 100
		print(i, " ")
	}
	println(k)
	sum := 0
	for i := range 1000 {
		if i%3 == 0 {
			continue
		}
		if i > 500 {
			break
		}
		sum += i
	}
	println(sum)
	var i8 int8 = 127
	cnt := 0
	for range i8 {
		cnt++
	}
	println(cnt)
}
