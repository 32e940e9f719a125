package main

// The empty interface holds values of any type; assertions recover them
// unchanged (copies for value types).

type pair struct{ a, b int }

func main() {
	vals := []any{1, "two", 3.5, true, pair{4, 5}, []int{6, 7}, nil, int8(-8), uint64(1 << 63)}
	println(len(vals))
	println(vals[0].(int), vals[1].(string), vals[2].(float64), vals[3].(bool))
	p := vals[4].(pair)
	p.a = 40
	println(p.a, vals[4].(pair).a, vals[4].(pair).b)
	sl := vals[5].([]int)
	sl[0] = 60
	println(vals[5].([]int)[0])
	println(vals[6] == nil, vals[7].(int8), vals[8].(uint64))
	var e any
	println(e == nil)
	e = 5
	e2 := e
	e = "changed"
	println(e2.(int), e.(string))
	arr := [3]int{1, 2, 3}
	var ea any = arr
	arr[0] = 100
	println(ea.([3]int)[0])
	var big any = [100]int{99: 7}
	println(big.([100]int)[99])
}
