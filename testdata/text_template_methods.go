package main

import (
	"os"
	"text/template"
)

type Base struct{ ID int }

func (b Base) Describe() string    { return "base" }
func (b *Base) PtrOnly() string    { return "ptr" }
func (b Base) With(s string) string { return s + "!" }

type Thing struct {
	Base
	Name  string
	Score map[int]string
	Any   any
	Ptr   *Base
	Arr   [3]int
	Fn    func() string
}

func main() {
	t := template.Must(template.New("t").Parse(`{{.ID}} {{.Describe}} {{.PtrOnly}} {{.With "hi"}} {{.Score}} {{range $k, $v := .Score}}{{$k}}:{{$v}} {{end}}
{{.Any}} {{.Ptr.ID}} {{.Arr}} {{index .Arr 1}} {{slice .Arr 1}} {{.Name}}
{{printf "%+v" .Base}} {{printf "%#v" .Arr}} {{print nil}} {{.Any.Describe}} {{call .Fn}}
{{- range $i, $e := .Arr}}{{if eq $i 1}}{{break}}{{end}} [{{$e}}]{{end}}
`))
	th := &Thing{Base: Base{7}, Name: "n", Score: map[int]string{3: "c", 1: "a", 2: "b"}, Any: Base{9}, Ptr: &Base{8}, Arr: [3]int{4, 5, 6}, Fn: func() string { return "called" }}
	if err := t.Execute(os.Stdout, th); err != nil {
		os.Stdout.WriteString("ERR " + err.Error() + "\n")
	}
	if err := t.Execute(os.Stdout, *th); err != nil {
		os.Stdout.WriteString("ERR " + err.Error() + "\n")
	}
}
