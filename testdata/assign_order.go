package main

var log []byte

func t(c byte, v int) int {
	log = append(log, c)
	return v
}

func idx(c byte, v int) int { return t(c, v) }

func main() {
	x := t('a', 1) + t('b', 2)*t('c', 3)
	println(x, string(log))
	log = nil
	arr := [5]int{}
	arr[idx('i', 1)], arr[idx('j', 2)] = t('x', 10), t('y', 20)
	println(arr[1], arr[2], string(log))
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	println(a, b, c)
	i := 0
	s := []int{10, 20, 30}
	i, s[i] = 1, 99
	println(i, s[0], s[1])
	s[i], i = 77, 2
	println(i, s[1])
	p := &arr
	p[0], p = 5, nil
	println(arr[0], p == nil)
	x, y := 1, 2
	x, y = y, x+y
	println(x, y)
	var m [3]int
	k := 0
	m[k], k, m[k] = 1, 2, 3
	println(m[0], m[1], m[2], k)
	log = nil
	f := t('1', 1) < t('2', 2) && t('3', 3) > t('4', 4) || t('5', 5) == t('6', 5)
	println(f, string(log))
	log = nil
	r := []int{t('p', 1), t('q', 2), t('r', 3)}
	println(len(r), string(log))
	log = nil
	println(t('m', 1), t('n', 2), string(log))
}
