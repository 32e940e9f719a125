package main

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func info(prefix string, vals ...float64) {
	print(prefix, " ", len(vals), " ", vals == nil)
	for _, v := range vals {
		print(" ", v)
	}
	println()
}

func first(xs ...string) string {
	if len(xs) == 0 {
		return "<none>"
	}
	return xs[0]
}

func modify(xs ...int) {
	if len(xs) > 0 {
		xs[0] = 999
	}
}

func count(b ...byte) int { return len(b) }

func main() {
	println(sum(), sum(1), sum(1, 2, 3), sum(10, 20, 30, 40, 50))
	s := []int{4, 5, 6}
	println(sum(s...), sum(s[1:]...))
	info("none")
	info("some", 1.5, 2.5)
	var nilf []float64
	info("nil", nilf...)
	info("empty", []float64{}...)
	println(first(), first("a", "b"))
	modify(s...)
	println(s[0])
	modify(1, 2)
	println(count('a', 'b'), count([]byte("hello")...))
}
