package main

// Type switch cases and assertions that can never match the interface.

type shape interface{ area() float64 }

type square struct{ s float64 }

func (q *square) area() float64 { return q.s * q.s }

type circle struct{}

func (circle) area() int { return 0 }

type line struct{}

func main() {
	var s shape = &square{1}
	switch s.(type) {
	case *square:
	case square: // ERROR "impossible type switch case: square"
	case circle: // ERROR "impossible type switch case: circle"
	case line: // ERROR "impossible type switch case: line"
	}
	_ = s.(line)     // ERROR "impossible type assertion: s\.\(line\)"
	_, _ = s.(*line) // ERROR "impossible type assertion: s\.\(\*line\)"
}
