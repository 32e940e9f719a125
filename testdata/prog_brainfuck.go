package main

// A Brainfuck interpreter: byte-array memory with wrapping cells, a program
// string, and precomputed bracket jumps.

func run(prog string, input string) string {
	jump := make([]int, len(prog))
	var stack []int
	for i := 0; i < len(prog); i++ {
		switch prog[i] {
		case '[':
			stack = append(stack, i)
		case ']':
			j := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			jump[i] = j
			jump[j] = i
		}
	}
	var mem [30000]byte
	ptr, in := 0, 0
	var out []byte
	for pc := 0; pc < len(prog); pc++ {
		switch prog[pc] {
		case '>':
			ptr++
		case '<':
			ptr--
		case '+':
			mem[ptr]++
		case '-':
			mem[ptr]--
		case '.':
			out = append(out, mem[ptr])
		case ',':
			if in < len(input) {
				mem[ptr] = input[in]
				in++
			} else {
				mem[ptr] = 0
			}
		case '[':
			if mem[ptr] == 0 {
				pc = jump[pc]
			}
		case ']':
			if mem[ptr] != 0 {
				pc = jump[pc]
			}
		}
	}
	return string(out)
}

func main() {
	hello := "++++++++[>++++[>++>+++>+++>+<<<<-]>+>+>->>+[<]<-]>>.>---.+++++++..+++.>>.<-.<.+++.------.--------.>>+."
	print(run(hello, ""))
	rev := ">,[>,]<[.<]"
	println(run(rev, "stressed"))
	wrap := "-.+."
	w := run(wrap, "")
	println(len(w), w[0], w[1])
	upper := ",[>++++[<-------->-]<.,]"
	println(run(upper, "shout"))
	add := ",>,[<+>-]<------------------------------------------------."
	println(run(add, "34"))
}
