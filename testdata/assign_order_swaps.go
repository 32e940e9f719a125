package main

// Tuple assignments that swap or replace the slices, pointers and list
// nodes their other targets index or dereference: each target's operands
// are the ones from before the statement.

type node struct {
	v    int
	next *node
}

func main() {
	s := make([]int, 2, 4)
	s[0], s = 5, append(s, 1)
	println(s[0], len(s))
	s[1], s = 6, append(s[:0:0], 9)
	println(s[0], len(s))
	t := []int{1, 2, 3}
	t = append(t[:1], t[2:]...)
	println(len(t), t[0], t[1])
	u := []int{1, 2}
	u = append(u, u[0], u[1])
	println(len(u), u[2], u[3])
	n := &node{1, &node{2, nil}}
	head := n
	n, n.v = n.next, 10
	println(head.v, n.v)
	n.next, n = head, head
	println(n.next == nil, head.next.v)
	a, b := []int{1}, []int{2}
	a, b = b, a
	a[0], b[0] = b[0], a[0]
	println(a[0], b[0])
	p := &a[0]
	*p, p = 100, &b[0]
	*p = 200
	println(a[0], b[0])
	var arr [2][2]int
	i, j := 0, 1
	arr[i][j], i, j = 5, 1, 0
	arr[i][j] = 7
	println(arr[0][1], arr[1][0])
	str := []string{"a", "b"}
	str[0], str[1] = str[1]+str[0], str[0]+str[1]
	println(str[0], str[1])
}
