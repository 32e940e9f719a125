package main

type NotFound struct {
	Key  string
	Code int
}

func (n *NotFound) Error() string {
	return "not found: " + n.Key
}

type wrapped struct {
	inner error
}

func (w wrapped) Error() string { return "wrapped(" + w.inner.Error() + ")" }

func lookup(m map[string]int, k string) int {
	v, ok := m[k]
	if !ok {
		panic(&NotFound{Key: k, Code: 404})
	}
	return v
}

func safeLookup(m map[string]int, k string) (v int, err error) {
	defer func() {
		if r := recover(); r != nil {
			if nf, ok := r.(*NotFound); ok {
				err = wrapped{nf}
				return
			}
			panic(r)
		}
	}()
	return lookup(m, k), nil
}

func main() {
	m := map[string]int{"a": 1}
	v, err := safeLookup(m, "a")
	println(v, err == nil)
	v, err = safeLookup(m, "zz")
	println(v, err.Error())
	defer func() {
		r := recover()
		println("main recovered:", r.(error).Error())
		panic(wrapped{r.(error)})
	}()
	defer func() {
		panic(r2())
	}()
	_, _ = safeLookup(nil, "q")
}

func r2() error {
	return &NotFound{Key: "second"}
}
