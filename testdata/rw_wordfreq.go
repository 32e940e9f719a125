package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const text = `It was the best of times, it was the worst of times,
it was the age of wisdom, it was the age of foolishness,
it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness —
Ünïcödé wörds: naïve café résumé, 日本語 テキスト, ИВАН иван.

Final line without newline`

type pair struct {
	word  string
	count int
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	lines := 0
	counts := map[string]int{}
	letters := map[rune]int{}
	var longest string
	for sc.Scan() {
		lines++
		line := sc.Text()
		words := strings.FieldsFunc(line, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		})
		for _, w := range words {
			lw := strings.ToLower(w)
			counts[lw]++
			if len([]rune(lw)) > len([]rune(longest)) {
				longest = lw
			}
			for _, r := range lw {
				letters[unicode.ToUpper(r)]++
			}
		}
	}
	if err := sc.Err(); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("lines:", lines, "distinct:", len(counts), "longest:", longest)
	ps := make([]pair, 0, len(counts))
	for w, c := range counts {
		ps = append(ps, pair{w, c})
	}
	sort.Slice(ps, func(i, j int) bool {
		if ps[i].count != ps[j].count {
			return ps[i].count > ps[j].count
		}
		return ps[i].word < ps[j].word
	})
	for i, p := range ps {
		if i >= 12 {
			break
		}
		fmt.Printf("%2d. %-12q %3d %s\n", i+1, p.word, p.count, strings.Repeat("*", p.count))
	}
	rs := make([]rune, 0, len(letters))
	for r := range letters {
		rs = append(rs, r)
	}
	sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
	for _, r := range rs {
		fmt.Printf("%c:%d ", r, letters[r])
	}
	fmt.Println()
	// word scanner
	ws := bufio.NewScanner(strings.NewReader("  alpha beta\tgamma\n\ndelta  "))
	ws.Split(bufio.ScanWords)
	var ww []string
	for ws.Scan() {
		ww = append(ww, ws.Text())
	}
	fmt.Printf("%q %d\n", ww, len(ww))
	rsc := bufio.NewScanner(strings.NewReader("héllo"))
	rsc.Split(bufio.ScanRunes)
	for rsc.Scan() {
		fmt.Printf("[%s %x %U]", rsc.Text(), rsc.Bytes(), []rune(rsc.Text())[0])
	}
	fmt.Println()
	s := "Hello, 世界! ÅngStröm"
	fmt.Println(len(s), len([]rune(s)), strings.ToUpper(s), strings.ToTitle(s))
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%d,%v,%v) ", i, r, r, unicode.IsUpper(r), unicode.Is(unicode.Han, r))
	}
	fmt.Println()
	fmt.Printf("%x % x %X %q %+q %#q\n", "héllo", "héllo", []byte("hi"), "日本\n", "日本", "back`tick")
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		if unicode.IsLower(r) {
			return unicode.ToUpper(r)
		}
		return unicode.ToLower(r)
	}, s))
	fmt.Println(strings.Title("go is fun"), strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
	bad := string([]byte{0xff, 'a', 0xc3})
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Printf("%q %+q %x\n", bad, bad, bad)
}
