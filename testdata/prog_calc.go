package main

// A recursive-descent parser and evaluator for integer expressions with
// + - * / % unary minus, parentheses and error reporting.

type parser struct {
	src string
	pos int
	err string
}

func skip(p *parser) {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

func peek(p *parser) byte {
	skip(p)
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func expr(p *parser) int64 {
	v := term(p)
	for {
		switch peek(p) {
		case '+':
			p.pos++
			v += term(p)
		case '-':
			p.pos++
			v -= term(p)
		default:
			return v
		}
	}
}

func term(p *parser) int64 {
	v := unary(p)
	for {
		c := peek(p)
		if c != '*' && c != '/' && c != '%' {
			return v
		}
		p.pos++
		r := unary(p)
		switch c {
		case '*':
			v *= r
		case '/', '%':
			if r == 0 {
				if p.err == "" {
					p.err = "division by zero"
				}
				return 0
			}
			if c == '/' {
				v /= r
			} else {
				v %= r
			}
		}
	}
}

func unary(p *parser) int64 {
	if peek(p) == '-' {
		p.pos++
		return -unary(p)
	}
	return primary(p)
}

func primary(p *parser) int64 {
	c := peek(p)
	if c == '(' {
		p.pos++
		v := expr(p)
		if peek(p) != ')' {
			if p.err == "" {
				p.err = "missing )"
			}
			return v
		}
		p.pos++
		return v
	}
	if c < '0' || c > '9' {
		if p.err == "" {
			p.err = "unexpected " + quote(c)
		}
		return 0
	}
	var v int64
	for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
		v = v*10 + int64(p.src[p.pos]-'0')
		p.pos++
	}
	return v
}

func quote(c byte) string {
	if c == 0 {
		return "end of input"
	}
	return "'" + string(rune(c)) + "'"
}

func eval(s string) {
	p := &parser{src: s}
	v := expr(p)
	if p.err == "" && p.pos < len(p.src) {
		p.err = "trailing " + quote(p.src[p.pos])
	}
	if p.err != "" {
		println(s, "=> error:", p.err)
		return
	}
	println(s, "=>", v)
}

func main() {
	eval("1 + 2 * 3")
	eval("(1 + 2) * 3")
	eval("-7 / 2")
	eval("-7 % 3")
	eval("2 * (3 + 4) * (5 - 6) - -8")
	eval("100 / (5 - 5)")
	eval("(1 + 2")
	eval("1 + * 2")
	eval("3 4")
	eval("")
	eval("9223372036854775807 + 1")
	eval("((((((((((1))))))))))")
	eval("1000000 * 1000000 * 1000000 * 1000000")
}
