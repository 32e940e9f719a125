package main

func cmp(a, b string) {
	println("["+a+"]", "["+b+"]", a == b, a != b, a < b, a <= b, a > b, a >= b)
}

func main() {
	cmp("", "")
	cmp("", "a")
	cmp("a", "")
	cmp("abc", "abd")
	cmp("abc", "ab")
	cmp("ab", "abc")
	cmp("Z", "a")
	cmp("\xff", "\x7f")
	cmp("é", "z")
	cmp("same", "same")
	s := "hello world"
	cmp(s[:5], "hello")
	cmp(s[6:], "world")
	long1 := "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab"
	long2 := "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaac"
	cmp(long1, long2)
	x := "a"
	x += "b"
	println(x == "ab", "a"+"b" == x)
	m := ""
	for _, w := range []string{"pear", "apple", "zebra", "mango", "apricot"} {
		if m == "" || w < m {
			m = w
		}
	}
	println(m, min("b", "a", "c"), max("b", "a", "c"))
}
