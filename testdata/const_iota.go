package main

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
)

const (
	a, b = iota, iota * 10
	c, d
	e, f
)

const (
	x0 = "s"
	x1
	x2 = iota
	x3
	_
	x5
)

const (
	bit0, mask0 = 1 << iota, 1<<iota - 1
	bit1, mask1
	_, _
	bit3, mask3
)

type Flags uint8

const (
	FlagA Flags = 1 << iota
	FlagB
	FlagC
	FlagD
)

const single = iota

func main() {
	println(Sunday, Monday, Saturday)
	println(KB, MB, GB, TB, PB, EB)
	println(a, b, c, d, e, f)
	println(x0, x1, x2, x3, x5)
	println(bit0, mask0, bit1, mask1, bit3, mask3)
	fl := FlagA | FlagC
	println(fl, fl&FlagB != 0, fl&FlagC != 0, ^fl)
	println(single)
	const (
		l0 = iota * 1.5
		l1
		l2
	)
	println(l0, l1, l2)
	var w Weekday = Friday
	w++
	println(w == Saturday)
}
