package main

func main() {
	s := []int{1, 2, 3}
	for i, v := range s {
		if i == 0 {
			s = append(s, 4)
			s[1] = 20
		}
		print(v, " ")
	}
	println(len(s))
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		if i == 0 {
			arr[1] = 20
		}
		print(v, " ")
	}
	println(arr[1])
	arr2 := [3]int{1, 2, 3}
	for i, v := range &arr2 {
		if i == 0 {
			arr2[1] = 20
		}
		print(v, " ")
	}
	println()
	sl := []int{1, 2, 3}
	for i, v := range sl {
		if i == 0 {
			sl[2] = 30
		}
		print(v, " ")
	}
	println()
	var idx int
	var val string
	for idx, val = range []string{"a", "b", "c"} {
	}
	println(idx, val)
	total := 0
	for i := range [4]int{} {
		total += i
	}
	println(total)
	var nilS []int
	for range nilS {
		println("never")
	}
	grid := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	for _, row := range grid {
		for _, v := range row {
			print(v)
		}
	}
	println()
	var np *[5]int
	cnt := 0
	for i := range np {
		cnt += i
	}
	println(cnt, len(np))
	structs := []struct{ n int }{{1}, {2}}
	for _, st := range structs {
		st.n = 100
	}
	println(structs[0].n)
	for i := range structs {
		structs[i].n *= 10
	}
	println(structs[0].n, structs[1].n)
}
