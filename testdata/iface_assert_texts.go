package main

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type File struct{ name string }

func (f *File) Read() string { return f.name }

type Buf []byte

func (b *Buf) Write(s string) { *b = append(*b, s...) }
func (b *Buf) Read() string   { return string(*b) }

type Num int

func (n Num) Read() string { return "num" }

type G[T any] struct{ v T }

func (g G[T]) Read() string { return "g" }

func catch(label string, f func()) {
	defer func() {
		r := recover()
		if e, ok := r.(error); ok {
			println(label+":", e.Error())
		} else {
			println(label+": no error", r == nil)
		}
	}()
	f()
}

func main() {
	var e interface{} = 3
	var r Reader = &File{"f"}
	var nr Reader
	var ne interface{}
	var rw ReadWriter = new(Buf)

	catch("eface to concrete", func() { _ = e.(string) })
	catch("eface to named", func() { _ = e.(Num) })
	catch("eface to iface", func() { _ = e.(Reader) })
	catch("iface to concrete", func() { _ = r.(*Buf) })
	catch("iface to value type", func() { _ = r.(Num) })
	catch("iface to iface", func() { _ = r.(ReadWriter) })
	catch("nil iface to concrete", func() { _ = nr.(*File) })
	catch("nil iface to iface", func() { _ = nr.(Writer) })
	catch("nil eface to concrete", func() { _ = ne.(int) })
	catch("nil eface to iface", func() { _ = ne.(Reader) })
	catch("nil eface to eface", func() { _ = ne.(interface{}) })
	catch("iface ok", func() { _ = rw.(Reader) })
	catch("generic", func() {
		var x interface{} = G[int]{1}
		_ = x.(G[string])
	})
	catch("generic iface", func() {
		var x Reader = G[[]int]{}
		_ = x.(Writer)
	})
	catch("anon struct", func() {
		var x interface{} = struct{ A int }{1}
		_ = x.(struct{ B int })
	})
	catch("slice", func() {
		var x interface{} = []string{}
		_ = x.(map[string]int)
	})
	catch("func", func() {
		var x interface{} = func(int) string { return "" }
		_ = x.(func())
	})
	catch("ptr ptr", func() {
		var x interface{} = new(*int)
		_ = x.(*int)
	})
	catch("chan-free types", func() {
		var x interface{} = [3]Num{}
		_ = x.([3]int)
	})
	catch("method missing", func() {
		var x interface{} = File{}
		_ = x.(Reader)
	})
	v, ok := e.(Reader)
	println(v == nil, ok)
	_, ok = r.(Writer)
	println(ok)
}
