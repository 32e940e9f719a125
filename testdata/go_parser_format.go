package main

import (
	"bytes"
	"fmt"
	"go/ast"
	"go/format"
	"go/parser"
	"go/scanner"
	"go/token"
	"strings"
)

const src = `// Package demo is parsed by the test.
package demo

import ( "fmt"
  "strings" )

type Shape interface { Area() float64 }

type Rect struct { W, H float64 // size
  name string }

func (r Rect) Area() float64 { return r.W*r.H }

// Sum adds things.
func Sum[T int|float64](xs ...T) (total T) {
for _, x := range xs { total += x }
  return
}

func main() {
	var s Shape = Rect{W: 2, H: 3}
	m := map[string]int{"a": 1, "bb": 2}
	if v, ok := m["a"]; ok && v > 0 { fmt.Println(strings.ToUpper("x"), s.Area()) }
	switch x := Sum(1, 2, 3); { case x > 5: go func() {}(); default: defer fmt.Println() }
	ch := make(chan int, 1); ch <- 1; select { case v := <-ch: _ = v }
	for i := 0; i < 3; i++ { continue }
	_ = []int{1, 2, 3}[1:2:3]
	_ = 'c' + 0x1F + 1e3i
}
`

type visitor struct {
	depth int
	out   *strings.Builder
}

func (v visitor) Visit(n ast.Node) ast.Visitor {
	if n == nil {
		return nil
	}
	desc := fmt.Sprintf("%T", n)
	switch x := n.(type) {
	case *ast.Ident:
		desc += " " + x.Name
	case *ast.BasicLit:
		desc += " " + x.Kind.String() + " " + x.Value
	case *ast.BinaryExpr:
		desc += " " + x.Op.String()
	case *ast.FuncDecl:
		desc += " " + x.Name.Name
	}
	fmt.Fprintf(v.out, "%s%s\n", strings.Repeat(" ", v.depth), desc)
	return visitor{v.depth + 1, v.out}
}

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "demo.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	fmt.Println("package", f.Name.Name, "imports", len(f.Imports), "decls", len(f.Decls), "comments", len(f.Comments))
	for _, d := range f.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			pos := fset.Position(d.Pos())
			fmt.Printf("func %s at %s (doc %q)\n", d.Name.Name, pos, d.Doc.Text())
		case *ast.GenDecl:
			fmt.Printf("%s at line %d with %d specs\n", d.Tok, fset.Position(d.Pos()).Line, len(d.Specs))
		}
	}
	var b strings.Builder
	ast.Walk(visitor{0, &b}, f)
	lines := strings.Split(b.String(), "\n")
	fmt.Println("walk nodes:", len(lines)-1)
	fmt.Println(strings.Join(lines[:60], "\n"))

	idents := map[string]int{}
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			idents[id.Name]++
		}
		return true
	})
	fmt.Println("x:", idents["x"], "fmt:", idents["fmt"], "Rect:", idents["Rect"])

	var buf bytes.Buffer
	if err := format.Node(&buf, fset, f); err != nil {
		fmt.Println("format.Node:", err)
	}
	fmt.Print(buf.String())
	out, err := format.Source([]byte("package p\nfunc f( ) {x:=1\nif x>0{return}}\n"))
	fmt.Printf("%s%v\n", out, err)
	_, err = format.Source([]byte("package p\nfunc {"))
	fmt.Println("format error:", err)

	// Expressions and errors.
	e, err := parser.ParseExpr("a + b*c[i] - f(x...)")
	fmt.Printf("%T %v\n", e, err)
	ast.Print(nil, e)
	_, err = parser.ParseFile(fset, "bad.go", "package p\nfunc f() { x := }\nvar = 1\n", 0)
	fmt.Println("errors:", err)
	if list, ok := err.(scanner.ErrorList); ok {
		for _, e := range list {
			fmt.Println(" ", e.Pos, e.Msg)
		}
	}

	// The scanner alone.
	var s scanner.Scanner
	fs2 := token.NewFileSet()
	text := []byte("x := 3.14 + y // note\nif x != 0 { s = \"str\" }")
	file := fs2.AddFile("scan.go", fs2.Base(), len(text))
	s.Init(file, text, nil, scanner.ScanComments)
	for {
		pos, tok, lit := s.Scan()
		if tok == token.EOF {
			break
		}
		fmt.Printf("%s\t%s\t%q\n", fs2.Position(pos), tok, lit)
	}
	fmt.Println(token.Lookup("func"), token.Lookup("foo"), token.ADD.Precedence(), token.IsKeyword("range"), token.IsIdentifier("_x9"))
}
