package main

// Assigning a type that lacks an interface method.

type shape interface {
	area() int
	perimeter() int
}

type sq struct{ s int }

func (q sq) area() int { return q.s * q.s }

func use(s shape) {}

func main() {
	var s shape = sq{2} // ERROR "cannot use sq\{.*\} \(value of struct type sq\) as shape value in variable declaration: sq does not implement shape \(missing method perimeter\)"
	use(sq{3})          // ERROR "cannot use sq\{.*\} \(value of struct type sq\) as shape value in argument to use: sq does not implement shape \(missing method perimeter\)"
	s = &sq{1}          // ERROR "cannot use &sq\{.*\} \(value of type \*sq\) as shape value in assignment: \*sq does not implement shape \(missing method perimeter\)"
	_ = s
}
