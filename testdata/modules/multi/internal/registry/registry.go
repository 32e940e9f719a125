// Package registry is internal to the module: it records names in
// registration order.
package registry

var names []string

var Count int

func init() {
	println("registry init")
}

func Register(n string) {
	names = append(names, n)
	Count++
}

func Names() []string { return names }
