package main

import "fmt"

type point struct{ x, y int }

type celsius float64

func next() int {
	fmt.Println("next called")
	return 7
}

func pair() (int, string) { return 1, "a" }

func main() {
	p := new(42)
	fmt.Println(*p)
	*p++
	fmt.Println(*p)
	q := new(point{3, 4})
	q.x = 10
	fmt.Println(*q)
	s := new("hello")
	fmt.Println(*s, len(*s))
	f := new(1.5)
	fmt.Printf("%T %v\n", f, *f)
	c := new(celsius(36.6))
	fmt.Printf("%T %v\n", c, *c)
	n := new(next())
	fmt.Println(*n)
	x := 5
	px := new(x)
	*px = 9
	fmt.Println(x, *px)
	sl := new([]int{1, 2, 3})
	*sl = append(*sl, 4)
	fmt.Println(*sl)
	var i any = 3
	pi := new(i)
	fmt.Printf("%T %v\n", pi, *pi)
	r := new('x')
	fmt.Printf("%T %v\n", r, *r)
	b := new(x > 3)
	fmt.Println(*b)
	arr := new([3]string{"a", "b", "c"})
	arr[1] = "z"
	fmt.Println(*arr)
	fn := new(func(a int) int { return a * 2 })
	fmt.Println((*fn)(21))
	m := new(map[string]int{"k": 1})
	(*m)["j"] = 2
	fmt.Println(len(*m))
	z := new(int)
	fmt.Println(*z)
	cp := new(complex(1, 2))
	fmt.Println(*cp)
}
