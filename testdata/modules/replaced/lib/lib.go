// Package lib is another module, found through a replace directive.
package lib

var Greeting = "hello from " + name()

func name() string { return "lib" }

func Double[T ~int | ~float64](x T) T { return x * 2 }
