package main

type MyErr struct{ msg string }

func (e MyErr) Error() string { return "myerr: " + e.msg }

type Str struct{ v int }

func (s Str) String() string { return "Str!" }

type Celsius float64
type Flag bool
type Name string
type Small uint8

func try(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			println(name, "no panic")
		case error:
			println(name, "error:", v.Error())
		case string:
			println(name, "string:", v)
		case int:
			println(name, "int:", v)
		case float64:
			println(name, "float64:", v)
		case Celsius:
			println(name, "celsius:", float64(v))
		case Str:
			println(name, "Str:", v.v, v.String())
		default:
			println(name, "other")
		}
	}()
	f()
}

func main() {
	try("a", func() { panic(MyErr{"boom"}) })
	try("b", func() { panic("plain") })
	try("c", func() { panic(42) })
	try("d", func() { panic(1.5) })
	try("e", func() { panic(Celsius(-3.25)) })
	try("f", func() { panic(Str{9}) })
	try("g", func() { panic(Flag(true)) })
	try("h", func() {})
	try("i", func() {
		var a []int
		_ = a[3]
	})
	try("j", func() {
		var p *MyErr
		println(p.msg)
	})
	try("k", func() {
		var i interface{} = "s"
		_ = i.(int)
	})
	try("l", func() {
		x := 0
		println(10 / x)
	})
	try("m", func() { panic(&MyErr{"ptr"}) })
	defer func() {
		r := recover()
		println("outer got", r.(Name))
		panic(Small(200))
	}()
	panic(Name("bye"))
}
