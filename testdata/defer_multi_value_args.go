package main

func pair() (int, string) {
	println("pair evaluated")
	return 7, "seven"
}

func triple() (a, b, c int) { return 1, 2, 3 }

func show(n int, s string) { println("show", n, s) }

func sum3(a, b, c int) { println("sum3", a+b+c) }

func varsum(xs ...int) {
	t := 0
	for _, x := range xs {
		t += x
	}
	println("varsum", len(xs), t)
}

type T struct{ tag string }

func (t T) Show(n int, s string) { println(t.tag, n, s) }

func run() (r int) {
	defer println(pair())
	defer show(pair())
	defer sum3(triple())
	defer varsum(triple())
	t := T{"method"}
	defer t.Show(pair())
	f := show
	defer f(pair())
	println("body")
	return 1
}

func loop() {
	for i := 0; i < 2; i++ {
		defer println(triple())
		defer sum3(triple())
	}
}

func main() {
	run()
	loop()
	go2 := func() (int, int) { return 4, 5 }
	defer println(go2())
}
