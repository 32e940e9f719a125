package main

import (
	"fmt"
	"net/url"
)

func main() {
	u, err := url.Parse("https://user:pa%20ss@example.com:8080/p/a th?q=1&q=2&x=%3D#frag")
	fmt.Println(err, u.Scheme, u.User.Username(), u.Host, u.Hostname(), u.Port(), u.Path, u.RawQuery, u.Fragment)
	fmt.Println(u.Query(), u.Query()["q"], u.String(), u.EscapedPath())
	p, _ := u.User.Password()
	fmt.Println(p)
	v := url.Values{}
	v.Set("b", "2 3")
	v.Add("a", "&")
	fmt.Println(v.Encode(), url.QueryEscape("a b/c"), url.PathEscape("a b/c"))
	s, err := url.QueryUnescape("%zz")
	fmt.Println(s, err)
	base, _ := url.Parse("http://h/a/b/c")
	ref, _ := url.Parse("../d?e")
	fmt.Println(base.ResolveReference(ref))
	_, err = url.Parse("http://[::1")
	fmt.Println(err)
	fmt.Println(url.JoinPath("http://h/a", "b", "../c"))
}
