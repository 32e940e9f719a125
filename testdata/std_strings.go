package main

import (
	"strings"
	"unicode"
)

func q(s string) string { return "[" + s + "]" }

func list(ss []string) {
	print(len(ss), ":")
	for _, s := range ss {
		print(" ", q(s))
	}
	println()
}

func main() {
	s := "  Hello, Wörld! Go is fun, go GO  "
	println(strings.ToUpper(s), strings.ToLower(s))
	println(q(strings.TrimSpace(s)), q(strings.Trim(s, " !G")), q(strings.TrimLeft(s, " H")), q(strings.TrimRight(s, " O")))
	println(q(strings.TrimPrefix("prefix-body", "prefix-")), q(strings.TrimSuffix("body.go", ".go")))
	println(strings.Contains(s, "Wörld"), strings.ContainsAny(s, "xyz!"), strings.ContainsRune(s, 'ö'), strings.ContainsFunc(s, unicode.IsDigit))
	println(strings.Index(s, "go"), strings.LastIndex(s, "go"), strings.IndexByte(s, 'W'), strings.IndexRune(s, 'ö'), strings.IndexAny(s, ",!"), strings.LastIndexAny(s, ",!"))
	println(strings.IndexFunc(s, unicode.IsUpper), strings.LastIndexFunc(s, unicode.IsLetter), strings.Index(s, "absent"), strings.Index(s, ""))
	println(strings.Count(s, "o"), strings.Count("five", ""), strings.HasPrefix(s, "  He"), strings.HasSuffix(s, "GO  "))
	list(strings.Fields(s))
	list(strings.FieldsFunc("a1b22c333d", unicode.IsDigit))
	list(strings.Split("a,b,,c", ","))
	list(strings.SplitN("a,b,c,d", ",", 2))
	list(strings.SplitAfter("a,b,c", ","))
	list(strings.SplitAfterN("a,b,c", ",", 2))
	list(strings.Split("abc", ""))
	println(strings.Join([]string{"x", "y", "z"}, "-"), strings.Repeat("ab", 4), q(strings.Repeat("x", 0)))
	println(strings.Replace("oink oink oink", "k", "ky", 2), strings.Replace("oink oink", "oink", "moo", -1), strings.ReplaceAll("aaaa", "a", "b"), strings.Replace("abc", "", "-", -1))
	println(strings.Title("hello wide world"), strings.ToTitle("loud"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gopher", "GOPHER"), strings.EqualFold("σ", "Σ"))
	println(strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value=more", "=")
	println(before, after, found)
	b2, found2 := strings.CutPrefix("golang", "go")
	a2, found3 := strings.CutSuffix("golang", "ng")
	println(b2, found2, a2, found3)
	println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		if r == 'x' {
			return -1
		}
		return r
	}, "banana xx"))
	println(strings.ToValidUTF8("a\xffb\xfe\xfdc", "?"), strings.Clone("clone"))

	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString("n")
		sb.WriteByte('0' + byte(i))
		sb.WriteRune('é')
	}
	n, _ := sb.WriteString("!")
	println(sb.String(), sb.Len(), n)
	sb.Reset()
	sb.Grow(64)
	println(sb.Len(), sb.Cap() >= 64)

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	println(r.Replace("<a href=\"x\">Tom & Jerry</a>"))
	r2 := strings.NewReplacer("a", "1", "b", "2", "c", "3")
	println(r2.Replace("abcabcxyz"))
	r3 := strings.NewReplacer("hello", "HI", "world", "EARTH", "", "")
	println(r3.Replace("hello world, hello!"))
	r4 := strings.NewReplacer("aaa", "3", "aa", "2", "a", "1")
	println(r4.Replace("aaaaaa"))

	rd := strings.NewReader("reader text")
	buf := make([]byte, 6)
	k, err := rd.Read(buf)
	println(k, string(buf[:k]), err == nil, rd.Len())
	by, _ := rd.ReadByte()
	println(string(by), rd.Size())

	println(strings.IndexByte("", 'a'), strings.LastIndexByte("abca", 'a'), strings.ContainsAny("", ""))
	for _, w := range strings.Fields(" α β  γ ") {
		print(w, len(w), " ")
	}
	println()
	for part := range strings.SplitSeq("a-b-c", "-") {
		print(part, ";")
	}
	println()
	for f := range strings.FieldsSeq(" x  y z ") {
		print(f, ";")
	}
	println()
	for line := range strings.Lines("one\ntwo\nthree") {
		print(q(line))
	}
	println()
}
