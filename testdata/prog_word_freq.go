package main

// Word frequencies over a built-in text: lowercase, split on non-letters,
// count in a map, sort by count descending then word ascending, print top.

const text = `It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of
Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to
Heaven, we were all going direct the other way.`

type wc struct {
	word  string
	count int
}

func words(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		letter := false
		if i < len(s) {
			c := s[i]
			letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
		}
		if letter && start < 0 {
			start = i
		} else if !letter && start >= 0 {
			out = append(out, lower(s[start:i]))
			start = -1
		}
	}
	return out
}

func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c >= 'A' && c <= 'Z' {
			b[i] = c + 32
		}
	}
	return string(b)
}

func less(a, b wc) bool {
	if a.count != b.count {
		return a.count > b.count
	}
	return a.word < b.word
}

func sortWC(xs []wc) {
	// merge sort
	if len(xs) < 2 {
		return
	}
	mid := len(xs) / 2
	left := append([]wc(nil), xs[:mid]...)
	right := append([]wc(nil), xs[mid:]...)
	sortWC(left)
	sortWC(right)
	i, j, k := 0, 0, 0
	for i < len(left) && j < len(right) {
		if less(right[j], left[i]) {
			xs[k] = right[j]
			j++
		} else {
			xs[k] = left[i]
			i++
		}
		k++
	}
	for ; i < len(left); i++ {
		xs[k] = left[i]
		k++
	}
	for ; j < len(right); j++ {
		xs[k] = right[j]
		k++
	}
}

func main() {
	ws := words(text)
	freq := map[string]int{}
	for _, w := range ws {
		freq[w]++
	}
	println("words:", len(ws), "distinct:", len(freq))
	list := make([]wc, 0, len(freq))
	for w, c := range freq {
		list = append(list, wc{w, c})
	}
	sortWC(list)
	for i := 0; i < 12 && i < len(list); i++ {
		println(list[i].word, list[i].count)
	}
	byLen := map[int][]string{}
	for w := range freq {
		byLen[len(w)] = append(byLen[len(w)], w)
	}
	longest := 0
	for l := range byLen {
		longest = max(longest, l)
	}
	first := byLen[longest][0]
	for _, w := range byLen[longest] {
		if w < first {
			first = w
		}
	}
	println("longest:", longest, len(byLen[longest]), first)
}
