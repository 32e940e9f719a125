package main

import (
	"bytes"
	"fmt"
	"strings"
	"text/template"
)

type Node struct {
	Name     string
	Children []*Node
	Attrs    map[string]any
}

type Stringer interface{ String() string }

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Env struct {
	Root    *Node
	Temp    Stringer
	Vals    []any
	Matrix  [][]int
	Fn      func(string) string
	Ch      chan int
	Err     error
	Counter *int
}

func (e *Env) Inc() int { *e.Counter++; return *e.Counter }

const tree = `{{define "node"}}{{.Name}}{{if .Attrs}}({{range $k, $v := .Attrs}}{{$k}}={{$v}} {{end}}){{end}}{{if .Children}}[{{range $i, $c := .Children}}{{if $i}} {{end}}{{template "node" $c}}{{end}}]{{end}}{{end}}` +
	`tree: {{template "node" .Root}}
temp: {{.Temp}} {{printf "%v|%s|%T" .Temp .Temp .Temp}}
vals: {{range .Vals}}{{printf "%v:%T" . .}} {{end}}
matrix: {{range $r := .Matrix}}{{range $r}}{{.}}{{end}};{{end}} {{index .Matrix 1 2}}
fn: {{call .Fn "arg"}}
chan: {{range .Ch}}<{{.}}>{{end}}
inc: {{.Inc}} {{.Inc}} {{.Inc}}
len: {{len .Vals}} {{len .Root.Attrs}} {{len "héllo"}}
cmp: {{lt 1.5 2.0}} {{eq "a" "a"}} {{gt (len .Vals) 2}} {{eq .Temp .Temp}}
nested: {{with $x := .Root}}{{with .Children}}{{(index . 0).Name}}-{{$x.Name}}{{end}}{{end}}
`

func main() {
	root := &Node{Name: "root", Attrs: map[string]any{"id": 1, "kind": "dir"}, Children: []*Node{
		{Name: "a", Children: []*Node{{Name: "a1"}, {Name: "a2", Attrs: map[string]any{"x": 2.5}}}},
		{Name: "b"},
	}}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	n := 0
	env := &Env{Root: root, Temp: Celsius(21.55), Vals: []any{1, "two", 3.0, nil, []int{4}, map[string]int{"k": 5}, true},
		Matrix: [][]int{{1, 2, 3}, {4, 5, 6}}, Fn: strings.ToUpper, Ch: ch, Counter: &n}
	t := template.Must(template.New("main").Parse(tree))
	var b bytes.Buffer
	if err := t.Execute(&b, env); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(b.String())

	// Clone and redefine, AddParseTree, Delims, New with association.
	base := template.Must(template.New("base").Parse(`<{{template "body" .}}>`))
	template.Must(base.New("body").Parse(`body {{.}}`))
	c := template.Must(base.Clone())
	template.Must(c.New("body").Parse(`CLONED {{.}}`))
	base.Execute(&b, 1)
	b.WriteString(" ")
	c.Execute(&b, 2)
	fmt.Println(b.String()[strings.LastIndex(b.String(), "\n")+1:])
	d := template.Must(template.New("d").Delims("[[", "]]").Parse(`[[.]] {{not an action}}`))
	var db strings.Builder
	d.Execute(&db, "x")
	fmt.Println(db.String())

	// Recursion limit and errors from deep inside.
	r := template.Must(template.New("r").Parse(`{{define "loop"}}{{template "loop" .}}{{end}}{{template "loop" .}}`))
	err := r.Execute(&db, nil)
	fmt.Println("recursion:", err != nil, strings.Contains(fmt.Sprint(err), "exceeded maximum template depth"))
	_, err = template.New("x").Parse(`{{template "a" }}{{define "a"}}{{end}}{{define "a"}}x{{end}}`)
	fmt.Println("redefine:", err)
	e2 := template.Must(template.New("e").Parse(`{{.Err.Error}}`))
	err = e2.Execute(&db, &Env{})
	fmt.Println("nil iface:", err)
	e3 := template.Must(template.New("e3").Parse(`{{index .Vals 0 1}}`))
	err = e3.Execute(&db, env)
	fmt.Println("index:", err)
	e4 := template.Must(template.New("e4").Parse(`{{len 3}}`))
	err = e4.Execute(&db, env)
	fmt.Println("len:", err)
	e5 := template.Must(template.New("e5").Parse(`{{template "nope"}}`))
	err = e5.Execute(&db, env)
	fmt.Println("missing:", err)
}
