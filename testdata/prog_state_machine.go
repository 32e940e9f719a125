package main

// A tokenizer-driven state machine: states are funcs returning the next
// state (a recursive func type), with a map of keyword handlers.

type lexer struct {
	input  string
	pos    int
	tokens []string
}

type stateFn func(*lexer) stateFn

func lexStart(l *lexer) stateFn {
	if l.pos >= len(l.input) {
		return nil
	}
	c := l.input[l.pos]
	switch {
	case c == ' ':
		l.pos++
		return lexStart
	case c >= '0' && c <= '9':
		return lexNumber
	case c >= 'a' && c <= 'z':
		return lexWord
	default:
		l.tokens = append(l.tokens, "sym:"+string(c))
		l.pos++
		return lexStart
	}
}

func lexNumber(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] >= '0' && l.input[l.pos] <= '9' {
		l.pos++
	}
	l.tokens = append(l.tokens, "num:"+l.input[start:l.pos])
	return lexStart
}

var keywords = map[string]func(string) string{
	"if":   func(w string) string { return "kw:" + w },
	"else": func(w string) string { return "kw:" + w },
}

func lexWord(l *lexer) stateFn {
	start := l.pos
	for l.pos < len(l.input) && l.input[l.pos] >= 'a' && l.input[l.pos] <= 'z' {
		l.pos++
	}
	w := l.input[start:l.pos]
	if h, ok := keywords[w]; ok {
		l.tokens = append(l.tokens, h(w))
	} else {
		l.tokens = append(l.tokens, "id:"+w)
	}
	return lexStart
}

func main() {
	l := &lexer{input: "if x1 > 42 { y = 7 } else {z}"}
	steps := 0
	for st := stateFn(lexStart); st != nil; st = st(l) {
		steps++
	}
	for _, t := range l.tokens {
		print(t, " ")
	}
	println()
	println(len(l.tokens), steps)
}
