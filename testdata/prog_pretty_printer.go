package main

// A JSON-like pretty printer over trees of interface values: maps with
// sorted keys, slices, strings with escaping, numbers, bools and null.

type Object map[string]any
type Array []any

func sortStrings(a []string) {
	for i := 1; i < len(a); i++ {
		for j := i; j > 0 && a[j] < a[j-1]; j-- {
			a[j], a[j-1] = a[j-1], a[j]
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

func quote(s string) string {
	out := []byte{'"'}
	for i := 0; i < len(s); i++ {
		switch c := s[i]; c {
		case '"', '\\':
			out = append(out, '\\', c)
		case '\n':
			out = append(out, '\\', 'n')
		case '\t':
			out = append(out, '\\', 't')
		default:
			out = append(out, c)
		}
	}
	return string(append(out, '"'))
}

type printer struct {
	buf   []byte
	nodes int
}

func (p *printer) indent(n int) {
	for i := 0; i < n; i++ {
		p.buf = append(p.buf, ' ', ' ')
	}
}

func (p *printer) write(s string) { p.buf = append(p.buf, s...) }

func (p *printer) value(v any, depth int) {
	p.nodes++
	switch x := v.(type) {
	case nil:
		p.write("null")
	case bool:
		if x {
			p.write("true")
		} else {
			p.write("false")
		}
	case int:
		p.write(itoa(x))
	case string:
		p.write(quote(x))
	case Array:
		if len(x) == 0 {
			p.write("[]")
			return
		}
		p.write("[\n")
		for i, e := range x {
			p.indent(depth + 1)
			p.value(e, depth+1)
			if i < len(x)-1 {
				p.write(",")
			}
			p.write("\n")
		}
		p.indent(depth)
		p.write("]")
	case Object:
		keys := make([]string, 0, len(x))
		for k := range x {
			keys = append(keys, k)
		}
		sortStrings(keys)
		if len(keys) == 0 {
			p.write("{}")
			return
		}
		p.write("{\n")
		for i, k := range keys {
			p.indent(depth + 1)
			p.write(quote(k) + ": ")
			p.value(x[k], depth+1)
			if i < len(keys)-1 {
				p.write(",")
			}
			p.write("\n")
		}
		p.indent(depth)
		p.write("}")
	default:
		p.write("\"<unknown>\"")
	}
}

func main() {
	doc := Object{
		"name":    "golift",
		"version": 3,
		"tags":    Array{"compiler", "go", "cranelift"},
		"stable":  false,
		"owner":   nil,
		"deps": Object{
			"cranelift": Object{"version": 135, "features": Array{}},
			"chumsky":   Object{},
		},
		"quote\"d": "line1\nline2\t\"x\"",
		"matrix":   Array{Array{1, 2}, Array{3, Array{4, 5}}, Object{"k": true}},
		"odd":      3.5,
	}
	p := &printer{}
	p.value(doc, 0)
	println(string(p.buf))
	println("nodes:", p.nodes)
}
