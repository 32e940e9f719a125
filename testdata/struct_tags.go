package main

// Struct tags do not affect layout, assignability between identical
// struct types ignores tags in conversions, and tagged fields work normally.

type user struct {
	Name  string `json:"name"`
	Age   int    `json:"age,omitempty" db:"age"`
	inner struct {
		X int `x:"1"`
	}
}

type plain struct {
	Name  string
	Age   int
	inner struct {
		X int
	}
}

func main() {
	u := user{Name: "ann", Age: 30}
	u.inner.X = 5
	p := plain(u)
	println(p.Name, p.Age, p.inner.X)
	back := user(p)
	println(back.Name == u.Name, back.Age)
	anon := struct {
		A int `tag:"a"`
		B string
	}{1, "b"}
	println(anon.A, anon.B)
	var q struct {
		A int
		B string
	} = struct {
		A int
		B string
	}(anon)
	println(q.A, q.B)
}
