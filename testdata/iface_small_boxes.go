package main

// Small scalars, strings and slices converted to interfaces keep their
// values (some share static boxes), compare and hash correctly.

type celsius float32
type code uint16

func show(xs ...any) {
	for _, x := range xs {
		switch v := x.(type) {
		case bool:
			print("bool ", v)
		case int8:
			print("int8 ", v)
		case uint8:
			print("uint8 ", v)
		case int16:
			print("int16 ", v)
		case code:
			print("code ", v)
		case int32:
			print("int32 ", v)
		case celsius:
			print("celsius ", float64(v))
		case float64:
			print("float64 ", v)
		case int:
			print("int ", v)
		case string:
			print("string ", len(v), " ", v)
		case []int:
			print("slice ", len(v), " ", v == nil)
		}
		println()
	}
}

func main() {
	var i8 int8 = -1
	var u8 uint8 = 200
	show(true, false, i8, u8, int16(-300), int16(7), code(65535), int32(-5), int32(1<<20))
	show(celsius(-1.5), 2.25, 255, 256, -7, 1<<40, "", "héllo", []int(nil), []int{1, 2})
	n := 0
	for k := -300; k < 300; k++ {
		var a, b any = k, k
		if a == b && a.(int) == k {
			n++
		}
	}
	println(n)
	m := map[any]int{}
	for k := 0; k < 600; k++ {
		m[int16(k%300)]++
		m[uint8(k)]++
	}
	println(len(m), m[int16(5)], m[uint8(5)])
	var x any = int8(-128)
	var y any = int8(-128)
	println(x == y, x != any(uint8(128)))
}
