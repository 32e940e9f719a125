package main

type Node struct {
	val  int
	next *Node
}

func main() {
	n := &Node{val: 1}
	println(n.val)
	println(n.next.val)
}
