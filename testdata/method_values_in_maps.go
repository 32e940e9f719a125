package main

type Calc struct {
	acc  int
	hist []string
}

func (c *Calc) Add(n int) int { c.acc += n; c.hist = append(c.hist, "add"); return c.acc }
func (c *Calc) Mul(n int) int { c.acc *= n; c.hist = append(c.hist, "mul"); return c.acc }
func (c Calc) Peek(n int) int  { return c.acc + n }

type Op func(int) int

type Doubler int

func (d Doubler) Apply(n int) int { return int(d) * n }

type Applier interface{ Apply(int) int }

func main() {
	c := &Calc{}
	ops := map[string]Op{
		"add":  c.Add,
		"mul":  c.Mul,
		"peek": c.Peek,
	}
	program := []struct {
		op  string
		arg int
	}{{"add", 3}, {"mul", 4}, {"peek", 100}, {"add", -2}, {"mul", 10}}
	for _, step := range program {
		println(step.op, ops[step.op](step.arg))
	}
	println(c.acc, len(c.hist))

	// A value-receiver method value copies the receiver at evaluation time.
	snap := c.Peek
	c.acc = 0
	println(snap(0), c.Peek(0))

	exprs := map[string]func(*Calc, int) int{
		"add": (*Calc).Add,
		"mul": (*Calc).Mul,
	}
	c2 := &Calc{acc: 1}
	exprs["add"](c2, 5)
	exprs["mul"](c2, 7)
	println(c2.acc, Calc.Peek(*c2, 1))

	var ap Applier = Doubler(3)
	fns := []func(int) int{ap.Apply, Doubler(5).Apply}
	_ = fns
	var table [3]func(int) int
	table[0] = ap.Apply
	table[1] = Doubler(4).Apply
	for i, f := range table {
		if f == nil {
			println(i, "nil")
			continue
		}
		println(i, f(10))
	}
}
