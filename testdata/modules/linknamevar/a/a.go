// Package a defines variables that other packages bind by symbol name.
package a

import _ "unsafe"

// counter is pulled by package main under another name.
//
//go:linkname counter
var counter int

func Inc() { counter++ }

func Get() int { return counter }

// pushed is defined here under the symbol example.com/lv/shared.value,
// which names no package of the program.
//
//go:linkname pushed example.com/lv/shared.value
var pushed = 7

func Pushed() int { return pushed }

// names is initialised by code (not static data) before main runs.
var names = []string{"x", "y"}

func Names() []string { return names }

type Point struct{ X, Y int }

var origin = Point{1, 2}

func Origin() Point { return origin }
