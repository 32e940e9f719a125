package main

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Entry struct {
	S     Shape
	Count int
	Tags  []string
}

type Point struct{ X, Y int }

func main() {
	m := map[string]Entry{}
	m["a"] = Entry{S: Rect{2, 3}, Count: 1}
	m["b"] = Entry{S: &Circle{1}, Count: 2, Tags: []string{"round"}}
	e := m["a"]
	e.Count += 10
	m["a"] = e
	keys := []string{"a", "b", "c"}
	for _, k := range keys {
		v, ok := m[k]
		if !ok {
			println(k, "missing", v.S == nil, v.Count, len(v.Tags))
			continue
		}
		println(k, v.S.Name(), v.S.Area(), v.Count, len(v.Tags))
	}

	grid := map[Point]map[string]int{}
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			p := Point{i, j}
			if grid[p] == nil {
				grid[p] = map[string]int{}
			}
			grid[p]["sum"] = i + j
			grid[p]["prod"] = i * j
		}
	}
	total := 0
	for p, inner := range grid {
		total += inner["sum"]*100 + inner["prod"] + p.X
	}
	println("total", total, len(grid))

	arr := map[[2]string]int{}
	arr[[2]string{"x", "y"}]++
	arr[[2]string{"x", "y"}]++
	arr[[2]string{"y", "x"}]--
	println(arr[[2]string{"x", "y"}], arr[[2]string{"y", "x"}], len(arr))

	im := map[interface{}]string{}
	im[1] = "int"
	im[int64(1)] = "int64"
	im["1"] = "string"
	im[Point{1, 1}] = "point"
	im[[2]int{1, 1}] = "array"
	im[true] = "bool"
	im[nil] = "nil"
	println(len(im), im[1], im[int64(1)], im["1"], im[Point{1, 1}], im[[2]int{1, 1}], im[true], im[nil])
	delete(im, nil)
	_, ok := im[nil]
	println(ok, len(im))

	sm := map[Shape]int{}
	c := &Circle{2}
	sm[c] = 5
	sm[&Circle{2}] = 6
	sm[Rect{1, 1}] = 7
	sm[Rect{1, 1}] += 1
	println(len(sm), sm[c], sm[Rect{1, 1}])
}
