package inner

func Id(x int) int { return x }
