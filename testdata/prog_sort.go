package main

type rng struct{ state uint64 }

func next(r *rng) uint64 {
	r.state ^= r.state << 13
	r.state ^= r.state >> 7
	r.state ^= r.state << 17
	return r.state
}

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func quickSort(a []int) {
	if len(a) < 2 {
		return
	}
	p := a[len(a)/2]
	i, j := 0, len(a)-1
	for i <= j {
		for a[i] < p {
			i++
		}
		for a[j] > p {
			j--
		}
		if i <= j {
			a[i], a[j] = a[j], a[i]
			i++
			j--
		}
	}
	quickSort(a[:j+1])
	quickSort(a[i:])
}

func mergeSort(a []int) []int {
	if len(a) <= 1 {
		return a
	}
	mid := len(a) / 2
	l := mergeSort(append([]int(nil), a[:mid]...))
	r := mergeSort(append([]int(nil), a[mid:]...))
	out := make([]int, 0, len(a))
	i, j := 0, 0
	for i < len(l) && j < len(r) {
		if l[i] <= r[j] {
			out = append(out, l[i])
			i++
		} else {
			out = append(out, r[j])
			j++
		}
	}
	out = append(out, l[i:]...)
	return append(out, r[j:]...)
}

func siftDown(a []int, root, end int) {
	for {
		child := 2*root + 1
		if child >= end {
			return
		}
		if child+1 < end && a[child] < a[child+1] {
			child++
		}
		if a[root] >= a[child] {
			return
		}
		a[root], a[child] = a[child], a[root]
		root = child
	}
}

func heapSort(a []int) {
	for i := len(a)/2 - 1; i >= 0; i-- {
		siftDown(a, i, len(a))
	}
	for end := len(a) - 1; end > 0; end-- {
		a[0], a[end] = a[end], a[0]
		siftDown(a, 0, end)
	}
}

func sorted(a []int) bool {
	for i := 1; i < len(a); i++ {
		if a[i-1] > a[i] {
			return false
		}
	}
	return true
}

func checksum(a []int) int {
	h := 0
	for i, v := range a {
		h = h*31 + v*(i+1)
	}
	return h
}

type person struct {
	name string
	age  int
}

func sortPeople(ps []person) {
	for i := 1; i < len(ps); i++ {
		for j := i; j > 0 && (ps[j].age < ps[j-1].age || ps[j].age == ps[j-1].age && ps[j].name < ps[j-1].name); j-- {
			ps[j], ps[j-1] = ps[j-1], ps[j]
		}
	}
}

func main() {
	r := &rng{88172645463325252}
	data := make([]int, 2000)
	for i := range data {
		data[i] = int(next(r)%10000) - 5000
	}
	a := append([]int(nil), data...)
	b := append([]int(nil), data...)
	c := append([]int(nil), data...)
	insertionSort(a)
	quickSort(b)
	m := mergeSort(data)
	heapSort(c)
	println(sorted(a), sorted(b), sorted(m), sorted(c), sorted(data))
	println(checksum(a), checksum(a) == checksum(b), checksum(b) == checksum(m), checksum(m) == checksum(c))
	println(a[0], a[1], a[999], a[1998], a[1999])
	ps := []person{{"eve", 30}, {"bob", 25}, {"amy", 30}, {"dan", 25}, {"cat", 41}}
	sortPeople(ps)
	for _, p := range ps {
		print(p.name, ":", p.age, " ")
	}
	println()
	words := []string{"pear", "fig", "apple", "banana", "cherry", "date", "apple"}
	for i := 1; i < len(words); i++ {
		for j := i; j > 0 && words[j] < words[j-1]; j-- {
			words[j], words[j-1] = words[j-1], words[j]
		}
	}
	for _, w := range words {
		print(w, " ")
	}
	println()
}
