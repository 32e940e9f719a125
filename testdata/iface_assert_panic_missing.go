package main

// Asserting to an interface the dynamic type does not implement names the
// missing method.

type closer interface{ close() }
type opener interface{ open() }

type door struct{}

func (door) open() {}

func main() {
	var o opener = door{}
	o.open()
	println("opened")
	c := o.(closer)
	c.close()
}
