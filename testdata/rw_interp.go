package main

import (
	"errors"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

type TokKind int

const (
	EOF TokKind = iota
	NUM
	IDENT
	OP
	LPAREN
	RPAREN
	COMMA
)

var kindNames = [...]string{EOF: "EOF", NUM: "NUM", IDENT: "IDENT", OP: "OP", LPAREN: "(", RPAREN: ")", COMMA: ","}

func (k TokKind) String() string { return kindNames[k] }

type Token struct {
	Kind TokKind
	Text string
	Pos  int
}

type SyntaxError struct {
	Pos int
	Msg string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("syntax error at %d: %s", e.Pos, e.Msg) }

func lex(src string) ([]Token, error) {
	var toks []Token
	rs := []rune(src)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case unicode.IsSpace(r):
			i++
		case unicode.IsDigit(r) || r == '.':
			j := i
			for j < len(rs) && (unicode.IsDigit(rs[j]) || rs[j] == '.') {
				j++
			}
			toks = append(toks, Token{NUM, string(rs[i:j]), i})
			i = j
		case unicode.IsLetter(r) || r == '_':
			j := i
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || rs[j] == '_') {
				j++
			}
			toks = append(toks, Token{IDENT, string(rs[i:j]), i})
			i = j
		case strings.ContainsRune("+-*/^%=<>!", r):
			if i+1 < len(rs) && rs[i+1] == '=' {
				toks = append(toks, Token{OP, string(rs[i : i+2]), i})
				i += 2
				continue
			}
			toks = append(toks, Token{OP, string(r), i})
			i++
		case r == '(':
			toks = append(toks, Token{LPAREN, "(", i})
			i++
		case r == ')':
			toks = append(toks, Token{RPAREN, ")", i})
			i++
		case r == ',':
			toks = append(toks, Token{COMMA, ",", i})
			i++
		default:
			return nil, &SyntaxError{i, fmt.Sprintf("unexpected %q", r)}
		}
	}
	return append(toks, Token{Kind: EOF, Pos: len(rs)}), nil
}

type Node interface {
	Eval(env *Env) (float64, error)
	String() string
}

type (
	Num    float64
	Var    string
	Unary  struct {
		Op string
		X  Node
	}
	Binary struct {
		Op   string
		L, R Node
	}
	Call struct {
		Fn   string
		Args []Node
	}
	Assign struct {
		Name string
		X    Node
	}
)

type Env struct {
	vars  map[string]float64
	funcs map[string]func(...float64) (float64, error)
	outer *Env
}

var ErrUndefined = errors.New("undefined")

func (e *Env) Lookup(name string) (float64, bool) {
	for s := e; s != nil; s = s.outer {
		if v, ok := s.vars[name]; ok {
			return v, true
		}
	}
	return 0, false
}

func (n Num) Eval(*Env) (float64, error) { return float64(n), nil }
func (n Num) String() string              { return strconv.FormatFloat(float64(n), 'g', -1, 64) }
func (v Var) Eval(e *Env) (float64, error) {
	if x, ok := e.Lookup(string(v)); ok {
		return x, nil
	}
	return 0, fmt.Errorf("variable %q: %w", string(v), ErrUndefined)
}
func (v Var) String() string { return string(v) }
func (u *Unary) Eval(e *Env) (float64, error) {
	x, err := u.X.Eval(e)
	if err != nil {
		return 0, err
	}
	if u.Op == "!" {
		if x == 0 {
			return 1, nil
		}
		return 0, nil
	}
	return -x, nil
}
func (u *Unary) String() string { return "(" + u.Op + u.X.String() + ")" }
func (b *Binary) Eval(e *Env) (float64, error) {
	l, err := b.L.Eval(e)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(e)
	if err != nil {
		return 0, err
	}
	bool2f := func(c bool) float64 {
		if c {
			return 1
		}
		return 0
	}
	switch b.Op {
	case "+":
		return l + r, nil
	case "-":
		return l - r, nil
	case "*":
		return l * r, nil
	case "/":
		if r == 0 {
			return 0, errors.New("division by zero")
		}
		return l / r, nil
	case "%":
		return math.Mod(l, r), nil
	case "^":
		return math.Pow(l, r), nil
	case "<":
		return bool2f(l < r), nil
	case ">":
		return bool2f(l > r), nil
	case "<=":
		return bool2f(l <= r), nil
	case ">=":
		return bool2f(l >= r), nil
	case "==":
		return bool2f(l == r), nil
	case "!=":
		return bool2f(l != r), nil
	}
	return 0, fmt.Errorf("bad op %s", b.Op)
}
func (b *Binary) String() string { return "(" + b.L.String() + " " + b.Op + " " + b.R.String() + ")" }
func (c *Call) Eval(e *Env) (float64, error) {
	var f func(...float64) (float64, error)
	for s := e; s != nil && f == nil; s = s.outer {
		f = s.funcs[c.Fn]
	}
	if f == nil {
		return 0, fmt.Errorf("function %s: %w", c.Fn, ErrUndefined)
	}
	args := make([]float64, len(c.Args))
	for i, a := range c.Args {
		v, err := a.Eval(e)
		if err != nil {
			return 0, err
		}
		args[i] = v
	}
	return f(args...)
}
func (c *Call) String() string {
	parts := make([]string, len(c.Args))
	for i, a := range c.Args {
		parts[i] = a.String()
	}
	return c.Fn + "(" + strings.Join(parts, ", ") + ")"
}
func (a *Assign) Eval(e *Env) (float64, error) {
	v, err := a.X.Eval(e)
	if err == nil {
		e.vars[a.Name] = v
	}
	return v, err
}
func (a *Assign) String() string { return a.Name + " = " + a.X.String() }

var prec = map[string]int{"==": 1, "!=": 1, "<": 2, ">": 2, "<=": 2, ">=": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "^": 5}

type parser struct {
	toks []Token
	pos  int
}

func (p *parser) peek() Token { return p.toks[p.pos] }
func (p *parser) next() Token  { t := p.toks[p.pos]; p.pos++; return t }

func (p *parser) expect(k TokKind) Token {
	t := p.next()
	if t.Kind != k {
		panic(&SyntaxError{t.Pos, fmt.Sprintf("expected %v, got %v %q", k, t.Kind, t.Text)})
	}
	return t
}

func (p *parser) primary() Node {
	t := p.next()
	switch t.Kind {
	case NUM:
		f, err := strconv.ParseFloat(t.Text, 64)
		if err != nil {
			panic(&SyntaxError{t.Pos, err.Error()})
		}
		return Num(f)
	case IDENT:
		if p.peek().Kind == LPAREN {
			p.next()
			c := &Call{Fn: t.Text}
			for p.peek().Kind != RPAREN {
				c.Args = append(c.Args, p.expr(0))
				if p.peek().Kind == COMMA {
					p.next()
				}
			}
			p.expect(RPAREN)
			return c
		}
		if p.peek().Kind == OP && p.peek().Text == "=" {
			p.next()
			return &Assign{t.Text, p.expr(0)}
		}
		return Var(t.Text)
	case LPAREN:
		n := p.expr(0)
		p.expect(RPAREN)
		return n
	case OP:
		if t.Text == "-" || t.Text == "!" {
			return &Unary{t.Text, p.expr(5)}
		}
	}
	panic(&SyntaxError{t.Pos, "unexpected " + t.Kind.String()})
}

func (p *parser) expr(minPrec int) Node {
	left := p.primary()
	for {
		t := p.peek()
		pr, ok := prec[t.Text]
		if t.Kind != OP || !ok || pr <= minPrec && !(t.Text == "^" && pr == minPrec) {
			return left
		}
		p.next()
		right := p.expr(pr)
		left = &Binary{t.Text, left, right}
	}
}

func Parse(src string) (n Node, err error) {
	toks, err := lex(src)
	if err != nil {
		return nil, err
	}
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*SyntaxError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	p := &parser{toks: toks}
	n = p.expr(0)
	if p.peek().Kind != EOF {
		return nil, &SyntaxError{p.peek().Pos, "trailing input"}
	}
	return n, nil
}

func main() {
	global := &Env{vars: map[string]float64{"pi": math.Pi, "e": math.E}, funcs: map[string]func(...float64) (float64, error){
		"sqrt": func(a ...float64) (float64, error) { return math.Sqrt(a[0]), nil },
		"max": func(a ...float64) (float64, error) {
			if len(a) == 0 {
				return 0, errors.New("max of nothing")
			}
			m := a[0]
			for _, x := range a[1:] {
				m = math.Max(m, x)
			}
			return m, nil
		},
	}}
	local := &Env{vars: map[string]float64{}, outer: global}
	lines := []string{
		"1 + 2 * 3",
		"(1 + 2) * 3",
		"2 ^ 3 ^ 2",
		"-2 ^ 2",
		"x = 10",
		"y = x * pi",
		"max(x, y, 3) / 2",
		"sqrt(2) * sqrt(2) == 2",
		"10 % 4 + !0",
		"z + 1",
		"foo(1)",
		"max()",
		"1 / (x - 10)",
		"3 $ 4",
		"(1 + 2",
		"1 2",
		"1.2.3",
		"x >= 10",
		"0.1 + 0.2",
		"1e3",
	}
	for _, l := range lines {
		n, err := Parse(l)
		if err != nil {
			var se *SyntaxError
			fmt.Printf("%-24s parse error: %v (syntax=%v)\n", l, err, errors.As(err, &se))
			continue
		}
		v, err := n.Eval(local)
		if err != nil {
			fmt.Printf("%-24s %-30s eval error: %v undefined=%v\n", l, n, err, errors.Is(err, ErrUndefined))
			continue
		}
		fmt.Printf("%-24s %-30s = %.6g\n", l, n, v)
	}
	names := make([]string, 0)
	for k := range local.vars {
		names = append(names, k)
	}
	sort.Strings(names)
	for _, k := range names {
		fmt.Printf("%s=%v ", k, local.vars[k])
	}
	fmt.Println()
}
