package main

// Constant overflow with named types and mixing named constant types.

type small int8

type weekday int
type month int

const (
	x small   = 200 // ERROR "cannot use 200 \(untyped int constant\) as small value in constant declaration \(overflows\)"
	d weekday = 1
	m month   = 1
)

func main() {
	_ = d + m         // ERROR "invalid operation: d \+ m \(mismatched types weekday and month\)"
	var w weekday = m // ERROR "cannot use m \(constant 1 of int type month\) as weekday value in variable declaration"
	_ = w
}
