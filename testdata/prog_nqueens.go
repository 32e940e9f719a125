package main

const maxN = 12

type board struct {
	n     int
	cols  [maxN]bool
	diag1 [2 * maxN]bool
	diag2 [2 * maxN]bool
	pos   [maxN]int
}

func solve(b *board, row int, first *[maxN]int, found *bool) int {
	if row == b.n {
		if !*found {
			*first = b.pos
			*found = true
		}
		return 1
	}
	count := 0
	for c := 0; c < b.n; c++ {
		d1, d2 := row+c, row-c+b.n
		if b.cols[c] || b.diag1[d1] || b.diag2[d2] {
			continue
		}
		b.cols[c], b.diag1[d1], b.diag2[d2] = true, true, true
		b.pos[row] = c
		count += solve(b, row+1, first, found)
		b.cols[c], b.diag1[d1], b.diag2[d2] = false, false, false
	}
	return count
}

func bitQueens(n int, cols, d1, d2 uint32) int {
	all := uint32(1)<<n - 1
	if cols == all {
		return 1
	}
	count := 0
	avail := all &^ (cols | d1 | d2)
	for avail != 0 {
		bit := avail & -avail
		avail ^= bit
		count += bitQueens(n, cols|bit, (d1|bit)<<1&all, (d2|bit)>>1)
	}
	return count
}

func main() {
	for n := 1; n <= 9; n++ {
		var b board
		b.n = n
		var first [maxN]int
		found := false
		cnt := solve(&b, 0, &first, &found)
		print(n, ": ", cnt, " ", bitQueens(n, 0, 0, 0))
		if found {
			print(" [")
			for i := 0; i < n; i++ {
				print(first[i])
			}
			print("]")
		}
		println()
	}
	var b board
	b.n = 8
	var first [maxN]int
	found := false
	solve(&b, 0, &first, &found)
	for r := 0; r < 8; r++ {
		line := []byte("........")
		line[first[r]] = 'Q'
		println(string(line))
	}
}
