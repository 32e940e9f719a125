package main

// Variables whose address is taken (possibly only on some paths) must keep
// a single identity: writes through the pointer and direct writes agree.

type Acc struct{ n int }

func bump(p *int, by int) { *p += by }

func keep(p *int) *int { return p }

var saved *int

func main() {
	x := 1
	if x > 0 {
		p := &x
		*p = 5
	}
	x++
	println(x)
	y := 10
	for i := 0; i < 5; i++ {
		if i%2 == 0 {
			bump(&y, i)
		} else {
			y *= 2
		}
	}
	println(y)
	z := 3
	q := keep(&z)
	z = 4
	println(*q)
	*q = 7
	println(z)
	w := 100
	saved = &w
	w--
	println(*saved)
	a := Acc{}
	pa := &a
	for i := 0; i < 4; i++ {
		a.n += i
		pa.n *= 2
	}
	println(a.n)
	arr := [3]int{1, 2, 3}
	pe := &arr[1]
	arr[1] = 20
	*pe += 1
	arr2 := arr
	*pe = 99
	println(arr[1], arr2[1])
	var ps [3]*int
	for i := range ps {
		v := i * 11
		ps[i] = &v
		v++
	}
	println(*ps[0], *ps[1], *ps[2])
	cnt := 0
	pc := &cnt
loop:
	if cnt < 5 {
		*pc++
		goto loop
	}
	println(cnt)
}
