package main

import (
	"fmt"
	"math/bits"
)

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
		if e, ok := r.(error); ok {
			fmt.Println(e.Error())
		}
		_, isRt := r.(interface{ RuntimeError() })
		fmt.Println(isRt)
	}()
	f()
}

func main() {
	try(func() { bits.Div64(0, 1, 0) })
	try(func() { bits.Div64(5, 1, 3) })
	try(func() { bits.Div32(5, 1, 3) })
	try(func() { bits.Rem64(5, 1, 0) })
	fmt.Println(bits.Rem64(5, 1, 3))
}
