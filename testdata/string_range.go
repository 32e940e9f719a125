package main

// range over a string decodes UTF-8; each invalid byte yields U+FFFD and
// advances by one byte.

func dump(s string) {
	for i, r := range s {
		print(i, ":", r, " ")
	}
	println()
}

func main() {
	dump("")
	dump("abc")
	dump("héllo")
	dump("日本語")
	dump("\U0001F600x")
	dump("\xff\xfe")
	dump("a\xc3")
	dump("\xc3\x28")
	dump("\xe2\x82")
	dump("\xe2\x82\xac")
	dump("\xed\xa0\x80")
	dump("\xf0\x90\x80\x80")
	dump("\xf4\x90\x80\x80")
	dump("\xc0\xaf")
	dump("\xe0\x80\xaf")
	dump("\x80\x80\x80")
	dump("\xef\xbf\xbd")
	n := 0
	for range "naïve" {
		n++
	}
	println(n)
	for i := range "ab€" {
		print(i, " ")
	}
	println()
	s := "Go语言"
	count := 0
	for _, r := range s {
		if r > 127 {
			count++
		}
	}
	println(count, len(s))
}
