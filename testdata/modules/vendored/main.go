// A requirement resolved from the module's vendor/ directory.
package main

import "example.com/v"

func main() {
	println(v.Sum(1, 2, 3))
}
