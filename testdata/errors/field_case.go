package main

type P struct {
	Name string
	age  int
}

func main() {
	p := P{Name: "x", age: 3}
	println(p.name) // ERROR "p.name undefined \(type P has no field or method name, but does have field Name\)"
	println(p.Age)  // ERROR "p.Age undefined \(type P has no field or method Age, but does have field age\)"
	var q *P
	println(q.Missing) // ERROR "q.Missing undefined \(type \*P has no field or method Missing\)"
}
