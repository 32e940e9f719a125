package main

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness — naïve café façade, 日本語のテキスト.`

func isLetter(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 127 && r != '—'
}

func lower(r rune) rune {
	if r >= 'A' && r <= 'Z' {
		return r + 'a' - 'A'
	}
	return r
}

func words(s string) []string {
	var out []string
	start := -1
	for i, r := range s {
		if isLetter(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			out = append(out, s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func toLower(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		rs[i] = lower(r)
	}
	return string(rs)
}

func isPalindrome(s string) bool {
	rs := []rune(toLower(s))
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func caesar(s string, k int) string {
	b := []byte(s)
	for i, c := range b {
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + byte((int(c-'a')+k+26)%26)
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + byte((int(c-'A')+k+26)%26)
		}
	}
	return string(b)
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func main() {
	ws := words(text)
	println(len(ws), len(text))
	var uniq []string
	var counts []int
	for _, w := range ws {
		w = toLower(w)
		found := false
		for i, u := range uniq {
			if u == w {
				counts[i]++
				found = true
				break
			}
		}
		if !found {
			uniq = append(uniq, w)
			counts = append(counts, 1)
		}
	}
	for i, u := range uniq {
		if counts[i] > 1 {
			print(u, "=", counts[i], " ")
		}
	}
	println()
	println(ws[len(ws)-1], ws[len(ws)-2], ws[len(ws)-3])
	for _, p := range []string{"Level", "racecar", "hello", "", "x", "été"} {
		print(isPalindrome(p), " ")
	}
	println()
	enc := caesar("Hello, World! xyz", 3)
	println(enc, caesar(enc, -3))
	println(indexOf(text, "epoch"), indexOf(text, "café"), indexOf(text, "missing"), indexOf("", ""))
	runes, bytes := 0, 0
	for range text {
		runes++
	}
	bytes = len(text)
	println(runes, bytes)
	lines := 1
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' {
			lines++
		}
	}
	println(lines)
}
