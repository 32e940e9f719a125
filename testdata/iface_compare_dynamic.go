package main

type Animal interface{ Sound() string }

type Dog struct{ name string }

func (d Dog) Sound() string { return "woof" }

type Cat struct {
	name  string
	lives []int
}

func (c Cat) Sound() string { return "meow" }

type Fish [2]func()

func (Fish) Sound() string { return "..." }

func eq(label string, a, b interface{}) {
	defer func() {
		if r := recover(); r != nil {
			println(label, "panic:", r.(error).Error())
		}
	}()
	println(label, a == b)
}

func main() {
	var a1, a2 Animal = Dog{"rex"}, Dog{"rex"}
	println(a1 == a2, a1 != Animal(Dog{"max"}))
	var d interface{} = Dog{"rex"}
	println(d == a1)
	eq("ints", 1, 1)
	eq("int vs int64", 1, int64(1))
	eq("nil vs nil", nil, nil)
	eq("nil ptr vs nil", (*Dog)(nil), nil)
	eq("strings", "ab", "a"+"b")
	eq("floats nan", 0.0, -0.0)
	eq("cat vs dog", Cat{}, Dog{})
	eq("cat vs cat", Cat{}, Cat{})
	eq("fish", Fish{}, Fish{})
	eq("map vs map", map[int]int{}, map[int]int{})
	eq("slice vs int", []int{}, 1)
	eq("func", func() {}, func() {})
	eq("ptrs", &Dog{}, &Dog{})
	x := &Dog{}
	eq("same ptr", x, x)
	eq("arrays", [2]string{"a", "b"}, [2]string{"a", "b"})
	eq("iface in struct", struct{ v interface{} }{1}, struct{ v interface{} }{1})
	eq("iface in struct bad", struct{ v interface{} }{[]int{}}, struct{ v interface{} }{[]int{}})

	var c1, c2 Animal = Cat{}, Cat{}
	func() {
		defer func() { println("recovered:", recover().(error).Error()) }()
		println(c1 == c2)
	}()
	func() {
		defer func() { println("recovered:", recover() != nil) }()
		m := map[Animal]int{}
		m[Dog{"a"}] = 1
		m[c1] = 2
	}()
	zoo := map[Animal]int{Dog{"a"}: 1, Dog{"b"}: 2}
	zoo[Dog{"a"}] += 10
	println(zoo[Dog{"a"}], zoo[Dog{"b"}], zoo[Dog{"c"}], len(zoo))
}
