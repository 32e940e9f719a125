// Package box has generic types whose methods use an import (unicode) that
// nothing else in the package uses, and reach unexported fields, methods and
// struct literals of the package: all of it checked when another package
// instantiates the types.
package box

import "unicode"

type node[T any] struct {
	val  T
	next *node[T]
}

// Stack is a linked stack.
type Stack[T any] struct {
	top  *node[T]
	size int
}

func (s *Stack[T]) Push(v T) {
	s.top = &node[T]{val: v, next: s.top}
	s.grow()
}

func (s *Stack[T]) grow() { s.size++ }

func (s *Stack[T]) Pop() (T, bool) {
	if s.top == nil {
		var zero T
		return zero, false
	}
	n := s.top
	s.top = n.next
	s.size--
	return n.val, true
}

func (s *Stack[T]) Len() int { return s.size }

// Upper reports whether r is an upper-case letter; the only use of unicode.
func (s *Stack[T]) Upper(r rune) bool { return unicode.IsUpper(r) }
