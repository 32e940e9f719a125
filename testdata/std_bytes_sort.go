package main

import (
	"bytes"
	"errors"
	"io"
	"sort"
	"unicode/utf16"
)

type byLen []string

func (b byLen) Len() int           { return len(b) }
func (b byLen) Less(i, j int) bool { return len(b[i]) < len(b[j]) }
func (b byLen) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type myErr struct{ code int }

func (e *myErr) Error() string { return "myErr" }

var errBase = errors.New("base")

type wrapErr struct {
	msg string
	err error
}

func (w wrapErr) Error() string { return w.msg + ": " + w.err.Error() }
func (w wrapErr) Unwrap() error { return w.err }

type multiErr []error

func (m multiErr) Error() string   { return "multi" }
func (m multiErr) Unwrap() []error { return m }

type isErr struct{}

func (isErr) Error() string        { return "isErr" }
func (isErr) Is(target error) bool { return target == errBase }

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	buf.WriteRune('☺')
	println(buf.String(), buf.Len())
	p := make([]byte, 5)
	n, err := buf.Read(p)
	println(n, string(p), err == nil, buf.Len())
	line, err := buf.ReadString('!')
	println(line, err == nil)
	r, size, _ := buf.ReadRune()
	println(r, size)
	_, err = buf.ReadByte()
	println(err == io.EOF)
	buf.Reset()
	buf.Grow(100)
	println(buf.Len(), buf.Cap() >= 100)
	buf.WriteString("a,b,c")
	tok, _ := buf.ReadBytes(',')
	println(string(tok), buf.String())
	buf.Truncate(1)
	println(buf.String())

	b := []byte("  Go bytes, GO!  ")
	println(string(bytes.ToUpper(b)), string(bytes.TrimSpace(b)), bytes.Contains(b, []byte("bytes")))
	println(bytes.Index(b, []byte("GO")), bytes.Count(b, []byte("o")), bytes.Equal([]byte("a"), []byte("a")), bytes.Compare([]byte("a"), []byte("b")))
	for _, f := range bytes.Fields(b) {
		print("[", string(f), "]")
	}
	println()
	println(string(bytes.Join([][]byte{[]byte("x"), []byte("y")}, []byte("+"))), string(bytes.Repeat([]byte("z"), 3)))
	println(string(bytes.ReplaceAll([]byte("banana"), []byte("a"), []byte("o"))), bytes.HasPrefix(b, []byte("  G")), bytes.EqualFold([]byte("Go"), []byte("GO")))
	rd := bytes.NewReader([]byte("0123456789"))
	rd.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(rd)
	println(string(rest))

	ints := []int{5, 2, 9, 1, 5, 6}
	sort.Ints(ints)
	println(ints[0], ints[1], ints[2], ints[3], ints[4], ints[5], sort.IntsAreSorted(ints))
	println(sort.SearchInts(ints, 5), sort.SearchInts(ints, 7))
	strs := []string{"pear", "fig", "banana", "kiwi", "apple"}
	sort.Strings(strs)
	println(strs[0], strs[1], strs[2], strs[3], strs[4], sort.SearchStrings(strs, "kiwi"))
	words := byLen{"ccc", "a", "bb", "dddd", "ee", "f"}
	sort.Stable(words)
	for _, w := range words {
		print(w, " ")
	}
	println()
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	println(ints[0], ints[5])
	fl := []float64{2.5, -1, 3}
	sort.Float64s(fl)
	println(fl[0], fl[2])
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	println(idx)
	i, found := sort.Find(len(strs), func(i int) int {
		if "fig" < strs[i] {
			return -1
		} else if "fig" == strs[i] {
			return 0
		}
		return 1
	})
	println(i, found)
	people := []struct {
		name string
		age  int
	}{{"A", 30}, {"B", 20}, {"C", 30}, {"D", 10}}
	sort.Slice(people, func(i, j int) bool { return people[i].age < people[j].age })
	println(people[0].name, people[3].age)
	sort.SliceStable(people, func(i, j int) bool { return people[i].name > people[j].name })
	println(people[0].name, people[3].name, sort.SliceIsSorted(people, func(i, j int) bool { return people[i].name > people[j].name }))

	u := utf16.Encode([]rune("a☺😀"))
	println(len(u), u[0], u[1], u[2], u[3])
	println(string(utf16.Decode(u)), utf16.IsSurrogate(0xd800), utf16.RuneLen('😀'))
	r1, r2 := utf16.EncodeRune('😀')
	println(r1, r2, utf16.DecodeRune(r1, r2))
	println(len(utf16.AppendRune(nil, 'x')))

	e1 := errors.New("first")
	wrapped := errors.Join(e1, errBase)
	println(wrapped.Error())
	println(errors.Is(wrapped, errBase), errors.Is(wrapped, errors.New("base")))
	var me error = &myErr{7}
	joined := errors.Join(nil, me)
	var target *myErr
	println(errors.As(joined, &target), target.code)
	println(errors.Unwrap(e1) == nil, errors.Join(nil, nil) == nil)
	println(errors.Is(nil, errBase), errors.Is(io.EOF, io.EOF), errors.ErrUnsupported.Error())
	w := wrapErr{"outer", wrapErr{"inner", me}}
	println(w.Error(), errors.Is(w, me), errors.Unwrap(w).Error())
	var t2 *myErr
	println(errors.As(w, &t2), t2 == me)
	var w2 wrapErr
	println(errors.As(w, &w2), w2.msg)
	m := multiErr{io.EOF, wrapErr{"x", errBase}}
	println(errors.Is(m, errBase), errors.Is(m, io.ErrUnexpectedEOF), errors.Unwrap(m) == nil)
	println(errors.Is(isErr{}, errBase), errors.Is(wrapErr{"y", isErr{}}, errBase))
}
