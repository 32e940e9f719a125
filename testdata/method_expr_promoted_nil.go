package main

// Method expressions of promoted methods: T.M and (*T).M for methods
// reached through embedded values and pointers are function values.

type animal struct{ name string }

func (a animal) speak() string     { return a.name + " speaks" }
func (a *animal) rename(s string) { a.name = s }

type dog struct{ animal }
type cat struct{ *animal }
type kennel struct {
	id int
	dog
}

func main() {
	f := dog.speak
	println(f(dog{animal{"rex"}}))
	d := &dog{animal{"fido"}}
	g := (*dog).rename
	g(d, "max")
	speak := (*dog).speak
	println(speak(d))
	h := cat.rename
	c := cat{&animal{"tom"}}
	h(c, "felix")
	cs := cat.speak
	println(cs(c))
	k := &kennel{7, dog{animal{"spot"}}}
	kr := (*kennel).rename
	kr(k, "rover")
	ks := kennel.speak
	println(ks(*k), k.id)
	defer func() {
		println("recovered:", recover().(error).Error())
	}()
	println(speak(nil))
}
