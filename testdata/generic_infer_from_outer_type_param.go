// Inference of a generic callee's type parameter from an argument whose
// type mentions the caller's own type parameter (encoding/json/v2's
// GetOption calling jsonopts.GetOption): golift reports "cannot infer T".
package main

import "fmt"

type Options interface{ opt() }

type Bool bool

func (Bool) opt() {}

func get[T any](opts Options, setter func(T) Options) (T, bool) {
	var zero T
	if v, ok := opts.(T); ok {
		return v, true
	}
	_ = setter
	return zero, false
}

func Get[T any](opts Options, setter func(T) Options) (T, bool) {
	return get(opts, setter)
}

func main() {
	fmt.Println(Get(Bool(true), func(b Bool) Options { return b }))
}
