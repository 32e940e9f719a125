package main

// Embedded fields: promoted fields and methods, through embedded pointers,
// shadowing by depth, and explicit access to the embedded value.

type base struct {
	id   int
	name string
}

func (b base) describe() string { return "base:" + b.name }
func (b *base) rename(n string) { b.name = n }
func (b base) ident() int       { return b.id }

type mid struct {
	base
	level int
}

func (m mid) describe() string { return "mid:" + m.name }

type top struct {
	*mid
	extra string
}

type logger struct{ lines int }

func (l *logger) log() { l.lines++ }

type service struct {
	base
	*logger
}

func main() {
	m := mid{base{1, "one"}, 2}
	println(m.id, m.name, m.level, m.describe(), m.base.describe(), m.ident())
	m.rename("uno")
	println(m.name, m.base.name)
	t := top{&m, "x"}
	println(t.describe(), t.id, t.level, t.base.describe())
	t.rename("eins")
	println(m.name, t.name)
	t.id = 9
	println(m.id)
	s := service{base{5, "svc"}, &logger{}}
	s.log()
	s.log()
	s.logger.log()
	println(s.lines, s.describe(), s.ident())
	ps := &s
	ps.rename("svc2")
	ps.log()
	println(s.name, s.lines)
}
