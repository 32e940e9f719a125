package main

// Builder-style chaining of pointer-receiver methods returning the
// receiver, and value-receiver chaining returning modified copies.

type builder struct {
	parts []string
	sep   string
}

func (b *builder) add(s string) *builder    { b.parts = append(b.parts, s); return b }
func (b *builder) with(sep string) *builder { b.sep = sep; return b }
func (b *builder) build() string {
	out := ""
	for i, p := range b.parts {
		if i > 0 {
			out += b.sep
		}
		out += p
	}
	return out
}

type vec struct{ x, y int }

func (v vec) add(o vec) vec   { return vec{v.x + o.x, v.y + o.y} }
func (v vec) scale(k int) vec { return vec{v.x * k, v.y * k} }

func main() {
	var b builder
	println(b.add("a").add("b").with("-").add("c").build())
	println(len(b.parts))
	v := vec{1, 2}
	w := v.add(vec{1, 1}).scale(3).add(v)
	println(w.x, w.y, v.x, v.y)
	println((&builder{sep: "+"}).add("x").add("y").build())
}
