package main

type Person struct {
	Name string
	Age  int
	Tall bool
}

type Pair struct{ a, b int8 }

type Empty struct{}

func main() {
	var z Person
	println("["+z.Name+"]", z.Age, z.Tall)
	p := Person{"Ada", 36, false}
	p2 := Person{Name: "Bob"}
	println(p.Name, p.Age, p2.Name, p2.Age)
	p.Age++
	p2 = p
	p2.Name = "Copy"
	println(p.Name, p2.Name, p2.Age)
	pp := &p
	pp.Age = 50
	(*pp).Tall = true
	println(p.Age, p.Tall)
	anon := struct {
		X, Y float64
	}{1.5, -2}
	println(anon.X, anon.Y)
	pr := Pair{-128, 127}
	pr.a--
	pr.b++
	println(pr.a, pr.b)
	var e Empty
	e2 := Empty{}
	println(e == e2)
	people := [3]Person{{"x", 1, true}, {Name: "y"}, {}}
	for _, q := range people {
		print(q.Name, q.Age, q.Tall, " ")
	}
	println()
	type local struct {
		n int
		s []int
	}
	l := local{n: 2}
	l.s = append(l.s, 5)
	println(l.n, len(l.s), l.s[0])
}
