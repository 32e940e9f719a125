// Package v is a dependency copied into vendor/.
package v

import "example.com/v/inner"

func Sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += inner.Id(x)
	}
	return t
}
