package main

// A sort.Interface-style interface with own implementation of insertion
// sort and heapsort, used with several concrete collections.

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

type byLen []string

func (s byLen) Len() int { return len(s) }
func (s byLen) Less(i, j int) bool {
	return len(s[i]) < len(s[j]) || len(s[i]) == len(s[j]) && s[i] < s[j]
}
func (s byLen) Swap(i, j int) { s[i], s[j] = s[j], s[i] }

type desc []int

func (s desc) Len() int           { return len(s) }
func (s desc) Less(i, j int) bool { return s[i] > s[j] }
func (s desc) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type reverse struct{ Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func siftDown(d Interface, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && d.Less(first+child, first+child+1) {
			child++
		}
		if !d.Less(first+root, first+child) {
			return
		}
		d.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(d Interface) {
	n := d.Len()
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(d, i, n, 0)
	}
	for i := n - 1; i >= 0; i-- {
		d.Swap(0, i)
		siftDown(d, 0, i, 0)
	}
}

func isSorted(d Interface) bool {
	for i := d.Len() - 1; i > 0; i-- {
		if d.Less(i, i-1) {
			return false
		}
	}
	return true
}

func main() {
	words := byLen{"banana", "kiwi", "apple", "fig", "cherry", "date"}
	heapSort(words)
	for _, w := range words {
		print(w, " ")
	}
	println(isSorted(words))
	heapSort(reverse{words})
	println(words[0], words[len(words)-1], isSorted(reverse{words}))
	nums := make(desc, 1000)
	x := uint32(1)
	for i := range nums {
		x = x*1664525 + 1013904223
		nums[i] = int(x >> 20)
	}
	heapSort(nums)
	println(isSorted(nums), nums[0] >= nums[999])
}
