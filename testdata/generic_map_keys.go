package main

// Generic types used as map keys and values; a generic set type.

type set[T comparable] struct{ m map[T]struct{} }

func newSet[T comparable](xs ...T) *set[T] {
	s := &set[T]{map[T]struct{}{}}
	for _, x := range xs {
		s.add(x)
	}
	return s
}

func (s *set[T]) add(x T)      { s.m[x] = struct{}{} }
func (s *set[T]) has(x T) bool { _, ok := s.m[x]; return ok }
func (s *set[T]) size() int    { return len(s.m) }
func (s *set[T]) union(o *set[T]) *set[T] {
	r := newSet[T]()
	for k := range s.m {
		r.add(k)
	}
	for k := range o.m {
		r.add(k)
	}
	return r
}

type point[T int | float64] struct{ x, y T }

func keys[K comparable, V any](m map[K]V) int { return len(m) }

func main() {
	a := newSet(1, 2, 3)
	b := newSet(3, 4)
	u := a.union(b)
	println(u.size(), u.has(4), u.has(5))
	grid := map[point[int]]string{{0, 0}: "origin", {1, 2}: "p"}
	println(grid[point[int]{1, 2}], grid[point[int]{0, 0}], len(grid))
	fg := map[point[float64]]int{{0.5, 0.5}: 1}
	println(fg[point[float64]{0.5, 0.5}])
	ps := newSet(point[int]{1, 1}, point[int]{1, 1}, point[int]{2, 2})
	println(ps.size())
	println(keys(map[string]bool{"a": true}), keys(map[point[int]]int{}))
	nested := map[string]*set[string]{}
	nested["x"] = newSet("p", "q")
	println(nested["x"].has("q"))
}
