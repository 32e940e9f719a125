package main

// Constant expressions of named types: iota with named types and
// methods, typed constant arithmetic, shifts, and conversions.

type weekday int

const (
	sunday weekday = iota
	monday
	tuesday
	wednesday
	thursday
	friday
	saturday
)

func (d weekday) weekend() bool { return d == sunday || d == saturday }
func (d weekday) next() weekday { return (d + 1) % 7 }

type size uint64

const (
	_       = iota
	KB size = 1 << (10 * iota)
	MB
	GB
	TB
)

type bits uint8

const (
	read bits = 1 << iota
	write
	exec
	all = read | write | exec
)

type temp float64

const boiling temp = 100
const half = boiling / 2

type label string

const greeting label = "hi" + " there"

func main() {
	println(int(monday), saturday.weekend(), wednesday.weekend(), saturday.next() == sunday)
	println(uint64(KB), uint64(MB), uint64(GB), uint64(TB))
	println(all, all&^write, read|exec)
	println(float64(half), float64(boiling*1.5))
	println(string(greeting), len(greeting))
	const big = TB * 1024 / GB
	println(uint64(big))
	var d weekday = friday + 1
	println(d == saturday, int(d-tuesday))
	const mask = ^bits(0)
	println(mask, mask>>4)
}
