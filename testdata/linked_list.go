package main

type Node struct {
	key         int
	left, right *Node
}

func insert(n *Node, k int) *Node {
	if n == nil {
		return &Node{key: k}
	}
	if k < n.key {
		n.left = insert(n.left, k)
	} else if k > n.key {
		n.right = insert(n.right, k)
	}
	return n
}

func inorder(n *Node, out []int) []int {
	if n == nil {
		return out
	}
	out = inorder(n.left, out)
	out = append(out, n.key)
	return inorder(n.right, out)
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + max(height(n.left), height(n.right))
}

type Elem struct {
	v    string
	next *Elem
}

func reverse(e *Elem) *Elem {
	var prev *Elem
	for e != nil {
		next := e.next
		e.next = prev
		prev = e
		e = next
	}
	return prev
}

func main() {
	var root *Node
	seed := uint32(12345)
	for i := 0; i < 50; i++ {
		seed = seed*1103515245 + 12345
		root = insert(root, int(seed>>16)%100)
	}
	keys := inorder(root, nil)
	println(len(keys), height(root))
	for _, k := range keys {
		print(k, " ")
	}
	println()
	var head *Elem
	for _, w := range []string{"a", "b", "c", "d"} {
		head = &Elem{w, head}
	}
	head = reverse(head)
	for e := head; e != nil; e = e.next {
		print(e.v)
	}
	println()
}
