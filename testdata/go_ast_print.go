package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"os"
	"sort"
	"strings"
)

const src = `package p

// T is a type.
type T struct {
	A int ` + "`json:\"a\"`" + `
	B []string
}

/* block comment */
func (t *T) M(x int) (int, error) {
	if x < 0 {
		return 0, nil // negative
	}
	return t.A + x, nil
}

var v = [...]int{1, 2, 3}
const c = iota
`

func main() {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments)
	if err != nil {
		fmt.Println(err)
		return
	}
	ast.Fprint(os.Stdout, fset, f.Decls[0], nil)

	// Object resolution, scopes, comment maps.
	cmap := ast.NewCommentMap(fset, f, f.Comments)
	var kinds []string
	for n, cgs := range cmap {
		kinds = append(kinds, fmt.Sprintf("%T:%d", n, len(cgs)))
	}
	sort.Strings(kinds)
	fmt.Println(kinds)

	// Rewrite: rename identifiers, then print with printer.Config.
	ast.Inspect(f, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == "x" {
			id.Name = "arg"
		}
		return true
	})
	cfg := printer.Config{Mode: printer.UseSpaces | printer.TabIndent, Tabwidth: 4}
	var sb strings.Builder
	cfg.Fprint(&sb, fset, f)
	fmt.Print(sb.String())
	fmt.Println(ast.IsExported("T"), ast.IsExported("t"))
	ast.FilterFile(f, ast.IsExported)
	printer.Fprint(os.Stdout, fset, f)
	fmt.Println()

	// Positions in a file set with several files.
	f2, _ := parser.ParseFile(fset, "q.go", "package q\n\nvar Z = 1\n", 0)
	fmt.Println(fset.Position(f2.Decls[0].Pos()), fset.File(f2.Pos()).LineCount(), fset.Base())
}
