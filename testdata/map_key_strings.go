package main

// String keys: equal strings built differently must hit the same entry;
// empty string key; keys with embedded NULs; long keys.

func build(n int) string {
	s := ""
	for i := 0; i < n; i++ {
		s += string(rune('a' + i%26))
	}
	return s
}

func main() {
	m := map[string]int{}
	m[""] = 1
	m["a\x00b"] = 2
	m["a"] = 3
	m[build(100)] = 4
	println(len(m), m[""], m["a\x00b"], m["a\x00"], m["a"])
	long := build(100)
	println(m[long], m[long[:99]])
	b := []byte{'h', 'i'}
	m[string(b)] = 5
	b[0] = 'x'
	println(m["hi"], m["xi"], m[string(b)])
	s := "hello, world"
	m[s[7:]] = 6
	println(m["world"])
	for i := 0; i < 1000; i++ {
		m[build(i%50)] += 1
	}
	println(len(m), m["abc"], m[""], m[build(49)])
}
