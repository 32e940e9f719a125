package main

// Method values of interface methods from non-addressable operands (a call
// result, a map element), through embedded interfaces behind embedded
// pointers, from array elements swapped afterwards, and from an interface
// holding a struct whose method is promoted from an embedded interface.

type speaker interface{ speak() string }

type dog struct{ n int }

func (d dog) speak() string { return "woof" + string(rune('0'+d.n)) }

type box struct {
	speaker
	id int
}

type chain struct{ *box }

func mk(n int) box { return box{dog{n}, n} }

type errT string

func (e errT) Error() string { return string(e) }

func main() {
	f := mk(3).speak
	println(f(), mk(4).speak())
	c := chain{&box{dog{5}, 1}}
	g := c.speak
	c.box.speaker = dog{6}
	println(g(), c.speak())
	m := map[string]error{"a": errT("bad")}
	h := m["a"].Error
	delete(m, "a")
	println(h())
	arr := [2]speaker{dog{1}, dog{2}}
	fs := [2]func() string{arr[0].speak, arr[1].speak}
	arr[0], arr[1] = arr[1], arr[0]
	println(fs[0](), fs[1](), arr[0].speak())
	var sp speaker = c
	k := sp.speak
	println(k())
	ex := chain.speak
	println(ex(c))
}
