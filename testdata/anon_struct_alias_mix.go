package main

type Celsius = float64
type Pt = struct{ X, Y int }
type Named struct{ X, Y int }
type IntMap = map[string]int
type List[T any] = []T

type Temp float64

func (t Temp) F() float64 { return float64(t)*9/5 + 32 }

type Alias = Temp

func area(p Pt) int { return p.X * p.Y }

func main() {
	var c Celsius = 21.5
	var f float64 = c
	println(f)

	p := Pt{3, 4}
	n := Named(p)
	var q struct{ X, Y int } = p
	println(area(p), area(struct{ X, Y int }(n)), q == p, area(Pt(n)))

	people := []struct {
		Name string
		Age  int
		Tags map[string]bool
	}{
		{"ann", 30, map[string]bool{"admin": true}},
		{Name: "bob", Age: 25},
	}
	for _, who := range people {
		println(who.Name, who.Age, who.Tags["admin"], len(who.Tags))
	}

	cfg := struct {
		Host string
		Port int
		TLS  struct {
			On   bool
			Cert string
		}
	}{Host: "h", Port: 80}
	cfg.TLS.On = true
	cfg.TLS.Cert = "c.pem"
	copy := cfg
	copy.TLS.Cert = "other"
	println(cfg.Host, cfg.Port, cfg.TLS.On, cfg.TLS.Cert, copy.TLS.Cert, cfg == copy)

	m := map[struct{ a, b int }]string{}
	m[struct{ a, b int }{1, 2}] = "x"
	k := struct{ a, b int }{1, 2}
	println(m[k], len(m))

	var im IntMap = IntMap{"a": 1}
	im["b"] = 2
	var plain map[string]int = im
	println(len(plain), plain["b"])

	var l List[string] = List[string]{"x", "y"}
	l = append(l, "z")
	var s []string = l
	println(len(s), s[2])

	var a Alias = 100
	println(a.F(), Temp(0).F())

	var e interface{} = p
	switch v := e.(type) {
	case Named:
		println("named", v.X)
	case struct{ X, Y int }:
		println("anon", v.Y)
	}
	_, isNamed := e.(Named)
	println(isNamed)

	ptr := &struct {
		n    int
		next *Named
	}{n: 1, next: &Named{5, 6}}
	ptr.n++
	println(ptr.n, ptr.next.Y)
}
