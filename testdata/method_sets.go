package main

// Method sets: a T value in an interface has only value methods; *T has
// both. Interface satisfaction checked through assertions.

type shower interface{ show() string }
type changer interface{ change() }

type item struct{ s string }

func (i item) show() string { return i.s }
func (i *item) change()     { i.s += "*" }

type both interface {
	shower
	changer
}

func main() {
	var x any = item{"v"}
	_, isShower := x.(shower)
	_, isChanger := x.(changer)
	println(isShower, isChanger)
	it := &item{"p"}
	var y any = it
	_, isShower = y.(shower)
	_, isChanger = y.(changer)
	println(isShower, isChanger)
	b := y.(both)
	b.change()
	b.change()
	println(b.show(), it.s)
	var s shower = it
	it.s = "changed"
	println(s.show())
	var s2 shower = *it
	it.s = "again"
	println(s2.show(), s.show())
}
