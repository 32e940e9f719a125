// Regression (a difftest finding, fixed): golift once gives cap 4 (gc's 32-byte stack buffer for a non-escaping append) on every loop iteration; gc uses the buffer only on the first iteration and prints cap 1 on the second.
package main

func main() {
	for range 2 {
		var t []int
		t = append(t, 40)
		println(len(t), cap(t))
	}
}
