// Instances of another package's generic type: its methods use an import
// nothing else there uses and the package's unexported fields, methods and
// struct literals, which are visible to the instance.
package main

import "example.com/genericpkg/box"

func main() {
	var s box.Stack[string]
	s.Push("a")
	s.Push("b")
	println(s.Len(), s.Upper('Q'), s.Upper('q'))
	for {
		v, ok := s.Pop()
		if !ok {
			break
		}
		println(v)
	}
	var n box.Stack[int]
	n.Push(7)
	v, ok := n.Pop()
	println(v, ok, n.Len())
}
