package main

// More causes of "does not implement": an interface lacking a method of
// another, a near-miss method name, a field where a method is wanted,
// a wrong signature through embedding, a pointer method through an
// embedded pointer (which is fine).

type sizer interface{ size() int }

type namer interface {
	name() string
	size() int
}

type rec struct{ size int }

type wrapped struct{ inner }

type inner struct{}

func (inner) size() string { return "" }

type viaPtr struct{ *grower }

type grower struct{}

func (*grower) size() int { return 0 }

type Closer interface{ Close() error }

type handle struct{}

func (handle) close() error { return nil }

func main() {
	var s sizer
	var n namer = s     // ERROR "cannot use s \(variable of interface type sizer\) as namer value in variable declaration: sizer does not implement namer \(missing method name\)"
	s = rec{}           // ERROR "cannot use rec\{\} \(value of struct type rec\) as sizer value in assignment: rec does not implement sizer \(rec\.size is a field, not a method\)"
	s = wrapped{}       // ERROR "cannot use wrapped\{\} \(value of struct type wrapped\) as sizer value in assignment: wrapped does not implement sizer \(wrong type for method size\)"
	s = viaPtr{}
	var c Closer = handle{} // ERROR "cannot use handle\{\} \(value of struct type handle\) as Closer value in variable declaration: handle does not implement Closer \(missing method Close\)"
	_, _, _ = n, s, c
}
