package main

// Count all N-queens solutions with arrays as sets (no bit tricks):
// branchy integer code, array indexing, recursion.

const N = 13

type state struct {
	cols  [N]bool
	diag1 [2 * N]bool
	diag2 [2 * N]bool
}

func place(s *state, row int) int {
	if row == N {
		return 1
	}
	count := 0
	for c := 0; c < N; c++ {
		d1, d2 := row+c, row-c+N
		if s.cols[c] || s.diag1[d1] || s.diag2[d2] {
			continue
		}
		s.cols[c], s.diag1[d1], s.diag2[d2] = true, true, true
		count += place(s, row+1)
		s.cols[c], s.diag1[d1], s.diag2[d2] = false, false, false
	}
	return count
}

func main() {
	var s state
	total := 0
	for i := 0; i < 3; i++ {
		total += place(&s, 0)
	}
	println(N, total/3)
}
