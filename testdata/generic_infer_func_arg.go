package main

import "fmt"

type Options interface{ Name() string }

type opt string

func (o opt) Name() string { return string(o) }

func inner[T any](opts Options, setter func(T) Options) (T, string) {
	var zero T
	return zero, setter(zero).Name() + "/" + opts.Name()
}

// A generic function passing a func of its type parameter on to another
// generic function: T is inferred from the func type.
func Get[T any](opts Options, setter func(T) Options) (T, string) {
	return inner(opts, setter)
}

func pairs[K comparable, V any](m map[K]V, f func(K, V) string) []string {
	return collect(m, f)
}

func collect[K comparable, V any](m map[K]V, f func(K, V) string) []string {
	var out []string
	for k, v := range m {
		out = append(out, f(k, v))
	}
	return out
}

func main() {
	fmt.Println(Get(opt("o"), func(b bool) Options { return opt(fmt.Sprint(b)) }))
	fmt.Println(Get(opt("p"), func(n int) Options { return opt(fmt.Sprint(n + 1)) }))
	fmt.Println(pairs(map[string]int{"a": 1}, func(k string, v int) string { return fmt.Sprint(k, v) }))
}
