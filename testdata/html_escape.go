package main

import (
	"fmt"
	"html"
)

func main() {
	for _, s := range []string{"<b>\"bold\" & 'quoted'</b>", "plain", "a<b>c", "€ and \x00"} {
		e := html.EscapeString(s)
		fmt.Printf("%q -> %q -> %q\n", s, e, html.UnescapeString(e))
	}
	for _, s := range []string{"&amp;&lt;&gt;&quot;&#39;", "&eacute;t&eacute; &copy; &#x263a; &#9731;", "&notanentity; &amp", "&lt&gt", "&#0; &#xD800;"} {
		fmt.Printf("%q -> %q\n", s, html.UnescapeString(s))
	}

}
