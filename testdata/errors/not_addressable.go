package main

func f() int { return 1 }

const k = 3

func main() {
	f() = 2 // ERROR "cannot assign to f\(\) \(neither addressable nor a map index expression\)"
	k = 4   // ERROR "cannot assign to k \(neither addressable nor a map index expression\)"
	s := "hello"
	s[0] = 'H' // ERROR "cannot assign to s\[0\] \(neither addressable nor a map index expression\)"
	p := &f()  // ERROR "invalid operation: cannot take address of f\(\) \(value of type int\)"
	q := &k    // ERROR "invalid operation: cannot take address of k \(untyped int constant 3\)"
	1 = 2      // ERROR "cannot assign to 1 \(neither addressable nor a map index expression\)"
	println(p, q)
}
