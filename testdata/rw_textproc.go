package main

import (
	"bufio"
	"fmt"
	"os"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

const doc = `# Title

Some *emphasis* and **strong** text with a [link](http://x.y).
- item one
- item two
  continued

1. first
2. second

> quoted text
> more quote

` + "```go\nfmt.Println(\"code\")\n```" + `

Trailing paragraph with trailing spaces   
and a tab	here.`

type Block struct {
	Kind  string
	Lines []string
}

func (b Block) String() string {
	return fmt.Sprintf("%s(%d): %q", b.Kind, len(b.Lines), strings.Join(b.Lines, "⏎"))
}

func parseBlocks(s string) []Block {
	var blocks []Block
	var cur *Block
	inCode := false
	flush := func() {
		if cur != nil {
			blocks = append(blocks, *cur)
			cur = nil
		}
	}
	start := func(kind string) {
		if cur == nil || cur.Kind != kind {
			flush()
			cur = &Block{Kind: kind}
		}
	}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		line := sc.Text()
		trimmed := strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(trimmed, "```"):
			if inCode {
				inCode = false
				flush()
				continue
			}
			flush()
			inCode = true
			cur = &Block{Kind: "code:" + strings.TrimPrefix(trimmed, "```")}
		case inCode:
			cur.Lines = append(cur.Lines, line)
		case trimmed == "":
			flush()
		case strings.HasPrefix(trimmed, "#"):
			flush()
			level := len(trimmed) - len(strings.TrimLeft(trimmed, "#"))
			blocks = append(blocks, Block{fmt.Sprintf("h%d", level), []string{strings.TrimSpace(trimmed[level:])}})
		case strings.HasPrefix(trimmed, "- "):
			start("ul")
			cur.Lines = append(cur.Lines, trimmed[2:])
		case len(trimmed) > 2 && unicode.IsDigit(rune(trimmed[0])) && strings.HasPrefix(trimmed[1:], ". "):
			start("ol")
			cur.Lines = append(cur.Lines, trimmed[3:])
		case strings.HasPrefix(trimmed, ">"):
			start("quote")
			cur.Lines = append(cur.Lines, strings.TrimSpace(trimmed[1:]))
		default:
			if cur != nil && (cur.Kind == "ul" || cur.Kind == "ol") && strings.HasPrefix(line, "  ") {
				cur.Lines[len(cur.Lines)-1] += " " + trimmed
				continue
			}
			start("p")
			cur.Lines = append(cur.Lines, trimmed)
		}
	}
	flush()
	return blocks
}

func inline(s string) string {
	var sb strings.Builder
	for i := 0; i < len(s); {
		switch {
		case strings.HasPrefix(s[i:], "**"):
			end := strings.Index(s[i+2:], "**")
			if end < 0 {
				sb.WriteString(s[i:])
				return sb.String()
			}
			sb.WriteString("<b>" + s[i+2:i+2+end] + "</b>")
			i += end + 4
		case s[i] == '*':
			end := strings.IndexByte(s[i+1:], '*')
			if end < 0 {
				sb.WriteByte(s[i])
				i++
				continue
			}
			sb.WriteString("<i>" + s[i+1:i+1+end] + "</i>")
			i += end + 2
		case s[i] == '[':
			close := strings.Index(s[i:], "](")
			paren := strings.IndexByte(s[i:], ')')
			if close < 0 || paren < close {
				sb.WriteByte(s[i])
				i++
				continue
			}
			text, url := s[i+1:i+close], s[i+close+2:i+paren]
			fmt.Fprintf(&sb, `<a href="%s">%s</a>`, url, text)
			i += paren + 1
		default:
			r, size := utf8.DecodeRuneInString(s[i:])
			sb.WriteRune(r)
			i += size
		}
	}
	return sb.String()
}

func wrap(text string, width int) []string {
	var lines []string
	var line strings.Builder
	for _, w := range strings.Fields(text) {
		if line.Len() > 0 && line.Len()+1+len(w) > width {
			lines = append(lines, line.String())
			line.Reset()
		}
		if line.Len() > 0 {
			line.WriteByte(' ')
		}
		line.WriteString(w)
	}
	if line.Len() > 0 {
		lines = append(lines, line.String())
	}
	return lines
}

func caesar(s string, k int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(k)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(k)+26)%26
		}
		return r
	}, s)
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			rs = append(rs, r)
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func anagrams(words []string) [][]string {
	groups := map[string][]string{}
	for _, w := range words {
		rs := []rune(strings.ToLower(w))
		sort.Slice(rs, func(i, j int) bool { return rs[i] < rs[j] })
		key := string(rs)
		groups[key] = append(groups[key], w)
	}
	var out [][]string
	for _, g := range groups {
		if len(g) > 1 {
			sort.Strings(g)
			out = append(out, g)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

func main() {
	for _, b := range parseBlocks(doc) {
		fmt.Println(b)
		if b.Kind == "p" {
			fmt.Println("  ->", inline(strings.Join(b.Lines, " ")))
		}
	}
	lorem := "The quick brown fox jumps over the lazy dog while the five boxing wizards jump quickly and pack my box with five dozen liquor jugs."
	for i, l := range wrap(lorem, 28) {
		fmt.Printf("%2d |%-28s|\n", i, l)
	}
	enc := caesar("Hello, World! xyz", 3)
	fmt.Println(enc, caesar(enc, -3))
	for _, s := range []string{"A man, a plan, a canal: Panama", "golift", "Was it a car or a cat I saw?", "été"} {
		fmt.Printf("%q palindrome=%v\n", s, isPalindrome(s))
	}
	fmt.Println(anagrams(strings.Fields("listen silent enlist google elgoog cat act tac dog inlets")))
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	table := [][]string{{"name", "qty", "price"}, {"apple", "3", "1.25"}, {"kiwi", "12", "0.5"}, {"dragonfruit", "1", "7"}}
	widths := make([]int, len(table[0]))
	for _, row := range table {
		for i, c := range row {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
	}
	for r, row := range table {
		for i, c := range row {
			if i > 0 {
				w.WriteString(" | ")
			}
			if i == 0 {
				fmt.Fprintf(w, "%-*s", widths[i], c)
			} else {
				fmt.Fprintf(w, "%*s", widths[i], c)
			}
		}
		w.WriteString("\n")
		if r == 0 {
			for i, wd := range widths {
				if i > 0 {
					w.WriteString("-+-")
				}
				w.WriteString(strings.Repeat("-", wd))
			}
			w.WriteString("\n")
		}
	}
	fmt.Fprintln(w, strings.Count("cheese", "e"), strings.Count("five", ""), strings.Index("chicken", "ken"), strings.ContainsRune("abc", 'b'))
	fmt.Fprintln(w, strings.Fields("  a\u00a0b\u2003c  "), len(strings.Split("a,b,,c", ",")), strings.SplitAfter("a,b,c", ","))
	fmt.Fprintf(w, "%q\n", strings.SplitN("a b c d", " ", -1))
}
