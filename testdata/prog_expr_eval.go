package main

// An expression evaluator: a tokenizer, a recursive-descent parser
// producing an interface-based AST, evaluation with variables, a printer,
// and error values for bad input.

type Expr interface {
	Eval(env map[string]int) (int, error)
	String() string
}

type Num int
type Var string
type Bin struct {
	Op   byte
	L, R Expr
}
type Neg struct{ X Expr }

type evalError struct{ msg string }

func (e *evalError) Error() string { return e.msg }

func (n Num) Eval(map[string]int) (int, error) { return int(n), nil }
func (n Num) String() string                   { return itoa(int(n)) }

func (v Var) Eval(env map[string]int) (int, error) {
	x, ok := env[string(v)]
	if !ok {
		return 0, &evalError{"undefined: " + string(v)}
	}
	return x, nil
}
func (v Var) String() string { return string(v) }

func (b *Bin) Eval(env map[string]int) (int, error) {
	l, err := b.L.Eval(env)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(env)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, &evalError{"division by zero in " + b.String()}
		}
		return l / r, nil
	}
	return 0, &evalError{"bad op"}
}
func (b *Bin) String() string {
	return "(" + b.L.String() + " " + string(b.Op) + " " + b.R.String() + ")"
}

func (n Neg) Eval(env map[string]int) (int, error) {
	v, err := n.X.Eval(env)
	return -v, err
}
func (n Neg) String() string { return "-" + n.X.String() }

type parser struct {
	src string
	pos int
}

func (p *parser) skip() {
	for p.pos < len(p.src) && p.src[p.pos] == ' ' {
		p.pos++
	}
}

func (p *parser) peek() byte {
	p.skip()
	if p.pos < len(p.src) {
		return p.src[p.pos]
	}
	return 0
}

func (p *parser) expr() Expr {
	l := p.term()
	for c := p.peek(); c == '+' || c == '-'; c = p.peek() {
		p.pos++
		l = &Bin{c, l, p.term()}
	}
	return l
}

func (p *parser) term() Expr {
	l := p.factor()
	for c := p.peek(); c == '*' || c == '/'; c = p.peek() {
		p.pos++
		l = &Bin{c, l, p.factor()}
	}
	return l
}

func (p *parser) factor() Expr {
	c := p.peek()
	switch {
	case c == '(':
		p.pos++
		e := p.expr()
		if p.peek() != ')' {
			panic(&evalError{"expected )"})
		}
		p.pos++
		return e
	case c == '-':
		p.pos++
		return Neg{p.factor()}
	case c >= '0' && c <= '9':
		n := 0
		for p.pos < len(p.src) && p.src[p.pos] >= '0' && p.src[p.pos] <= '9' {
			n = n*10 + int(p.src[p.pos]-'0')
			p.pos++
		}
		return Num(n)
	case c >= 'a' && c <= 'z':
		start := p.pos
		for p.pos < len(p.src) && p.src[p.pos] >= 'a' && p.src[p.pos] <= 'z' {
			p.pos++
		}
		return Var(p.src[start:p.pos])
	}
	panic(&evalError{"unexpected character at " + itoa(p.pos)})
}

func parse(s string) (e Expr, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = r.(error)
		}
	}()
	p := &parser{src: s}
	e = p.expr()
	if p.peek() != 0 {
		return nil, &evalError{"trailing input at " + itoa(p.pos)}
	}
	return e, nil
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	s := ""
	for n > 0 {
		s = string(rune('0'+n%10)) + s
		n /= 10
	}
	if neg {
		return "-" + s
	}
	return s
}

func main() {
	env := map[string]int{"x": 6, "y": 7, "zero": 0}
	inputs := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"x * y - -4",
		"100 / (x - 6)",
		"100 / (x - zero)",
		"a + 1",
		"2 * (3 + 4",
		"3 3",
		"--x",
		"#",
	}
	for _, in := range inputs {
		e, err := parse(in)
		if err != nil {
			println(in, "=> parse error:", err.Error())
			continue
		}
		v, err := e.Eval(env)
		if err != nil {
			println(e.String(), "=> eval error:", err.Error())
			continue
		}
		println(e.String(), "=>", v)
	}
	count := map[string]int{}
	e, _ := parse("x + 1 * y - (2 / x) + -y")
	var walk func(Expr)
	walk = func(e Expr) {
		switch n := e.(type) {
		case Num:
			count["num"]++
		case Var:
			count["var"]++
		case *Bin:
			count["bin"]++
			walk(n.L)
			walk(n.R)
		case Neg:
			count["neg"]++
			walk(n.X)
		}
	}
	walk(e)
	println(count["num"], count["var"], count["bin"], count["neg"])
}
