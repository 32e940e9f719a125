package store

import (
	"errors"
	"fmt"
	"sort"

	"example.com/shop/models"
)

var ErrNotFound = errors.New("not found")

type Store[T models.Identified] struct {
	byID map[int]T
}

func New[T models.Identified]() *Store[T] { return &Store[T]{byID: map[int]T{}} }

func (s *Store[T]) Put(v T) { s.byID[v.ID()] = v }

func (s *Store[T]) Get(id int) (T, error) {
	v, ok := s.byID[id]
	if !ok {
		var zero T
		return zero, fmt.Errorf("store: id %d: %w", id, ErrNotFound)
	}
	return v, nil
}

func (s *Store[T]) Each(f func(T)) {
	ids := make([]int, 0, len(s.byID))
	for id := range s.byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		f(s.byID[id])
	}
}

func init() { models.Registered = append(models.Registered, "store.init") }
