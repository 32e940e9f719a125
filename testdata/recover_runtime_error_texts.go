package main

type Node struct {
	val  int
	next *Node
}

func (n *Node) Sum() int {
	s := 0
	for p := n; p != nil; p = p.next {
		s += p.val
	}
	return s
}

func (n *Node) Val() int { return n.val }

func (n Node) Copy() Node { return n }

type Valuer interface{ Val() int }

func check(label string, f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(interface{ RuntimeError() }); ok {
			_ = re
			println(label, "runtime error:", r.(error).Error())
			return
		}
		println(label, "recovered:", r != nil)
	}()
	f()
}

func main() {
	var n *Node
	println("nil sum", n.Sum())
	check("nil method", func() { println(n.Val()) })
	check("nil value method", func() { _ = n.Copy() })
	check("nil via iface", func() {
		var v Valuer = n
		println(v.Val())
	})
	check("nil map write", func() {
		var m map[Node]int
		m[Node{}] = 1
	})
	check("nil map in struct", func() {
		var s struct{ m map[string][]int }
		s.m["k"] = append(s.m["k"], 1)
	})
	check("index", func() {
		a := []int{1, 2, 3}
		i := 5
		a[i] = 0
	})
	check("index neg", func() {
		a := [4]int{}
		i := -1
		_ = a[i%4]
	})
	check("slice", func() {
		s := "hello"
		i, j := 3, 2
		_ = s[i:j]
	})
	check("slice cap", func() {
		a := make([]int, 2, 4)
		j := 5
		_ = a[:j]
	})
	check("div", func() {
		var a, b int64 = 7, 0
		println(a / b)
	})
	check("mod", func() {
		var a, b uint8 = 7, 0
		println(a % b)
	})
	check("conv slice to array", func() {
		s := []int{1, 2}
		_ = [3]int(s)
	})
	check("nil func", func() {
		var f func() int
		println(f())
	})
	check("uncomparable", func() {
		var a, b interface{} = []int{1}, []int{1}
		println(a == b)
	})
	check("uncomparable map key", func() {
		m := map[interface{}]bool{}
		m[map[int]int{}] = true
	})
	check("uncomparable struct", func() {
		type S struct {
			f func()
		}
		var a, b interface{} = S{}, S{}
		println(a == b)
	})
	check("uncomparable array", func() {
		var a, b interface{} = [1][]int{}, [1][]int{}
		println(a != b)
	})
	check("nil deref field", func() {
		var p *struct{ a, b int }
		p.b = 3
	})
	check("make neg", func() {
		n := -1
		_ = make([]int, n)
	})
	check("shift", func() {
		s := -2
		println(1 << s)
	})
}
