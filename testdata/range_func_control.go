package main

// Control flow leaving range-over-func loop bodies: labelled break and
// continue of outer loops (plain and range-func), return with values from
// nested range-func loops, goto out of a body, and bare returns with
// named results.

func upto(n int) func(func(int) bool) {
	return func(yield func(int) bool) {
		defer println("  upto", n, "done")
		for i := 0; i < n; i++ {
			if !yield(i) {
				return
			}
		}
	}
}

func grid(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		for i := range upto(n) {
			for j := range upto(n) {
				if !yield(i, j) {
					return
				}
			}
		}
	}
}

func find(target int) (int, int, bool) {
	for i := range upto(4) {
		for j := range upto(4) {
			if i*j == target {
				return i, j, true
			}
		}
	}
	return 0, 0, false
}

func named(limit int) (sum int, last string) {
	for i, s := range pairs() {
		sum += i
		last = s
		if sum >= limit {
			return
		}
	}
	last = "all"
	return
}

func pairs() func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		words := []string{"zero", "one", "two", "three", "four"}
		for i, w := range words {
			if !yield(i, w) {
				return
			}
		}
	}
}

func withGoto() int {
	n := 0
again:
	for v := range upto(5) {
		n += v
		if n < 20 && v == 2 {
			goto again
		}
	}
	return n
}

func gotoOut() string {
	for v := range upto(10) {
		if v == 3 {
			goto found
		}
	}
	return "not found"
found:
	return "found"
}

type point struct{ x, y int }

func points() func(func(point) bool) {
	return func(yield func(point) bool) {
		for i := 0; i < 3; i++ {
			if !yield(point{i, i * i}) {
				return
			}
		}
	}
}

func main() {
	for i, j := range grid(3) {
		if j == 2 {
			continue
		}
		if i == 2 {
			break
		}
		println("grid", i, j)
	}
	println(find(6))
	println(find(100))
	println(named(3))
	println(named(100))
	println(withGoto())
	println(gotoOut())

outer:
	for i := 0; i < 3; i++ {
		for v := range upto(3) {
			if v == 1 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			println("plain outer", i, v)
		}
	}

rows:
	for i := range upto(3) {
		for j := range upto(3) {
			for k := range upto(3) {
				if k == 1 {
					continue rows
				}
				if i == 1 && j == 0 {
					break rows
				}
				println("triple", i, j, k)
			}
		}
	}

	total := 0
	for p := range points() {
		total += p.x + p.y
	}
	println("points", total)

	var fs []func() int
	for v := range upto(3) {
		fs = append(fs, func() int { return v * 10 })
	}
	for _, f := range fs {
		print(f(), " ")
	}
	println()

	var k int
	var w string
	for k, w = range pairs() {
		if k == 2 {
			break
		}
	}
	println("assigned", k, w)

	for _, s := range pairs() {
		print(s, " ")
	}
	println()
	for range upto(0) {
		println("never")
	}
}
