package main

// Deferring method values (receiver evaluated at defer time), method
// expressions, interface methods, and builtins like close-free ones:
// print, println, delete, copy... and panic/recover pairing.

type res struct{ name string }

func (r res) closeVal()  { println("closeVal", r.name) }
func (r *res) closePtr() { println("closePtr", r.name) }

type closer interface{ closeVal() }

func main() {
	m := map[string]int{"a": 1, "b": 2}
	func() {
		defer delete(m, "a")
		println("len during", len(m))
	}()
	println("len after", len(m))

	dst := make([]int, 3)
	func() {
		defer copy(dst, []int{7, 8, 9})
		println("dst during", dst[0])
	}()
	println("dst after", dst[0], dst[2])

	r := res{"first"}
	defer r.closeVal()
	defer r.closePtr()
	defer res.closeVal(r)
	var c closer = r
	defer c.closeVal()
	r.name = "second"
	defer print("print builtin\n")
	println("main body done")
}
