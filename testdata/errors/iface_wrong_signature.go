package main

// A method with the right name but the wrong signature.

type reader interface{ read(p []byte) int }

type file struct{}

func (file) read(p []byte) (int, error) { return 0, nil }

type stringer interface{ String() string }

type num int

func (n num) string() string { return "" }

func main() {
	var r reader = file{}   // ERROR "cannot use file\{\} \(value of struct type file\) as reader value in variable declaration: file does not implement reader \(wrong type for method read\)"
	var s stringer = num(1) // ERROR "cannot use num\(1\) \(constant 1 of int type num\) as stringer value in variable declaration: num does not implement stringer \(missing method String\)"
	_, _ = r, s
}
