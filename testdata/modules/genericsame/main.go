// Two packages named a, each with a generic type P.
package main

import "example.com/genericsame/b"

func main() {
	println(b.Run(), b.Count())
}
