// Packages named only in the declarations of generic types (fields,
// embedded types, method sets of constraints) are used, whether or not the
// types are ever instantiated.
package main

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// Never instantiated.
type cache[K comparable, V any] struct {
	mu sync.Mutex
	m  map[K]V
}

type timed[T any] struct {
	at  time.Duration
	val T
}

type readers[R io.Reader] []R

// Instantiated below.
type builder[T any] struct {
	strings.Builder
	items []T
}

func (b *builder[T]) add(x T) *builder[T] {
	b.items = append(b.items, x)
	fmt.Fprint(&b.Builder, x, ";")
	return b
}

func main() {
	var b builder[int]
	b.add(1).add(2).add(3)
	fmt.Println(b.String(), len(b.items))
}
