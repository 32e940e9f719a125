package b

import (
	a2 "example.com/genericsame/a2"
)

func Count() int {
	var c a2.P[elt]
	c.Store(nil)
	c.Store(nil)
	return c.Load()
}
