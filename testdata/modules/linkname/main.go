package main

import (
	"example.com/m/p"
	"example.com/m/q"
)

func main() {
	f := q.Double
	println(q.Double(21), f(5), q.Thrice(7), p.Triple(1))
}
