package main

// A value whose type has the method only on the pointer receiver does not
// implement the interface.

type changer interface{ change() }

type item struct{ n int }

func (i *item) change() { i.n++ }

func main() {
	var c changer = item{} // ERROR "cannot use item\{\} \(value of struct type item\) as changer value in variable declaration: item does not implement changer \(method change has pointer receiver\)"
	var cs []changer
	cs = append(cs, item{1}) // ERROR "cannot use item\{.*\} \(value of struct type item\) as changer value in argument to append: item does not implement changer \(method change has pointer receiver\)"
	c = &item{}
	_, _ = c, cs
}
