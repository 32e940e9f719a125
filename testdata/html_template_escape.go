package main

import (
	"fmt"
	"html"
	"html/template"
	"os"
)

type Page struct {
	Title string
	User  string
	Link  string
	Items []string
	Raw   template.HTML
	Attr  string
	JSVal any
}

func main() {
	for _, s := range []string{"<b>\"bold\" & 'quoted'</b>", "plain", "a<b>c", "€ and \x00"} {
		e := html.EscapeString(s)
		fmt.Printf("%q -> %q -> %q\n", s, e, html.UnescapeString(e))
	}
	for _, s := range []string{"&amp;&lt;&gt;&quot;&#39;", "&eacute;t&eacute; &copy; &#x263a; &#9731;", "&notanentity; &amp", "&lt&gt", "&#0; &#xD800;"} {
		fmt.Printf("%q -> %q\n", s, html.UnescapeString(s))
	}

	const page = `<html><head><title>{{.Title}}</title></head>
<body>
<h1 title="{{.Attr}}">Hello, {{.User}}!</h1>
<a href="{{.Link}}">link</a> <a href="/search?q={{.User}}">search</a>
<ul>{{range .Items}}<li>{{.}}</li>{{end}}</ul>
{{.Raw}}
<script>var v = {{.JSVal}}; var s = "{{.User}}";</script>
<p style="color: {{.Attr}}">styled</p>
</body></html>
`
	t := template.Must(template.New("page").Parse(page))
	err := t.Execute(os.Stdout, Page{
		Title: "A & B",
		User:  "<script>alert('x')</script>",
		Link:  "javascript:alert(1)",
		Items: []string{"one", "<two>", "\"three\""},
		Raw:   template.HTML("<em>trusted</em>"),
		Attr:  "red\" onclick=\"evil()",
		JSVal: map[string]any{"a": []int{1, 2}, "b": "</script>"},
	})
	fmt.Println("err:", err)

	t2 := template.Must(template.New("ok").Parse(`<a href="{{.}}">x</a>`))
	t2.Execute(os.Stdout, "https://example.com/a b?c=d&e=f")
	fmt.Println()

	_, err = template.New("bad").Parse(`<a href="{{.}`)
	fmt.Println("parse:", err)
	t3 := template.Must(template.New("amb").Parse(`<a {{.}}="x">`))
	err = t3.Execute(os.Stdout, "href")
	fmt.Println()
	fmt.Println("exec:", err)
	fmt.Println(template.HTMLEscapeString("<&>"), template.JSEscapeString("'a'</script>"), template.URLQueryEscaper("a b", "&"))
}
