package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"encoding/base32"
	"encoding/base64"
	"hash/adler32"
	"hash/crc32"
	"hash/crc64"
	"hash/fnv"
	"regexp"
	"strconv"
	"strings"
)

type intHeap []int

func (h intHeap) Len() int           { return len(h) }
func (h intHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h intHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *intHeap) Push(x any)        { *h = append(*h, x.(int)) }
func (h *intHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}

func main() {
	h := &intHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, 3)
	var out []string
	for h.Len() > 0 {
		out = append(out, strconv.Itoa(heap.Pop(h).(int)))
	}
	println(strings.Join(out, " "))

	data := []byte("The quick brown fox jumps over the lazy dog")
	println(crc32.ChecksumIEEE(data), crc32.Checksum(data, crc32.MakeTable(crc32.Castagnoli)))
	println(crc64.Checksum(data, crc64.MakeTable(crc64.ECMA)), adler32.Checksum(data))
	f := fnv.New64a()
	f.Write(data)
	println(f.Sum64())
	f32 := fnv.New32()
	f32.Write(data)
	println(f32.Sum32())

	enc := base64.StdEncoding.EncodeToString(data)
	println(enc)
	dec, err := base64.URLEncoding.DecodeString("aGVsbG8_d29ybGQ=")
	println(string(dec), err == nil)
	_, err = base64.StdEncoding.DecodeString("!!!")
	println(err.Error())
	println(base32.StdEncoding.EncodeToString([]byte("golift")))

	re := regexp.MustCompile(`(\w+)@(\w+)\.com`)
	s := "alice@example.com, bob@test.com"
	for _, m := range re.FindAllStringSubmatch(s, -1) {
		println(m[0], m[1], m[2])
	}
	println(re.ReplaceAllString(s, "$2:$1"))
	println(regexp.MustCompile(`a+b*`).FindAllStringIndex("aaabbb ab a", -1) != nil)
	_, err = regexp.Compile(`a(b`)
	println(err.Error())

	named := regexp.MustCompile(`(?P<year>\d{4})-(?P<month>\d{2})`)
	println(strings.Join(named.SubexpNames(), ","), named.MatchString("on 2026-12"), named.FindStringIndex("x 1999-01 y")[0])
	println(strings.Join(regexp.MustCompile(`\s*,\s*`).Split("a , b,c ,d", -1), "|"))
	println(regexp.MustCompile(`[aeiou]`).ReplaceAllStringFunc("golift compiles go", strings.ToUpper))
	lg := regexp.MustCompile(`a(|b)`)
	println(lg.FindString("ab"))
	lg.Longest()
	println(lg.FindString("ab"), regexp.QuoteMeta("1+1=2?"))

	sc := bufio.NewScanner(strings.NewReader("one two\nthree\n\nfour"))
	n := 0
	for sc.Scan() {
		n++
		println(n, sc.Text())
	}
	var buf bytes.Buffer
	w := bufio.NewWriter(&buf)
	w.WriteString("buffered ")
	w.WriteByte('!')
	w.Flush()
	println(buf.String())
	ws := bufio.NewScanner(strings.NewReader("  a bb  ccc "))
	ws.Split(bufio.ScanWords)
	for ws.Scan() {
		print(ws.Text(), ";")
	}
	println()
}
