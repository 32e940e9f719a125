package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/template"
)

type Item struct {
	Name  string
	Price float64
	Qty   int
	Tags  []string
}

func (i Item) Total() float64 { return i.Price * float64(i.Qty) }

func (i *Item) Discounted(pct int) float64 { return i.Price * float64(100-pct) / 100 }

type Order struct {
	ID       int
	Customer map[string]string
	Items    []*Item
	Notes    *string
	Paid     bool
}

func (o Order) Fail() (string, error) { return "", errors.New("method failed") }

func run(name, text string, data any) {
	t, err := template.New(name).Funcs(template.FuncMap{
		"upper": strings.ToUpper,
		"join":  strings.Join,
		"add":   func(a, b int) int { return a + b },
		"repeat": func(s string, n int) (string, error) {
			if n < 0 {
				return "", fmt.Errorf("negative count %d", n)
			}
			return strings.Repeat(s, n), nil
		},
	}).Parse(text)
	if err != nil {
		fmt.Println("parse error:", err)
		return
	}
	var b strings.Builder
	err = t.Execute(&b, data)
	fmt.Printf("[%s] %q\n", name, b.String())
	if err != nil {
		fmt.Println("exec error:", err)
	}
}

func main() {
	note := "leave at door"
	order := Order{
		ID:       42,
		Customer: map[string]string{"name": "Ada", "city": "London", "zip": "N1"},
		Items: []*Item{
			{"widget", 2.5, 4, []string{"small", "blue"}},
			{"gadget", 10, 1, nil},
			{"gizmo", 0.99, 10, []string{"cheap"}},
		},
		Notes: &note,
	}
	run("fields", "Order {{.ID}} for {{.Customer.name}} of {{index .Customer \"city\"}}", order)
	run("range", "{{range $i, $it := .Items}}{{if $i}}, {{end}}{{$i}}:{{$it.Name}}x{{.Qty}}={{printf \"%.2f\" .Total}}{{end}}", order)
	run("rangemap", "{{range $k, $v := .Customer}}{{$k}}={{$v}};{{end}}", order)
	run("rangeelse", "{{range .}}{{.}}{{else}}none{{end}}", []int{})
	run("rangeint", "{{range 5}}{{.}}{{end}} {{range $i := 3}}[{{$i}}]{{end}}", nil)
	run("ifelse", "{{if .Paid}}paid{{else if .Notes}}note: {{.Notes}}{{else}}nothing{{end}}", order)
	run("with", "{{with .Customer.zip}}zip {{.}}{{end}}{{with .Customer.missing}}never{{else}} no missing{{end}}", order)
	run("pipeline", "{{.Customer.name | upper | printf \"%s!\"}} {{\"a\" | repeat 3}}", order)
	run("funcs", "{{join (index .Items 0).Tags \"+\"}} {{add 2 3}} {{len .Items}} {{slice \"abcdef\" 1 3}}", order)
	run("method", "{{(index .Items 2).Discounted 10}}", order)
	run("compare", "{{if and (gt .ID 40) (lt .ID 50)}}in{{end}} {{eq .ID 42 43}} {{ne 1 2}} {{le 2 2}} {{not .Paid}} {{or 0 \"x\"}}", order)
	run("vars", "{{$x := 1}}{{range .Items}}{{$x = add $x .Qty}}{{end}}total qty {{$x}}", order)
	run("trim", "a  {{- 1 -}}  b {{- /* comment */ -}} c", nil)
	run("escape", "{{html \"<a href='x'>&</a>\"}} {{js \"it's \\\"q\\\"\"}} {{urlquery \"a b&c\"}} {{print 1 2 \"s\" 3}} {{println \"x\"}}", nil)
	run("define", "{{define \"item\"}}<{{.Name}}>{{end}}{{range .Items}}{{template \"item\" .}}{{end}}{{block \"foot\" .ID}}#{{.}}{{end}}", order)
	run("breakcontinue", "{{range .}}{{if eq . 3}}{{continue}}{{end}}{{if eq . 6}}{{break}}{{end}}{{.}}{{end}}", []int{1, 2, 3, 4, 5, 6, 7})
	run("nilptr", "{{.Missing}}", order)
	run("methoderr", "before {{.Fail}} after", order)
	run("funcerr", "x{{repeat \"a\" -1}}", nil)
	run("badindex", "{{index .Items 10}}", order)
	run("mapmissing", "{{.Customer.nope}}|", order)
	run("parsebad", "{{if}}", nil)
	run("parsebad2", "{{range .}}", nil)
	run("undefined", "{{nosuch 1}}", nil)
	run("call", "{{call .F 3 4}}", map[string]any{"F": func(a, b int) int { return a * b }})

	// Option missingkey=error and Lookup / Templates / DefinedTemplates.
	t := template.Must(template.New("root").Option("missingkey=error").Parse(`{{define "a"}}A{{.k}}{{end}}{{define "b"}}B{{end}}root`))
	err := t.ExecuteTemplate(os.Stdout, "a", map[string]int{"j": 1})
	fmt.Println()
	fmt.Println("missingkey:", err)
	var names []string
	for _, x := range t.Templates() {
		names = append(names, x.Name())
	}
	sort.Strings(names)
	fmt.Println(t.Lookup("b") != nil, t.Lookup("zz") == nil, names)
	err = t.ExecuteTemplate(os.Stdout, "zz", nil)
	fmt.Println("no such template:", err)

	// Must panics on a parse error.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		template.Must(template.New("p").Parse("{{.X"))
	}()
}
