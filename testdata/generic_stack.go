package main

// A generic stack used with several element types.

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func (s *Stack[T]) Len() int { return len(s.items) }

func balanced(text string) bool {
	var st Stack[byte]
	pairs := map[byte]byte{')': '(', ']': '[', '}': '{'}
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch c {
		case '(', '[', '{':
			st.Push(c)
		case ')', ']', '}':
			top, ok := st.Pop()
			if !ok || top != pairs[c] {
				return false
			}
		}
	}
	return st.Len() == 0
}

func main() {
	var s Stack[int]
	for i := 0; i < 10; i++ {
		s.Push(i * i)
	}
	sum := 0
	for s.Len() > 0 {
		v, _ := s.Pop()
		sum += v
	}
	_, ok := s.Pop()
	println(sum, ok)
	var ss Stack[string]
	ss.Push("a")
	ss.Push("b")
	top, _ := ss.Pop()
	println(top, ss.Len())
	println(balanced("([]{()})"), balanced("([)]"), balanced("(("), balanced(""))
	var sf Stack[func() int]
	sf.Push(func() int { return 7 })
	fn, _ := sf.Pop()
	println(fn())
}
