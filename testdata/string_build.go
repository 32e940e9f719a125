package main

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	var buf [20]byte
	i := len(buf)
	for n != 0 {
		d := n % 10
		if d < 0 {
			d = -d
		}
		i--
		buf[i] = byte('0' + d)
		n /= 10
	}
	if neg {
		i--
		buf[i] = '-'
	}
	return string(buf[i:])
}

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func repeat(s string, n int) string {
	out := ""
	for i := 0; i < n; i++ {
		out += s
	}
	return out
}

func join(parts []string, sep string) string {
	var b []byte
	for i, p := range parts {
		if i > 0 {
			b = append(b, sep...)
		}
		b = append(b, p...)
	}
	return string(b)
}

func main() {
	println(itoa(0), itoa(12345), itoa(-987), itoa(-9223372036854775808))
	println(reverse("hello, 世界"), reverse(""), reverse("a"))
	println(repeat("ab", 5), len(repeat("xyz", 100)))
	println(join([]string{"a", "b", "c"}, ", "), join(nil, "-"), join([]string{"solo"}, "+"))
	var parts []string
	for i := 0; i < 12; i++ {
		parts = append(parts, itoa(i*i))
	}
	println(join(parts, " "))
	upper := []byte("Mixed Case 123")
	for i, c := range upper {
		if c >= 'a' && c <= 'z' {
			upper[i] = c - 32
		}
	}
	println(string(upper))
}
