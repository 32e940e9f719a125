package main

// Method expressions of promoted methods: (*T).M and T.M where M is
// declared on an embedded struct, reached through an embedded pointer, or
// is a method of an embedded interface; a nil embedded pointer panics when
// the method expression is called, not when it is evaluated.

type inner struct{ v int }

func (i inner) get() int   { return i.v }
func (i *inner) set(v int) { i.v = v }

type named interface{ name() string }

type tag string

func (t tag) name() string { return string(t) }

type outer struct {
	inner
	named
	pad [3]int
}

type deep struct {
	*outer
	k int
}

func try(what string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(what, "panicked:", r.(error).Error())
		}
	}()
	f()
}

func main() {
	o := &outer{inner{1}, tag("t"), [3]int{}}
	set := (*outer).set
	get := (*outer).get
	set(o, 5)
	println(get(o), outer.get(*o))
	nm := outer.name
	println(nm(*o), (*outer).name(o))
	d := deep{o, 2}
	println(deep.get(d), (*deep).get(&d))
	deep.set(d, 9)
	println(o.v, deep.name(d))
	defer (*outer).set(o, 42)
	defer func() { println("deferred get", o.get()) }()
	var nd deep
	g := deep.get
	println("made")
	try("nil embedded pointer", func() { println(g(nd)) })
	try("nil embedded interface", func() { println(outer.name(outer{})) })
}
