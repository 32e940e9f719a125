package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
)

const src = `package p

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
func (s Sq) Area() float64 { return s.S * s.S }

func Max[T int | float64](a, b T) T { if a > b { return a }; return b }

var total = Max(3, 4) + len("abc")
const k = 1 << 10
var shapes = []Shape{Sq{2}}
func bad() int { return "x" }
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, 0)
	if err != nil {
		fmt.Println(err)
		return
	}
	conf := types.Config{Error: func(err error) { fmt.Println("type error:", err) }}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{}}
	pkg, _ := conf.Check("p", fset, []*ast.File{f}, info)
	names := pkg.Scope().Names()
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(pkg.Scope().Lookup(n))
	}
	sq := pkg.Scope().Lookup("Sq").Type()
	shape := pkg.Scope().Lookup("Shape").Type().Underlying().(*types.Interface)
	fmt.Println(types.Implements(sq, shape), types.TypeString(sq, nil))
	var exprs []string
	for e, tv := range info.Types {
		if tv.Value != nil {
			exprs = append(exprs, fmt.Sprintf("%s = %s (%s)", types.ExprString(e), tv.Value, tv.Type))
		}
	}
	sort.Strings(exprs)
	for _, e := range exprs {
		fmt.Println(e)
	}
}
