package main

type Logger interface{ Log(string) }

type Base struct {
	id   int
	logs *[]string
}

func (b *Base) Log(s string) { *b.logs = append(*b.logs, itoa(b.id)+":"+s) }
func (b Base) ID() int       { return b.id }

type Service struct {
	*Base
	name string
}

type Cache struct {
	Base
	data map[string]int
}

func (c *Cache) Get(k string) int {
	c.Log("get " + k)
	return c.data[k]
}

func itoa(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

type IDer interface{ ID() int }

func main() {
	var logs []string
	s := Service{&Base{1, &logs}, "svc"}
	c := &Cache{Base{2, &logs}, map[string]int{"a": 10}}
	registry := map[string]Logger{"svc": s, "cache": c, "base": &Base{3, &logs}}
	for _, k := range []string{"base", "cache", "svc", "none"} {
		if l, ok := registry[k]; ok {
			l.Log("hello " + k)
		}
	}
	println(c.Get("a"), c.Get("b"))
	ids := []IDer{s, c, *c, Base{id: 42}, &Base{id: 43}}
	for _, i := range ids {
		print(i.ID(), " ")
	}
	println()
	for _, l := range logs {
		println(l)
	}
	logf := s.Log
	idf := c.ID
	c.id = 99
	logf("via method value")
	println(idf(), c.ID(), len(logs), logs[len(logs)-1])
	fns := map[string]func(*Cache, string) int{"get": (*Cache).Get}
	println(fns["get"](c, "a"), len(logs), logs[len(logs)-1])
	if _, ok := registry["cache"].(IDer); ok {
		println("cache is IDer")
	}
	switch v := registry["svc"].(type) {
	case *Cache:
		println("cache", v.id)
	case Service:
		println("service", v.name, v.id)
	}
}
