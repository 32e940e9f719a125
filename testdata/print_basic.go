package main

// print writes its operands with no separators; println separates them with
// spaces and ends with a newline. Both write to standard error.

type MyInt int
type MyStr string
type MyFloat float32

func main() {
	print("a", "b", 1, 2, true, "\n")
	println("a", "b", 1, 2, true)
	println()
	print()
	println(int8(-5), int16(-300), int32(-70000), int64(-1<<40), uint8(200), uint16(60000), uint32(4000000000), uint64(1<<63))
	println(uintptr(12345), 'x', byte('y'))
	println(true, false, !true)
	println(MyInt(7), MyStr("named"), MyFloat(0.5))
	println("", "", "x")
	print(3.0, " ", float32(2.5), " ", 1e100, " ", complex(1, -1), "\n")
	println(-0.0, 1/3.0, 100000000.0)
	var e string
	println(e, "|")
	println("multi\nline")
	print("no newline at end of print; ")
	println("then println")
	var c64 complex64 = 2.5 + 0.5i
	println(c64, complex128(-1i))
}
