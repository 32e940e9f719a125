package main

// Closures capturing receivers inside methods, and a closure escaping a
// method keeps mutating the object.

type stack struct{ items []int }

func (s *stack) pusher() func(int) {
	return func(v int) { s.items = append(s.items, v) }
}

func (s stack) sizer() func() int {
	return func() int { return len(s.items) }
}

type obj struct{ hits int }

func (o *obj) handler() func() {
	return func() { o.hits++ }
}

func main() {
	s := &stack{}
	push := s.pusher()
	size := s.sizer()
	push(1)
	push(2)
	push(3)
	println(len(s.items), size(), s.sizer()())
	o := obj{}
	h := o.handler()
	for i := 0; i < 5; i++ {
		h()
	}
	println(o.hits)
}
