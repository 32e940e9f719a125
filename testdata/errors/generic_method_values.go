package main

type Meter struct{ v int }

func (m Meter) Read[T any](x T) string { return "" }

func (m *Meter) Reset[T any](x T) {}

func (m Meter) Conv[T, U any](x T) U {
	var u U
	return u
}

type Wrap struct{ Meter }

func main() {
	m := Meter{1}
	f := m.Read // ERROR "cannot use generic function m\.Read without instantiation"
	_ = f
	g := Meter.Read // ERROR "cannot use generic function Meter\.Read without instantiation"
	_ = g
	_ = m.Read[int, int]     // ERROR "got 2 type arguments but want 1"
	_ = Meter{}.Reset[int]   // ERROR "cannot call pointer method Reset on Meter"
	_ = Meter.Reset[int]     // ERROR "invalid method expression Meter\.Reset \(needs pointer receiver \(\*Meter\)\.Reset\)"
	_ = Wrap.Reset[int]      // ERROR "invalid method expression Wrap\.Reset \(needs pointer receiver \(\*Wrap\)\.Reset\)"
	_ = m.Conv[int]          // ERROR "cannot infer U \(declared at .*generic_method_values.go:9:24\)"
	_ = m.Read[int](1, 2)    // ERROR "too many arguments in call to m\.Read\[int\]\n\thave \(number, number\)\n\twant \(int\)"
	_ = Meter.Read(m)        // ERROR "not enough arguments in call to Meter\.Read\n\thave \(Meter\)\n\twant \(Meter, T\)"
	var a any = m.Read       // ERROR "cannot use generic function m\.Read without instantiation"
	_ = a
}
