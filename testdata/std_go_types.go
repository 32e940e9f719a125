// go/types: type-check a small package held in a string, print what it found.
package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
)

const src = `package shapes

type Shape interface { Area() float64 }

type Rect struct { W, H float64 }

func (r Rect) Area() float64 { return r.W * r.H }

type Pair[K comparable, V any] struct { Key K; Val V }

const Big = 1 << 40

var Names = map[string][]int{"a": {1}}

func Sum[T ~int | ~float64](xs ...T) (s T) {
	for _, x := range xs { s += x }
	return
}

func use() {
	p := Pair[string, Rect]{"r", Rect{2, 3}}
	var s Shape = p.Val
	_ = s.Area() + float64(Sum(1, 2, 3))
}
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "shapes.go", src, 0)
	if err != nil {
		panic(err)
	}
	info := &types.Info{Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Instances: map[*ast.Ident]types.Instance{}}
	conf := types.Config{}
	pkg, err := conf.Check("shapes", fset, []*ast.File{f}, info)
	if err != nil {
		panic(err)
	}
	fmt.Println("package", pkg.Name(), pkg.Path())
	for _, name := range pkg.Scope().Names() {
		obj := pkg.Scope().Lookup(name)
		fmt.Printf("%-6s %T %s\n", name, obj, obj.Type())
	}
	rect := pkg.Scope().Lookup("Rect").Type()
	shape := pkg.Scope().Lookup("Shape").Type().Underlying().(*types.Interface)
	fmt.Println("Rect implements Shape:", types.Implements(rect, shape))
	ms := types.NewMethodSet(types.NewPointer(rect))
	for i := 0; i < ms.Len(); i++ {
		fmt.Println("method:", ms.At(i))
	}
	big := pkg.Scope().Lookup("Big").(*types.Const)
	v, _ := constant.Int64Val(big.Val())
	fmt.Println("Big =", v, big.Type())

	var inst []string
	for id, in := range info.Instances {
		inst = append(inst, fmt.Sprintf("%s %v -> %s", id.Name, in.TypeArgs.Len(), in.Type))
	}
	sort.Strings(inst)
	for _, s := range inst {
		fmt.Println("instance:", s)
	}

	bad := `package bad
func f() int { return "x" }
var y = undefined
`
	bf, _ := parser.ParseFile(fset, "bad.go", bad, 0)
	var errs []string
	conf2 := types.Config{Error: func(err error) { errs = append(errs, err.Error()) }}
	conf2.Check("bad", fset, []*ast.File{bf}, nil)
	for _, e := range errs {
		fmt.Println("error:", e)
	}
}
