package main

// Promoted methods in the method sets of unnamed struct types, of a
// recursive type, and of a struct embedding an interface, seen through
// conversions, assertions and type switches.

type Namer interface{ Name() string }
type core struct{ id string }

func (c core) Name() string { return "core:" + c.id }

type node struct {
	*node
	core
	v int
}

type holder struct {
	Namer
	extra int
}

func main() {
	var n Namer = struct{ core }{core{"anon"}}
	println(n.Name())
	var p Namer = &struct {
		x int
		*core
	}{1, &core{"anonptr"}}
	println(p.Name())
	var r Namer = node{nil, core{"rec"}, 1}
	println(r.Name())
	var h Namer = &holder{core{"held"}, 2}
	println(h.Name())
	var a any = holder{n, 0}
	if nm, ok := a.(Namer); ok {
		println("any->Namer", nm.Name())
	}
	var b any = struct{ core }{core{"b"}}
	switch v := b.(type) {
	case Namer:
		println("switch", v.Name())
	}
}
