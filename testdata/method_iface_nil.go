package main

// Method values of interface methods panic at evaluation when the interface
// is nil (also through an embedded interface field or a nil pointer to the
// embedding struct); a method expression I.M panics only when called; a
// deferred interface method call evaluates its method value at the defer.
// A method value of an embedded interface binds the field's value then.
// The last method value is not recovered: the program dies with gc's text.

type speaker interface{ speak() string }

type dog struct{ name string }

func (d dog) speak() string { return d.name + " barks" }

type wrapper struct {
	speaker
	n int
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			println(name, "panicked:", r.(error).Error())
		}
	}()
	f()
	println(name, "ok")
}

func main() {
	var s speaker
	try("value", func() {
		f := s.speak
		println("not reached", f != nil)
	})
	try("expr", func() {
		g := speaker.speak
		println("made expr")
		println(g(s))
	})
	try("defer", func() {
		defer s.speak()
		println("after defer")
	})
	w := wrapper{dog{"rex"}, 1}
	h := w.speak
	w.speaker = dog{"fido"}
	println(h(), w.speak())
	pw := &w
	k := pw.speak
	pw.speaker = dog{"max"}
	println(k(), pw.speak())
	var empty wrapper
	try("embedded value", func() {
		_ = empty.speak
	})
	try("embedded call", func() {
		println(empty.speak())
	})
	var np *wrapper
	try("nil ptr", func() {
		_ = np.speak
	})
	var last speaker
	println("about to die")
	f := last.speak
	println("not reached", f())
}
