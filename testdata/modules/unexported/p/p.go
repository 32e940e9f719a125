package p

type T int

func (T) m() int   { return 7 }
func (T) M() int   { return 8 }

type I interface{ m() int }

func Call(x any) int {
	if i, ok := x.(I); ok {
		return i.m()
	}
	return -1
}

type Local struct{}

func (Local) m() int { return 9 }
