package main

// fannkuch-redux: for every permutation of 1..n (generated in the order of
// the counting scheme below), count the prefix reversals needed until 1 is in
// front; report a checksum (sum of counts, alternating sign) and the maximum.

func fannkuch(n int) (int, int) {
	perm := make([]int, n)
	perm1 := make([]int, n)
	count := make([]int, n)
	for i := range perm1 {
		perm1[i] = i
	}
	checksum, maxFlips, permIndex := 0, 0, 0
	r := n
	for {
		for ; r != 1; r-- {
			count[r-1] = r
		}
		copy(perm, perm1)
		flips := 0
		for k := perm[0]; k != 0; k = perm[0] {
			for i, j := 0, k; i < j; i, j = i+1, j-1 {
				perm[i], perm[j] = perm[j], perm[i]
			}
			flips++
		}
		maxFlips = max(maxFlips, flips)
		if permIndex%2 == 0 {
			checksum += flips
		} else {
			checksum -= flips
		}
		for {
			if r == n {
				return checksum, maxFlips
			}
			first := perm1[0]
			for i := 0; i < r; i++ {
				perm1[i] = perm1[i+1]
			}
			perm1[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
		permIndex++
	}
}

func main() {
	n := 10
	checksum, flips := 0, 0
	for rep := 0; rep < 3; rep++ {
		checksum, flips = fannkuch(n)
	}
	println(checksum)
	println("Pfannkuchen(", n, ") =", flips)
}
