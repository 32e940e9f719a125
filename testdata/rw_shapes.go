package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Shape interface {
	Area() float64
	Perimeter() float64
}

type Named interface {
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }
type Square struct{ Rect }
type Triangle struct{ A, B, C float64 }

func (r Rect) Area() float64      { return r.W * r.H }
func (r Rect) Perimeter() float64 { return 2 * (r.W + r.H) }
func (r Rect) Name() string       { return "rect" }
func (c *Circle) Area() float64   { return math.Pi * c.R * c.R }
func (c *Circle) Perimeter() float64 {
	return 2 * math.Pi * c.R
}
func (c *Circle) String() string { return fmt.Sprintf("Circle(r=%g)", c.R) }
func (s Square) Name() string    { return "square" }
func (t Triangle) Area() float64 {
	s := t.Perimeter() / 2
	return math.Sqrt(s * (s - t.A) * (s - t.B) * (s - t.C))
}
func (t Triangle) Perimeter() float64 { return t.A + t.B + t.C }

func describe(s Shape) string {
	var kind string
	switch v := s.(type) {
	case Square:
		kind = fmt.Sprintf("square side %v", v.W)
	case Rect:
		kind = fmt.Sprintf("rect %vx%v", v.W, v.H)
	case *Circle:
		kind = "circle " + v.String()
	case nil:
		kind = "nil"
	default:
		kind = fmt.Sprintf("other %T", v)
	}
	if n, ok := s.(Named); ok {
		kind += " named " + n.Name()
	}
	return kind
}

type byArea []Shape

func (a byArea) Len() int           { return len(a) }
func (a byArea) Less(i, j int) bool { return a[i].Area() < a[j].Area() }
func (a byArea) Swap(i, j int)      { a[i], a[j] = a[j], a[i] }

func main() {
	shapes := []Shape{
		Rect{3, 4},
		&Circle{1.5},
		Square{Rect{2, 2}},
		Triangle{3, 4, 5},
		&Circle{0.5},
	}
	for _, s := range shapes {
		fmt.Printf("%-40s area=%8.3f perim=%.2f\n", describe(s), s.Area(), s.Perimeter())
	}
	sort.Sort(byArea(shapes))
	var names []string
	for _, s := range shapes {
		names = append(names, fmt.Sprintf("%v", s))
	}
	fmt.Println(strings.Join(names, "; "))
	fmt.Printf("%v %+v %#v\n", shapes[0], shapes[1], shapes[2])
	fmt.Printf("%T %T\n", shapes[0], shapes[4])
	var total float64
	for _, s := range shapes {
		total += s.Area()
	}
	fmt.Printf("total %.4f %e %G\n", total, total, total)
	// method values and expressions
	r := Rect{5, 6}
	f := r.Area
	r.W = 100
	fmt.Println(f(), Rect.Area(r), (*Rect).Perimeter(&r))
	c := &Circle{2}
	g := c.Area
	c.R = 3
	fmt.Printf("%.3f\n", g())
	ptrs := map[string]func() float64{"r": r.Perimeter, "c": c.Perimeter}
	keys := []string{"r", "c"}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%.2f ", k, ptrs[k]())
	}
	fmt.Println()
	// struct comparison and arrays as map keys
	seen := map[Rect]int{}
	for _, s := range []Rect{{1, 2}, {2, 1}, {1, 2}} {
		seen[s]++
	}
	fmt.Println(seen[Rect{1, 2}], seen[Rect{2, 1}], len(seen))
	grid := map[[2]int]string{{0, 0}: "origin", {1, 0}: "east"}
	fmt.Println(grid[[2]int{0, 0}], grid[[2]int{1, 0}], grid[[2]int{5, 5}] == "")
	fmt.Println(Square{Rect{1, 1}} == Square{Rect{1, 1}}, Triangle{1, 2, 3} != Triangle{1, 2, 3})
	var sh Shape
	fmt.Println(describe(sh))
	defer func() {
		r := recover()
		fmt.Println("recovered:", r)
		err, ok := r.(error)
		fmt.Println(ok, err)
	}()
	_ = sh.(Rect)
}
