package main

import (
	"bufio"
	"container/heap"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const maze = `#################
#S..#.......#...#
#.#.#.#####.#.#.#
#.#...#...#...#.#
#.#####.#.#####.#
#...#...#.....#.#
###.#.#######.#.#
#...#.......#..E#
#################`

type P struct{ R, C int }

func (p P) Add(q P) P { return P{p.R + q.R, p.C + q.C} }

var dirs = [4]P{{-1, 0}, {0, 1}, {1, 0}, {0, -1}}

type item struct {
	pos  P
	cost int
	idx  int
}
type PQ []*item

func (q PQ) Len() int            { return len(q) }
func (q PQ) Less(i, j int) bool  { return q[i].cost < q[j].cost }
func (q PQ) Swap(i, j int)       { q[i], q[j] = q[j], q[i]; q[i].idx = i; q[j].idx = j }
func (q *PQ) Push(x any)         { it := x.(*item); it.idx = len(*q); *q = append(*q, it) }
func (q *PQ) Pop() any           { old := *q; n := len(old); it := old[n-1]; *q = old[:n-1]; return it }

func parse(s string) (grid [][]byte, start, end P) {
	sc := bufio.NewScanner(strings.NewReader(s))
	for r := 0; sc.Scan(); r++ {
		line := []byte(sc.Text())
		for c, ch := range line {
			switch ch {
			case 'S':
				start = P{r, c}
			case 'E':
				end = P{r, c}
			}
		}
		grid = append(grid, line)
	}
	return
}

func bfs(grid [][]byte, start, end P) (int, []P) {
	dist := map[P]int{start: 0}
	prev := map[P]P{}
	q := []P{start}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == end {
			break
		}
		for _, d := range dirs {
			n := cur.Add(d)
			if grid[n.R][n.C] == '#' {
				continue
			}
			if _, seen := dist[n]; seen {
				continue
			}
			dist[n] = dist[cur] + 1
			prev[n] = cur
			q = append(q, n)
		}
	}
	var path []P
	for p := end; p != start; p = prev[p] {
		path = append(path, p)
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return dist[end], path
}

func dijkstraTurns(grid [][]byte, start, end P) int {
	// cost 1 per step, 10 per turn; state = pos+dir
	type state struct {
		p P
		d int
	}
	best := map[state]int{}
	pq := &PQ{}
	heap.Init(pq)
	type full struct {
		st   state
		cost int
	}
	items := map[*item]state{}
	push := func(s state, c int) {
		it := &item{pos: s.p, cost: c}
		items[it] = s
		heap.Push(pq, it)
	}
	push(state{start, 1}, 0)
	for pq.Len() > 0 {
		it := heap.Pop(pq).(*item)
		s := items[it]
		if s.p == end {
			return it.cost
		}
		if c, ok := best[s]; ok && c <= it.cost {
			continue
		}
		best[s] = it.cost
		for nd := 0; nd < 4; nd++ {
			n := s.p.Add(dirs[nd])
			if grid[n.R][n.C] == '#' {
				continue
			}
			c := it.cost + 1
			if nd != s.d {
				c += 10
			}
			push(state{n, nd}, c)
		}
	}
	return -1
}

const nums = "3 4\n4 3\n2 5\n1 3\n3 9\n3 3"

func main() {
	grid, s, e := parse(maze)
	fmt.Println("size", len(grid), len(grid[0]), "start", s, "end", e)
	d, path := bfs(grid, s, e)
	fmt.Println("bfs", d, len(path))
	for _, p := range path {
		if grid[p.R][p.C] == '.' {
			grid[p.R][p.C] = 'o'
		}
	}
	for _, row := range grid {
		fmt.Println(string(row))
	}
	g2, _, _ := parse(maze)
	fmt.Println("turns", dijkstraTurns(g2, s, e))

	var left, right []int
	counts := map[int]int{}
	for _, line := range strings.Split(nums, "\n") {
		f := strings.Fields(line)
		a, _ := strconv.Atoi(f[0])
		b, err := strconv.Atoi(f[1])
		if err != nil {
			panic(err)
		}
		left = append(left, a)
		right = append(right, b)
		counts[b]++
	}
	sort.Ints(left)
	sort.Ints(right)
	total, sim := 0, 0
	for i := range left {
		diff := left[i] - right[i]
		if diff < 0 {
			diff = -diff
		}
		total += diff
		sim += left[i] * counts[left[i]]
	}
	fmt.Println("part1", total, "part2", sim)
	// game of life on a small torus with arrays
	var board [8][8]bool
	for _, p := range []P{{1, 2}, {2, 3}, {3, 1}, {3, 2}, {3, 3}} {
		board[p.R][p.C] = true
	}
	for gen := 0; gen < 4; gen++ {
		var nb [8][8]bool
		for r := 0; r < 8; r++ {
			for c := 0; c < 8; c++ {
				n := 0
				for dr := -1; dr <= 1; dr++ {
					for dc := -1; dc <= 1; dc++ {
						if (dr != 0 || dc != 0) && board[(r+dr+8)%8][(c+dc+8)%8] {
							n++
						}
					}
				}
				nb[r][c] = n == 3 || (n == 2 && board[r][c])
			}
		}
		board = nb
	}
	for _, row := range board {
		var sb strings.Builder
		for _, v := range row {
			if v {
				sb.WriteByte('#')
			} else {
				sb.WriteByte('.')
			}
		}
		fmt.Println(sb.String())
	}
	_, err := strconv.Atoi("12a")
	fmt.Println(err)
	_, err = strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(err)
	v, _ := strconv.ParseInt("-ff", 16, 32)
	u, _ := strconv.ParseUint("0b1011", 0, 8)
	fl, _ := strconv.ParseFloat("1e-3", 64)
	bo, err := strconv.ParseBool("maybe")
	fmt.Println(v, u, fl, bo, err)
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1.0/3, 'g', -1, 32), strconv.Quote("a\x00b☺"), strconv.QuoteToASCII("☺"), strconv.Itoa(-0))
	q, err := strconv.Unquote(`"a\tb\u00e9"`)
	fmt.Println(q, err, strconv.AppendInt([]byte("n="), 42, 2))
}
