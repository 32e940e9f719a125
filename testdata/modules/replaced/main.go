// A requirement resolved through `replace example.com/lib => ./lib`.
package main

import "example.com/lib"

type meters float64

func main() {
	println(lib.Greeting)
	println(lib.Double(21), lib.Double(meters(1.25)) == 2.5)
}
