package main

const W, H = 20, 12

type Grid [H][W]bool

func step(g *Grid) Grid {
	var next Grid
	for y := 0; y < H; y++ {
		for x := 0; x < W; x++ {
			n := 0
			for dy := -1; dy <= 1; dy++ {
				for dx := -1; dx <= 1; dx++ {
					if dx == 0 && dy == 0 {
						continue
					}
					yy, xx := (y+dy+H)%H, (x+dx+W)%W
					if g[yy][xx] {
						n++
					}
				}
			}
			next[y][x] = n == 3 || n == 2 && g[y][x]
		}
	}
	return next
}

func show(g *Grid) {
	for y := 0; y < H; y++ {
		var line [W]byte
		for x := 0; x < W; x++ {
			if g[y][x] {
				line[x] = '#'
			} else {
				line[x] = '.'
			}
		}
		println(string(line[:]))
	}
}

func population(g *Grid) int {
	n := 0
	for _, row := range g {
		for _, c := range row {
			if c {
				n++
			}
		}
	}
	return n
}

func main() {
	var g Grid
	glider := [][2]int{{0, 1}, {1, 2}, {2, 0}, {2, 1}, {2, 2}}
	for _, p := range glider {
		g[p[0]][p[1]] = true
	}
	blinker := [3][2]int{{6, 10}, {6, 11}, {6, 12}}
	for _, p := range blinker {
		g[p[0]][p[1]] = true
	}
	g[9][3], g[9][4], g[10][3], g[10][4] = true, true, true, true
	for gen := 0; gen < 30; gen++ {
		g = step(&g)
		if gen%10 == 9 {
			println("gen", gen+1, "pop", population(&g))
		}
	}
	show(&g)
	prev := g
	g = step(&g)
	g = step(&g)
	println(prev == g)
}
