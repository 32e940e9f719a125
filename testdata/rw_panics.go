package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
)

type Matrix [][]float64

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(interface{ RuntimeError() }); ok {
				_ = re
				fmt.Printf("%-12s runtime error: %v\n", name, r)
			} else if e, ok := r.(error); ok {
				fmt.Printf("%-12s error: %v\n", name, e)
			} else {
				fmt.Printf("%-12s value: %v (%T)\n", name, r, r)
			}
		}
	}()
	f()
}

type T struct {
	x int
	p *T
}

type myErr struct{ code int }

func (e myErr) Error() string { return "code " + strconv.Itoa(e.code) }

func divide(a, b int) int { return a / b }

func main() {
	var m map[string]int
	var p *T
	var s []int
	arr := [5]int{1, 2, 3, 4, 5}
	var i interface{} = "string"
	n := 10
	zero := 0
	try("index", func() { _ = arr[n%7] })
	try("slice", func() { _ = s[3] })
	try("slicerng", func() { x := []int{1, 2, 3}; _ = x[2:n] })
	try("slice3", func() { x := make([]int, 3, 5); _ = x[1:2:n] })
	try("slicelohi", func() { x := "hello"; lo := 4; _ = x[lo:2+zero] })
	try("nilmap", func() { m["a"] = 1 })
	try("nilderef", func() { fmt.Println(p.x) })
	try("nilderef2", func() { p = &T{}; fmt.Println(p.p.p) })
	try("divzero", func() { fmt.Println(divide(1, zero)) })
	try("modzero", func() { fmt.Println(n % zero) })
	try("assert", func() { _ = i.(int) })
	try("assert2", func() { _ = i.(fmt.Stringer) })
	try("custom", func() { panic(myErr{42}) })
	try("wrapped", func() { panic(fmt.Errorf("ctx: %w", myErr{7})) })
	try("string", func() { panic("plain string") })
	try("int", func() { panic(12) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("sendclosed", func() { c := make(chan int, 1); close(c); c <- 1 })
	try("negmake", func() { _ = make([]int, n-20) })
	try("conv", func() { var e error; _ = e.(myErr) })
	try("arrptr", func() { var ap *[3]int; _ = ap[1] })
	try("s2a", func() { x := []int{1, 2}; _ = [3]int(x) })
	try("shift", func() { sh := -1; _ = 1 << sh })
	try("errorsjoin", func() { panic(errors.Join(errors.New("a"), errors.New("b"))) })
	func() {
		defer func() {
			r := recover()
			fmt.Println("outer recovered", r)
		}()
		defer func() {
			panic("second")
		}()
		panic("first")
	}()
	var mat Matrix = [][]float64{{1, 2}, {3}}
	fmt.Fprintln(os.Stderr, "about to crash")
	fmt.Println(mat[1][1])
}
