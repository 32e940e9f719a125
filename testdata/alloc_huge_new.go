package main

// new of a terabyte array dies with Go's out-of-memory error; an 8 GiB
// local array (moved to the heap, committed lazily) works.

func local() {
	var a [1 << 33]byte
	a[5] = 1
	i := 7
	a[i] = 2
	println(a[5], a[7], len(a))
}

func main() {
	local()
	p := new([1 << 40]byte)
	p[5] = 1
	println(p[5])
}
