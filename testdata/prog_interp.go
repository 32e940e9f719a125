package main

// A small stack-machine interpreter: programs are arrays of instructions,
// executed with an explicit operand stack and call stack.

const (
	opPush = iota
	opAdd
	opSub
	opMul
	opDiv
	opMod
	opDup
	opSwap
	opDrop
	opJmp
	opJz
	opLt
	opCall
	opRet
	opPrint
	opHalt
	opLoad
	opStore
	opOver
)

type Instr struct {
	op  int
	arg int64
}

type VM struct {
	code   []Instr
	stack  [256]int64
	sp     int
	calls  [64]int
	csp    int
	vars   [16]int64
	steps  int
	output []int64
}

func push(vm *VM, v int64) {
	vm.stack[vm.sp] = v
	vm.sp++
}

func pop(vm *VM) int64 {
	vm.sp--
	return vm.stack[vm.sp]
}

func run(vm *VM) {
	pc := 0
	for {
		in := vm.code[pc]
		pc++
		vm.steps++
		switch in.op {
		case opPush:
			push(vm, in.arg)
		case opAdd:
			b, a := pop(vm), pop(vm)
			push(vm, a+b)
		case opSub:
			b, a := pop(vm), pop(vm)
			push(vm, a-b)
		case opMul:
			b, a := pop(vm), pop(vm)
			push(vm, a*b)
		case opDiv:
			b, a := pop(vm), pop(vm)
			push(vm, a/b)
		case opMod:
			b, a := pop(vm), pop(vm)
			push(vm, a%b)
		case opDup:
			v := pop(vm)
			push(vm, v)
			push(vm, v)
		case opOver:
			b, a := pop(vm), pop(vm)
			push(vm, a)
			push(vm, b)
			push(vm, a)
		case opSwap:
			b, a := pop(vm), pop(vm)
			push(vm, b)
			push(vm, a)
		case opDrop:
			pop(vm)
		case opJmp:
			pc = int(in.arg)
		case opJz:
			if pop(vm) == 0 {
				pc = int(in.arg)
			}
		case opLt:
			b, a := pop(vm), pop(vm)
			if a < b {
				push(vm, 1)
			} else {
				push(vm, 0)
			}
		case opCall:
			vm.calls[vm.csp] = pc
			vm.csp++
			pc = int(in.arg)
		case opRet:
			vm.csp--
			pc = vm.calls[vm.csp]
		case opPrint:
			vm.output = append(vm.output, pop(vm))
		case opLoad:
			push(vm, vm.vars[in.arg])
		case opStore:
			vm.vars[in.arg] = pop(vm)
		case opHalt:
			return
		}
	}
}

func main() {
	// Sum of squares 1..100, factorial 20 via a loop, and gcd via a subroutine.
	prog := []Instr{
		{opPush, 0}, {opStore, 0}, // acc = 0
		{opPush, 1}, {opStore, 1}, // i = 1
		// loop at 4
		{opLoad, 1}, {opPush, 101}, {opLt, 0}, {opJz, 19},
		{opLoad, 0}, {opLoad, 1}, {opDup, 0}, {opMul, 0}, {opAdd, 0}, {opStore, 0},
		{opLoad, 1}, {opPush, 1}, {opAdd, 0},
		{opStore, 1}, {opJmp, 4},
		// end at 19
		{opLoad, 0}, {opPrint, 0},
		// factorial 20
		{opPush, 1}, {opStore, 2}, {opPush, 20}, {opStore, 3},
		// loop at 25
		{opLoad, 3}, {opJz, 36},
		{opLoad, 2}, {opLoad, 3}, {opMul, 0}, {opStore, 2},
		{opLoad, 3}, {opPush, 1}, {opSub, 0}, {opStore, 3}, {opJmp, 25},
		// 36
		{opLoad, 2}, {opPrint, 0},
		{opPush, 1071}, {opPush, 462}, {opCall, 43}, {opPrint, 0}, {opHalt, 0},
		// gcd(a, b) at 43: while b != 0 { a, b = b, a % b }
		{opDup, 0}, {opJz, 50},
		{opSwap, 0}, {opOver, 0}, {opMod, 0}, {opJmp, 43}, {opHalt, 0},
		// 50
		{opDrop, 0}, {opRet, 0},
	}
	vm := &VM{code: prog}
	run(vm)
	for _, v := range vm.output {
		println(v)
	}
	println("steps", vm.steps, "sp", vm.sp)
}
