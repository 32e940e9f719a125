// Package b instantiates both packages' P, imported under the same name
// in different files: each instance gets only its own package's methods.
package b

import "example.com/genericsame/a"

type elt struct {
	next a.P[elt]
	n    int
}

func Run() int {
	var head a.P[elt]
	head.Store(&elt{n: 5})
	return head.Load().n
}
