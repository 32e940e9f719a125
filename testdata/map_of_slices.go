package main

// Maps whose values are slices, maps and structs: appending through the
// index, nested map creation, struct values replaced whole.

type account struct {
	owner   string
	balance int
	history []int
}

func main() {
	groups := map[int][]int{}
	for i := 0; i < 20; i++ {
		groups[i%4] = append(groups[i%4], i)
	}
	for k := 0; k < 4; k++ {
		s := 0
		for _, v := range groups[k] {
			s += v
		}
		println(k, len(groups[k]), s)
	}
	groups[0][0] = 99
	println(groups[0][0])

	adj := map[string]map[string]int{}
	add := func(a, b string, w int) {
		if adj[a] == nil {
			adj[a] = map[string]int{}
		}
		adj[a][b] = w
	}
	add("x", "y", 1)
	add("x", "z", 2)
	add("y", "z", 3)
	println(len(adj), len(adj["x"]), adj["x"]["z"], adj["y"]["z"], adj["z"]["x"])
	inner := adj["x"]
	inner["w"] = 4
	println(len(adj["x"]))

	accts := map[string]account{}
	accts["bob"] = account{"bob", 10, nil}
	a := accts["bob"]
	a.balance += 5
	a.history = append(a.history, 5)
	accts["bob"] = a
	println(accts["bob"].balance, len(accts["bob"].history), accts["alice"].owner == "")

	ptrs := map[string]*account{"c": {owner: "carol"}}
	ptrs["c"].balance = 42
	ptrs["c"].history = append(ptrs["c"].history, 1, 2)
	println(ptrs["c"].balance, len(ptrs["c"].history))

	arrs := map[int][3]int{}
	arrs[1] = [3]int{1, 2, 3}
	println(arrs[1][2], arrs[2][0], len(arrs[1]))
}
