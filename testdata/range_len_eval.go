// len, cap and range of an array expression that contains a call evaluate
// it (a nil array pointer dereference panics); without calls they do not.
package main

import "fmt"

//go:noinline
func nilArr() *[4]int { return nil }

var nilVar *[4]int

func try(name string, f func()) {
	defer func() { fmt.Println(name, recover() != nil) }()
	f()
}

type tagged struct {
	n int "" // an empty tag is no tag
}

func main() {
	try("len(*f())", func() { _ = len(*nilArr()) })
	try("len(f())", func() { _ = len(nilArr()) })
	try("len(*v)", func() { _ = len(*nilVar) })
	try("cap(*f())", func() { _ = cap(*nilArr()) })
	try("range *f()", func() {
		for range *nilArr() {
		}
	})
	try("range f()", func() {
		for range nilArr() {
		}
	})
	try("range *v", func() {
		for range *nilVar {
		}
	})
	try("i := range *f()", func() {
		for i := range *nilArr() {
			_ = i
		}
	})
	try("i := range f()", func() {
		for i := range nilArr() {
			_ = i
		}
	})
	var plain *struct{ n int } = (*struct{ n int })(&tagged{n: 1})
	var same *struct {
		n int ""
	} = plain
	fmt.Println(same.n)
}
