package main

// A struct embedding an interface delegates to it and can override some
// methods; calling through a nil embedded interface panics.

type Logger interface {
	Log(string) string
	Level() int
}

type base struct{ prefix string }

func (b base) Log(s string) string { return b.prefix + s }
func (b base) Level() int          { return 1 }

type loud struct {
	Logger
}

func (l loud) Log(s string) string { return l.Logger.Log(s) + "!" }

func main() {
	var lg Logger = loud{base{"> "}}
	println(lg.Log("hi"), lg.Level())
	var plain Logger = base{"# "}
	println(plain.Log("x"))
	empty := loud{}
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	println(empty.Level())
}
