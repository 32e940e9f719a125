package main

func lcs(a, b string) (int, string) {
	n, m := len(a), len(b)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				dp[i][j] = dp[i+1][j+1] + 1
			} else {
				dp[i][j] = max(dp[i+1][j], dp[i][j+1])
			}
		}
	}
	var out []byte
	i, j := 0, 0
	for i < n && j < m {
		switch {
		case a[i] == b[j]:
			out = append(out, a[i])
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return dp[0][0], string(out)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

type item struct{ weight, value int }

func knapsack(items []item, capacity int) int {
	best := make([]int, capacity+1)
	for _, it := range items {
		for c := capacity; c >= it.weight; c-- {
			best[c] = max(best[c], best[c-it.weight]+it.value)
		}
	}
	return best[capacity]
}

func coinWays(coins []int, amount int) uint64 {
	ways := make([]uint64, amount+1)
	ways[0] = 1
	for _, c := range coins {
		for v := c; v <= amount; v++ {
			ways[v] += ways[v-c]
		}
	}
	return ways[amount]
}

func lis(xs []int) int {
	var tails []int
	for _, x := range xs {
		lo, hi := 0, len(tails)
		for lo < hi {
			mid := (lo + hi) / 2
			if tails[mid] < x {
				lo = mid + 1
			} else {
				hi = mid
			}
		}
		if lo == len(tails) {
			tails = append(tails, x)
		} else {
			tails[lo] = x
		}
	}
	return len(tails)
}

func main() {
	println(lcs("AGGTABQWERTY", "GXTXAYBWRT"))
	println(lcs("", "abc"))
	println(editDistance("kitten", "sitting"), editDistance("", "abc"), editDistance("café", "cafe"), editDistance("日本語", "日本"))
	items := []item{{12, 4}, {2, 2}, {1, 1}, {1, 2}, {4, 10}, {3, 7}, {9, 13}}
	println(knapsack(items, 15), knapsack(items, 5), knapsack(nil, 10))
	println(coinWays([]int{1, 2, 5, 10, 20, 50, 100, 200}, 200), coinWays([]int{1, 5, 10, 25, 50}, 10000))
	seq := make([]int, 200)
	x := uint32(7)
	for i := range seq {
		x = x*1664525 + 1013904223
		seq[i] = int(x >> 20)
	}
	println(lis(seq), lis([]int{3, 1, 2}), lis(nil))
}
