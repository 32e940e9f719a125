package main

type Meter struct{ v int }

func (m Meter) Log[T, U any](x T) {}

func (m *Meter) Pair[K comparable, V any](k K) map[K]V { return nil }

func main() {
	m := Meter{1}
	var c func(int) = m.Log // ERROR "cannot infer U \(declared at .*generic_method_infer.go:5:23\)"
	var d func(Meter, int) = Meter.Log // ERROR "cannot infer U \(declared at .*generic_method_infer.go:5:23\)"
	var ok func(string) map[string]bool = m.Pair
	var ok2 func(*Meter, int) map[int]int = (*Meter).Pair[int]
	_, _, _, _ = c, d, ok, ok2
}
